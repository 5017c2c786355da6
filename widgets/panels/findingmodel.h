#pragma once

#include <model/validate/finding.h>

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace kt {

class Model;

// The findings of one validation run as rows (severity, message, object), filtered
// by severity; the findings of the file's import (FindingKind::Import) are rows of
// their own kind, shown as "Import". Texts are made when a row is painted, not for every finding of a
// big model up front; the object column names the object as it is now.
class FindingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, ObjectColumn, ColumnCount };
    enum class Show { All, Errors, Warnings, Imports };

    explicit FindingModel(QObject *parent = nullptr);

    void setFindings(const Model *model, QList<Finding> findings);
    const QList<Finding> &findings() const { return m_findings; }
    void setShow(Show show);
    Show show() const { return m_show; }
    // The finding a row shows.
    const Finding &findingAt(int row) const { return m_findings.at(m_rows.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void updateRows();
    QString objectName(const Finding &finding) const;

    const Model *m_model = nullptr;
    QList<Finding> m_findings;
    QList<int> m_rows; // indexes into m_findings of the rows shown
    Show m_show = Show::All;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
    QIcon m_importIcon;
};

} // namespace kt
