#include "geometry.h"

#include <algorithm>
#include <cmath>

namespace kt::geometry {

bool isValidCoordinate(double value)
{
    return std::isfinite(value) && std::abs(value) <= MaxCoordinate;
}

bool isValidPoint(const QPointF &point)
{
    return isValidCoordinate(point.x()) && isValidCoordinate(point.y());
}

bool isValidBounds(const QRectF &bounds)
{
    return isValidPoint(bounds.topLeft()) && bounds.width() >= 0 && bounds.height() >= 0
            && isValidCoordinate(bounds.width()) && isValidCoordinate(bounds.height());
}

QPointF rounded(const QPointF &p)
{
    return QPointF(std::round(p.x()), std::round(p.y()));
}

QRectF rounded(const QRectF &r)
{
    return QRectF(std::round(r.x()), std::round(r.y()), std::round(r.width()),
                  std::round(r.height()));
}

QPointF snapped(const QPointF &p, bool toGrid)
{
    if (!toGrid)
        return rounded(p);
    return QPointF(std::round(p.x() / GridSize) * GridSize, std::round(p.y() / GridSize) * GridSize);
}

QSizeF grownToGrid(const QSizeF &size)
{
    return QSizeF(std::ceil(size.width() / GridSize) * GridSize,
                  std::ceil(size.height() / GridSize) * GridSize);
}

QSizeF nodeSizeForLabel(const QString &label, const TextMeasure &measure, const QSizeF &minimum)
{
    const double textWidth = std::max(20.0, MaxLabelWidth - LabelLeft - LabelRight);
    const QSizeF text = measure ? measure(label, textWidth) : QSizeF();
    const QSizeF size(std::ceil(text.width() + LabelLeft + LabelRight),
                      std::ceil(std::max(text.height(), IconSize) + LabelVertical));
    return grownToGrid(size.expandedTo(minimum.isEmpty() ? DefaultNodeSize : minimum));
}

QRectF resized(const QRectF &rect, Edges edges, const QPointF &point, bool toGrid)
{
    const QPointF p = snapped(point, toGrid);
    QRectF r = rect;
    if (edges & int(Edge::Left))
        r.setLeft(std::min(p.x(), r.right() - MinimumNodeSize.width()));
    if (edges & int(Edge::Right))
        r.setRight(std::max(p.x(), r.left() + MinimumNodeSize.width()));
    if (edges & int(Edge::Top))
        r.setTop(std::min(p.y(), r.bottom() - MinimumNodeSize.height()));
    if (edges & int(Edge::Bottom))
        r.setBottom(std::max(p.y(), r.top() + MinimumNodeSize.height()));
    return r;
}

QPointF boundaryPoint(const QRectF &r, const QPointF &towards)
{
    const QPointF c = r.center();
    const double dx = towards.x() - c.x();
    const double dy = towards.y() - c.y();
    if (qFuzzyIsNull(dx) && qFuzzyIsNull(dy))
        return c;
    const double sx = dx != 0 ? (r.width() / 2) / std::abs(dx) : 1e12;
    const double sy = dy != 0 ? (r.height() / 2) / std::abs(dy) : 1e12;
    const double s = std::min(1.0, std::min(sx, sy));
    return QPointF(c.x() + dx * s, c.y() + dy * s);
}

bool segmentEntersInterior(const QPointF &a, const QPointF &b, const QRectF &r)
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
    return true;
}

QList<QPointF> connectionRoute(const QRectF &source, const QRectF &target,
                               const QList<QPointF> &bendpoints)
{
    QList<QPointF> route;
    route.reserve(bendpoints.size() + 2);
    route << boundaryPoint(source, bendpoints.isEmpty() ? target.center() : bendpoints.first());
    route << bendpoints;
    route << boundaryPoint(target, bendpoints.isEmpty() ? source.center() : bendpoints.last());
    return route;
}

} // namespace kt::geometry
