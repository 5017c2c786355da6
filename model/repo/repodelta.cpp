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
        base.positions.remove(RepoObjects::keyOf(it->first, it->second));
    }
    // Each in place of the one of its id (or at the end), then where its position puts
    // it: an object moved by them takes its new place.
    for (const RepoObject &o : delta.changed) {
        if (!RepoObjects::place(base.data, o, error))
            return false;
        const QString key = o.key();
        base.versions.insert(key, delta.versions.value(key, 1));
        if (const auto p = delta.positions.constFind(key); p != delta.positions.cend()) {
            base.positions.insert(key, *p);
            RepoObjects::settle(base.data, o.kind, o.id, base.positions);
        }
    }
    base.head = delta.head;
    return true;
}

} // namespace kt
