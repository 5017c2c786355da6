#pragma once

#include <QSortFilterProxyModel>

namespace kt {

// Filters a tree by the accent-insensitive search (docs/ARCHITECTURE.md): a row stays
// when its search key (kt::searchKey of its text, in SearchKeyRole) contains the
// key of the query; parents of matching rows stay, and so do all children of a
// matching row (typing a layer's name shows the whole layer).
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterModel(int searchKeyRole, QObject *parent = nullptr);

    QString query() const { return m_query; }
    bool isFiltering() const { return !m_key.isEmpty(); }

public Q_SLOTS:
    void setQuery(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_role;
    QString m_query;
    QString m_key;
};

} // namespace kt
