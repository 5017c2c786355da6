#include "obstaclerouter.h"

#include "geometry.h"
#include "orthogonalrouter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>
#include <tuple>
#include <unordered_map>

namespace kt {

namespace {

// How far beyond the two ends the first search looks; a route that needs more
// room (around a wall or a band) is searched for over the whole diagram.
constexpr double WindowMargin = 120;
// Lines that are not the middle of a gap cost this much more per unit of length.
constexpr double OffCentreFactor = 1.15;
// Searches over more grid points than this give up (a fallback).
constexpr qsizetype MaxGridPoints = 4000000;
// The estimate counts for a little more than the distance left: far fewer states
// are expanded, for routes hardly longer than the shortest.
constexpr double HeuristicWeight = 1.5;
// Between a spread line and a box it passes.
constexpr double SpreadGap = 3;

// Directions: 0 +x, 1 -x, 2 +y, 3 -y. A side of a box is named by the direction
// that leaves it: 0 right, 1 left, 2 bottom, 3 top.
constexpr double DirX[4] = {1, -1, 0, 0};
constexpr double DirY[4] = {0, 0, 1, -1};

QPointF portOf(const QRectF &r, int side)
{
    const QPointF c = r.center();
    switch (side) {
    case 0:
        return {r.right(), c.y()};
    case 1:
        return {r.left(), c.y()};
    case 2:
        return {c.x(), r.bottom()};
    default:
        return {c.x(), r.top()};
    }
}

// The direction of the axis-aligned step a -> b (-1 when a == b or slanted).
int directionOf(const QPointF &a, const QPointF &b)
{
    if (a.y() == b.y() && a.x() != b.x())
        return a.x() < b.x() ? 0 : 1;
    if (a.x() == b.x() && a.y() != b.y())
        return a.y() < b.y() ? 2 : 3;
    return -1;
}

// Drops corners that are no corners (three points in a line) and repeated points.
QList<QPointF> simplified(const QList<QPointF> &points)
{
    QList<QPointF> out;
    for (const QPointF &p : points) {
        if (!out.isEmpty() && out.last() == p)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out.at(out.size() - 2);
            const QPointF &b = out.last();
            if ((a.x() == b.x() && b.x() == p.x()) || (a.y() == b.y() && b.y() == p.y()))
                out.removeLast();
        }
        out.append(p);
    }
    return out;
}

std::vector<double> sortedUnique(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

bool contains(const std::vector<double> &sorted, double value)
{
    return std::binary_search(sorted.begin(), sorted.end(), value);
}

} // namespace

ObstacleRouter::ObstacleRouter(const QList<QRectF> &boxes, const QList<qsizetype> &parents)
    : m_boxes(boxes), m_parents(parents)
{
    m_parents.resize(m_boxes.size(), -1);
    m_seen.assign(m_boxes.size(), 0);
    if (m_boxes.isEmpty())
        return;
    QRectF all;
    std::vector<double> sizes;
    sizes.reserve(m_boxes.size());
    for (const QRectF &r : std::as_const(m_boxes)) {
        all = all.isNull() ? r : all.united(r);
        sizes.push_back(std::max(r.width(), r.height()));
    }
    std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
    m_cell = std::max(50.0, 2 * sizes.at(sizes.size() / 2));
    m_origin = all.topLeft();
    m_columns = std::min<qsizetype>(4096, qsizetype(all.width() / m_cell) + 1);
    m_rows = std::min<qsizetype>(4096, qsizetype(all.height() / m_cell) + 1);
    m_cell = std::max({m_cell, all.width() / double(m_columns), all.height() / double(m_rows)});
    m_buckets.assign(size_t(m_columns * m_rows), {});
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const QRectF &r = m_boxes.at(i);
        const qsizetype c1 = qsizetype((r.left() - m_origin.x()) / m_cell);
        const qsizetype c2 = std::min(m_columns - 1, qsizetype((r.right() - m_origin.x()) / m_cell));
        const qsizetype r1 = qsizetype((r.top() - m_origin.y()) / m_cell);
        const qsizetype r2 = std::min(m_rows - 1, qsizetype((r.bottom() - m_origin.y()) / m_cell));
        if ((c2 - c1 + 1) * (r2 - r1 + 1) > 16) {
            m_large.push_back(i);
            continue;
        }
        for (qsizetype row = r1; row <= r2; ++row)
            for (qsizetype column = c1; column <= c2; ++column)
                m_buckets[size_t(row * m_columns + column)].push_back(i);
    }

