#pragma once

#include <model/types/view.h>

#include <QList>
#include <QSet>

namespace kt {

// Walks over the nodes of a view that every gesture needs: the outermost nodes
// of a selection (a nested node goes with its group) and the subtree of a node.
// A damaged view (a parent loop, a missing parent) never makes them loop.

// The nodes of ids that exist and have no ancestor in ids, in list order,
// without duplicates.
QList<const ViewNode *> outermostNodes(const View &view, const QList<NodeId> &ids);
QList<NodeId> outermostNodeIds(const View &view, const QList<NodeId> &ids);

// The given nodes with every node nested in them, in view order (pre-order).
QList<NodeId> withNested(const View &view, const QList<NodeId> &ids);

// The innermost group that contains the point, leaving out the given nodes; null
// when there is none.
NodeId groupAt(const View &view, const QPointF &point, const QSet<NodeId> &excluding = {});
// The innermost group that holds the whole rectangle; null when there is none.
NodeId groupHolding(const View &view, const QRectF &rect);

} // namespace kt
