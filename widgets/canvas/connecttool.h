#pragma once

#include "canvastool.h"

#include <model/core/id.h>

#include <QPointF>
#include <QString>

class QGraphicsLineItem;
class QAbstractGraphicsShapeItem;

namespace kt {

// Draws a relationship (or, from or to a note, a plain line): press on an
// element and drag to another, or click one and then the other (as in Archi).
// While the line follows the mouse, the shape under it is outlined in one colour
// when it can be connected and in another when not, with the reason as its tool
// tip. Offers only the relationship types the framework allows between the two
// (a menu when several fit; the other way round when only that is allowed) and
// refuses the rest with a status-bar message. The target may be a connection (a
// relationship on a relationship, ending on the middle of that line): only the
// types ArchiMate allows there are offered (DiagramComposer::connectToLineOptions).
class ConnectTool : public CanvasTool
{
public:
    ConnectTool(DiagramScene *scene, QString relationshipType);
    ~ConnectTool() override;
    bool mousePress(QGraphicsSceneMouseEvent *event) override;
    bool mouseMove(QGraphicsSceneMouseEvent *event) override;
    bool mouseRelease(QGraphicsSceneMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

    // The source chosen, waiting for the target (null when none).
    const NodeId &source() const { return m_source; }
    // The shape under the mouse while connecting, whether it can be connected,
    // and why (or what it can be connected with).
    const NodeId &hovered() const { return m_hovered; }
    const ConnectionId &hoveredLine() const { return m_hoveredLine; }
    bool hoveredAllowed() const { return m_hoveredAllowed; }
    QString hoveredReason() const;

private:
    void hover(const QPointF &scenePos);
    void finish(const QPointF &scenePos);
    void clear();

    QString m_type;
    NodeId m_source;
    QPointF m_pressPos;
    bool m_dragged = false;
    NodeId m_hovered;
    ConnectionId m_hoveredLine; // when no node is under the mouse
    bool m_hoveredAllowed = false;
    QGraphicsLineItem *m_line = nullptr;
    QAbstractGraphicsShapeItem *m_highlight = nullptr;
};

} // namespace kt