    // Grid lines: each box's edges pushed out by the margin, and the middle of the
    // gap to its nearest neighbour right and below (boxes inside it do not count).
    std::vector<double> xs, ys, middleXs, middleYs;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const QRectF &r = m_boxes.at(i);
        xs.push_back(r.left() - Margin);
        xs.push_back(r.right() + Margin);
        ys.push_back(r.top() - Margin);
        ys.push_back(r.bottom() + Margin);
        double right = std::numeric_limits<double>::infinity();
        double below = right;
        for (qsizetype k : near(r.adjusted(0, 0, 2 * WindowMargin, 2 * WindowMargin))) {
            const QRectF &o = m_boxes.at(k);
            if (o.left() >= r.right() && o.top() < r.bottom() && r.top() < o.bottom())
                right = std::min(right, o.left());
            if (o.top() >= r.bottom() && o.left() < r.right() && r.left() < o.right())
                below = std::min(below, o.top());
        }
        if (std::isfinite(right) && right - r.right() > 2 * SpreadGap)
            middleXs.push_back(std::floor((r.right() + right) / 2));
        if (std::isfinite(below) && below - r.bottom() > 2 * SpreadGap)
            middleYs.push_back(std::floor((r.bottom() + below) / 2));
    }
    m_middleXs = sortedUnique(middleXs);
    m_middleYs = sortedUnique(middleYs);
    xs.insert(xs.end(), m_middleXs.begin(), m_middleXs.end());
    ys.insert(ys.end(), m_middleYs.begin(), m_middleYs.end());
    m_xs = sortedUnique(std::move(xs));
    m_ys = sortedUnique(std::move(ys));
}

template<typename Visit>
bool ObstacleRouter::anyNear(const QRectF &area, Visit visit) const
{
    for (qsizetype i : m_large)
        if (visit(i))
            return true;
    if (m_buckets.empty())
        return false;
    if (++m_stamp == 0) {
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_stamp = 1;
    }
    const auto column = [&](double x) {
        return std::clamp<qsizetype>(qsizetype(std::floor((x - m_origin.x()) / m_cell)), 0,
                                     m_columns - 1);
    };
    const auto row = [&](double y) {
        return std::clamp<qsizetype>(qsizetype(std::floor((y - m_origin.y()) / m_cell)), 0,
                                     m_rows - 1);
    };
    const qsizetype r2 = row(area.bottom());
    const qsizetype c2 = column(area.right());
    for (qsizetype r = row(area.top()); r <= r2; ++r)
        for (qsizetype c = column(area.left()); c <= c2; ++c)
            for (qsizetype i : m_buckets[size_t(r * m_columns + c)])
                if (m_seen[size_t(i)] != m_stamp) {
                    m_seen[size_t(i)] = m_stamp;
                    if (visit(i))
                        return true;
                }
    return false;
}

std::vector<qsizetype> ObstacleRouter::near(const QRectF &area) const
{
    std::vector<qsizetype> found;
    anyNear(area, [&](qsizetype i) {
        found.push_back(i);
        return false;
    });
    return found;
}

std::vector<qsizetype> ObstacleRouter::excluded(const Request &request) const
{
    std::vector<qsizetype> skip;
    for (qsizetype end : {request.source, request.target}) {
        // A loop of parents ends after as many steps as there are boxes.
        qsizetype steps = 0;
        for (qsizetype p = m_parents.value(end, -1); p >= 0 && steps < m_boxes.size();
             p = m_parents.value(p, -1), ++steps)
            skip.push_back(p);
    }
    std::sort(skip.begin(), skip.end());
    return skip;
}

