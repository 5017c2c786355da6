// DiagramPainter, the comparison overlay: what changed on a view between two
// versions, drawn over the painted view (see paintOverlay()).
#include "diagrampainter.h"
#include "diagramstyle.h"
#include "textwrapper.h"

#include <model/diff/viewoverlay.h>

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

QColor OverlayStyle::added()
{
    return QColor(0x1a, 0x7f, 0x37);
}

QColor OverlayStyle::removed()
{
    return QColor(0xcf, 0x22, 0x2e);
}

QColor OverlayStyle::changed()
{
    return QColor(0xd9, 0x8e, 0x04);
}

namespace {

// Marks keep a readable size however far the canvas is zoomed out.
double markWidth(const QPainter *painter, double width)
{
    const double scale = std::abs(painter->worldTransform().m11());
    return scale > 0 ? std::max(width, 1.5 / scale) : width;
}

void paintOutline(QPainter *painter, const QRectF &bounds, const QColor &color,
                  Qt::PenStyle style, double width)
{
    QPen pen(color, width, style, Qt::SquareCap, Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const double gap = width / 2 + 2;
    const QRectF r = bounds.adjusted(-gap, -gap, gap, gap);
    // Square corners where they would not show: a rounded outline costs a path.
    if (painter->renderHints().testFlag(QPainter::Antialiasing))
        painter->drawRoundedRect(r, 4, 4);
    else
        painter->drawRect(r);
}

// A round badge on the node's top left corner: "+", "−" or "*", so that the
// kind of change reads without colour. The mark is drawn as strokes, not as
// text: a badge per changed node must not cost a text layout each.
void paintBadge(QPainter *painter, const QRectF &bounds, const QColor &color, const QString &mark)
{
    const double radius = 8;
    const QPointF c(bounds.left(), bounds.top());
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(color);
    painter->drawEllipse(c, radius, radius);
    painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
    const double arm = 4.5;
    QLineF strokes[3];
    int count = 0;
    strokes[count++] = QLineF(c.x() - arm, c.y(), c.x() + arm, c.y()); // "−"
    if (mark == u"+")
        strokes[count++] = QLineF(c.x(), c.y() - arm, c.x(), c.y() + arm);
    else if (mark == u"*") {
        const double dx = arm * 0.5, dy = arm * 0.866;
        strokes[0] = QLineF(c.x(), c.y() - arm, c.x(), c.y() + arm);
        strokes[count++] = QLineF(c.x() - dy, c.y() - dx, c.x() + dy, c.y() + dx);
        strokes[count++] = QLineF(c.x() - dy, c.y() + dx, c.x() + dy, c.y() - dx);
    }
    painter->drawLines(strokes, count);
}

// A one-line tag of small text in a white box, centred on x, its top at y (or
// its bottom, when above): the names the overlay adds beside a node.
void paintTag(QPainter *painter, double x, double y, bool above, double maxWidth,
              const QString &text, bool struck, const QColor &border, const QColor &ink)
{
    QFont font = DiagramStyle::labelFont();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.8));
    font.setStrikeOut(struck);
    font.setItalic(!struck);
    const QFontMetricsF metrics(font);
    // Elided from a bounded prefix, as labels are laid out (TextWrapper::MaxLaidOutLength).
    const QString shown = metrics.elidedText(text.left(TextWrapper::MaxLaidOutLength),
                                             Qt::ElideRight, std::max(30.0, maxWidth - 6));
    const double width = metrics.horizontalAdvance(shown) + 6;
    const double height = metrics.height() + 2;
    const QRectF box(x - width / 2, above ? y - height : y, width, height);
    painter->setPen(QPen(border, 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 3, 3);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(QPointF(box.left() + 3, box.top() + 1 + metrics.ascent()), shown);
}

// The part of a route between its first and its last segment that reach into
// `area`, the ends cut at the area's border; *before gets the length of the route
// up to the part's start (a dashed line keeps its phase). Empty when none does.
QPolygonF visiblePart(const QPolygonF &route, const QRectF &area, double *before)
{
    // Liang-Barsky: the parameters [t0, t1] of segment a-b inside the area.
    const auto clip = [&area](const QPointF &a, const QPointF &b, double *t0, double *t1) {
        *t0 = 0;
        *t1 = 1;
        const QPointF d = b - a;
        const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
        const double q[4] = {a.x() - area.left(), area.right() - a.x(), a.y() - area.top(),
                             area.bottom() - a.y()};
        for (int i = 0; i < 4; ++i) {
            if (p[i] == 0) {
                if (q[i] < 0)
                    return false;
                continue;
            }
            const double t = q[i] / p[i];
            if (p[i] < 0)
                *t0 = std::max(*t0, t);
            else
                *t1 = std::min(*t1, t);
        }
        return *t0 <= *t1;
    };
    qsizetype first = -1, last = -1;
    double firstT = 0, lastT = 1;
    for (qsizetype i = 0; i + 1 < route.size(); ++i) {
        double t0, t1;
        if (!clip(route.at(i), route.at(i + 1), &t0, &t1))
            continue;
        if (first < 0)
            first = i, firstT = t0;
        last = i, lastT = t1;
    }
    *before = 0;
    if (first < 0)
        return {};
    for (qsizetype i = 0; i < first; ++i)
        *before += QLineF(route.at(i), route.at(i + 1)).length();
    const auto at = [&route](qsizetype i, double t) {
        return route.at(i) + t * (route.at(i + 1) - route.at(i));
    };
    QPolygonF part;
    part.reserve(last - first + 2);
    part.append(at(first, firstT));
    *before += QLineF(route.at(first), part.first()).length();
    for (qsizetype i = first + 1; i <= last; ++i)
        part.append(route.at(i));
    part.append(at(last, lastT));
    return part;
}

} // namespace

