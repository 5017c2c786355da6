#include "validationpanel.h"
#include "findingmodel.h"

#include <model/validate/validator.h>
#include <widgets/document/document.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

ValidationPanel::ValidationPanel(QWidget *parent)
    : QWidget(parent),
      m_show(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_list(new QTreeView(this)),
      m_model(new FindingModel(this)),
      m_timer(new QTimer(this))
{
    m_show->addItem(tr("All problems"), int(FindingModel::Show::All));
    m_show->addItem(tr("Errors"), int(FindingModel::Show::Errors));
    m_show->addItem(tr("Warnings"), int(FindingModel::Show::Warnings));
    m_show->addItem(tr("Import findings"), int(FindingModel::Show::Imports));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setWordWrap(true);

    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setSectionResizeMode(FindingModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_list->header()->resizeSection(FindingModel::MessageColumn, 420);
    m_list->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_list);

    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &ValidationPanel::revalidate);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setShow(FindingModel::Show(m_show->currentData().toInt()));
    });
    // activated: double-click, or Enter on the keyboard.
    connect(m_list, &QTreeView::activated, this, &ValidationPanel::activate);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this,
            &ValidationPanel::showContextMenu);
    revalidate();
}

void ValidationPanel::setDocument(Document *document)
{
    if (m_document) {
        disconnect(&m_document->model(), nullptr, this, nullptr);
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(&document->model(), &Model::changed, this, [this] { m_timer->start(); });
        connect(document, &Document::importFindingsChanged, this, &ValidationPanel::revalidate);
        // The rows name objects of the model: forget them with it.
        connect(document, &QObject::destroyed, this, &ValidationPanel::revalidate);
    }
    revalidate();
}

const QList<Finding> &ValidationPanel::findings() const
{
    return m_model->findings();
}

QString ValidationPanel::summary() const
{
    if (!m_document)
        return {};
    QStringList parts;
    if (m_errors > 0)
        parts.append(tr("%n error(s)", nullptr, m_errors));
    if (m_warnings > 0)
        parts.append(tr("%n warning(s)", nullptr, m_warnings));
    if (m_imports > 0)
        parts.append(tr("%n import finding(s)", nullptr, m_imports));
    if (parts.isEmpty())
        return tr("No problems found.");
    //: Between the parts of the summary: "3 errors, 12 warnings"
    return parts.join(tr(", "));
}

void ValidationPanel::revalidate()
{
    m_timer->stop();
    QList<Finding> findings;
    if (m_document) {
        // What the import left out first: it is about the file, not about a change.
        const QStringList &imported = m_document->importFindings();
        const QList<Finding> checked = Validator::validate(m_document->model().data());
        findings.reserve(imported.size() + checked.size());
        for (const QString &message : imported) {
            Finding finding;
            finding.kind = FindingKind::Import;
            finding.rule = u"import"_s;
            finding.message = message;
            findings.append(finding);
        }
        findings.append(checked);
    }
    m_errors = 0;
    m_warnings = 0;
    m_imports = 0;
    for (const Finding &finding : std::as_const(findings)) {
        if (finding.kind == FindingKind::Import)
            ++m_imports;
        else
            ++(finding.severity == Severity::Error ? m_errors : m_warnings);
    }
    m_model->setFindings(m_document ? &m_document->model() : nullptr, std::move(findings));
    m_summary->setText(summary());
    Q_EMIT validated(m_errors, m_warnings);
}

void ValidationPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Finding &finding = m_model->findingAt(index.row());
    if (!finding.element.isNull())
        Q_EMIT elementActivated(finding.element);
    else if (!finding.relationship.isNull())
        Q_EMIT relationshipActivated(finding.relationship);
    else if (!finding.view.isNull())
        Q_EMIT viewActivated(finding.view);
}

void ValidationPanel::fillContextMenu(QMenu *menu, const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(FindingModel::MessageColumn);
    QAction *show = menu->addAction(tr("&Show in Diagram"), this, [this, index]() {
        activate(index);
    });
    show->setObjectName(u"actionShowFinding"_s);
    show->setEnabled(index.isValid());
    QAction *copy = menu->addAction(tr("&Copy Message"), this, [row]() {
        QApplication::clipboard()->setText(row.data().toString());
    });
    copy->setObjectName(u"actionCopyFinding"_s);
    copy->setEnabled(index.isValid());
    QAction *dismiss = menu->addAction(tr("&Dismiss Import Findings"), this, [this]() {
        if (m_document)
            m_document->setImportFindings({});
    });
    dismiss->setObjectName(u"actionDismissImportFindings"_s);
    dismiss->setEnabled(m_imports > 0);
    menu->addSeparator();
    QAction *again = menu->addAction(tr("Check &Again"), this, &ValidationPanel::revalidate);
    again->setObjectName(u"actionRevalidate"_s);
    again->setEnabled(m_document);
}

void ValidationPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    QMenu menu(this);
    fillContextMenu(&menu, index);
    Q_EMIT contextMenuAboutToShow(&menu);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace kt