// Whether the step a-b comes within `margin` of a box in the way of this
// connection. Its own ends only block it by their inside, and by the margin where
// the step does not run along their centre line (the way in to a side's middle).
bool ObstacleRouter::blocked(const QPointF &a, const QPointF &b,
                             const std::vector<qsizetype> &skip, const Request &request,
                             double margin) const
{
    const QRectF area = QRectF(a, b).normalized().adjusted(-margin - 1, -margin - 1, margin + 1,
                                                           margin + 1);
    return anyNear(area, [&](qsizetype i) {
        if (std::binary_search(skip.begin(), skip.end(), i))
            return false;
        const QRectF &r = m_boxes.at(i);
        double m = margin;
        if (i == request.source || i == request.target) {
            const QPointF c = r.center();
            if ((a.x() == b.x() && a.x() == c.x()) || (a.y() == b.y() && a.y() == c.y()))
                m = 0;
        }
        return geometry::segmentEntersInterior(a, b, r.adjusted(-m, -m, m, m));
    });
}

bool ObstacleRouter::clear(const QList<QPointF> &route, const Request &request) const
{
    const std::vector<qsizetype> skip = excluded(request);
    for (qsizetype i = 0; i + 1 < route.size(); ++i)
        if (directionOf(route.at(i), route.at(i + 1)) < 0
            || blocked(route.at(i), route.at(i + 1), skip, request, 0))
            return false;
    return true;
}

