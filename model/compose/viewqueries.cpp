#include "viewqueries.h"

namespace kt {

QList<const ViewNode *> outermostNodes(const View &view, const QList<NodeId> &ids)
{
    const QSet<NodeId> listed(ids.cbegin(), ids.cend());
    QList<const ViewNode *> result;
    QSet<NodeId> seen;
    for (const NodeId &id : ids) {
        const ViewNode *node = view.nodes.find(id);
        if (!node || seen.contains(id))
            continue;
        seen.insert(id);
        bool nested = false;
        // The depth is bounded by the number of nodes, even in a damaged view.
        const ViewNode *up = view.nodes.find(node->parent);
        for (qsizetype steps = 0; up && !nested && steps < view.nodes.size(); ++steps) {
            nested = listed.contains(up->id);
            up = view.nodes.find(up->parent);
        }
        if (!nested)
            result.append(node);
    }
    return result;
}

QList<NodeId> outermostNodeIds(const View &view, const QList<NodeId> &ids)
{
    QList<NodeId> result;
    for (const ViewNode *node : outermostNodes(view, ids))
        result.append(node->id);
    return result;
}

QList<NodeId> withNested(const View &view, const QList<NodeId> &ids)
{
    const QSet<NodeId> chosen(ids.cbegin(), ids.cend());
    QSet<NodeId> inside;
    QList<NodeId> result;
    // Pre-order: a node is inside when its parent is.
    for (const ViewNode &node : view.nodes) {
        if (chosen.contains(node.id) || (!node.parent.isNull() && inside.contains(node.parent))) {
            inside.insert(node.id);
            result.append(node.id);
        }
    }
    return result;
}

NodeId groupAt(const View &view, const QPointF &point, const QSet<NodeId> &excluding)
{
    // The last group in pre-order that contains the point is the innermost one.
    NodeId found;
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Group && !excluding.contains(node.id)
            && node.bounds.contains(point))
            found = node.id;
    return found;
}

NodeId groupHolding(const View &view, const QRectF &rect)
{
    NodeId found;
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Group && node.bounds.contains(rect))
            found = node.id; // later in pre-order means nested deeper
    return found;
}

} // namespace kt
