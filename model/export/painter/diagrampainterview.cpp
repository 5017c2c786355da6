// DiagramPainter, the view as a whole: its bounds, the order its nodes and
// connections are painted in (which the canvas also stacks by), and paintView().
#include "diagrampainter.h"

#include <QPainter>

#include <algorithm>
#include <functional>

namespace kt {

using namespace Qt::StringLiterals;

QRectF DiagramPainter::contentBounds(const View &view) const
{
    QRectF bounds;
    for (const ViewNode &node : view.nodes)
        bounds |= node.bounds;
    for (const ViewConnection &c : view.connections)
        for (const QPointF &p : c.bendpoints)
            bounds |= QRectF(p - QPointF(1, 1), QSizeF(2, 2));
    return bounds;
}

QSet<NodeId> DiagramPainter::containers(const View &view)
{
    QSet<NodeId> result;
    for (const ViewNode &node : view.nodes)
        if (!node.parent.isNull() && view.nodes.contains(node.parent))
            result.insert(node.parent);
    return result;
}

QList<DiagramPainter::PaintStep> DiagramPainter::paintOrder(const View &view,
                                                            const QSet<NodeId> &raised)
{
    // The nesting tree, siblings in view order; a node whose parent is not on
    // the view (a part of a view, a damaged file) is a root.
    QHash<NodeId, QList<NodeId>> children;
    QList<NodeId> roots;
    for (const ViewNode &node : view.nodes) {
        if (!node.parent.isNull() && node.parent != node.id && view.nodes.contains(node.parent))
            children[node.parent].append(node.id);
        else
            roots.append(node.id);
    }
    const auto raise = [&raised](QList<NodeId> &siblings) {
        if (!raised.isEmpty())
            std::stable_partition(siblings.begin(), siblings.end(),
                                  [&raised](const NodeId &id) { return !raised.contains(id); });
    };
    raise(roots);
    for (QList<NodeId> &siblings : children)
        raise(siblings);

    // Pre-order, depth first without recursion (a deep nesting must not exhaust
    // the stack). A group that no element or note holds is background: a band.
    QList<NodeId> pre;
    pre.reserve(view.nodes.size());
    QHash<NodeId, qsizetype> position;  // in pre
    QHash<NodeId, qsizetype> subtreeEnd; // the position of the subtree's last node
    QSet<NodeId> background;
    struct Frame
    {
        NodeId node;
        bool foreground;
        qsizetype next = 0;
    };
    const auto enter = [&](const NodeId &id, bool parentForeground, QList<Frame> &stack) {
        const ViewNode *node = view.nodes.find(id);
        const bool foreground = parentForeground || node->kind != NodeKind::Group;
        if (!foreground)
            background.insert(id);
        position.insert(id, pre.size());
        pre.append(id);
        stack.append({id, foreground, 0});
    };
    const auto visit = [&](const NodeId &root) {
        if (position.contains(root))
            return;
        QList<Frame> stack;
        enter(root, false, stack);
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            const QList<NodeId> kids = children.value(top.node);
            if (top.next < kids.size()) {
                const NodeId child = kids.at(top.next++);
                if (!position.contains(child))
                    enter(child, top.foreground, stack);
                continue;
            }
            subtreeEnd.insert(top.node, pre.size() - 1);
            stack.removeLast();
        }
    };
    for (const NodeId &root : std::as_const(roots))
        visit(root);
    for (const ViewNode &node : view.nodes) // in a cycle of parents: reached from no root
        visit(node.id);

