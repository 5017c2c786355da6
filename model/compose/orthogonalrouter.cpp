#include "orthogonalrouter.h"

#include "geometry.h"

#include <model/edit/editgroup.h>
#include <model/edit/viewedits.h>

#include <algorithm>
#include <cmath>

namespace kt {

namespace {

// True when the axis-aligned segment a-b runs through the inside of r (touching
// or running along its edge is fine).
bool entersInterior(const QPointF &a, const QPointF &b, const QRectF &r)
{
    const double x1 = std::min(a.x(), b.x());
    const double x2 = std::max(a.x(), b.x());
    const double y1 = std::min(a.y(), b.y());
    const double y2 = std::max(a.y(), b.y());
    if (x1 == x2) // vertical, or a point
        return x1 > r.left() && x1 < r.right() && y2 > r.top() && y1 < r.bottom()
               && (y1 != y2 || (y1 > r.top() && y1 < r.bottom()));
    if (y1 == y2)
        return y1 > r.top() && y1 < r.bottom() && x2 > r.left() && x1 < r.right();
    return true; // not axis-aligned: never accepted
}

// The whole drawn route (as DiagramPainter::connectionRoute makes it) avoids
// both interiors.
bool isClear(const QRectF &source, const QRectF &target, const QList<QPointF> &bends)
{
    const QList<QPointF> route = geometry::connectionRoute(source, target, bends);
    for (qsizetype i = 0; i + 1 < route.size(); ++i)
        for (const QRectF &r : {source, target})
            if (entersInterior(route.at(i), route.at(i + 1), r))
                return false;
    return true;
}

// Around both intersecting rectangles, leaving and arriving on the same side.
QList<QPointF> around(const QRectF &s, const QRectF &t)
{
    const QPointF cs = s.center();
    const QPointF ct = t.center();
    const double top = std::min(s.top(), t.top()) - OrthogonalRouter::Clearance;
    const double bottom = std::max(s.bottom(), t.bottom()) + OrthogonalRouter::Clearance;
    const double left = std::min(s.left(), t.left()) - OrthogonalRouter::Clearance;
    const double right = std::max(s.right(), t.right()) + OrthogonalRouter::Clearance;
    const QList<QList<QPointF>> candidates{
            {QPointF(cs.x(), top), QPointF(ct.x(), top)},
            {QPointF(cs.x(), bottom), QPointF(ct.x(), bottom)},
            {QPointF(left, cs.y()), QPointF(left, ct.y())},
            {QPointF(right, cs.y()), QPointF(right, ct.y())},
    };
    for (const QList<QPointF> &bends : candidates)
        if (bends.first() != bends.last() && isClear(s, t, bends))
            return bends;
    return {};
}

} // namespace

QList<QPointF> OrthogonalRouter::route(const QRectF &s, const QRectF &t)
{
    const QPointF cs = s.center();
    const QPointF ct = t.center();
    if (s == t) {
        const double x = s.right() + Clearance;
        const double y = s.top() - Clearance;
        return {QPointF(x, cs.y()), QPointF(x, y), QPointF(cs.x(), y)};
    }
    const bool overlapX = s.left() < t.right() && t.left() < s.right();
    const bool overlapY = s.top() < t.bottom() && t.top() < s.bottom();
    if (overlapX && overlapY)
        return around(s, t);
    if (overlapX) {
        if (cs.x() == ct.x())
            return {};
        const double y
                = s.bottom() <= t.top() ? (s.bottom() + t.top()) / 2 : (t.bottom() + s.top()) / 2;
        return {QPointF(cs.x(), y), QPointF(ct.x(), y)};
    }
    if (overlapY) {
        if (cs.y() == ct.y())
            return {};
        const double x
                = s.right() <= t.left() ? (s.right() + t.left()) / 2 : (t.right() + s.left()) / 2;
        return {QPointF(x, cs.y()), QPointF(x, ct.y())};
    }
    // Apart both ways: the corner of the L lies outside both rectangles, level
    // with one centre and plumb with the other.
    if (std::abs(ct.x() - cs.x()) >= std::abs(ct.y() - cs.y()))
        return {QPointF(ct.x(), cs.y())};
    return {QPointF(cs.x(), ct.y())};
}

std::unique_ptr<Edit> OrthogonalRouter::routeConnections(const ModelData &data,
                                                         const ViewId &viewId,
                                                         const QList<ConnectionId> &connections)
{
    const View *view = data.views.find(viewId);
    if (!view)
        return nullptr;
    auto group = std::make_unique<EditGroup>(tr("Route connections orthogonally"));
    for (const ConnectionId &id : connections) {
        const ViewConnection *c = view->connections.find(id);
        const ViewNode *source = c ? view->nodes.find(c->source) : nullptr;
        const ViewNode *target = c ? view->nodes.find(c->target) : nullptr;
        if (!source || !target)
            continue;
        QList<QPointF> bends = route(source->bounds, target->bounds);
        // Compared as stored: SetBendpoints keeps whole numbers.
        for (QPointF &p : bends)
            p = geometry::rounded(p);
        if (bends != c->bendpoints)
            group->add(std::make_unique<SetBendpoints>(viewId, id, bends));
    }
    if (group->isEmpty())
        return nullptr;
    return group;
}

std::unique_ptr<Edit> OrthogonalRouter::clearBendpoints(const ModelData &data, const ViewId &viewId,
                                                        const QList<ConnectionId> &connections)
{
    const View *view = data.views.find(viewId);
    if (!view)
        return nullptr;
    auto group = std::make_unique<EditGroup>(tr("Straighten connections"));
    for (const ConnectionId &id : connections) {
        const ViewConnection *c = view->connections.find(id);
        if (c && !c->bendpoints.isEmpty())
            group->add(std::make_unique<SetBendpoints>(viewId, id, QList<QPointF>()));
    }
    if (group->isEmpty())
        return nullptr;
    return group;
}

} // namespace kt
