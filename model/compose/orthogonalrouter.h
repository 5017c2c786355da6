#pragma once

#include <model/modeldata.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <memory>

namespace kt {

class Edit;

// Orthogonal routes (horizontal and vertical segments only) for connections.
// routeAround() is what the editor, the layouts and "show relationships" use: it
// routes around the view's other nodes (ObstacleRouter) and falls back to route(),
// the simple route that looks only at the two end rectangles (below).
//
// A drawn route starts at the point where the line from the source's centre
// towards the first bendpoint leaves the source, and ends likewise at the
// target (DiagramPainter::connectionRoute). So an end segment is axis-aligned
// only when it runs along a centre line of its rectangle, or when it has no
// length (a bendpoint on the edge) — and a zero-length last segment loses the
// arrowhead, whose direction comes from that segment. Routes therefore leave
// and arrive at the middle of a side:
// - centres in line (same x, or same y) and the rectangles apart: straight, no
//   bendpoints;
// - overlapping in x (one above the other) or in y (side by side) with centres
//   not in line: a Z through the middle of the gap (two bendpoints), as a
//   straight line through the middle of the overlap could not keep an arrowhead;
// - apart in both x and y: an L (one bendpoint), along the larger distance first;
// - intersecting: a U around both on the first side (top, bottom, left, right)
//   where it touches neither interior; none when one holds the other;
// - the same rectangle (a connection to itself): a loop over the top right corner.
// Bendpoints are stored rounded, so rectangles with odd sizes (centres at .5)
// may end up half a unit off; the editor's sizes are multiples of the grid.
// A route around obstacles keeps an end segment straight another way when it
// has to: its first (last) bendpoint lies on the side itself, so the drawn first
// (last) segment has no length and the arrowhead follows the next one, which is
// perpendicular to the side (DiagramPainter points arrowheads along the last
// segment that has a length). That is how ends sharing a side are spread along
// it, and how odd-sized rectangles keep exact right angles.
class OrthogonalRouter
{
    Q_DECLARE_TR_FUNCTIONS(kt::OrthogonalRouter)

public:
    static QList<QPointF> route(const QRectF &source, const QRectF &target);

    struct Routes
    {
        QHash<ConnectionId, QList<QPointF>> bendpoints; // as stored: whole numbers
        qsizetype fallbacks = 0; // connections that kept route(): no way around
    };
    // Routes these connections (of the view or about to be added to it) together
    // around the view's nodes: a node that is neither an end nor holds one is not
    // crossed (of a band or group that is not an end, only its title), lines that
    // share a gap are spread. Connections that do not end on
    // two nodes of the view are left out.
    static Routes routeAround(const View &view, const QList<ViewConnection> &connections);

    // One edit setting the bendpoints of each connection to its orthogonal route;
    // nullptr when no connection changes.
    static std::unique_ptr<Edit> routeConnections(const ModelData &data, const ViewId &view,
                                                  const QList<ConnectionId> &connections);
    // One edit removing the bendpoints (straight lines); nullptr when none has any.
    static std::unique_ptr<Edit> clearBendpoints(const ModelData &data, const ViewId &view,
                                                 const QList<ConnectionId> &connections);

    // How far a U route or a loop keeps away from the rectangles.
    static constexpr double Clearance = 20;
};

} // namespace kt
