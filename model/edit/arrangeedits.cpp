#include "arrangeedits.h"

#include <model/compose/geometry.h>

#include <QCoreApplication>

#include <cmath>

namespace kt {

namespace {

QString noView(const ViewId &id)
{
    return QCoreApplication::translate("kt::Edit", "There is no view with id %1.").arg(id.toString());
}

QString noNode(const NodeId &id)
{
    return QCoreApplication::translate("kt::Edit", "The view has no node with id %1.")
            .arg(id.toString());
}

// The nodes of a view as a list again, after reordering.
void setOrder(View &view, const QList<ViewNode> &nodes)
{
    view.nodes = {};
    view.nodes.reserve(nodes.size());
    for (const ViewNode &n : nodes)
        view.nodes.append(n);
}

// Puts the view's nodes back in the order `old` had them, each node as it is now (in a
// repository document others' work may have changed a node since, or added nodes: those
// stay, after the node now before them), not the old list itself.
void restoreOrder(View &view, const QList<ViewNode> &old)
{
    const QList<ViewNode> now = view.nodes.items();
    QList<ViewNode> order;
    order.reserve(now.size());
    QSet<NodeId> inOld;
    for (const ViewNode &n : old) {
        inOld.insert(n.id);
        if (const ViewNode *current = view.nodes.find(n.id))
            order.append(*current);
    }
    const auto indexIn = [&order](const NodeId &id) {
        for (qsizetype k = 0; k < order.size(); ++k)
            if (order.at(k).id == id)
                return k;
        return qsizetype(-1);
    };
    for (qsizetype i = 0; i < now.size(); ++i) {
        if (inOld.contains(now.at(i).id))
            continue;
        qsizetype at = 0;
        for (qsizetype j = i - 1; j >= 0; --j)
            if (const qsizetype k = indexIn(now.at(j).id); k >= 0) {
                at = k + 1;
                break;
            }
        order.insert(at, now.at(i));
    }
    setOrder(view, order);
}

// The index range [first, end) of a node and everything nested in it.
std::pair<qsizetype, qsizetype> subtree(const QList<ViewNode> &nodes, const NodeId &id)
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).id == id)
            first = i;
    if (first < 0)
        return {-1, -1};
    QSet<NodeId> inside{id};
    qsizetype end = first + 1;
    while (end < nodes.size() && inside.contains(nodes.at(end).parent))
        inside.insert(nodes.at(end++).id);
    return {first, end};
}

} // namespace

SetNodesBounds::SetNodesBounds(ViewId view, QHash<NodeId, QRectF> bounds, QString text)
    : m_view(std::move(view)), m_new(std::move(bounds)), m_text(std::move(text))
{
    for (QRectF &r : m_new)
        r = QRectF(std::round(r.x()), std::round(r.y()), std::round(r.width()),
                   std::round(r.height()));
}

bool SetNodesBounds::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View *view = data.views.find(m_view);
    if (!view) {
        error = noView(m_view);
        return false;
    }
    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it) {
        if (!view->nodes.contains(it.key())) {
            error = noNode(it.key());
            return false;
        }
        if (!geometry::isValidBounds(it.value())) {
            error = QCoreApplication::translate("kt::Edit",
                                                "The node's size or position is out of range.");
            return false;
        }
    }
    m_old.clear();
    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it) {
        ViewNode *node = view->nodes.find(it.key());
        m_old.insert(it.key(), node->bounds);
        node->bounds = it.value();
        changes.nodes.changed.insert(it.key());
    }
    changes.views.changed.insert(m_view);
    return true;
}

void SetNodesBounds::revert(ModelData &data, ChangeSet &changes)
{
    View *view = data.views.find(m_view);
    if (!view)
        return;
    for (auto it = m_old.cbegin(); it != m_old.cend(); ++it) {
        if (ViewNode *node = view->nodes.find(it.key())) {
            node->bounds = it.value();
            changes.nodes.changed.insert(it.key());
        }
    }
    changes.views.changed.insert(m_view);
}

SetNodeParent::SetNodeParent(ViewId view, NodeId node, NodeId parent)
    : m_view(std::move(view)), m_node(std::move(node)), m_parent(std::move(parent))
{
}

