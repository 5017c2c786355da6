#include "viewarranger.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kt {

namespace {

// The rectangles that new nodes must keep clear of, bucketed on a coarse grid so
// that a look-up touches only the nodes near it (a band may hold thousands).
class Occupancy
{
public:
    explicit Occupancy(double bucket) : m_bucket(bucket) { }

    void insert(const QRectF &rect)
    {
        const qint64 x0 = cell(rect.left()), x1 = cell(rect.right());
        const qint64 y0 = cell(rect.top()), y1 = cell(rect.bottom());
        // A huge node (a user's frame) would fill many buckets: few, checked one by one.
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > 64) {
            m_large.append(rect);
            return;
        }
        const qsizetype index = m_rects.size();
        m_rects.append(rect);
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                m_buckets[key(x, y)].append(index);
    }

    // True when nothing overlaps rect (touching is fine); otherwise *blockedUntil
    // is the lowest bottom edge of what is in the way, *blockedRight its right edge.
    bool isFree(const QRectF &rect, double *blockedUntil, double *blockedRight) const
    {
        double bottom = -std::numeric_limits<double>::infinity();
        double right = bottom;
        const auto check = [&](const QRectF &other) {
            if (other.intersects(rect)) {
                bottom = std::max(bottom, other.bottom());
                right = std::max(right, other.right());
            }
        };
        for (const QRectF &other : m_large)
            check(other);
        for (qint64 x = cell(rect.left()); x <= cell(rect.right()); ++x)
            for (qint64 y = cell(rect.top()); y <= cell(rect.bottom()); ++y)
                if (const auto it = m_buckets.constFind(key(x, y)); it != m_buckets.constEnd())
                    for (qsizetype i : *it)
                        check(m_rects.at(i));
        *blockedUntil = bottom;
        *blockedRight = right;
        return std::isinf(bottom);
    }

private:
    qint64 cell(double v) const { return qint64(std::floor(v / m_bucket)); }
    static quint64 key(qint64 x, qint64 y) { return (quint64(quint32(x)) << 32) | quint32(y); }

    double m_bucket;
    QList<QRectF> m_rects;
    QList<QRectF> m_large;
    QHash<quint64, QList<qsizetype>> m_buckets;
};

} // namespace

ViewArranger::ViewArranger(const View &view, const LayoutPlan &plan, const LayoutOptions &options)
    : m_plan(plan), m_options(options), m_nodes(view.nodes.items()),
      m_connections(view.connections.items())
{
    reindex();
}

void ViewArranger::reindex()
{
    m_index.clear();
    m_index.reserve(m_nodes.size());
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_index.insert(m_nodes.at(i).id, i);
}

void ViewArranger::dropMissingElements(const ModelData &data)
{
    QSet<NodeId> dropped;
    for (const ViewNode &node : std::as_const(m_nodes))
        if (node.kind == NodeKind::Element && !data.elements.contains(node.element))
            dropped.insert(node.id);
    QList<ViewNode> kept;
    kept.reserve(m_nodes.size() - dropped.size());
    for (ViewNode node : std::as_const(m_nodes)) {
        if (dropped.contains(node.id))
            continue;
        // Up past dropped parents; the step limit stops at a (malformed) cycle.
        for (qsizetype steps = 0; !node.parent.isNull() && dropped.contains(node.parent); ++steps) {
            const qsizetype parent = m_index.value(node.parent);
            node.parent = steps < m_nodes.size() ? m_nodes.at(parent).parent : NodeId();
        }
        if (!node.parent.isNull() && !m_index.contains(node.parent))
            node.parent = NodeId();
        kept.append(std::move(node));
    }
    m_nodes = std::move(kept);
    reindex();
    m_connections.removeIf([this](const ViewConnection &c) {
        return !m_index.contains(c.source) || !m_index.contains(c.target);
    });
}

qsizetype ViewArranger::findGroup(const QString &layer) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).kind == NodeKind::Group && m_nodes.at(i).layer == layer)
            return i;
    return -1;
}

