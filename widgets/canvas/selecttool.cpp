#include "selecttool.h"
#include "connectionitem.h"
#include "diagramscene.h"

#include <model/compose/viewqueries.h>
#include <model/export/painter/diagramstyle.h>

#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

namespace kt {

namespace {

constexpr double DragThreshold = 3;
constexpr double GuideTolerance = 5;

// The edges of a node that a resize handle moves.
geometry::Edges edgesOf(NodeItem::Handle handle)
{
    using H = NodeItem::Handle;
    using E = geometry::Edge;
    geometry::Edges edges = 0;
    if (handle == H::TopLeft || handle == H::Left || handle == H::BottomLeft)
        edges |= int(E::Left);
    if (handle == H::TopRight || handle == H::Right || handle == H::BottomRight)
        edges |= int(E::Right);
    if (handle == H::TopLeft || handle == H::Top || handle == H::TopRight)
        edges |= int(E::Top);
    if (handle == H::BottomLeft || handle == H::Bottom || handle == H::BottomRight)
        edges |= int(E::Bottom);
    return edges;
}

} // namespace

SelectTool::SelectTool(DiagramScene *scene) : CanvasTool(scene) {}

SelectTool::~SelectTool()
{
    delete m_band;
}

bool SelectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressPos = event->scenePos();
    m_gesture = newGesture(); // what this press starts is one undo step of its own
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *item : scene()->items(m_pressPos)) {
        if (item->type() == NodeItem::Type || item->type() == ConnectionItem::Type) {
            hit = item;
            break;
        }
    }

    if (auto *node = qgraphicsitem_cast<NodeItem *>(hit)) {
        m_handle = node->handleAt(node->mapFromScene(m_pressPos));
        if (m_handle != NodeItem::Handle::None && !toggle) {
            m_mode = Mode::Resizing;
            m_pressed = node;
            m_originalRect = node->sceneRect();
            return true;
        }
        if (toggle) {
            node->setSelected(!node->isSelected());
            m_mode = Mode::None;
            return true;
        }
        if (!node->isSelected()) {
            scene()->clearSelection();
            node->setSelected(true);
        }
        m_pressed = node;
        m_mode = Mode::Pending;
        return true;
    }
    if (auto *connection = qgraphicsitem_cast<ConnectionItem *>(hit)) {
        if (connection->isSelected() && !toggle) {
            // Drag a bendpoint, or drag a segment to put a new bendpoint there.
            m_bendpoint = connection->bendpointAt(m_pressPos);
            m_newBendpoint = m_bendpoint < 0;
            if (m_newBendpoint)
                m_bendpoint = connection->segmentAt(m_pressPos);
            if (m_bendpoint >= 0) {
                m_mode = Mode::Bendpoint;
                m_connection = connection;
                return true;
            }
        }
        if (toggle) {
            connection->setSelected(!connection->isSelected());
        } else if (!connection->isSelected()) {
            scene()->clearSelection();
            connection->setSelected(true);
        }
        m_mode = Mode::None;
        return true;
    }
    if (!toggle)
        scene()->clearSelection();
    m_mode = Mode::RubberBand;
    m_band = scene()->addRect(QRectF(m_pressPos, QSizeF()),
                              QPen(DiagramStyle::selectionColor(), 0, Qt::DashLine),
                              QColor(37, 99, 235, 30));
    m_band->setZValue(DiagramScene::OverlayZ);
    return true;
}

bool SelectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    switch (m_mode) {
    case Mode::None:
        return false;
    case Mode::Pending:
        if (QLineF(m_pressPos, pos).length() < DragThreshold)
            return true;
        startMove();
        m_mode = Mode::Moving;
        [[fallthrough]];
    case Mode::Moving:
        previewMove(pos - m_pressPos);
        scene()->setDropTarget(m_moveRoots.size() == 1 ? scene()->groupAt(pos, QSet<NodeId>(
                                       m_moving.keyBegin(), m_moving.keyEnd()))
                                                       : NodeId());
        return true;
    case Mode::Resizing:
        previewResize(pos);
        return true;
    case Mode::RubberBand: {
        const QRectF area = QRectF(m_pressPos, pos).normalized();
        m_band->setRect(area);
        QPainterPath path;
        path.addRect(area);
        scene()->setSelectionArea(path, Qt::ReplaceSelection, Qt::ContainsItemBoundingRect);
        return true;
    }
    case Mode::Bendpoint: {
        // The two segments the bendpoint will join, drawn as guides meanwhile.
        const QPolygonF &route = m_connection->route();
        const int before = m_bendpoint;
        const int after = m_newBendpoint ? m_bendpoint + 1 : m_bendpoint + 2;
        if (after < route.size())
            scene()->setGuides({QLineF(route.at(before), scene()->snapped(pos)),
                                QLineF(scene()->snapped(pos), route.at(after))});
        return true;
    }
    }
    return false;
}

