#pragma once

#include <QCursor>

class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace kt {

class DiagramScene;

// What a mouse gesture on the canvas does: select and move, place an element,
// connect two elements. The scene forwards its events to the active tool; a tool
// returns false to leave an event to the scene's default handling.
class CanvasTool
{
public:
    explicit CanvasTool(DiagramScene *scene) : m_scene(scene) {}
    virtual ~CanvasTool() = default;

    virtual bool mousePress(QGraphicsSceneMouseEvent *) { return false; }
    virtual bool mouseMove(QGraphicsSceneMouseEvent *) { return false; }
    virtual bool mouseRelease(QGraphicsSceneMouseEvent *) { return false; }
    virtual bool keyPress(QKeyEvent *) { return false; }
    virtual QCursor cursor() const { return Qt::ArrowCursor; }

protected:
    DiagramScene *scene() const { return m_scene; }

private:
    DiagramScene *m_scene;
};

} // namespace kt
