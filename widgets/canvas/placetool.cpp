#include "placetool.h"
#include "diagramscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

namespace kt {

PlaceTool::PlaceTool(DiagramScene *scene, QString elementType)
    : CanvasTool(scene), m_type(std::move(elementType))
{
}

bool PlaceTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const bool keepPlacing = event->modifiers() & Qt::ShiftModifier;
    const NodeId placed = scene()->placeElement(m_type, event->scenePos());
    if (!keepPlacing) {
        scene()->setSelectTool(); // destroys this tool: touch no member after it
        return true;
    }
    Q_UNUSED(placed);
    return true;
}

bool PlaceTool::mouseRelease(QGraphicsSceneMouseEvent *)
{
    return true;
}

bool PlaceTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        scene()->setSelectTool();
        return true;
    }
    return false;
}

} // namespace kt
