#include "connecttool.h"
#include "diagramscene.h"
#include "nodeitem.h"

#include <model/export/painter/diagramstyle.h>

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

namespace kt {

ConnectTool::ConnectTool(DiagramScene *scene, QString relationshipType)
    : CanvasTool(scene), m_type(std::move(relationshipType))
{
}

ConnectTool::~ConnectTool()
{
    clearLine();
}

void ConnectTool::clearLine()
{
    delete m_line;
    m_line = nullptr;
}

bool ConnectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    NodeItem *item = scene()->nodeItemAt(event->scenePos());
    if (!item || item->node()->kind != NodeKind::Element) {
        Q_EMIT scene()->statusMessage(
                DiagramScene::tr("Press on an element and drag to the element to connect it with."));
        return true;
    }
    m_source = item->nodeId();
    m_line = scene()->addLine(QLineF(item->sceneRect().center(), event->scenePos()),
                              QPen(DiagramStyle::selectionColor(), 0, Qt::DashLine));
    m_line->setZValue(DiagramScene::OverlayZ);
    return true;
}

bool ConnectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!m_line)
        return true;
    m_line->setLine(QLineF(m_line->line().p1(), event->scenePos()));
    NodeItem *over = scene()->nodeItemAt(event->scenePos());
    scene()->setDropTarget(over && over->nodeId() != m_source ? over->nodeId() : NodeId());
    return true;
}

bool ConnectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (!m_line)
        return true;
    clearLine();
    scene()->setDropTarget({});
    NodeItem *target = scene()->nodeItemAt(event->scenePos());
    const NodeId source = m_source;
    m_source = {};
    if (target && target->node()->kind == NodeKind::Element)
        scene()->connectNodes(source, target->nodeId(), m_type);
    return true;
}

bool ConnectTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        scene()->setSelectTool();
        return true;
    }
    return false;
}

} // namespace kt