bool SelectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    switch (m_mode) {
    case Mode::None:
        return false;
    case Mode::Pending:
        break;
    case Mode::Moving:
        finishMove();
        break;
    case Mode::Resizing:
        finishResize();
        break;
    case Mode::RubberBand:
        delete m_band;
        m_band = nullptr;
        break;
    case Mode::Bendpoint: {
        scene()->setGuides({});
        if (QLineF(m_pressPos, event->scenePos()).length() >= DragThreshold)
            scene()->push(scene()->composer().moveBendpoint(m_connection->connectionId(),
                                                            m_bendpoint, m_newBendpoint,
                                                            event->scenePos(), m_gesture));
        m_connection = nullptr;
        break;
    }
    }
    m_mode = Mode::None;
    m_pressed = nullptr;
    return true;
}

void SelectTool::startMove()
{
    const View *view = scene()->view();
    const QList<NodeId> selected = scene()->selectedNodeIds();
    m_moveRoots = outermostNodeIds(*view, selected);
    m_moving.clear();
    for (const NodeId &id : withNested(*view, m_moveRoots)) {
        NodeItem *item = scene()->nodeItem(id);
        m_moving.insert(id, item->sceneRect());
        // What is being dragged shows above everything it passes over; the
        // model's paint order comes back with syncFromModel().
        item->setZValue(item->zValue() + DiagramScene::DragRaise);
    }
    m_delta = QPointF();
}

QPointF SelectTool::alignDelta(const QPointF &delta, QList<QLineF> &guides) const
{
    if (!m_pressed || !m_moving.contains(m_pressed->nodeId()))
        return delta;
    const QRectF moved = m_moving.value(m_pressed->nodeId()).translated(delta);
    const QRectF neighbourhood = moved.adjusted(-600, -600, 600, 600);
    double bestX = GuideTolerance + 1;
    double bestY = GuideTolerance + 1;
    double shiftX = 0;
    double shiftY = 0;
    QLineF guideX;
    QLineF guideY;
    for (QGraphicsItem *item : scene()->items(neighbourhood)) {
        auto *other = qgraphicsitem_cast<NodeItem *>(item);
        if (!other || m_moving.contains(other->nodeId()) || other->node()->kind == NodeKind::Group)
            continue;
        const QRectF r = other->sceneRect();
        for (const double mine : {moved.left(), moved.center().x(), moved.right()}) {
            for (const double theirs : {r.left(), r.center().x(), r.right()}) {
                if (std::abs(theirs - mine) < std::abs(bestX)) {
                    bestX = theirs - mine;
                    shiftX = bestX;
                    guideX = QLineF(theirs, std::min(r.top(), moved.top()) - 10, theirs,
                                    std::max(r.bottom(), moved.bottom()) + 10);
                }
            }
        }
        for (const double mine : {moved.top(), moved.center().y(), moved.bottom()}) {
            for (const double theirs : {r.top(), r.center().y(), r.bottom()}) {
                if (std::abs(theirs - mine) < std::abs(bestY)) {
                    bestY = theirs - mine;
                    shiftY = bestY;
                    guideY = QLineF(std::min(r.left(), moved.left()) - 10, theirs,
                                    std::max(r.right(), moved.right()) + 10, theirs);
                }
            }
        }
    }
    QPointF result = delta;
    if (std::abs(bestX) <= GuideTolerance) {
        result.rx() += shiftX;
        guides.append(guideX);
    }
    if (std::abs(bestY) <= GuideTolerance) {
        result.ry() += shiftY;
        guides.append(guideY);
    }
    return result;
}

