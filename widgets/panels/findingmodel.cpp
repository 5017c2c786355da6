#include "findingmodel.h"

#include <model/model.h>

#include <QApplication>
#include <QStyle>

namespace kt {

FindingModel::FindingModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_errorIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical)),
      m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)),
      m_importIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation))
{
}

void FindingModel::setFindings(const Model *model, QList<Finding> findings)
{
    beginResetModel();
    m_model = model;
    m_findings = std::move(findings);
    updateRows();
    endResetModel();
}

void FindingModel::setShow(Show show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    updateRows();
    endResetModel();
}

void FindingModel::updateRows()
{
    m_rows.clear();
    m_rows.reserve(m_findings.size());
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &finding = m_findings.at(i);
        const bool imported = finding.kind == FindingKind::Import;
        bool shown = true;
        switch (m_show) {
        case Show::All: break;
        case Show::Errors: shown = !imported && finding.severity == Severity::Error; break;
        case Show::Warnings: shown = !imported && finding.severity == Severity::Warning; break;
        case Show::Imports: shown = imported; break;
        }
        if (shown)
            m_rows.append(i);
    }
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingModel::objectName(const Finding &finding) const
{
    if (!m_model)
        return {};
    const auto elementName = [this](const ElementId &id) {
        const Element *element = m_model->element(id);
        return element ? element->name : id.toString();
    };
    if (!finding.element.isNull())
        return elementName(finding.element);
    if (const Relationship *r = m_model->relationship(finding.relationship))
        return tr("%1 → %2").arg(r->source.isNull() ? r->sourceId() : elementName(r->source),
                                  r->target.isNull() ? r->targetId() : elementName(r->target));
    if (const View *view = m_model->view(finding.view))
        return view->name;
    return {};
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Finding &finding = findingAt(index.row());
    const bool error = finding.severity == Severity::Error;
    const bool imported = finding.kind == FindingKind::Import;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            //: The kind of a finding: something the opened file held that was left out
            return imported ? tr("Import") : error ? tr("Error") : tr("Warning");
        case MessageColumn: return finding.message;
        case ObjectColumn: return objectName(finding);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return imported ? m_importIcon : error ? m_errorIcon : m_warningIcon;
        break;
    case Qt::ToolTipRole:
        // Messages are long and the column is not: the tooltip shows it whole.
        if (index.column() == MessageColumn)
            return finding.message;
        if (index.column() == ObjectColumn)
            return objectName(finding);
        break;
    }
    return {};
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Problem");
    case ObjectColumn: return tr("Element");
    }
    return {};
}

} // namespace kt
