#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace kt {

// Orthogonal routes around obstacles, for many connections of one diagram at
// once (OrthogonalRouter::routeAround is the way in for views).
//
// Each connection first tries the simple route of its two rectangles
// (OrthogonalRouter::route); when that comes closer than Margin to another box, an
// A* search over a sparse grid finds the cheapest route (length plus BendCost per
// bend). The grid's lines are the edges of the boxes near the connection pushed out
// by Margin, the middle lines of the gaps between neighbouring boxes (which cost a
// little less, so that lines run down the middle of a gap), and the centre lines of
// the connection's own boxes. A route leaves and arrives at the middle of a side,
// perpendicular to it. Afterwards segments that share a line side by side are
// spread apart (Spacing) within the room their gap has, and the ends that share a
// side of a box are spread along it (PortSpacing), ordered so that they do not
// cross near the box. A route that a step would make enter a box keeps its earlier
// form. When no route exists (the end is walled in, or the search exceeds
// SearchLimit states, also with the TightMargin) the simple route stands and counts as a fallback.
//
// A box never blocks a connection that ends on it or on a box inside it (a
// container of an end); the two ends themselves are only not crossed.
class ObstacleRouter
{
public:
    // boxes: the rectangles; parents: the index of each box's container, or -1.
    ObstacleRouter(const QList<QRectF> &boxes, const QList<qsizetype> &parents);

    struct Request
    {
        qsizetype source = -1;
        qsizetype target = -1;
    };
    struct Result
    {
        // Per request, the route from the source's boundary to the target's, corners
        // included: whole numbers, horizontal and vertical segments only.
        QList<QList<QPointF>> routes;
        qsizetype fallbacks = 0; // requests that kept the simple route: no way around
    };
    Result route(const QList<Request> &requests) const;

    static constexpr double Margin = 8;
    // Where boxes stand closer than two margins, a second search keeps only this.
    static constexpr double TightMargin = 2;
    static constexpr double Spacing = 6;
    static constexpr double PortSpacing = 12;
    static constexpr double BendCost = 40;
    static constexpr qsizetype SearchLimit = 150000; // states one search may expand
    // States all searches of one route() call may expand together: a big diagram's
    // last connections keep their simple routes rather than take minutes.
    static constexpr qsizetype TotalSearchLimit = 3000000;

private:
    std::vector<qsizetype> excluded(const Request &request) const;
    bool blocked(const QPointF &a, const QPointF &b, const std::vector<qsizetype> &skip,
                 const Request &request, double margin) const;
    bool clear(const QList<QPointF> &route, const Request &request) const;
    QList<QPointF> search(const Request &request, const QRectF &window, double margin) const;
    void spreadSegments(QList<QList<QPointF>> &routes, const QList<Request> &requests,
                        const QList<bool> &movable) const;
    void spreadEnds(QList<QList<QPointF>> &routes, const QList<Request> &requests,
                    const QList<bool> &movable) const;
    // Calls visit(index) for each box that may meet `area` (each once); stops when
    // visit returns true, and returns whether it did.
    template<typename Visit>
    bool anyNear(const QRectF &area, Visit visit) const;
    std::vector<qsizetype> near(const QRectF &area) const;

    QList<QRectF> m_boxes;
    QList<qsizetype> m_parents;
    std::vector<double> m_xs; // grid lines: box edges pushed out by Margin, gap middles
    std::vector<double> m_ys;
    std::vector<double> m_middleXs; // the gap middles among them, sorted
    std::vector<double> m_middleYs;
    // A bucket grid of the boxes; boxes over many buckets (bands) in m_large.
    double m_cell = 200;
    QPointF m_origin;
    qsizetype m_columns = 0;
    qsizetype m_rows = 0;
    std::vector<std::vector<qsizetype>> m_buckets;
    std::vector<qsizetype> m_large;
    mutable qsizetype m_searchLeft = 0;
    mutable std::vector<quint32> m_seen;
    mutable quint32 m_stamp = 0;
};

} // namespace kt