void DiagramPainter::paintOverlay(QPainter *painter, const View &view, const ViewOverlay &overlay,
                                  bool oldSide) const
{
    if (overlay.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    // Only what lies in the painted area: a canvas repaints small parts of big views.
    const QRectF clip = painter->hasClipping() ? painter->clipBoundingRect() : QRectF();
    const auto visible = [&clip](const QRectF &r) {
        return clip.isNull() || clip.intersects(r.adjusted(-40, -40, 40, 40));
    };
    const double width = markWidth(painter, 3);
    // Far zoomed out, badges and tags are specks: the outlines say it alone, in
    // plain lines (dash patterns and antialiasing cost more there than the view).
    const bool details = std::abs(painter->worldTransform().m11()) >= 0.45;
    if (!details)
        painter->setRenderHint(QPainter::Antialiasing, false);
    const auto line = [details](Qt::PenStyle style) { return details ? style : Qt::SolidLine; };

    // Ghosts first: the marks of what is there go over them.
    const QColor removed = OverlayStyle::removed();
    QColor ghostFill = removed;
    ghostFill.setAlpha(40);
    QPen ghostLine(removed, markWidth(painter, 2), line(Qt::DashLine), Qt::FlatCap);
    for (const QLineF &line : overlay.ghostConnections) {
        if (!visible(QRectF(line.p1(), line.p2()).normalized()))
            continue;
        painter->setPen(ghostLine);
        painter->drawLine(line);
    }
    QFont ghostFont = DiagramStyle::labelFont();
    ghostFont.setItalic(true);
    for (const ViewOverlay::Ghost &ghost : overlay.ghosts) {
        if (!visible(ghost.bounds))
            continue;
        painter->setPen(ghostLine);
        painter->setBrush(ghostFill);
        if (details)
            painter->drawRoundedRect(ghost.bounds, 4, 4);
        else
            painter->drawRect(ghost.bounds);
        // Where a node of this version stands now, the ghost's name goes in a tag
        // below it: two names on one spot read as neither.
        const bool covered = details && std::any_of(view.nodes.begin(), view.nodes.end(),
                                         [&ghost](const ViewNode &node) {
                                             return node.kind == NodeKind::Element
                                                     && node.bounds.intersects(ghost.bounds);
                                         });
        if (!covered && details) {
            painter->setFont(ghostFont);
            painter->setPen(removed.darker(130));
            painter->drawText(ghost.bounds.adjusted(6, 4, -6, -4),
                              Qt::AlignCenter | Qt::TextWordWrap, ghost.label);
        } else if (covered) {
            paintTag(painter, ghost.bounds.center().x(), ghost.bounds.bottom() + 2, false,
                     ghost.bounds.width() + 8, ghost.label, false, removed, removed.darker(130));
        }
        if (details)
            paintBadge(painter, ghost.bounds, removed, u"\u2212"_s);
    }

    // Connections: traced over their drawn route.
    // On the screen the traces are cosmetic pens of the same width in pixels:
    // the raster engine strokes those on its fast path, where a scaled pen of
    // a long route (most of it outside the window) cost the overlay a quarter
    // of a repaint at 100%. Files keep scaled pens, which print at any size.
    const bool raster = painter->paintEngine()
            && painter->paintEngine()->type() == QPaintEngine::Raster;
    const double scale = std::abs(painter->worldTransform().m11());
    const auto tracePen = [&](const QColor &color, Qt::PenStyle style) {
        if (!raster || scale <= 0)
            return QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
        QPen pen(color, width * scale, style, Qt::FlatCap, Qt::MiterJoin);
        pen.setCosmetic(true);
        return pen;
    };
    const auto traceConnections = [&](const QSet<ConnectionId> &ids, const QColor &color,
                                      Qt::PenStyle style) {
        for (const ConnectionId &id : ids) {
            const ViewConnection *c = view.connections.find(id);
            if (!c)
                continue;
            // Its ends and bends bound it: routing only what may be in the painted area.
            const ViewNode *from = view.nodes.find(c->source);
            const ViewNode *to = view.nodes.find(c->target);
            QRectF extent = from && to ? from->bounds.united(to->bounds) : QRectF();
            for (const QPointF &bend : c->bendpoints)
                extent = extent.united(QRectF(bend, QSizeF(1, 1)));
            if (!extent.isNull() && !visible(extent))
                continue;
            const QPolygonF route = connectionRoute(view, *c);
            if (route.size() < 2 || !visible(route.boundingRect()))
                continue;
            QPen pen = tracePen(color, line(style));
            painter->setBrush(Qt::NoBrush);
            if (!pen.isCosmetic() || clip.isNull()) {
                painter->setPen(pen);
                painter->drawPolyline(route);
                continue;
            }
            // On the screen, only what reaches into the painted area: a wide pen
            // strokes a whole route even where it is clipped away, and most of a
            // long route lies outside the window. Dashes keep their phase.
            double before = 0;
            const QPolygonF part = visiblePart(route, clip.adjusted(-40, -40, 40, 40), &before);
            if (part.size() < 2)
                continue;
            if (pen.style() != Qt::SolidLine)
                pen.setDashOffset(before * scale / pen.widthF());
            painter->setPen(pen);
            painter->drawPolyline(part);
        }
    };
    traceConnections(overlay.addedConnections, OverlayStyle::added(), OverlayStyle::addedLine());
    traceConnections(overlay.removedConnections, removed, OverlayStyle::removedLine());

    // Nodes.
    const auto outlineNodes = [&](const QSet<NodeId> &ids, const QColor &color, Qt::PenStyle style,
                                  const QString &mark) {
        for (const NodeId &id : ids) {
            const ViewNode *node = view.nodes.find(id);
            if (!node || !visible(node->bounds))
                continue;
            paintOutline(painter, node->bounds, color, line(style), width);
            if (details && !mark.isEmpty())
                paintBadge(painter, node->bounds, color, mark);
        }
    };
    outlineNodes(overlay.changed, OverlayStyle::changed(), OverlayStyle::changedLine(), u"*"_s);
    outlineNodes(overlay.added, OverlayStyle::added(), OverlayStyle::addedLine(), u"+"_s);
    outlineNodes(overlay.removed, removed, OverlayStyle::removedLine(), u"\u2212"_s);

    // Renames: a tag above the node. The node shows its own version's name; on
    // the new side the tag gives the old one struck through, on the old side
    // where the name went ("→ new").
    for (auto it = overlay.renamed.cbegin(); it != overlay.renamed.cend(); ++it) {
        const ViewNode *node = view.nodes.find(it.key());
        if (!node || !visible(node->bounds))
            continue;
        if (!overlay.changed.contains(it.key()) && !overlay.added.contains(it.key()))
            paintOutline(painter, node->bounds, OverlayStyle::changed(),
                         line(OverlayStyle::changedLine()), width);
        if (details)
            paintTag(painter, node->bounds.center().x(), node->bounds.top() - width / 2 - 3, true,
                     node->bounds.width() + 8,
                     oldSide ? u"\u2192 "_s + it.value() : it.value(), !oldSide,
                     OverlayStyle::changed().darker(120), QColor(0x33, 0x33, 0x33));
    }
    painter->restore();
}

} // namespace kt
