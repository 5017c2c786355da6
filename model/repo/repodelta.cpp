#include "repodelta.h"

namespace kt {

bool applyDelta(RepoCheckout &base, const RepoDelta &delta, QString *error)
{
    if (delta.head < base.head) {
        if (error)
            *error = Repository::tr("The changes of the model “%1” are older (commit %2) than "
                                    "the model they are applied to (commit %3).")
                             .arg(base.modelName)
                             .arg(delta.head)
                             .arg(base.head);
        return false;
    }
    // Removed first (nodes and connections before their view), then the changes in the
    // kinds' order: a view is there before its nodes.
    for (auto it = delta.removed.crbegin(); it != delta.removed.crend(); ++it) {
        RepoObjects::remove(base.data, it->first, it->second);
        base.versions.remove(RepoObjects::keyOf(it->first, it->second));
    }
    for (const RepoObject &o : delta.changed) {
        if (!RepoObjects::place(base.data, o, error))
            return false;
        base.versions.insert(o.key(), delta.versions.value(o.key(), 1));
    }
    base.head = delta.head;
    return true;
}

} // namespace kt
