#include "searchfiltermodel.h"

#include <model/core/text.h>

namespace kt {

SearchFilterModel::SearchFilterModel(int searchKeyRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_role(searchKeyRole)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    // A renamed row is filtered again. Rows are never sorted here (no sort column
    // is set): the panels keep their own order (Vietnamese collation).
    setDynamicSortFilter(true);
}

void SearchFilterModel::setQuery(const QString &query)
{
    const QString key = searchKey(query.simplified());
    m_query = query;
    if (key == m_key)
        return;
    m_key = key;
    invalidateFilter();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_key.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(m_role).toString().contains(m_key);
}

} // namespace kt
