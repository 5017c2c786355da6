#pragma once

#include <model/core/id.h>

#include <QGraphicsItem>
#include <QPolygonF>

namespace kt {

class DiagramScene;
class NodeItem;
struct ViewConnection;

// The canvas item of one connection; holds its id, routes between the current
// rectangles of its end items (so it follows a drag live) and draws through the
// DiagramPainter.
class ConnectionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    ConnectionItem(DiagramScene *scene, const ConnectionId &id);

    int type() const override { return Type; }
    const ConnectionId &connectionId() const { return m_id; }
    const ViewConnection *connection() const;

    // Recomputes the route from the end items and the bendpoints (moved by
    // bendpointOffset while both ends are being dragged).
    void updateRoute(const QPointF &bendpointOffset = QPointF());
    const QPolygonF &route() const { return m_route; }
    // The item's place in the painter's order (see DiagramScene::restack()); it
    // is raised with an end that is being dragged.
    void setStackZ(double z);
    // Index of the bendpoint near scenePos, or -1.
    int bendpointAt(const QPointF &scenePos) const;
    // Index of the route segment near scenePos (segment i runs from route point i
    // to i + 1, so a bendpoint put on it gets index i), or -1.
    int segmentAt(const QPointF &scenePos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void applyZ(const NodeItem *source, const NodeItem *target);

    DiagramScene *m_scene;
    ConnectionId m_id;
    QPolygonF m_route;
    QRectF m_bounds;
    double m_stackZ = 0;
};

} // namespace kt
