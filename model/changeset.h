#pragma once

#include "core/id.h"

#include <QSet>

namespace kt {

// What one committed edit changed, by id, so that views update only that.
struct ChangeSet
{
    template<typename Id>
    struct Changes
    {
        QSet<Id> added;
        QSet<Id> removed;
        QSet<Id> changed;
        bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    };

    bool infoChanged = false;
    Changes<ElementId> elements;
    Changes<RelationshipId> relationships;
    Changes<ViewId> views; // "changed" includes a view whose nodes or connections changed
    Changes<NodeId> nodes;
    Changes<ConnectionId> connections;

    bool isEmpty() const
    {
        return !infoChanged && elements.isEmpty() && relationships.isEmpty() && views.isEmpty()
                && nodes.isEmpty() && connections.isEmpty();
    }
};

} // namespace kt
