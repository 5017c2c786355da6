#pragma once

#include "canvastool.h"
#include "nodeitem.h"

#include <model/edit/edit.h>

#include <QHash>
#include <QPointF>
#include <QRectF>

class QGraphicsRectItem;

namespace kt {

class ConnectionItem;

// The default tool: click and Ctrl+click select, rubber-band selection, drag to
// move (snapped to the grid, with alignment guides, into or out of groups), drag
// a handle to resize, drag a connection's bendpoint, arrow keys nudge.
class SelectTool : public CanvasTool
{
public:
    explicit SelectTool(DiagramScene *scene);
    ~SelectTool() override;
    bool mousePress(QGraphicsSceneMouseEvent *event) override;
    bool mouseMove(QGraphicsSceneMouseEvent *event) override;
    bool mouseRelease(QGraphicsSceneMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;

    // Moves the selected nodes by delta as one undoable step; nudges of one
    // gesture (a key held down) merge into one step.
    void nudge(const QPointF &delta, GestureId gesture = newGesture());

private:
    enum class Mode { None, Pending, Moving, Resizing, RubberBand, Bendpoint };
    void startMove();
    void previewMove(const QPointF &rawDelta);
    QPointF alignDelta(const QPointF &delta, QList<QLineF> &guides) const;
    void finishMove();
    void previewResize(const QPointF &scenePos);
    void finishResize();
    void cancel();

    Mode m_mode = Mode::None;
    GestureId m_gesture = 0;    // the mouse gesture under way
    GestureId m_keyGesture = 0; // the arrow key held down
    QPointF m_pressPos;
    NodeItem *m_pressed = nullptr;
    NodeItem::Handle m_handle = NodeItem::Handle::None;
    QRectF m_originalRect;
    QList<NodeId> m_moveRoots; // selected nodes without a selected ancestor
    QHash<NodeId, QRectF> m_moving; // every moving node (roots and nested) -> rect at start
    QPointF m_delta;
    NodeId m_dropGroup;
    ConnectionItem *m_connection = nullptr;
    int m_bendpoint = -1;      // the bendpoint dragged, or the segment a new one goes on
    bool m_newBendpoint = false;
    QGraphicsRectItem *m_band = nullptr;
};

} // namespace kt