// A* over the grid lines inside `window`: a state is a grid point and the
// direction of travel; a step goes to the next line ahead, a turn costs BendCost.
QList<QPointF> ObstacleRouter::search(const Request &request, const QRectF &window,
                                      double margin) const
{
    const QRectF &source = m_boxes.at(request.source);
    const QRectF &target = m_boxes.at(request.target);
    const auto lines = [&](const std::vector<double> &all, double from, double to,
                           std::initializer_list<double> extra) {
        std::vector<double> out(std::lower_bound(all.begin(), all.end(), from),
                                std::upper_bound(all.begin(), all.end(), to));
        out.insert(out.end(), extra);
        return sortedUnique(std::move(out));
    };
    const std::vector<double> xs =
            lines(m_xs, window.left(), window.right(),
                  {window.left(), window.right(), source.left(), source.right(),
                   source.center().x(), target.left(), target.right(), target.center().x()});
    const std::vector<double> ys =
            lines(m_ys, window.top(), window.bottom(),
                  {window.top(), window.bottom(), source.top(), source.bottom(),
                   source.center().y(), target.top(), target.bottom(), target.center().y()});
    const qsizetype nx = qsizetype(xs.size());
    const qsizetype ny = qsizetype(ys.size());
    if (nx * ny > MaxGridPoints)
        return {};
    // The cost factor of travel along each line.
    std::vector<double> weightX(size_t(nx), OffCentreFactor);
    std::vector<double> weightY(size_t(ny), OffCentreFactor);
    for (qsizetype i = 0; i < nx; ++i)
        if (contains(m_middleXs, xs[size_t(i)]) || xs[size_t(i)] == source.center().x()
            || xs[size_t(i)] == target.center().x())
            weightX[size_t(i)] = 1;
    for (qsizetype j = 0; j < ny; ++j)
        if (contains(m_middleYs, ys[size_t(j)]) || ys[size_t(j)] == source.center().y()
            || ys[size_t(j)] == target.center().y())
            weightY[size_t(j)] = 1;

    const auto indexOf = [](const std::vector<double> &values, double v) {
        return qsizetype(std::lower_bound(values.begin(), values.end(), v) - values.begin());
    };
    const auto stateOf = [ny](qsizetype i, qsizetype j, int d) { return ((i * ny) + j) * 4 + d; };
    // Only the states reached are stored: a search over a big diagram touches few.
    struct Visit
    {
        double cost;
        qint64 from;
    };
    std::unordered_map<qint64, Visit> visits;
    const auto costOf = [&visits](qint64 state) {
        const auto found = visits.find(state);
        return found == visits.end() ? std::numeric_limits<double>::infinity()
                                     : found->second.cost;
    };

    QPointF goals[4];
    qsizetype goalI[4], goalJ[4];
    for (int s = 0; s < 4; ++s) {
        goals[s] = portOf(target, s);
        goalI[s] = indexOf(xs, goals[s].x());
        goalJ[s] = indexOf(ys, goals[s].y());
    }
    const auto estimate = [&](double x, double y) {
        double best = std::numeric_limits<double>::infinity();
        for (const QPointF &g : goals)
            best = std::min(best, std::abs(g.x() - x) + std::abs(g.y() - y));
        return best;
    };
    using Entry = std::tuple<double, double, qint64>; // estimate, -cost (deeper first), state
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> open;
    qsizetype startI[4], startJ[4];
    for (int s = 0; s < 4; ++s) {
        const QPointF p = portOf(source, s);
        startI[s] = indexOf(xs, p.x());
        startJ[s] = indexOf(ys, p.y());
        const qint64 state = stateOf(startI[s], startJ[s], s);
        visits[state] = {0, -1};
        open.emplace(HeuristicWeight * estimate(p.x(), p.y()), 0.0, state);
    }
    const std::vector<qsizetype> skip = excluded(request);
    // A box whose four ways out are all closed (neighbours nearer than the margin)
    // is not searched from or to: that search would only fail, slowly.
    for (const QRectF *box : {&source, &target}) {
        bool open = false;
        for (int s = 0; s < 4 && !open; ++s) {
            const QPointF port = portOf(*box, s);
            const QPointF out(port.x() + DirX[s] * margin, port.y() + DirY[s] * margin);
            open = !blocked(port, out, skip, request, margin);
        }
        if (!open)
            return {};
    }
    qint64 reached = -1;
    qsizetype expanded = 0;
    while (!open.empty()) {
        // Not a structured binding: clang 14 (the sanitizer build) cannot capture one.
        const qint64 state = std::get<2>(open.top());
        const double g = -std::get<1>(open.top());
        open.pop();
        if (g > costOf(state))
            continue;
        const int d = int(state % 4);
        const qsizetype j = (state / 4) % ny;
        const qsizetype i = state / 4 / ny;
        if (i == goalI[d ^ 1] && j == goalJ[d ^ 1]) {
            reached = state;
            break;
        }
        if (++expanded > std::min(SearchLimit, m_searchLeft))
            break;
        const QPointF here(xs[size_t(i)], ys[size_t(j)]);
        const auto push = [&](qsizetype i2, qsizetype j2, int d2, double step) {
            const qint64 next = stateOf(i2, j2, d2);
            const double c = g + step;
            if (c < costOf(next)) {
                visits[next] = {c, state};
                open.emplace(c + HeuristicWeight * estimate(xs[size_t(i2)], ys[size_t(j2)]), -c,
                             next);
            }
        };
        const qsizetype i2 = i + qsizetype(DirX[d]);
        const qsizetype j2 = j + qsizetype(DirY[d]);
        if (i2 >= 0 && i2 < nx && j2 >= 0 && j2 < ny) {
            const QPointF there(xs[size_t(i2)], ys[size_t(j2)]);
            if (!blocked(here, there, skip, request, margin)) {
                const double length = std::abs(there.x() - here.x()) + std::abs(there.y() - here.y());
                push(i2, j2, d, length * (d < 2 ? weightY[size_t(j)] : weightX[size_t(i)]));
            }
        }
        // No turn where the route leaves the source: it leaves perpendicular to a side.
        bool atStart = false;
        for (int s = 0; s < 4; ++s)
            atStart = atStart || (i == startI[s] && j == startJ[s]);
        if (!atStart) {
            const int across = d < 2 ? 2 : 0;
            push(i, j, across, BendCost);
            push(i, j, across + 1, BendCost);
        }
    }
    m_searchLeft -= std::min(expanded, m_searchLeft);
    if (reached < 0)
        return {};
    QList<QPointF> points;
    for (qint64 s = reached; s >= 0; s = visits.at(s).from)
        points.prepend(QPointF(xs[size_t(s / 4 / ny)], ys[size_t((s / 4) % ny)]));
    return simplified(points);
}