QSet<ElementId> ViewArranger::shownElements() const
{
    QSet<ElementId> shown;
    for (const ViewNode &node : m_nodes)
        if (node.kind == NodeKind::Element)
            shown.insert(node.element);
    return shown;
}

double ViewArranger::contentBottom() const
{
    double bottom = std::numeric_limits<double>::quiet_NaN();
    for (const ViewNode &node : m_nodes)
        bottom = std::isnan(bottom) ? node.bounds.bottom() : std::max(bottom, node.bounds.bottom());
    return bottom;
}

void ViewArranger::reserve(qsizetype more)
{
    m_nodes.reserve(m_nodes.size() + more);
    m_index.reserve(m_nodes.size() + more);
}

qsizetype ViewArranger::add(ViewNode node)
{
    const QString base = node.id.toString();
    for (int n = 2; m_index.contains(node.id); ++n)
        node.id = NodeId(base + u'-' + QString::number(n));
    m_index.insert(node.id, m_nodes.size());
    m_nodes.append(std::move(node));
    return m_nodes.size() - 1;
}

QList<qsizetype> ViewArranger::ancestors(qsizetype i) const
{
    QList<qsizetype> chain{i};
    for (NodeId parent = m_nodes.at(i).parent;
         !parent.isNull() && chain.size() <= m_nodes.size();) {
        const qsizetype p = m_index.value(parent, -1);
        if (p < 0 || chain.contains(p))
            break;
        chain.append(p);
        parent = m_nodes.at(p).parent;
    }
    return chain;
}

ViewArranger::Growth ViewArranger::growthOf(qsizetype group) const
{
    // A group grows at its bottom edge. It grows with its ancestors and with the
    // layer groups that span that edge (the full-height columns), whose content
    // stays; everything else from the edge down moves down.
    const double edge = m_nodes.at(group).bounds.bottom();
    Growth growth;
    growth.grows.fill(false, m_nodes.size());
    growth.moves.fill(false, m_nodes.size());
    for (qsizetype a : ancestors(group))
        growth.grows[a] = true;
    for (qsizetype s : m_structural) {
        const QRectF &r = m_nodes.at(s).bounds;
        if (!growth.grows.at(s) && r.top() < edge && edge <= r.bottom()) {
            growth.grows[s] = true;
            growth.stillAreas.append(r);
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const QRectF &r = m_nodes.at(i).bounds;
        growth.moves[i] = !growth.grows.at(i) && r.top() >= edge
                && std::none_of(growth.stillAreas.begin(), growth.stillAreas.end(),
                                [&](const QRectF &area) { return area.contains(r); });
    }
    return growth;
}

void ViewArranger::grow(const Growth &growth, double edge, double dy)
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        QRectF &r = m_nodes[i].bounds;
        if (growth.grows.at(i))
            r.setHeight(r.height() + dy);
        else if (growth.moves.at(i))
            r.translate(0, dy);
    }
    for (ViewConnection &connection : m_connections) {
        for (QPointF &p : connection.bendpoints) {
            if (p.y() >= edge
                && std::none_of(growth.stillAreas.begin(), growth.stillAreas.end(),
                                [&](const QRectF &area) { return area.contains(p); }))
                p.ry() += dy;
        }
    }
}

