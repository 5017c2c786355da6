// DiagramPainter, the comparison overlay: what changed on a view between two
// versions, drawn over the painted view (see paintOverlay()).
#include "diagrampainter.h"
#include "diagramstyle.h"
#include "textwrapper.h"

#include <model/diff/viewoverlay.h>

#include <QFontMetricsF>
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
    painter->drawRoundedRect(bounds.adjusted(-gap, -gap, gap, gap), 4, 4);
}

// A round badge on the node's top left corner: "+", "−" or "*", so that the
// kind of change reads without colour.
void paintBadge(QPainter *painter, const QRectF &bounds, const QColor &color, const QString &mark)
{
    const double radius = 8;
    const QRectF circle(bounds.left() - radius, bounds.top() - radius, 2 * radius, 2 * radius);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(color);
    painter->drawEllipse(circle);
    QFont font = DiagramStyle::badgeFont();
    font.setBold(true);
    font.setPixelSize(14);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter, mark);
}

// "old → new" in a small caption just above the node: the name that is gone
// struck through.
void paintRenameCaption(QPainter *painter, const QRectF &bounds, const QString &oldName,
                        const QString &newName, const QColor &color)
{
    QFont struck = DiagramStyle::labelFont();
    struck.setPointSizeF(std::max(6.0, struck.pointSizeF() * 0.8));
    struck.setStrikeOut(true);
    QFont plain = struck;
    plain.setStrikeOut(false);
    const QString arrow = u" \u2192 "_s;
    const QFontMetricsF struckMetrics(struck);
    const QFontMetricsF plainMetrics(plain);
    // Long names are elided so that the caption stays about as wide as the node.
    const double room = std::max(bounds.width() * 1.5, 80.0);
    const double half = (room - plainMetrics.horizontalAdvance(arrow)) / 2;
    // Elided from a bounded prefix, as labels are laid out (TextWrapper::MaxLaidOutLength).
    const QString before = struckMetrics.elidedText(oldName.left(TextWrapper::MaxLaidOutLength),
                                                    Qt::ElideRight, half);
    const QString after = plainMetrics.elidedText(newName.left(TextWrapper::MaxLaidOutLength),
                                                  Qt::ElideRight, half);
    const double width = struckMetrics.horizontalAdvance(before)
            + plainMetrics.horizontalAdvance(arrow + after);
    const double height = plainMetrics.height();
    const QRectF box(bounds.center().x() - width / 2 - 3, bounds.top() - height - 7, width + 6,
                     height + 2);
    painter->setPen(QPen(color, 1));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(box, 3, 3);
    double x = box.left() + 3;
    const double baseline = box.top() + 1 + plainMetrics.ascent();
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->setFont(struck);
    painter->drawText(QPointF(x, baseline), before);
    x += struckMetrics.horizontalAdvance(before);
    painter->setPen(Qt::black);
    painter->setFont(plain);
    painter->drawText(QPointF(x, baseline), arrow + after);
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

    // Ghosts first: the marks of what is there go over them.
    const QColor removed = OverlayStyle::removed();
    QColor ghostFill = removed;
    ghostFill.setAlpha(40);
    QPen ghostLine(removed, markWidth(painter, 2), Qt::DashLine, Qt::FlatCap);
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
        painter->drawRoundedRect(ghost.bounds, 4, 4);
        painter->setFont(ghostFont);
        painter->setPen(removed.darker(130));
        painter->drawText(ghost.bounds.adjusted(6, 4, -6, -4),
                          Qt::AlignCenter | Qt::TextWordWrap, ghost.label);
        paintBadge(painter, ghost.bounds, removed, u"\u2212"_s);
    }

    // Connections: traced over their drawn route.
    const auto traceConnections = [&](const QSet<ConnectionId> &ids, const QColor &color,
                                      Qt::PenStyle style) {
        for (const ConnectionId &id : ids) {
            const ViewConnection *c = view.connections.find(id);
            if (!c)
                continue;
            const QPolygonF route = connectionRoute(view, *c);
            if (route.size() < 2 || !visible(route.boundingRect()))
                continue;
            painter->setPen(QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPolyline(route);
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
            paintOutline(painter, node->bounds, color, style, width);
            if (!mark.isEmpty())
                paintBadge(painter, node->bounds, color, mark);
        }
    };
    outlineNodes(overlay.changed, OverlayStyle::changed(), OverlayStyle::changedLine(), u"*"_s);
    outlineNodes(overlay.added, OverlayStyle::added(), OverlayStyle::addedLine(), u"+"_s);
    outlineNodes(overlay.removed, removed, OverlayStyle::removedLine(), u"\u2212"_s);

    // Renames: the caption above the node.
    for (auto it = overlay.renamed.cbegin(); it != overlay.renamed.cend(); ++it) {
        const ViewNode *node = view.nodes.find(it.key());
        if (!node || !visible(node->bounds))
            continue;
        QString shown = node->label;
        if (m_data && node->kind == NodeKind::Element)
            if (const Element *element = m_data->elements.find(node->element))
                shown = element->name;
        const QString &other = it.value();
        if (!overlay.changed.contains(it.key()) && !overlay.added.contains(it.key()))
            paintOutline(painter, node->bounds, OverlayStyle::changed(),
                         OverlayStyle::changedLine(), width);
        paintRenameCaption(painter, node->bounds, oldSide ? shown : other,
                           oldSide ? other : shown, OverlayStyle::changed().darker(120));
    }
    painter->restore();
}

} // namespace kt