ObstacleRouter::Result ObstacleRouter::route(const QList<Request> &requests) const
{
    Result result;
    result.routes.resize(requests.size());
    QList<bool> movable(requests.size(), false);
    m_searchLeft = TotalSearchLimit;
    QRectF all;
    for (const QRectF &r : m_boxes)
        all = all.isNull() ? r : all.united(r);
    all.adjust(-WindowMargin, -WindowMargin, WindowMargin, WindowMargin);
    // Near ends first: they cost the least, so the search budget serves the most.
    QList<qsizetype> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    const auto span = [&](qsizetype k) {
        const Request &r = requests.at(k);
        if (r.source < 0 || r.target < 0 || r.source >= m_boxes.size() || r.target >= m_boxes.size())
            return 0.0;
        const QPointF d = m_boxes.at(r.source).center() - m_boxes.at(r.target).center();
        return std::abs(d.x()) + std::abs(d.y());
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return span(a) < span(b); });
    for (qsizetype k : std::as_const(order)) {
        const Request &request = requests.at(k);
        if (request.source < 0 || request.target < 0 || request.source >= m_boxes.size()
            || request.target >= m_boxes.size())
            continue;
        const QRectF &source = m_boxes.at(request.source);
        const QRectF &target = m_boxes.at(request.target);
        QList<QPointF> bends = OrthogonalRouter::route(source, target);
        for (QPointF &p : bends)
            p = geometry::rounded(p);
        const QList<QPointF> simple = geometry::connectionRoute(source, target, bends);
        result.routes[k] = simple;
        if (request.source == request.target)
            continue;
        const std::vector<qsizetype> skip = excluded(request);
        const bool simpleClear = [&] {
            for (qsizetype i = 0; i + 1 < simple.size(); ++i)
                if (directionOf(simple.at(i), simple.at(i + 1)) < 0
                    || blocked(simple.at(i), simple.at(i + 1), skip, request, Margin))
                    return false;
            return true;
        }();
        if (simpleClear) {
            movable[k] = true;
            continue;
        }
        // The window takes in every container in the way (a band between the
        // ends), as the route has to go round it.
        QRectF window = source.united(target).adjusted(-WindowMargin, -WindowMargin,
                                                       WindowMargin, WindowMargin);
        for (bool grown = true; grown;) {
            grown = false;
            for (qsizetype i : m_large) {
                const QRectF &r = m_boxes.at(i);
                if (!std::binary_search(skip.begin(), skip.end(), i) && r.intersects(window)
                    && !window.contains(r)) {
                    window |= r.adjusted(-WindowMargin, -WindowMargin, WindowMargin, WindowMargin);
                    grown = true;
                }
            }
        }
        QList<QPointF> found;
        for (double margin : {Margin, TightMargin}) {
            if (found.isEmpty() && m_searchLeft > 0)
                found = search(request, window, margin);
            if (found.isEmpty() && m_searchLeft > 0 && !window.contains(all))
                found = search(request, all.united(window), margin);
        }
        if (found.size() < 2) {
            ++result.fallbacks;
            continue;
        }
        result.routes[k] = found;
        movable[k] = true;
    }
    spreadSegments(result.routes, requests, movable);
    spreadEnds(result.routes, requests, movable);
    for (qsizetype k = 0; k < result.routes.size(); ++k)
        if (movable.at(k))
            for (QPointF &p : result.routes[k])
                p = geometry::rounded(p);
    return result;
}