QList<QRectF> ViewArranger::placeInGroup(qsizetype group, const QList<QSizeF> &given,
                                         Placement placement, double from)
{
    if (given.isEmpty())
        return {};
    const LayoutOptions &o = m_options;
    const ViewNode &g = m_nodes.at(group);
    const QRectF outer = g.bounds;
    // A new band of one row goes beside its heading where the plan says so.
    const double headingRoom = placement == Placement::Rows ? m_plan.headingRoom(g.layer) : 0;
    const double left = outer.left() + o.groupPadding + headingRoom;
    const double right = outer.right() - o.groupPadding;
    const double top = outer.top()
            + (headingRoom > 0 ? o.groupPadding : m_plan.headerHeight(g.label, outer.width()));
    const double gap = std::max(0.0, std::min(o.nodeGapX, o.nodeGapY));
    const double grid = o.grid > 0 ? o.grid : 1;
    QList<QSizeF> sizes = given;
    double widest = 0;
    double tallest = 0;
    for (QSizeF &size : sizes) {
        size.setWidth(std::min(size.width(), std::max(1.0, std::floor(right - left))));
        widest = std::max(widest, size.width());
        tallest = std::max(tallest, size.height());
    }
    // The first column on the grid unless that pushes the widest box out of the group.
    double x0 = m_plan.snap(left);
    if (x0 + widest > right)
        x0 = std::ceil(left) + widest <= right ? std::ceil(left) : left;

    // What stays where it is if the group grows; what moves down is out of the way.
    const Growth growth = growthOf(group);
    QList<bool> excluded(m_nodes.size(), false);
    for (qsizetype a : ancestors(group))
        excluded[a] = true;
    Occupancy occupied(std::max({widest + o.nodeGapX, tallest + o.nodeGapY, 50.0}));
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const QRectF &r = m_nodes.at(i).bounds;
        if (excluded.at(i) || growth.moves.at(i) || r.contains(outer))
            continue; // a frame around the whole group is a background, not in the way
        if (r.right() <= left - gap || r.left() >= right + gap || r.bottom() <= top - gap)
            continue;
        occupied.insert(r);
    }
    // Whether a spot is free; if not, *below is where what is in the way ends (plus
    // the gap) and *past its right edge.
    const auto isFree = [&](const QRectF &spot, double *below, double *past) {
        double blockedUntil = 0;
        double blockedRight = 0;
        if (occupied.isFree(spot.adjusted(-gap, -gap, gap, gap), &blockedUntil, &blockedRight))
            return true;
        *below = blockedUntil + gap;
        *past = blockedRight + gap;
        return false;
    };

    QList<QRectF> spots;
    spots.reserve(sizes.size());
    const double start = m_plan.snap(std::isnan(from) ? top : std::max(top, from));
    double y = start;
    switch (placement) {
    case Placement::Fill:
        // Row by row, each scanned from the left past each obstacle, so that nodes
        // fill the gaps of a spread row; a row blocked everywhere skips down to
        // where the nearest obstacle ends.
        while (spots.size() < sizes.size()) {
            bool placed = false;
            double next = std::numeric_limits<double>::infinity();
            double rowHeight = 0;
            for (double x = x0; spots.size() < sizes.size();) {
                const QSizeF size = sizes.at(spots.size());
                if (x != x0 && x + size.width() > right)
                    break;
                const QRectF spot(QPointF(x, y), size);
                double below = 0;
                double past = 0;
                if (isFree(spot, &below, &past)) {
                    spots.append(spot);
                    placed = true;
                    rowHeight = std::max(rowHeight, size.height());
                    x += size.width() + o.nodeGapX;
                } else {
                    next = std::min(next, below);
                    x = std::max(x + grid, m_plan.snap(past));
                }
            }
            y = m_plan.snap(placed ? y + rowHeight + o.nodeGapY : next);
        }
        break;
    case Placement::Rows: {
        // Each row spread over the width: equal room around every node, or packed
        // and centred when that room would be less than a node gap.
        const QList<qsizetype> rows = LayoutPlan::splitRows(sizes, right - left, o.nodeGapX, true);
        qsizetype first = 0;
        for (const qsizetype count : rows) {
            double used = 0;
            double rowHeight = 0;
            for (qsizetype k = first; k < first + count; ++k) {
                used += sizes.at(k).width();
                rowHeight = std::max(rowHeight, sizes.at(k).height());
            }
            const double free = right - left - used;
            const bool spread = free / double(count) >= o.nodeGapX;
            const double room = spread ? free / double(count) : o.nodeGapX;
            double x = spread ? left + room / 2
                              : left + std::max(0.0, (free - double(count - 1) * room) / 2);
            QList<QRectF> row;
            double previousRight = -std::numeric_limits<double>::infinity();
            for (qsizetype k = first; k < first + count; ++k) {
                const QSizeF size = sizes.at(k);
                double at = std::floor(x / grid) * grid;
                at = std::max({at, previousRight + o.nodeGapX, x0});
                at = std::min(at, std::max(x0, right - size.width()));
                row.append(QRectF(QPointF(at, y), size));
                previousRight = at + size.width();
                x += size.width() + room;
            }
            // Down past anything in the way (a node the user placed, a block of
            // aligned nodes), the whole row together.
            for (bool clear = false; !clear;) {
                clear = true;
                double next = std::numeric_limits<double>::infinity();
                for (const QRectF &spot : std::as_const(row)) {
                    double below = 0;
                    double past = 0;
                    if (!isFree(spot, &below, &past)) {
                        clear = false;
                        next = std::min(next, below);
                    }
                }
                if (!clear) {
                    const double dy = m_plan.snap(next) - row.first().top();
                    for (QRectF &spot : row)
                        spot.translate(0, std::max(grid, dy));
                }
            }
            spots += row;
            y = m_plan.snap(row.first().top() + rowHeight + o.nodeGapY);
            first += count;
        }
        break;
    }
    case Placement::Stack: {
        // Columns side by side as the group's width allows, each filled top down
        // to the group's foot (the last one runs on, and the group grows).
        QList<double> xs;
        for (double x = x0; xs.isEmpty() || x + widest <= right; x += widest + o.nodeGapX)
            xs.append(x);
        const double foot = outer.bottom() - o.groupPadding;
        qsizetype column = 0;
        bool columnUsed = false;
        for (const QSizeF &size : std::as_const(sizes)) {
            for (;;) {
                if (columnUsed && y + size.height() > foot && column + 1 < xs.size()) {
                    ++column;
                    y = start;
                    columnUsed = false;
                    continue;
                }
                const QRectF spot(QPointF(xs.at(column), y), size);
                double below = 0;
                double past = 0;
                if (isFree(spot, &below, &past)) {
                    spots.append(spot);
                    columnUsed = true;
                    y = m_plan.snap(y + size.height() + o.nodeGapY);
                    break;
                }
                y = m_plan.snap(below);
            }
        }
        break;
    }
    }

    double needed = 0;
    for (const QRectF &spot : std::as_const(spots))
        needed = std::max(needed, spot.bottom() + o.groupPadding);
    if (needed > outer.bottom())
        grow(growth, outer.bottom(), m_plan.snap(needed - outer.bottom()));
    return spots;
}

