#include "shapes.h"

#include <model/compose/geometry.h>

#include <QtMath>

namespace kt::shapes {

using namespace Qt::StringLiterals;

QPainterPath outline(const QString &shape, const QRectF &r)
{
    QPainterPath path;
    const double w = r.width();
    const double h = r.height();
    if (shape == u"rounded" || shape == u"actor") {
        path.addRoundedRect(r, 10, 10);
    } else if (shape == u"ellipse") {
        path.addRoundedRect(r, h / 2, h / 2);
    } else if (shape == u"cylinder") {
        const double lid = std::min(12.0, h / 5);
        path.moveTo(r.left(), r.top() + lid / 2);
        path.arcTo(QRectF(r.left(), r.top(), w, lid), 180, -180);
        path.lineTo(r.right(), r.bottom() - lid / 2);
        path.arcTo(QRectF(r.left(), r.bottom() - lid, w, lid), 0, -180);
        path.closeSubpath();
        path.moveTo(r.left(), r.top() + lid / 2);
        path.arcTo(QRectF(r.left(), r.top(), w, lid), 180, 180);
    } else if (shape == u"bus") {
        path.addRoundedRect(r, h / 2, h / 2);
    } else if (shape == u"document") {
        const double wave = std::min(8.0, h / 6);
        path.moveTo(r.topLeft());
        path.lineTo(r.topRight());
        path.lineTo(r.right(), r.bottom() - wave);
        path.cubicTo(r.right() - w / 4, r.bottom() - 2.5 * wave, r.left() + w / 4,
                     r.bottom() + 1.5 * wave, r.left(), r.bottom() - wave);
        path.closeSubpath();
    } else if (shape == u"folder") {
        const double tab = std::min(8.0, h / 5);
        path.moveTo(r.left(), r.top());
        path.lineTo(r.left() + std::min(50.0, w / 3), r.top());
        path.lineTo(r.left() + std::min(50.0, w / 3) + tab, r.top() + tab);
        path.lineTo(r.right(), r.top() + tab);
        path.lineTo(r.bottomRight());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
    } else if (shape == u"box3d" || shape == u"device") {
        const double d = std::min(8.0, h / 6);
        if (shape == u"device") {
            path.addRoundedRect(r.adjusted(0, 0, 0, -d), 6, 6);
            path.moveTo(r.left() + d, r.bottom() - d);
            path.lineTo(r.left(), r.bottom());
            path.lineTo(r.right(), r.bottom());
            path.lineTo(r.right() - d, r.bottom() - d);
        } else {
            path.moveTo(r.left(), r.top() + d);
            path.lineTo(r.left() + d, r.top());
            path.lineTo(r.right(), r.top());
            path.lineTo(r.right(), r.bottom() - d);
            path.lineTo(r.right() - d, r.bottom());
            path.lineTo(r.left(), r.bottom());
            path.closeSubpath();
            path.moveTo(r.left(), r.top() + d);
            path.lineTo(r.right() - d, r.top() + d);
            path.lineTo(r.right(), r.top());
            path.moveTo(r.right() - d, r.top() + d);
            path.lineTo(r.right() - d, r.bottom());
        }
    } else if (shape == u"octagon") {
        const double c = std::min(10.0, std::min(w, h) / 4);
        path.moveTo(r.left() + c, r.top());
        path.lineTo(r.right() - c, r.top());
        path.lineTo(r.right(), r.top() + c);
        path.lineTo(r.right(), r.bottom() - c);
        path.lineTo(r.right() - c, r.bottom());
        path.lineTo(r.left() + c, r.bottom());
        path.lineTo(r.left(), r.bottom() - c);
        path.lineTo(r.left(), r.top() + c);
        path.closeSubpath();
    } else if (shape == u"shield") {
        const double c = std::min(12.0, h / 4);
        path.moveTo(r.left(), r.top());
        path.lineTo(r.right(), r.top());
        path.lineTo(r.right(), r.bottom() - c);
        path.quadTo(r.right(), r.bottom(), r.center().x(), r.bottom());
        path.quadTo(r.left(), r.bottom(), r.left(), r.bottom() - c);
        path.closeSubpath();
    } else if (shape == u"cloud") {
        path.addRoundedRect(r, std::min(20.0, h / 2), std::min(20.0, h / 2));
    } else if (shape == u"network") {
        path.addRoundedRect(r, 4, 4);
        path.moveTo(r.left() + 4, r.bottom() - 4);
        path.lineTo(r.right() - 4, r.bottom() - 4);
    } else {
        path.addRect(r);
    }
    return path;
}

QRectF labelArea(const QString &shape, const QRectF &r)
{
    if (shape == u"cylinder") // below the middle of the lid: the lid's front arc
        return r.adjusted(0, std::min(12.0, r.height() / 5) * 2 / 3, 0, 0);
    // Round ends: a name of several lines is centred in the height, where a tall
    // shape's ends are still nearly upright; more than 15 would cut a name the
    // layout sized to fit (it keeps 38 of a node's width from its name).
    if (shape == u"bus" || shape == u"ellipse") {
        const double inset = std::min(15.0, r.height() / 4);
        return r.adjusted(inset, 0, -inset, 0);
    }
    if (shape == u"document")
        return r.adjusted(0, 0, 0, -std::min(8.0, r.height() / 6));
    if (shape == u"folder")
        return r.adjusted(0, std::min(8.0, r.height() / 5), 0, 0);
    if (shape == u"box3d" || shape == u"device")
        return r.adjusted(0, 0, 0, -std::min(8.0, r.height() / 6));
    if (shape == u"shield") // the point's curves are still wide this far up
        return r.adjusted(0, 0, 0, -std::min(8.0, r.height() / 6));
    return r;
}

QPointF boundaryPoint(const QRectF &r, const QPointF &towards)
{
    // One rule for the canvas, the router and every export.
    return geometry::boundaryPoint(r, towards);
}

QPainterPath arrowHead(ArrowHead head, const QLineF &line, double size, bool *filled)
{
    QPainterPath path;
    *filled = false;
    if (head == ArrowHead::None || line.length() < 1)
        return path;
    const double angle = std::atan2(line.dy(), line.dx());
    const QPointF tip = line.p2();
    const auto at = [&](double along, double across) {
        return QPointF(tip.x() - along * std::cos(angle) - across * std::sin(angle),
                       tip.y() - along * std::sin(angle) + across * std::cos(angle));
    };
    switch (head) {
    case ArrowHead::Open:
        path.moveTo(at(size, size * 0.5));
        path.lineTo(tip);
        path.lineTo(at(size, -size * 0.5));
        break;
    case ArrowHead::Small:
        path.moveTo(at(size * 0.6, size * 0.35));
        path.lineTo(tip);
        path.lineTo(at(size * 0.6, -size * 0.35));
        break;
    case ArrowHead::Half:
        path.moveTo(at(size, size * 0.5));
        path.lineTo(tip);
        break;
    case ArrowHead::Filled:
    case ArrowHead::Hollow:
        path.moveTo(tip);
        path.lineTo(at(size, size * 0.5));
        path.lineTo(at(size, -size * 0.5));
        path.closeSubpath();
        *filled = head == ArrowHead::Filled;
        break;
    case ArrowHead::Diamond:
    case ArrowHead::HollowDiamond:
        path.moveTo(tip);
        path.lineTo(at(size * 0.8, size * 0.4));
        path.lineTo(at(size * 1.6, 0));
        path.lineTo(at(size * 0.8, -size * 0.4));
        path.closeSubpath();
        *filled = head == ArrowHead::Diamond;
        break;
    case ArrowHead::Dot:
        path.addEllipse(at(size * 0.35, 0), size * 0.35, size * 0.35);
        *filled = true;
        break;
    case ArrowHead::None:
        break;
    }
    return path;
}

double arrowInset(ArrowHead head, double size)
{
    switch (head) {
    case ArrowHead::Filled:
    case ArrowHead::Hollow:
        return size;
    case ArrowHead::Diamond:
    case ArrowHead::HollowDiamond:
        return size * 1.6;
    case ArrowHead::Dot:
        return size * 0.7;
    case ArrowHead::Open:
    case ArrowHead::Small:
    case ArrowHead::Half:
    case ArrowHead::None:
        return 0;
    }
    return 0;
}

} // namespace kt::shapes
