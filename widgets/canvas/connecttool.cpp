#include "connecttool.h"
#include "connectionitem.h"
#include "diagramscene.h"
#include "nodeitem.h"

#include <model/compose/diagramcomposer.h>
#include <model/core/language.h>
#include <model/export/painter/diagramstyle.h>
#include <model/meta/profile.h>

#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>

#include <algorithm>

namespace kt {

namespace {

constexpr double DragThreshold = 3;

QColor allowedColor()
{
    return QColor(0x16, 0xa3, 0x4a);
}

QColor refusedColor()
{
    return QColor(0xdc, 0x26, 0x26);
}

} // namespace

ConnectTool::ConnectTool(DiagramScene *scene, QString relationshipType)
    : CanvasTool(scene), m_type(std::move(relationshipType))
{
    // The line follows the mouse between the two clicks, with no button held.
    for (QGraphicsView *view : scene->views())
        view->viewport()->setMouseTracking(true);
}

ConnectTool::~ConnectTool()
{
    clear();
}

void ConnectTool::clear()
{
    delete m_line;
    m_line = nullptr;
    delete m_highlight;
    m_highlight = nullptr;
    m_source = {};
    m_hovered = {};
    m_hoveredLine = {};
    m_hoveredAllowed = false;
}

QString ConnectTool::hoveredReason() const
{
    return m_highlight ? m_highlight->toolTip() : QString();
}

bool ConnectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (!m_source.isNull()) {
        // The second click of click-and-click.
        finish(event->scenePos());
        return true;
    }
    NodeItem *item = scene()->nodeItemAt(event->scenePos());
    if (!item) {
        Q_EMIT scene()->statusMessage(DiagramScene::tr(
                "Click an element or a note, then the one to connect it with (or drag from one "
                "to the other)."));
        return true;
    }
    m_source = item->nodeId();
    m_pressPos = event->scenePos();
    m_dragged = false;
    m_line = scene()->addLine(QLineF(item->sceneRect().center(), event->scenePos()),
                              QPen(DiagramStyle::selectionColor(), 0, Qt::DashLine));
    m_line->setZValue(DiagramScene::OverlayZ);
    return true;
}

bool ConnectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!m_line)
        return true;
    if (QLineF(m_pressPos, event->scenePos()).length() >= DragThreshold)
        m_dragged = true;
    m_line->setLine(QLineF(m_line->line().p1(), event->scenePos()));
    hover(event->scenePos());
    return true;
}

void ConnectTool::hover(const QPointF &scenePos)
{
    NodeItem *over = scene()->nodeItemAt(scenePos);
    const NodeId target = over && over->nodeId() != m_source ? over->nodeId() : NodeId();
    // No node there: a line may be the target.
    ConnectionItem *line = target.isNull() && !over ? scene()->connectionItemAt(scenePos) : nullptr;
    const ConnectionId lineId = line ? line->connectionId() : ConnectionId();
    if (target == m_hovered && lineId == m_hoveredLine)
        return;
    m_hovered = target;
    m_hoveredLine = lineId;
    delete m_highlight;
    m_highlight = nullptr;
    if (target.isNull() && lineId.isNull())
        return;
    const ConnectOptions options = target.isNull()
            ? scene()->composer().connectToLineOptions(m_source, lineId)
            : scene()->composer().connectOptions(m_source, target);
    QString reason = options.refusal;
    const auto names = [](const QList<const RelationshipType *> &types) {
        QStringList list;
        for (const RelationshipType *type : types)
            list.append(type->name.text(uiLanguage()));
        return list.join(u", ");
    };
    if (options.plainLine)
        reason = DiagramScene::tr("A plain line");
    else if (!options.types.isEmpty())
        reason = names(options.types);
    else if (!options.reverse.isEmpty())
        reason = DiagramScene::tr("Only the other way round: %1").arg(names(options.reverse));
    m_hoveredAllowed = options.canConnect();
    const QPen pen(m_hoveredAllowed ? allowedColor() : refusedColor(), 3);
    if (line)
        m_highlight = scene()->addPath(line->mapToScene(line->shape()), pen);
    else
        m_highlight = scene()->addRect(over->sceneRect().adjusted(-3, -3, 3, 3), pen);
    m_highlight->setZValue(DiagramScene::OverlayZ);
    m_highlight->setToolTip(reason);
    // Between two clicks the status bar says it too; a drag ends in one message.
    if (!m_hoveredAllowed && !m_dragged)
        Q_EMIT scene()->statusMessage(reason);
}

bool ConnectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (!m_line)
        return true;
    NodeItem *over = scene()->nodeItemAt(event->scenePos());
    const bool onLine = !over && scene()->connectionItemAt(event->scenePos());
    if (!m_dragged || (!over && !onLine) || (over && over->nodeId() == m_source)) {
        // A click: the source is chosen; the next click chooses the target.
        if (!m_dragged)
            Q_EMIT scene()->statusMessage(
                    DiagramScene::tr("Now click the element or note to connect it with."));
        else
            clear();
        return true;
    }
    finish(event->scenePos());
    return true;
}

void ConnectTool::finish(const QPointF &scenePos)
{
    NodeItem *target = scene()->nodeItemAt(scenePos);
    ConnectionItem *line = target ? nullptr : scene()->connectionItemAt(scenePos);
    const NodeId source = m_source;
    clear();
    if (line) {
        // A relationship on a relationship; a preferred type that cannot end there
        // is not forced on it: the allowed types are offered instead.
        const ConnectOptions options =
                scene()->composer().connectToLineOptions(source, line->connectionId());
        const bool fits = std::any_of(options.types.begin(), options.types.end(),
                                      [this](const RelationshipType *t) { return t->id == m_type; });
        scene()->connectToLine(source, line->connectionId(), fits ? m_type : QString());
        return;
    }
    if (!target || target->nodeId() == source)
        return; // clicked beside the shapes: nothing to connect
    scene()->connectNodes(source, target->nodeId(), m_type);
}

bool ConnectTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (!m_source.isNull())
            clear();
        else
            scene()->setSelectTool();
        return true;
    }
    return false;
}

} // namespace kt
