#include "viewoverlay.h"

namespace kt {

namespace {

// Bands and groups are frames, not things: one added or gone would frame or tint
// a whole part of the diagram, so the overlay marks only what they hold.
bool isFrame(const View *view, const NodeId &id)
{
    const ViewNode *node = view ? view->nodes.find(id) : nullptr;
    return node && node->kind == NodeKind::Group;
}

bool isAmended(const ElementChange &c)
{
    return c.isRetyped() || c.isMoved() || c.isChanged();
}

// What the view's elements and relationships went through in the model, whatever
// the view itself did: side new marks the added, old the removed.
void markModelChanges(ViewOverlay &overlay, const ModelDiff &diff, const View &view, bool newSide)
{
    QHash<ElementId, const ElementChange *> changes;
    for (const ElementChange &c : diff.elements)
        if (newSide ? !c.isRemoved() : !c.isAdded())
            changes.insert(newSide ? c.newId : c.oldId, &c);
    QSet<RelationshipId> gone; // added on the new side, removed on the old
    for (const RelationshipChange &c : diff.relationships)
        if (newSide ? c.isAdded() : c.isRemoved())
            gone.insert(newSide ? c.newId : c.oldId);

    for (const ViewNode &node : view.nodes) {
        if (node.kind != NodeKind::Element)
            continue;
        const ElementChange *c = changes.value(node.element);
        if (!c)
            continue;
        if (c->isAdded())
            overlay.added.insert(node.id);
        else if (c->isRemoved())
            overlay.removed.insert(node.id);
        else {
            if (c->isRenamed())
                overlay.renamed.insert(node.id, newSide ? c->oldName : c->newName);
            if (isAmended(*c))
                overlay.changed.insert(node.id);
        }
    }
    for (const ViewConnection &connection : view.connections)
        if (!connection.relationship.isNull() && gone.contains(connection.relationship))
            (newSide ? overlay.addedConnections : overlay.removedConnections).insert(connection.id);
}

} // namespace

ViewOverlay ViewOverlay::forNewView(const ModelDiff &diff, const ModelData &oldModel,
    const ModelData &newModel, const ViewId &newView)
{
    ViewOverlay overlay;
    const View *view = newModel.views.find(newView);
    if (!view)
        return overlay;
    markModelChanges(overlay, diff, *view, true);
    for (const ViewChange &change : diff.views) {
        if (change.newId != newView || change.isAdded())
            continue;
        const View *old = oldModel.views.find(change.oldId);
        for (const NodeChange &node : change.nodes) {
            if (node.kind == NodeChange::Added && !isFrame(view, node.newNode))
                overlay.added.insert(node.newNode);
            else if (node.kind == NodeChange::Removed && !isFrame(old, node.oldNode))
                overlay.ghosts.append({ node.oldBounds, node.label });
        }
        for (const ConnectionChange &c : change.connections) {
            if (c.added) {
                overlay.addedConnections.insert(c.connection);
                continue;
            }
            // A removed line: from the centre of one end to the other's, where
            // they stood in the old view.
            const ViewConnection *line = old ? old->connections.find(c.connection) : nullptr;
            const ViewNode *source = line ? old->nodes.find(line->source) : nullptr;
            const ViewNode *target = line ? old->nodes.find(line->target) : nullptr;
            if (source && target)
                overlay.ghostConnections.append(
                    QLineF(source->bounds.center(), target->bounds.center()));
        }
    }
    return overlay;
}

ViewOverlay ViewOverlay::forOldView(const ModelDiff &diff, const ModelData &oldModel,
    const ModelData &newModel, const ViewId &oldView)
{
    Q_UNUSED(newModel);
    ViewOverlay overlay;
    const View *view = oldModel.views.find(oldView);
    if (!view)
        return overlay;
    markModelChanges(overlay, diff, *view, false);
    for (const ViewChange &change : diff.views) {
        if (change.oldId != oldView || change.isRemoved())
            continue;
        for (const NodeChange &node : change.nodes)
            if (node.kind == NodeChange::Removed && !isFrame(view, node.oldNode))
                overlay.removed.insert(node.oldNode);
        for (const ConnectionChange &c : change.connections)
            if (!c.added)
                overlay.removedConnections.insert(c.connection);
    }
    return overlay;
}

} // namespace kt