// Segments in the middle of routes (not the two ends) that lie on one line and
// overlap are moved apart, ordered by where their neighbours go, as far as the
// boxes beside them let them.
void ObstacleRouter::spreadSegments(QList<QList<QPointF>> &routes, const QList<Request> &requests,
                                    const QList<bool> &movable) const
{
    struct Piece
    {
        bool horizontal;
        double line, low, high;
        int leaning; // where the neighbouring segments go: < 0 towards smaller values
        qsizetype route, index;
    };
    std::vector<Piece> pieces;
    for (qsizetype r = 0; r < routes.size(); ++r) {
        const QList<QPointF> &p = routes.at(r);
        if (!movable.at(r))
            continue;
        for (qsizetype k = 1; k + 2 < p.size(); ++k) {
            const bool horizontal = p.at(k).y() == p.at(k + 1).y();
            const double line = horizontal ? p.at(k).y() : p.at(k).x();
            const double a = horizontal ? p.at(k).x() : p.at(k).y();
            const double b = horizontal ? p.at(k + 1).x() : p.at(k + 1).y();
            const double before = horizontal ? p.at(k - 1).y() : p.at(k - 1).x();
            const double after = horizontal ? p.at(k + 2).y() : p.at(k + 2).x();
            const int leaning = (before > line) - (before < line) + (after > line) - (after < line);
            pieces.push_back({horizontal, line, std::min(a, b), std::max(a, b), leaning, r, k});
        }
    }
    std::sort(pieces.begin(), pieces.end(), [](const Piece &a, const Piece &b) {
        return std::tie(a.horizontal, a.line, a.low, a.route, a.index)
                < std::tie(b.horizontal, b.line, b.low, b.route, b.index);
    });
    const QList<QList<QPointF>> before = routes;
    for (size_t first = 0; first < pieces.size();) {
        size_t last = first + 1;
        double high = pieces[first].high;
        while (last < pieces.size() && pieces[last].horizontal == pieces[first].horizontal
               && pieces[last].line == pieces[first].line && pieces[last].low < high) {
            high = std::max(high, pieces[last].high);
            ++last;
        }
        const qsizetype count = qsizetype(last - first);
        if (count < 2) {
            first = last;
            continue;
        }
        std::vector<Piece> group(pieces.begin() + qptrdiff(first), pieces.begin() + qptrdiff(last));
        std::stable_sort(group.begin(), group.end(), [](const Piece &a, const Piece &b) {
            return std::tie(a.leaning, a.low) < std::tie(b.leaning, b.low);
        });
        // The room on either side of the line along every piece.
        const double reach = Spacing * double(count);
        double lowRoom = -reach;
        double highRoom = reach;
        for (const Piece &piece : group) {
            const Request &request = requests.at(piece.route);
            const std::vector<qsizetype> skip = excluded(request);
            const QRectF area = piece.horizontal
                    ? QRectF(piece.low, piece.line - reach, piece.high - piece.low, 2 * reach)
                    : QRectF(piece.line - reach, piece.low, 2 * reach, piece.high - piece.low);
            for (qsizetype i : near(area)) {
                if (std::binary_search(skip.begin(), skip.end(), i))
                    continue;
                const QRectF &r = m_boxes.at(i);
                const double gap = i == request.source || i == request.target ? Margin : SpreadGap;
                const double a1 = piece.horizontal ? r.left() : r.top();
                const double a2 = piece.horizontal ? r.right() : r.bottom();
                const double b1 = piece.horizontal ? r.top() : r.left();
                const double b2 = piece.horizontal ? r.bottom() : r.right();
                if (a2 < piece.low || a1 > piece.high)
                    continue;
                if (b2 <= piece.line)
                    lowRoom = std::max(lowRoom, b2 + gap - piece.line);
                else if (b1 >= piece.line)
                    highRoom = std::min(highRoom, b1 - gap - piece.line);
            }
        }
        lowRoom = std::min(lowRoom, 0.0);
        highRoom = std::max(highRoom, 0.0);
        double spacing = Spacing;
        if (spacing * double(count - 1) > highRoom - lowRoom)
            spacing = (highRoom - lowRoom) / double(count - 1);
        if (spacing >= 2) {
            const double width = spacing * double(count - 1);
            const double start = std::clamp(-width / 2, lowRoom, highRoom - width);
            for (qsizetype m = 0; m < count; ++m) {
                const Piece &piece = group[size_t(m)];
                const double moved = piece.line + std::round(start + spacing * double(m));
                QList<QPointF> &p = routes[piece.route];
                for (qsizetype k : {piece.index, piece.index + 1}) {
                    if (piece.horizontal)
                        p[k].setY(moved);
                    else
                        p[k].setX(moved);
                }
            }
        }
        first = last;
    }
    for (qsizetype r = 0; r < routes.size(); ++r)
        if (routes.at(r) != before.at(r) && !clear(routes.at(r), requests.at(r)))
            routes[r] = before.at(r);
}

