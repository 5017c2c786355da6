#include "editgroup.h"

namespace kt {

bool EditGroup::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    for (std::size_t i = 0; i < m_edits.size(); ++i) {
        if (!m_edits[i]->apply(data, changes, error)) {
            for (std::size_t j = i; j-- > 0;)
                m_edits[j]->revert(data, changes);
            return false;
        }
    }
    return true;
}

void EditGroup::revert(ModelData &data, ChangeSet &changes)
{
    for (std::size_t j = m_edits.size(); j-- > 0;)
        m_edits[j]->revert(data, changes);
}

} // namespace kt
