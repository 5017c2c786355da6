#include "removal.h"

#include <algorithm>

namespace kt {

Removal::ViewPart &Removal::part(const ViewId &view)
{
    for (ViewPart &p : m_views)
        if (p.view == view)
            return p;
    m_views.append(ViewPart{view, {}, {}, {}, {}});
    return m_views.last();
}

void Removal::addElements(const ModelData &data, const QSet<ElementId> &ids)
{
    m_elementIds.unite(ids);
    QSet<RelationshipId> relationships;
    for (const Relationship &r : data.relationships)
        if (ids.contains(r.source) || ids.contains(r.target))
            relationships.insert(r.id);
    addRelationships(data, relationships);
    for (const View &view : data.views) {
        QSet<NodeId> nodes;
        for (const ViewNode &node : view.nodes)
            if (node.kind == NodeKind::Element && ids.contains(node.element))
                nodes.insert(node.id);
        if (!nodes.isEmpty())
            addNodes(data, view.id, nodes);
    }
}

// Adds to ids what ends, directly or through others, on one of them: a relationship on
// a relationship, a connection on a connection (the ends of others(i)). One pass per
// level of such ends, which are rare and short.
template<typename Key, typename Items, typename Ends>
static void closeOverEnds(const Items &items, QSet<Key> &ids, Ends ends)
{
    for (bool grew = !ids.isEmpty(); grew;) {
        grew = false;
        for (const auto &item : items) {
            if (ids.contains(item.id))
                continue;
            const auto [source, target] = ends(item);
            if ((!source.isNull() && ids.contains(source))
                || (!target.isNull() && ids.contains(target))) {
                ids.insert(item.id);
                grew = true;
            }
        }
    }
}

static void closeOverLineEnds(const View &view, QSet<ConnectionId> &ids)
{
    closeOverEnds(view.connections, ids, [](const ViewConnection &c) {
        return std::pair(c.sourceConnection, c.targetConnection);
    });
}

void Removal::addRelationships(const ModelData &data, const QSet<RelationshipId> &removed)
{
    QSet<RelationshipId> ids = removed;
    closeOverEnds(data.relationships, ids, [](const Relationship &r) {
        return std::pair(r.sourceRelationship, r.targetRelationship);
    });
    m_relationshipIds.unite(ids);
    for (const View &view : data.views) {
        QSet<ConnectionId> connections;
        for (const ViewConnection &c : view.connections)
            if (!c.relationship.isNull() && ids.contains(c.relationship))
                connections.insert(c.id);
        if (!connections.isEmpty())
            addConnections(data, view.id, connections);
    }
}

void Removal::addNodes(const ModelData &data, const ViewId &viewId, const QSet<NodeId> &ids)
{
    const View *view = data.views.find(viewId);
    if (!view)
        return;
    ViewPart &p = part(viewId);
    p.nodeIds.unite(ids);
    // Nested nodes go with their parent; parents come before children in a view.
    for (const ViewNode &node : view->nodes)
        if (!node.parent.isNull() && p.nodeIds.contains(node.parent))
            p.nodeIds.insert(node.id);
    for (const ViewConnection &c : view->connections)
        if (p.nodeIds.contains(c.source) || p.nodeIds.contains(c.target))
            p.connectionIds.insert(c.id);
    closeOverLineEnds(*view, p.connectionIds);
}

// A connection takes the connections that end on it.
void Removal::addConnections(const ModelData &data, const ViewId &viewId,
                             const QSet<ConnectionId> &ids)
{
    const View *view = data.views.find(viewId);
    if (!view)
        return;
    QSet<ConnectionId> &connectionIds = part(viewId).connectionIds;
    connectionIds.unite(ids);
    closeOverLineEnds(*view, connectionIds);
}

bool Removal::isEmpty() const
{
    return m_elementIds.isEmpty() && m_relationshipIds.isEmpty()
            && std::all_of(m_views.begin(), m_views.end(), [](const ViewPart &p) {
                   return p.nodeIds.isEmpty() && p.connectionIds.isEmpty();
               });
}

int Removal::nodeCount() const
{
    int count = 0;
    for (const ViewPart &p : m_views)
        count += int(p.nodeIds.size());
    return count;
}

void Removal::apply(ModelData &data, ChangeSet &changes) const
{
    for (const ViewPart &p : m_views) {
        View *view = data.views.find(p.view);
        if (!view)
            continue;
        p.connections = view->connections.takeAll(p.connectionIds);
        p.nodes = view->nodes.takeAll(p.nodeIds);
        for (const auto &[i, c] : std::as_const(p.connections))
            changes.connections.removed.insert(c.id);
        for (const auto &[i, n] : std::as_const(p.nodes))
            changes.nodes.removed.insert(n.id);
        changes.views.changed.insert(p.view);
    }
    m_relationships = data.relationships.takeAll(m_relationshipIds);
    m_elements = data.elements.takeAll(m_elementIds);
    for (const auto &[i, r] : std::as_const(m_relationships))
        changes.relationships.removed.insert(r.id);
    for (const auto &[i, e] : std::as_const(m_elements))
        changes.elements.removed.insert(e.id);
}

void Removal::restore(ModelData &data, ChangeSet &changes) const
{
    data.elements.insertAll(m_elements);
    data.relationships.insertAll(m_relationships);
    for (const auto &[i, e] : std::as_const(m_elements))
        changes.elements.added.insert(e.id);
    for (const auto &[i, r] : std::as_const(m_relationships))
        changes.relationships.added.insert(r.id);
    for (const ViewPart &p : m_views) {
        View *view = data.views.find(p.view);
        if (!view)
            continue;
        view->nodes.insertAll(p.nodes);
        view->connections.insertAll(p.connections);
        for (const auto &[i, n] : std::as_const(p.nodes))
            changes.nodes.added.insert(n.id);
        for (const auto &[i, c] : std::as_const(p.connections))
            changes.connections.added.insert(c.id);
        changes.views.changed.insert(p.view);
    }
}

} // namespace kt