// Ends that share a side of a box are spread along it: routes that turn towards
// the smaller side come first, the nearest turn outermost, so that they do not
// cross near the box.
void ObstacleRouter::spreadEnds(QList<QList<QPointF>> &routes, const QList<Request> &requests,
                                const QList<bool> &movable) const
{
    struct End
    {
        qsizetype box;
        int side;
        int turn; // -1 towards smaller values along the side, 0 none, 1 larger
        double key;
        qsizetype route;
        bool atSource;
    };
    std::vector<End> ends;
    for (qsizetype r = 0; r < routes.size(); ++r) {
        const QList<QPointF> &p = routes.at(r);
        if (!movable.at(r) || p.size() < 2)
            continue;
        for (bool atSource : {true, false}) {
            const qsizetype n = p.size();
            const QPointF &port = atSource ? p.first() : p.last();
            const QPointF &corner = atSource ? p.at(1) : p.at(n - 2);
            const int side = directionOf(port, corner);
            const qsizetype box = atSource ? requests.at(r).source : requests.at(r).target;
            if (side < 0 || portOf(m_boxes.at(box), side) != port)
                continue;
            int turn = 0;
            double key = 0;
            if (n >= 3) {
                const QPointF &next = atSource ? p.at(2) : p.at(n - 3);
                const double along = side < 2 ? next.y() - corner.y() : next.x() - corner.x();
                turn = (along > 0) - (along < 0);
                const double distance = std::abs(corner.x() - port.x()) + std::abs(corner.y() - port.y());
                key = turn < 0 ? distance : -distance;
            }
            ends.push_back({box, side, turn, key, r, atSource});
        }
    }
    std::sort(ends.begin(), ends.end(), [](const End &a, const End &b) {
        return std::tie(a.box, a.side, a.turn, a.key, a.route, a.atSource)
                < std::tie(b.box, b.side, b.turn, b.key, b.route, b.atSource);
    });
    // The shift of each end: [route][0 source, 1 target].
    QList<std::array<double, 2>> shift(routes.size(), {0, 0});
    for (size_t first = 0; first < ends.size();) {
        size_t last = first + 1;
        while (last < ends.size() && ends[last].box == ends[first].box
               && ends[last].side == ends[first].side)
            ++last;
        const qsizetype count = qsizetype(last - first);
        const QRectF &box = m_boxes.at(ends[first].box);
        const double length = ends[first].side < 2 ? box.height() : box.width();
        const double spacing = std::min(PortSpacing, length / double(count + 1));
        for (qsizetype m = 0; count > 1 && m < count; ++m) {
            const End &end = ends[first + size_t(m)];
            shift[end.route][end.atSource ? 0 : 1] =
                    std::round(spacing * (double(m) - double(count - 1) / 2));
        }
        first = last;
    }
    for (qsizetype r = 0; r < routes.size(); ++r) {
        const auto [s0, s1] = shift.at(r);
        if (s0 == 0 && s1 == 0)
            continue;
        QList<QPointF> p = routes.at(r);
        const qsizetype n = p.size();
        const int sourceSide = directionOf(p.first(), p.at(1));
        const int targetSide = directionOf(p.last(), p.at(n - 2));
        const auto moveAlong = [](QPointF &point, int side, double by) {
            if (side < 2)
                point.ry() += by;
            else
                point.rx() += by;
        };
        if (n == 2) {
            if (s0 == s1) {
                moveAlong(p[0], sourceSide, s0);
                moveAlong(p[1], targetSide, s1);
            } else { // a jog half way
                const QPointF middle = (p.first() + p.last()) / 2;
                QPointF a = sourceSide < 2 ? QPointF(std::floor(middle.x()), p[0].y())
                                           : QPointF(p[0].x(), std::floor(middle.y()));
                QPointF b = a;
                moveAlong(p[0], sourceSide, s0);
                moveAlong(a, sourceSide, s0);
                moveAlong(b, targetSide, s1);
                moveAlong(p[1], targetSide, s1);
                p = {p[0], a, b, p[1]};
            }
        } else {
            moveAlong(p[0], sourceSide, s0);
            moveAlong(p[1], sourceSide, s0);
            moveAlong(p[n - 2], targetSide, s1);
            moveAlong(p[n - 1], targetSide, s1);
        }
        if (clear(p, requests.at(r)))
            routes[r] = p;
    }
}

} // namespace kt
