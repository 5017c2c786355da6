#include "reporttextpanel.h"
#include "documentationedit.h"

#include <model/edit/infoedits.h>
#include <widgets/document/document.h>

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

ReportTextPanel::ReportTextPanel(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Six fields of several lines do not fit a dock on a 768-pixel screen: they scroll.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"reportTextScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    m_hint = new QLabel(tr("The texts of the architecture document that the model does not "
                           "hold. Separate paragraphs by an empty line; a line starting with "
                           "“- ” is an item of a list. An empty section prints a reminder in a "
                           "draft and is left out of the final text."),
                        content);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(u"reportTextHint"_s);
    layout->addWidget(m_hint);

    for (const ReportTextSection section : ReportTexts::sections()) {
        auto *label = new QLabel(ReportTexts::title(section), content);
        label->setWordWrap(true);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *edit = new DocumentationEdit(content);
        edit->setObjectName(u"reportText_"_s + ReportTexts::id(section));
        edit->setAccessibleName(ReportTexts::title(section));
        label->setBuddy(edit);
        auto *pause = new QTimer(this);
        pause->setSingleShot(true);
        pause->setInterval(PauseMs);
        layout->addWidget(label);
        layout->addWidget(edit);
        const Field field{section, edit, pause};
        m_fields.append(field);
        // A pause in typing applies the text as it is, so that the model (and a
        // report made now) has it without leaving the field.
        connect(edit, &QPlainTextEdit::textChanged, pause, [edit, pause] {
            if (edit->isModified())
                pause->start();
        });
        connect(pause, &QTimer::timeout, edit, &DocumentationEdit::commit);
        connect(edit, &DocumentationEdit::editingFinished, this, [this, field] {
            field.pause->stop();
            apply(field);
        });
    }
    layout->addStretch(1);
    scroll->setWidget(content);
    setDocument(nullptr);
}

DocumentationEdit *ReportTextPanel::field(ReportTextSection section) const
{
    for (const Field &f : m_fields)
        if (f.section == section)
            return f.edit;
    return nullptr;
}

void ReportTextPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(&m_document->model(), nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(&document->model(), &Model::changed, this, &ReportTextPanel::modelChanged);
    for (const Field &f : std::as_const(m_fields)) {
        f.pause->stop();
        // A new document replaces whatever was typed for the old one.
        f.edit->document()->setModified(false);
        f.edit->setEnabled(document != nullptr);
    }
    refresh();
}

void ReportTextPanel::commitPending()
{
    for (const Field &f : std::as_const(m_fields))
        f.edit->commit();
}

void ReportTextPanel::apply(const Field &field)
{
    if (!m_document)
        return;
    ModelInfo info = m_document->model().info();
    const PropertyList properties =
            ReportTexts::withText(info.extraProperties, field.section, field.edit->text());
    if (properties == info.extraProperties)
        return;
    info.extraProperties = properties;
    QString error;
    if (!m_document->push(std::make_unique<SetModelInfo>(std::move(info)), &error)) {
        Q_EMIT editRefused(error);
        refresh();
    }
}

void ReportTextPanel::modelChanged(const ChangeSet &changes)
{
    if (changes.infoChanged)
        refresh();
}

void ReportTextPanel::refresh()
{
    const PropertyList properties =
            m_document ? m_document->model().info().extraProperties : PropertyList();
    // DocumentationEdit keeps a field the user is typing in and leaves an equal
    // text (and its cursor) alone.
    for (const Field &f : std::as_const(m_fields))
        f.edit->setText(ReportTexts::text(properties, f.section));
}

} // namespace kt
