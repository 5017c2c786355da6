#include "modelinfoeditor.h"
#include "datefield.h"
#include "documentationedit.h"

#include <model/core/language.h>
#include <model/edit/infoedits.h>
#include <model/model.h>
#include <widgets/document/document.h>

#include <QLabel>
#include <QLineEdit>

namespace kt {

using namespace Qt::StringLiterals;

ModelInfoEditor::ModelInfoEditor(Document *document, QWidget *parent)
    : ObjectEditor(document, parent),
      m_decisionDate(new DateField(this)),
      m_documentation(new DocumentationEdit(this)),
      m_framework(new QLabel(this))
{
    m_decisionDate->setObjectName(u"decisionDate"_s);
    m_documentation->setObjectName(u"documentation"_s);
    m_framework->setWordWrap(true);

    if (document && document->isSample()) {
        auto *note = new QLabel(tr("An illustrative example bundled with the program: its "
                                   "agencies, systems and figures are samples, not an approved "
                                   "architecture."),
                                this);
        note->setObjectName(u"sampleNote"_s);
        note->setWordWrap(true);
        QFont italic = note->font();
        italic.setItalic(true);
        note->setFont(italic);
        addRow(tr("Example"), note);
    }

    addTextRow(tr("Name"), u"name"_s, &ModelInfo::name);
    addTextRow(tr("Province or agency"), u"province"_s, &ModelInfo::province);
    addTextRow(tr("Architecture version"), u"versionLabel"_s, &ModelInfo::versionLabel);
    addTextRow(tr("Approving decision number"), u"decision"_s, &ModelInfo::decision);
    addRow(tr("Decision date"), m_decisionDate);
    addTextRow(tr("Developing agency"), u"author"_s, &ModelInfo::author);
    addRow(tr("Description"), m_documentation);
    addRow(tr("Framework"), m_framework);

    connect(m_decisionDate, &DateField::dateEdited, this, [this](const QDate &date) {
        applyInfo([date](ModelInfo &info) { info.decisionDate = date; });
    });
    connect(m_documentation, &DocumentationEdit::editingFinished, this, [this] {
        const QString text = m_documentation->text();
        applyInfo([text](ModelInfo &info) { info.documentation = text; });
    });
    refresh();
}

QLineEdit *ModelInfoEditor::addTextRow(const QString &label, const QString &objectName,
                                       QString ModelInfo::*field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    addRow(label, edit);
    m_texts.append({edit, field});
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] { applyText(edit, field); });
    return edit;
}

void ModelInfoEditor::applyText(QLineEdit *edit, QString ModelInfo::*field)
{
    if (!isLive())
        return;
    if (!edit->isModified())
        return;
    edit->setModified(false);
    const QString text = edit->text();
    applyInfo([field, text](ModelInfo &info) { info.*field = text; });
}

bool ModelInfoEditor::isAffectedBy(const ChangeSet &changes) const
{
    return changes.infoChanged;
}

void ModelInfoEditor::refresh()
{
    const ModelInfo &info = model().info();
    for (const auto &[edit, field] : std::as_const(m_texts))
        showText(edit, info.*field);
    m_decisionDate->setDate(info.decisionDate);
    m_documentation->setText(info.documentation);
    const Profile &profile = model().profile();
    m_framework->setText(profile.name().text(uiLanguage()));
}

void ModelInfoEditor::commitPending()
{
    for (const auto &[edit, field] : std::as_const(m_texts))
        applyText(edit, field);
    m_documentation->commit();
}

void ModelInfoEditor::applyInfo(const std::function<void(ModelInfo &)> &change)
{
    if (!isLive())
        return;
    ModelInfo info = model().info();
    change(info);
    if (info != model().info())
        push(std::make_unique<SetModelInfo>(info));
}

QString ModelInfoEditor::title() const
{
    return tr("Model");
}

} // namespace kt
