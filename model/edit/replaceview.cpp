#include "replaceview.h"
#include "viewedits.h"

#include <model/compose/geometry.h>

#include <QCoreApplication>

#include <cmath>

namespace kt {

namespace {

// Geometry is kept in whole units (see viewedits.cpp).
using geometry::rounded;

bool validBounds(const QRectF &r)
{
    return geometry::isValidBounds(r);
}

template <typename Key, typename T>
void compare(const Collection<Key, T> &before, const Collection<Key, T> &after,
             ChangeSet::Changes<Key> &changes)
{
    for (const T &item : before) {
        const T *now = after.find(item.id);
        if (!now)
            changes.removed.insert(item.id);
        else if (!(*now == item))
            changes.changed.insert(item.id);
    }
    for (const T &item : after)
        if (!before.contains(item.id))
            changes.added.insert(item.id);
}

} // namespace

ReplaceView::ReplaceView(View view, qsizetype position)
    : m_view(std::move(view)), m_position(position)
{
    if (m_view.id.isNull())
        m_view.id = ViewId::create();
}

QString ReplaceView::text() const
{
    return QCoreApplication::translate("kt::Edit", "Create/refresh the overall diagram");
}

bool ReplaceView::check(const ModelData &data, View &view, QString &error) const
{
    if (!checkName(view.name, error))
        return false;
    for (qsizetype i = 0; i < view.nodes.size(); ++i) {
        const ViewNode node = view.nodes.at(i);
        // A repeated id leaves the collection's index pointing at the last one.
        if (view.nodes.indexOf(node.id) != i) {
            error = QCoreApplication::translate("kt::Edit", "The view has two nodes with id %1.")
                            .arg(node.id.toString());
            return false;
        }
        if (node.kind == NodeKind::Element && !data.elements.contains(node.element)) {
            error = QCoreApplication::translate(
                            "kt::Edit", "Node %1 shows the element %2, which does not exist.")
                            .arg(node.id.toString(), node.element.toString());
            return false;
        }
        if (!node.parent.isNull() && !view.nodes.contains(node.parent)) {
            error = QCoreApplication::translate("kt::Edit", "The view has no node with id %1.")
                            .arg(node.parent.toString());
            return false;
        }
        if (!validBounds(node.bounds)) {
            error = QCoreApplication::translate("kt::Edit",
                                                "The node's size or position is out of range.");
            return false;
        }
        ViewNode *kept = view.nodes.find(node.id);
        if (!checkName(kept->label, error))
            return false;
        kept->bounds = rounded(node.bounds);
    }
    for (qsizetype i = 0; i < view.connections.size(); ++i) {
        const ViewConnection c = view.connections.at(i);
        if (view.connections.indexOf(c.id) != i) {
            error = QCoreApplication::translate("kt::Edit",
                                                "The view has two connections with id %1.")
                            .arg(c.id.toString());
            return false;
        }
        if (!checkConnectionEnds(data, view, c, error))
            return false;
        if (!checkBendpoints(c.bendpoints, error))
            return false;
    }
    for (qsizetype i = 0; i < view.connections.size(); ++i)
        for (QPointF &p : view.connections.find(view.connections.at(i).id)->bendpoints)
            p = QPointF(std::round(p.x()), std::round(p.y()));
    return true;
}

void ReplaceView::noteChanges(const View &before, const View &after, ChangeSet &changes)
{
    compare(before.nodes, after.nodes, changes.nodes);
    compare(before.connections, after.connections, changes.connections);
    changes.views.changed.insert(after.id);
}

bool ReplaceView::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View view = m_view;
    if (!check(data, view, error))
        return false;
    if (View *old = data.views.find(view.id)) {
        m_replaced = true;
        m_old = *old;
        *old = view;
        noteChanges(m_old, view, changes);
    } else {
        m_replaced = false;
        data.views.insert(m_position, view);
        changes.views.added.insert(view.id);
    }
    return true;
}

void ReplaceView::revert(ModelData &data, ChangeSet &changes)
{
    if (!m_replaced) {
        data.views.take(m_view.id);
        changes.views.removed.insert(m_view.id);
        return;
    }
    if (View *current = data.views.find(m_view.id)) {
        noteChanges(*current, m_old, changes);
        *current = m_old;
    }
}

} // namespace kt