void SelectTool::previewMove(const QPointF &rawDelta)
{
    // Snap the pressed node's corner to the grid, then let guides pull it into line.
    QPointF delta = rawDelta;
    if (m_pressed && m_moving.contains(m_pressed->nodeId())) {
        const QPointF corner = m_moving.value(m_pressed->nodeId()).topLeft();
        delta = scene()->snapped(corner + rawDelta) - corner;
    }
    QList<QLineF> guides;
    delta = alignDelta(delta, guides);
    scene()->setGuides(guides);
    m_delta = QPointF(std::round(delta.x()), std::round(delta.y()));
    QSet<ConnectionItem *> connections;
    for (auto it = m_moving.cbegin(); it != m_moving.cend(); ++it) {
        scene()->nodeItem(it.key())->setPreviewRect(it.value().translated(m_delta));
        for (ConnectionItem *c : scene()->connectionsOf(it.key()))
            connections.insert(c);
    }
    for (ConnectionItem *c : std::as_const(connections)) {
        const ViewConnection *vc = c->connection();
        const bool both = vc && m_moving.contains(vc->source) && m_moving.contains(vc->target);
        c->updateRoute(both ? m_delta : QPointF());
    }
}

void SelectTool::finishMove()
{
    scene()->setGuides({});
    // Dropping one node into another group (or onto the bare canvas) re-nests it.
    scene()->setDropTarget({});
    const bool pushed =
            scene()->push(scene()->composer().moveNodes(m_moveRoots, m_delta, true, m_gesture));
    for (auto it = m_moving.cbegin(); it != m_moving.cend(); ++it)
        if (NodeItem *item = scene()->nodeItem(it.key()))
            item->syncFromModel(); // back to the model's place and paint order
    if (!pushed) {
        // Nothing changed, or refused: the connections go back too.
        for (auto it = m_moving.cbegin(); it != m_moving.cend(); ++it)
            for (ConnectionItem *c : scene()->connectionsOf(it.key()))
                c->updateRoute();
    }
    m_moving.clear();
    m_moveRoots.clear();
}

void SelectTool::previewResize(const QPointF &scenePos)
{
    m_pressed->setPreviewRect(
            geometry::resized(m_originalRect, edgesOf(m_handle), scenePos, scene()->snapToGrid()));
    for (ConnectionItem *c : scene()->connectionsOf(m_pressed->nodeId()))
        c->updateRoute();
}

void SelectTool::finishResize()
{
    const QRectF r = m_pressed->sceneRect();
    if (r == m_originalRect)
        return;
    if (!scene()->push(scene()->composer().resizeNode(m_pressed->nodeId(), r, m_gesture))) {
        m_pressed->syncFromModel();
        for (ConnectionItem *c : scene()->connectionsOf(m_pressed->nodeId()))
            c->updateRoute();
    }
}

void SelectTool::nudge(const QPointF &delta, GestureId gesture)
{
    const QList<NodeId> selected = scene()->selectedNodeIds();
    if (!selected.isEmpty())
        scene()->push(scene()->composer().moveNodes(selected, delta, false, gesture));
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 1 : DiagramScene::GridSize;
    const auto arrow = [&](const QPointF &delta) {
        // A key held down repeats: all its nudges are one gesture, one undo step.
        if (!event->isAutoRepeat() || m_keyGesture == 0)
            m_keyGesture = newGesture();
        nudge(delta, m_keyGesture);
        return true;
    };
    switch (event->key()) {
    case Qt::Key_Left:
        return arrow(QPointF(-step, 0));
    case Qt::Key_Right:
        return arrow(QPointF(step, 0));
    case Qt::Key_Up:
        return arrow(QPointF(0, -step));
    case Qt::Key_Down:
        return arrow(QPointF(0, step));
    case Qt::Key_Escape:
        cancel();
        scene()->clearSelection();
        return true;
    case Qt::Key_F2: {
        const QList<NodeId> selected = scene()->selectedNodeIds();
        if (selected.size() == 1)
            scene()->editLabel(selected.first());
        return true;
    }
    default:
        return false;
    }
}

void SelectTool::cancel()
{
    if (m_mode == Mode::Moving) {
        for (auto it = m_moving.cbegin(); it != m_moving.cend(); ++it) {
            scene()->nodeItem(it.key())->syncFromModel();
            for (ConnectionItem *c : scene()->connectionsOf(it.key()))
                c->updateRoute();
        }
        scene()->setGuides({});
    }
    m_mode = Mode::None;
}

} // namespace kt