QList<ViewNode> ViewArranger::takePreOrder(const QList<qsizetype> &roots)
{
    QHash<NodeId, QList<qsizetype>> children;
    QList<qsizetype> topLevel;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const NodeId &parent = m_nodes.at(i).parent;
        if (!parent.isNull() && parent != m_nodes.at(i).id && m_index.contains(parent))
            children[parent].append(i);
        else
            topLevel.append(i);
    }
    QList<ViewNode> ordered;
    ordered.reserve(m_nodes.size());
    QList<bool> visited(m_nodes.size(), false);
    const auto visit = [&](qsizetype root, bool detach) {
        QList<qsizetype> stack{root};
        while (!stack.isEmpty()) {
            const qsizetype i = stack.takeLast();
            if (visited.at(i))
                continue;
            visited[i] = true;
            const NodeId id = m_nodes.at(i).id;
            ordered.append(std::move(m_nodes[i]));
            if (i == root && detach)
                ordered.last().parent = NodeId(); // breaks a (malformed) parent cycle
            const QList<qsizetype> nested = children.value(id);
            for (auto it = nested.crbegin(); it != nested.crend(); ++it)
                stack.append(*it);
        }
    };
    for (qsizetype r : roots)
        if (r >= 0 && m_nodes.at(r).parent.isNull())
            visit(r, false);
    for (qsizetype t : std::as_const(topLevel))
        visit(t, !m_nodes.at(t).parent.isNull()); // a node nested in itself
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (!visited.at(i))
            visit(i, true);
    m_nodes.clear();
    m_index.clear();
    return ordered;
}

} // namespace kt
