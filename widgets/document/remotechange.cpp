#include "remotechange.h"

#include <utility>

namespace kt {

RemoteChange::RemoteChange(ModelData merged, ChangeSet changes, QString text)
    : m_other(std::move(merged)), m_changes(std::move(changes)), m_text(std::move(text))
{
}

bool RemoteChange::apply(ModelData &data, ChangeSet &changes, QString &)
{
    std::swap(data, m_other);
    changes = m_changes;
    return true;
}

void RemoteChange::revert(ModelData &data, ChangeSet &changes)
{
    std::swap(data, m_other);
    changes = m_changes;
}

} // namespace kt