    // A connection lies above the bands and below the element nodes, as long as
    // no element or note holds one of its ends. Otherwise it comes right after
    // the subtree of the deepest such node that holds both ends (an end itself
    // when one holds the other), or, when none holds both, after the later of
    // the subtrees of the outermost nodes holding either end.
    const qsizetype depthLimit = view.nodes.size();
    const auto holders = [&](const NodeId &end) {
        QList<NodeId> ids; // the end, then its foreground ancestors, innermost first
        NodeId id = end;
        while (!id.isNull() && ids.size() <= depthLimit) {
            const ViewNode *node = view.nodes.find(id);
            if (!node || background.contains(id))
                break;
            ids.append(id);
            id = node->parent;
        }
        return ids;
    };
    QList<ConnectionId> underNodes;
    QHash<qsizetype, QList<ConnectionId>> after; // by the position of the node they follow
    // Where a connection goes: -1 under the nodes, else after the node at that
    // position. A connection ending on a connection goes where that one goes, or
    // later (its other end may be nested deeper), and after it: placed first.
    QHash<ConnectionId, qsizetype> placed;
    constexpr int MaxChain = 64; // connections followed through ends on connections
    const std::function<qsizetype(const ViewConnection &, int)> place =
            [&](const ViewConnection &c, int depth) -> qsizetype {
        if (const auto it = placed.constFind(c.id); it != placed.constEnd())
            return *it;
        qsizetype lineAt = -1;
        bool onLine = false;
        for (const ConnectionId &end : {c.sourceConnection, c.targetConnection}) {
            const ViewConnection *line = end.isNull() || end == c.id || depth >= MaxChain
                    ? nullptr
                    : view.connections.find(end);
            if (line) {
                onLine = true;
                lineAt = std::max(lineAt, place(*line, depth + 1));
            }
        }
        if (const auto it = placed.constFind(c.id); it != placed.constEnd())
            return *it; // a circle of lines (which no checked model has) led back here
        const QList<NodeId> fromSource = holders(c.source);
        const QList<NodeId> fromTarget = holders(c.target);
        qsizetype at = -1;
        if (onLine) {
            // One end is a line: the other end's outermost holder, if it is nested.
            for (const QList<NodeId> *chain : {&fromSource, &fromTarget})
                if (chain->size() > 1)
                    at = std::max(at, subtreeEnd.value(chain->last(), -1));
            at = std::max(at, lineAt);
        } else if (fromSource.size() > 1 || fromTarget.size() > 1 || c.source == c.target) {
            const QSet<NodeId> targetSide(fromTarget.begin(), fromTarget.end());
            const auto common = std::find_if(fromSource.begin(), fromSource.end(),
                                             [&](const NodeId &id) { return targetSide.contains(id); });
            if (common != fromSource.end()) {
                at = subtreeEnd.value(*common, -1);
            } else {
                for (const QList<NodeId> *chain : {&fromSource, &fromTarget})
                    if (!chain->isEmpty())
                        at = std::max(at, subtreeEnd.value(chain->last(), -1));
            }
        }
        placed.insert(c.id, at);
        if (at < 0)
            underNodes.append(c.id);
        else
            after[at].append(c.id);
        return at;
    };
    for (const ViewConnection &c : view.connections)
        place(c, 0);

    QList<PaintStep> steps;
    steps.reserve(view.nodes.size() + view.connections.size());
    for (const NodeId &id : std::as_const(pre))
        if (background.contains(id))
            steps.append({id, {}});
    for (const ConnectionId &c : std::as_const(underNodes))
        steps.append({{}, c});
    for (qsizetype i = 0; i < pre.size(); ++i) {
        if (!background.contains(pre.at(i)))
            steps.append({pre.at(i), {}});
        for (const ConnectionId &c : after.value(i))
            steps.append({{}, c});
    }
    return steps;
}

void DiagramPainter::paintView(QPainter *painter, const View &view, Detail detail,
                               const View *whole) const
{
    const View &routes = whole ? *whole : view;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, detail == Detail::Full);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    // Nodes and connections in paintOrder(), then the band and group titles last,
    // so that no line crosses them.
    const QSet<NodeId> nested = containers(routes);
    for (const PaintStep &step : paintOrder(view)) {
        if (!step.node.isNull()) {
            const ViewNode &node = *view.nodes.find(step.node);
            paintNode(painter, node, detail,
                      {.groupTitle = false, .container = nested.contains(node.id),
                       .view = &routes});
        } else {
            const ViewConnection &c = *view.connections.find(step.connection);
            paintConnection(painter, c, connectionRoute(routes, c), detail,
                            notationFromSettings(routes.settings));
        }
    }
    if (detail == Detail::Full)
        for (const ViewNode &node : view.nodes)
            if (node.kind == NodeKind::Group)
                paintGroupTitle(painter, node);
    painter->restore();
}

} // namespace kt
