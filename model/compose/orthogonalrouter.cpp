#include "orthogonalrouter.h"

#include "geometry.h"
#include "obstaclerouter.h"

#include <model/edit/editgroup.h>
#include <model/edit/viewedits.h>

#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace kt {

namespace {

// The whole drawn route (as DiagramPainter::connectionRoute makes it) avoids
// both interiors.
bool isClear(const QRectF &source, const QRectF &target, const QList<QPointF> &bends)
{
    const QList<QPointF> route = geometry::connectionRoute(source, target, bends);
    for (qsizetype i = 0; i + 1 < route.size(); ++i)
        for (const QRectF &r : {source, target})
            if (geometry::segmentEntersInterior(route.at(i), route.at(i + 1), r))
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

// A band or group is crossed: a line may pass over a band to reach the one
// beyond it, as a reader follows it there, but not over the band's title. So a
// group that no connection ends on is an obstacle only where its title is
// written: the header strip, as far as the title reaches. The router has no
// fonts; the width is an estimate on the generous side (10 pt bold capitals are
// under 9 units a letter, DiagramPainter's title starts 8 units in).
QRectF groupHeading(const ViewNode &node)
{
    constexpr double Inset = 8;
    constexpr double LetterWidth = 9;
    constexpr double HeaderHeight = 24; // DiagramStyle::groupHeaderHeight
    const QRectF &r = node.bounds;
    const double width = std::min(r.width(), 2 * Inset + LetterWidth * node.label.size());
    return QRectF(r.left(), r.top(), width, std::min(r.height(), HeaderHeight));
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

OrthogonalRouter::Routes OrthogonalRouter::routeAround(const View &view,
                                                       const QList<ViewConnection> &connections)
{
    QSet<NodeId> ends;
    for (const ViewConnection &c : connections) {
        ends.insert(c.source);
        ends.insert(c.target);
    }
    QHash<NodeId, qsizetype> index;
    QList<QRectF> boxes;
    boxes.reserve(view.nodes.size());
    for (const ViewNode &node : view.nodes) {
        index.insert(node.id, boxes.size());
        boxes.append(node.kind == NodeKind::Group && !ends.contains(node.id)
                             ? groupHeading(node)
                             : node.bounds);
    }
    QList<qsizetype> parents;
    parents.reserve(boxes.size());
    for (const ViewNode &node : view.nodes)
        parents.append(node.parent.isNull() ? -1 : index.value(node.parent, -1));
    QList<ObstacleRouter::Request> requests;
    QList<ConnectionId> ids;
    for (const ViewConnection &c : connections) {
        const qsizetype source = c.source.isNull() ? -1 : index.value(c.source, -1);
        const qsizetype target = c.target.isNull() ? -1 : index.value(c.target, -1);
        if (source < 0 || target < 0)
            continue;
        requests.append({source, target});
        ids.append(c.id);
    }
    Routes routes;
    if (requests.isEmpty())
        return routes;
    const ObstacleRouter::Result result = ObstacleRouter(boxes, parents).route(requests);
    routes.fallbacks = result.fallbacks;
    for (qsizetype k = 0; k < requests.size(); ++k) {
        const QRectF &source = boxes.at(requests.at(k).source);
        const QRectF &target = boxes.at(requests.at(k).target);
        const QList<QPointF> &points = result.routes.at(k);
        QList<QPointF> bends = points.mid(1, points.size() - 2);
        // An end that the drawn route would not reach by itself (spread along the
        // side, or half a unit off an odd-sized box's centre) is kept on the side.
        const auto apart = [](const QPointF &a, const QPointF &b) {
            return QLineF(a, b).length() > 0.01;
        };
        if (points.size() >= 2) {
            if (apart(geometry::connectionRoute(source, target, bends).constFirst(), points.first()))
                bends.prepend(points.first());
            if (apart(geometry::connectionRoute(source, target, bends).constLast(), points.last()))
                bends.append(points.last());
        }
        for (QPointF &p : bends)
            p = geometry::rounded(p);
        routes.bendpoints.insert(ids.at(k), bends);
    }
    return routes;
}

std::unique_ptr<Edit> OrthogonalRouter::routeConnections(const ModelData &data,
                                                         const ViewId &viewId,
                                                         const QList<ConnectionId> &connections)
{
    const View *view = data.views.find(viewId);
    if (!view)
        return nullptr;
    QList<ViewConnection> wanted;
    for (const ConnectionId &id : connections)
        if (const ViewConnection *c = view->connections.find(id))
            wanted.append(*c);
    const Routes routes = routeAround(*view, wanted);
    auto group = std::make_unique<EditGroup>(tr("Route connections orthogonally"));
    for (const ViewConnection &c : std::as_const(wanted)) {
        const auto found = routes.bendpoints.constFind(c.id);
        if (found != routes.bendpoints.constEnd() && *found != c.bendpoints)
            group->add(std::make_unique<SetBendpoints>(viewId, c.id, *found));
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
