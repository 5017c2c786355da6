#include "connectionitem.h"
#include "diagramscene.h"
#include "nodeitem.h"

#include <model/export/painter/diagramstyle.h>
#include <model/compose/geometry.h>
#include <model/export/painter/diagrampainter.h>

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <optional>

namespace kt {

ConnectionItem::ConnectionItem(DiagramScene *scene, const ConnectionId &id)
    : m_scene(scene), m_id(id)
{
    setFlags(ItemIsSelectable);
    updateRoute();
}

const ViewConnection *ConnectionItem::connection() const
{
    const View *view = m_scene->view();
    return view ? view->connections.find(m_id) : nullptr;
}

void ConnectionItem::updateRoute(const QPointF &offset)
{
    const ViewConnection *c = connection();
    NodeItem *source = c ? m_scene->nodeItem(c->source) : nullptr;
    NodeItem *target = c ? m_scene->nodeItem(c->target) : nullptr;
    // An end on another connection: the middle of that line as it is drawn now.
    const auto lineEnd = [this](const ConnectionId &other) -> std::optional<QPointF> {
        const ConnectionItem *line = other.isNull() || other == m_id
                ? nullptr
                : m_scene->connectionItem(other);
        if (!line || line->route().isEmpty())
            return std::nullopt;
        return DiagramPainter::routeMiddle(line->route());
    };
    const std::optional<QPointF> sourcePoint = c ? lineEnd(c->sourceConnection) : std::nullopt;
    const std::optional<QPointF> targetPoint = c ? lineEnd(c->targetConnection) : std::nullopt;
    QPolygonF route;
    if ((source || sourcePoint) && (target || targetPoint)) {
        QList<QPointF> bends = c->bendpoints;
        for (QPointF &p : bends)
            p += offset;
        // A point as an empty rectangle: the route starts or ends right on it.
        const QRectF sourceRect =
                source ? source->sceneRect() : QRectF(*sourcePoint, QSizeF(0, 0));
        const QRectF targetRect =
                target ? target->sceneRect() : QRectF(*targetPoint, QSizeF(0, 0));
        route = QPolygonF(geometry::connectionRoute(sourceRect, targetRect, bends));
    }
    applyZ(source, target);
    prepareGeometryChange();
    const bool moved = route != m_route;
    m_route = route;
    // Room for arrowheads and a label.
    m_bounds = route.boundingRect().adjusted(-60, -20, 60, 20);
    update();
    // Lines that end on this one follow it (ModelCheck keeps such ends free of circles).
    if (moved)
        for (ConnectionItem *dependent : m_scene->connectionsOn(m_id))
            dependent->updateRoute();
}

void ConnectionItem::setStackZ(double z)
{
    m_stackZ = z;
    const ViewConnection *c = connection();
    if (c)
        applyZ(m_scene->nodeItem(c->source), m_scene->nodeItem(c->target));
}

void ConnectionItem::applyZ(const NodeItem *source, const NodeItem *target)
{
    // A line follows a dragged end above what it passes over.
    const bool dragged = (source && source->zValue() >= DiagramScene::DragRaise)
            || (target && target->zValue() >= DiagramScene::DragRaise);
    setZValue(m_stackZ + (dragged ? DiagramScene::DragRaise : 0));
}

int ConnectionItem::bendpointAt(const QPointF &scenePos) const
{
    for (int i = 1; i + 1 < m_route.size(); ++i)
        if (QLineF(m_route.at(i), scenePos).length() <= 6)
            return i - 1;
    return -1;
}

int ConnectionItem::segmentAt(const QPointF &scenePos) const
{
    int best = -1;
    double bestDistance = 6;
    for (int i = 0; i + 1 < m_route.size(); ++i) {
        const QLineF segment(m_route.at(i), m_route.at(i + 1));
        const double length = segment.length();
        if (length < 1)
            continue;
        // Distance from the point to the segment.
        const QPointF d = segment.p2() - segment.p1();
        const double t = std::clamp(QPointF::dotProduct(scenePos - segment.p1(), d)
                                            / (length * length),
                                    0.0, 1.0);
        const double distance = QLineF(segment.pointAt(t), scenePos).length();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QRectF ConnectionItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPath path;
    if (m_route.size() < 2)
        return path;
    path.addPolygon(m_route);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const ViewConnection *c = connection();
    if (!c)
        return;
    const DiagramPainter::Detail detail = DiagramScene::detailFor(painter, option);
    painter->setRenderHint(QPainter::Antialiasing, detail == DiagramPainter::Detail::Full);
    m_scene->painter().paintConnection(painter, *c, m_route, detail,
                                       m_scene->view() ? notationFromSettings(m_scene->view()->settings)
                                                       : Notation::Framework);
    if (isSelected()) {
        painter->setPen(QPen(DiagramStyle::selectionColor(), 0, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(m_route);
        painter->setPen(QPen(DiagramStyle::selectionColor(), 0));
        painter->setBrush(Qt::white);
        for (int i = 1; i + 1 < m_route.size(); ++i)
            painter->drawRect(QRectF(m_route.at(i) - QPointF(3, 3), QSizeF(6, 6)));
    }
}

} // namespace kt