QString SetNodeParent::text() const
{
    return QCoreApplication::translate("kt::Edit", "Move into group");
}

bool SetNodeParent::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View *view = data.views.find(m_view);
    if (!view) {
        error = noView(m_view);
        return false;
    }
    if (!view->nodes.contains(m_node) || (!m_parent.isNull() && !view->nodes.contains(m_parent))) {
        error = noNode(view->nodes.contains(m_node) ? m_parent : m_node);
        return false;
    }
    QList<ViewNode> nodes = view->nodes.items();
    const auto [first, end] = subtree(nodes, m_node);
    for (qsizetype i = first; i < end; ++i) {
        if (nodes.at(i).id == m_parent) {
            error = QCoreApplication::translate("kt::Edit",
                                                "A group cannot be put inside itself.");
            return false;
        }
    }
    m_oldOrder = nodes;
    QList<ViewNode> moving = nodes.mid(first, end - first);
    nodes.remove(first, end - first);
    moving.first().parent = m_parent;
    qsizetype at = nodes.size();
    if (!m_parent.isNull())
        at = subtree(nodes, m_parent).second;
    for (qsizetype i = 0; i < moving.size(); ++i)
        nodes.insert(at + i, moving.at(i));
    setOrder(*view, nodes);
    changes.nodes.changed.insert(m_node);
    changes.views.changed.insert(m_view);
    return true;
}

void SetNodeParent::revert(ModelData &data, ChangeSet &changes)
{
    if (View *view = data.views.find(m_view)) {
        restoreOrder(*view, m_oldOrder);
        for (const ViewNode &old : std::as_const(m_oldOrder))
            if (old.id == m_node)
                if (ViewNode *node = view->nodes.find(m_node))
                    node->parent = old.parent;
        changes.nodes.changed.insert(m_node);
        changes.views.changed.insert(m_view);
    }
}

ReorderNodes::ReorderNodes(ViewId view, QList<NodeId> nodes, Direction direction)
    : m_view(std::move(view)), m_nodes(std::move(nodes)), m_direction(direction)
{
}

QString ReorderNodes::text() const
{
    return m_direction == Direction::ToFront
            ? QCoreApplication::translate("kt::Edit", "Bring to front")
            : QCoreApplication::translate("kt::Edit", "Send to back");
}

bool ReorderNodes::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View *view = data.views.find(m_view);
    if (!view) {
        error = noView(m_view);
        return false;
    }
    for (const NodeId &id : std::as_const(m_nodes)) {
        if (!view->nodes.contains(id)) {
            error = noNode(id);
            return false;
        }
    }
    QList<ViewNode> nodes = view->nodes.items();
    m_oldOrder = nodes;
    for (const NodeId &id : std::as_const(m_nodes)) {
        const auto [first, end] = subtree(nodes, id);
        QList<ViewNode> moving = nodes.mid(first, end - first);
        nodes.remove(first, end - first);
        const NodeId parent = moving.first().parent;
        // Siblings live between the parent's entry and its subtree end. A parent the view
        // no longer holds (a repository document's arrival) counts as none: an index of
        // -1 would insert before the list's start.
        const auto [parentFirst, parentEnd] = parent.isNull()
                ? std::pair<qsizetype, qsizetype>(-1, -1)
                : subtree(nodes, parent);
        qsizetype at;
        if (m_direction == Direction::ToFront)
            at = parentFirst < 0 ? nodes.size() : parentEnd;
        else
            at = parentFirst < 0 ? 0 : parentFirst + 1;
        for (qsizetype i = 0; i < moving.size(); ++i)
            nodes.insert(at + i, moving.at(i));
        changes.nodes.changed.insert(id);
    }
    setOrder(*view, nodes);
    changes.views.changed.insert(m_view);
    return true;
}

void ReorderNodes::revert(ModelData &data, ChangeSet &changes)
{
    if (View *view = data.views.find(m_view)) {
        restoreOrder(*view, m_oldOrder);
        for (const NodeId &id : std::as_const(m_nodes))
            changes.nodes.changed.insert(id);
        changes.views.changed.insert(m_view);
    }
}

} // namespace kt
