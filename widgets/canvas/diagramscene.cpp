#include "diagramscene.h"
#include "connecttool.h"
#include "placetool.h"
#include "selecttool.h"
#include "connectionitem.h"
#include "labeleditor.h"
#include "nodeitem.h"

#include <model/compose/geometry.h>
#include <model/compose/viewqueries.h>
#include <model/core/language.h>
#include <widgets/document/document.h>
#include <widgets/panels/dragmimedata.h>

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTimer>

namespace kt {

using namespace Qt::StringLiterals;

DiagramScene::DiagramScene(Document *document, const ViewId &viewId, QObject *parent)
    : QGraphicsScene(parent),
      m_document(document),
      m_viewId(viewId),
      m_painter(&document->model().data())
{
    // A fixed scene rect (grown only when content leaves it) keeps the index from
    // recomputing the bounds on every change.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(&document->model(), &Model::changed, this, &DiagramScene::onModelChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, [this]() {
        restack();
        Q_EMIT elementsSelected(selectedElementIds());
    });
    // Whatever the status bar is told, the canvas shows too, where the user looks.
    connect(this, &DiagramScene::statusMessage, this, &DiagramScene::showNotice);
    setSelectTool();
    rebuild();
}

DiagramPainter::Detail DiagramScene::detailFor(const QPainter *painter,
                                               const QStyleOptionGraphicsItem *option)
{
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    return DiagramPainter::detailForScale(
            option->levelOfDetailFromTransform(painter->worldTransform()) * ratio);
}

DiagramScene::~DiagramScene()
{
    // Items go while this object is whole: deleting selected items emits
    // selectionChanged, whose handler reads the members.
    m_tool.reset();
    blockSignals(true);
    deleteItems();
}

void DiagramScene::deleteItems()
{
    // Ours first, each with what it owns (a node item its title item), then
    // whatever else is left (an open label editor).
    qDeleteAll(m_connections);
    m_connections.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
    qDeleteAll(m_guides);
    m_guides.clear();
    delete m_notice;
    m_notice = nullptr;
    clear();
}

const View *DiagramScene::view() const
{
    return m_document->model().view(m_viewId);
}

void DiagramScene::rebuild()
{
    const QSignalBlocker blocker(this);
    deleteItems();
    m_nodeConnections.clear();
    m_lineConnections.clear();
    m_elementNodes.clear();
    m_relationshipConnections.clear();
    m_nodeElements.clear();
    m_connectionEnds.clear();
    m_summaryNodes.clear();
    const View *v = view();
    if (!v)
        return;
    for (const ViewNode &node : v->nodes)
        addNodeItem(node.id);
    for (const ViewConnection &c : v->connections)
        addConnectionItem(c.id);
    restack();
    updateSceneRect();
}

void DiagramScene::restack()
{
    const View *v = view();
    if (!v)
        return;
    QSet<NodeId> raised;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (it.value()->isSelected())
            raised.insert(it.key());
    const QList<DiagramPainter::PaintStep> steps = DiagramPainter::paintOrder(*v, raised);
    const QSet<NodeId> containers = DiagramPainter::containers(*v);
    const double titles = double(steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const DiagramPainter::PaintStep &step = steps.at(i);
        if (!step.node.isNull()) {
            if (NodeItem *item = m_nodes.value(step.node))
                item->setStack(double(i), titles + double(i), containers.contains(step.node));
        } else if (ConnectionItem *item = m_connections.value(step.connection)) {
            item->setStackZ(double(i));
        }
    }
}

void DiagramScene::addNodeItem(const NodeId &id)
{
    const ViewNode *node = view()->nodes.find(id);
    auto *item = new NodeItem(this, id);
    addItem(item);
    m_nodes.insert(id, item);
    if (node->kind == NodeKind::Element) {
        m_elementNodes[node->element].append(id);
        m_nodeElements.insert(id, node->element);
    } else if (node->kind == NodeKind::Legend || node->kind == NodeKind::TitleBlock) {
        m_summaryNodes.insert(id);
    }
}

void DiagramScene::addConnectionItem(const ConnectionId &id)
{
    const ViewConnection *c = view()->connections.find(id);
    if (!c->source.isNull())
        m_nodeConnections[c->source].append(id);
    if (!c->target.isNull() && c->target != c->source)
        m_nodeConnections[c->target].append(id);
    if (!c->sourceConnection.isNull())
        m_lineConnections[c->sourceConnection].append(id);
    if (!c->targetConnection.isNull() && c->targetConnection != c->sourceConnection)
        m_lineConnections[c->targetConnection].append(id);
    if (!c->relationship.isNull())
        m_relationshipConnections[c->relationship].append(id);
    m_connectionEnds.insert(id, {c->source, c->target, c->relationship, c->sourceConnection,
                                 c->targetConnection});
    auto *item = new ConnectionItem(this, id);
    addItem(item);
    m_connections.insert(id, item);
    // Lines added before this one that end on it (a view's connections come in any
    // order) find their end now.
    for (ConnectionItem *dependent : connectionsOn(id))
        dependent->updateRoute();
}

namespace {

// Takes value out of the list of key, and the list when it is left empty.
template<typename Key, typename Value>
void unlist(QHash<Key, QList<Value>> &lists, const Key &key, const Value &value)
{
    const auto it = lists.find(key);
    if (it == lists.end())
        return;
    it->removeAll(value);
    if (it->isEmpty())
        lists.erase(it);
}

} // namespace

// The model no longer holds what a removed item showed, so the scene remembers
// what each item is listed under: removing one touches only its own lists (going
// through every list made deleting a selection quadratic).
void DiagramScene::removeNodeItem(const NodeId &id)
{
    NodeItem *item = m_nodes.take(id);
    if (!item)
        return;
    if (const auto it = m_nodeElements.constFind(id); it != m_nodeElements.constEnd()) {
        unlist(m_elementNodes, *it, id);
        m_nodeElements.erase(it);
    }
    m_nodeConnections.remove(id);
    m_summaryNodes.remove(id);
    delete item;
}

void DiagramScene::removeConnectionItem(const ConnectionId &id)
{
    ConnectionItem *item = m_connections.take(id);
    if (!item)
        return;
    const ConnectionEnds ends = m_connectionEnds.take(id);
    unlist(m_nodeConnections, ends.source, id);
    unlist(m_nodeConnections, ends.target, id);
    unlist(m_lineConnections, ends.sourceConnection, id);
    unlist(m_lineConnections, ends.targetConnection, id);
    m_lineConnections.remove(id);
    if (!ends.relationship.isNull())
        unlist(m_relationshipConnections, ends.relationship, id);
    delete item;
}

QList<ConnectionItem *> DiagramScene::connectionsOn(const ConnectionId &connection) const
{
    QList<ConnectionItem *> result;
    for (const ConnectionId &id : m_lineConnections.value(connection))
        if (ConnectionItem *item = m_connections.value(id))
            result.append(item);
    return result;
}

QList<ConnectionItem *> DiagramScene::connectionsOf(const NodeId &node) const
{
    QList<ConnectionItem *> result;
    for (const ConnectionId &id : m_nodeConnections.value(node))
        if (ConnectionItem *item = m_connections.value(id))
            result.append(item);
    return result;
}

void DiagramScene::onModelChanged(const ChangeSet &changes)
{
    if (changes.views.removed.contains(m_viewId)) {
        rebuild();
        return;
    }
    const View *v = view();
    if (!v)
        return;
    const bool viewChanged = changes.views.changed.contains(m_viewId);
    if (changes.views.added.contains(m_viewId)
        || (viewChanged && changes.nodes.isEmpty() && changes.connections.isEmpty())) {
        rebuild();
        return;
    }
    if (viewChanged) {
        for (const ConnectionId &id : changes.connections.removed)
            removeConnectionItem(id);
        for (const NodeId &id : changes.nodes.removed)
            removeNodeItem(id);
        // Added nodes in view order, so that parents come first.
        if (!changes.nodes.added.isEmpty()) {
            for (const ViewNode &node : v->nodes)
                if (changes.nodes.added.contains(node.id) && !m_nodes.contains(node.id))
                    addNodeItem(node.id);
        }
        for (const ConnectionId &id : changes.connections.added)
            if (v->connections.contains(id) && !m_connections.contains(id))
                addConnectionItem(id);
        QSet<ConnectionId> reroute = changes.connections.changed;
        for (const NodeId &id : changes.nodes.changed) {
            if (NodeItem *item = m_nodes.value(id)) {
                item->syncFromModel();
                for (const ConnectionId &c : m_nodeConnections.value(id))
                    reroute.insert(c);
            }
        }
        for (const ConnectionId &id : std::as_const(reroute))
            if (ConnectionItem *item = m_connections.value(id))
                item->updateRoute();
        restack();
    }
    for (const ElementId &id : changes.elements.changed)
        for (const NodeId &node : m_elementNodes.value(id))
            if (NodeItem *item = m_nodes.value(node))
                item->update();
    for (const RelationshipId &id : changes.relationships.changed)
        for (const ConnectionId &c : m_relationshipConnections.value(id))
            if (ConnectionItem *item = m_connections.value(c))
                item->update();
    for (const NodeId &id : std::as_const(m_summaryNodes))
        if (NodeItem *item = m_nodes.value(id))
            item->update();
    updateSceneRect();
}

void DiagramScene::updateSceneRect()
{
    const View *v = view();
    QRectF content = v ? m_painter.contentBounds(*v) : QRectF();
    if (content.isNull())
        content = QRectF(0, 0, 800, 600);
    const QRectF wanted = content.adjusted(-1000, -1000, 1000, 1000);
    if (!m_sceneRectSet) {
        setSceneRect(wanted);
        m_sceneRectSet = true;
    } else if (!sceneRect().contains(content)) {
        setSceneRect(sceneRect().united(wanted));
    }
}

NodeId DiagramScene::groupAt(const QPointF &scenePos, const QSet<NodeId> &excluding) const
{
    const View *v = view();
    return v ? kt::groupAt(*v, scenePos, excluding) : NodeId();
}

NodeItem *DiagramScene::nodeItemAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        auto *node = qgraphicsitem_cast<NodeItem *>(item);
        if (node && node->node() && node->node()->kind != NodeKind::Group)
            return node;
    }
    return nullptr;
}

ConnectionItem *DiagramScene::connectionItemAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (auto *connection = qgraphicsitem_cast<ConnectionItem *>(item))
            return connection;
    return nullptr;
}

QList<NodeId> DiagramScene::selectedNodeIds() const
{
    QList<NodeId> ids;
    const View *v = view();
    if (!v)
        return ids;
    // In view order, for deterministic edits.
    for (const ViewNode &node : v->nodes)
        if (NodeItem *item = m_nodes.value(node.id); item && item->isSelected())
            ids.append(node.id);
    return ids;
}

QList<ConnectionId> DiagramScene::selectedConnectionIds() const
{
    QList<ConnectionId> ids;
    if (const View *v = view())
        for (const ViewConnection &c : v->connections)
            if (ConnectionItem *item = m_connections.value(c.id); item && item->isSelected())
                ids.append(c.id);
    return ids;
}

QList<ElementId> DiagramScene::selectedElementIds() const
{
    QList<ElementId> ids;
    for (const NodeId &id : selectedNodeIds()) {
        const ViewNode *node = view()->nodes.find(id);
        if (node->kind == NodeKind::Element && !ids.contains(node->element))
            ids.append(node->element);
    }
    return ids;
}

void DiagramScene::selectElements(const QList<ElementId> &ids)
{
    const QSignalBlocker blocker(this);
    clearSelection();
    for (const ElementId &id : ids)
        for (const NodeId &node : m_elementNodes.value(id))
            if (NodeItem *item = m_nodes.value(node))
                item->setSelected(true);
}

void DiagramScene::selectNodes(const QList<NodeId> &ids)
{
    clearSelection();
    for (const NodeId &id : ids)
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(true);
}

QPointF DiagramScene::snapped(const QPointF &p) const
{
    return geometry::snapped(p, m_snap);
}

void DiagramScene::setSelectTool()
{
    m_tool = std::make_unique<SelectTool>(this);
    Q_EMIT toolChanged();
}

void DiagramScene::setPlaceTool(const QString &elementType)
{
    if (elementType.isEmpty()) {
        setSelectTool();
        return;
    }
    m_tool = std::make_unique<PlaceTool>(this, elementType);
    Q_EMIT toolChanged();
}

void DiagramScene::setConnectTool(const QString &relationshipType)
{
    m_tool = std::make_unique<ConnectTool>(this, relationshipType);
    Q_EMIT toolChanged();
}

bool DiagramScene::push(std::unique_ptr<Edit> edit)
{
    QString error;
    if (m_document->push(std::move(edit), &error))
        return true;
    Q_EMIT statusMessage(error);
    return false;
}

DiagramComposer DiagramScene::composer() const
{
    DiagramComposer composer(m_document->model().data(), m_viewId,
                             [this](const QString &text, double maxWidth) {
                                 return m_painter.textSize(text, maxWidth);
                             });
    composer.setSnapToGrid(m_snap);
    return composer;
}

bool DiagramScene::push(Composition composition)
{
    if (!composition.edit) {
        if (!composition.error.isEmpty())
            Q_EMIT statusMessage(composition.error);
        return false;
    }
    return push(std::move(composition.edit));
}

NodeId DiagramScene::placeElement(const QString &elementType, const QPointF &scenePos)
{
    Composition placed = composer().place(elementType, scenePos);
    const QList<NodeId> nodes = placed.nodes;
    if (!push(std::move(placed)))
        return {};
    selectNodes(nodes);
    return nodes.value(0);
}

QString DiagramScene::chooseRelationship(const QList<const RelationshipType *> &types,
                                         const QPointF &at, const QString &reverseFrom,
                                         const QString &reverseTo)
{
    if (m_chooser)
        return m_chooser(types, at);
    QMenu menu;
    menu.setTitle(tr("Relationship"));
    for (const RelationshipType *type : types) {
        const QString name = type->name.text(uiLanguage());
        // Offered the other way round: say which way the relationship will go.
        const QString text = reverseFrom.isEmpty()
                ? name
                : tr("Reverse: “%1” %2 “%3”").arg(reverseFrom, name, reverseTo);
        menu.addAction(QIcon(u":/kientruc/icons/rel-"_s + type->id + u".svg"_s), text)
                ->setData(type->id);
    }
    QAction *chosen = menu.exec(QCursor::pos());
    return chosen ? chosen->data().toString() : QString();
}

bool DiagramScene::connectNodes(const NodeId &sourceId, const NodeId &targetId,
                                const QString &preferredType)
{
    const DiagramComposer compose = composer();
    const ConnectOptions options = compose.connectOptions(sourceId, targetId);
    QString typeId = preferredType;
    if (!options.canConnect()) {
        Q_EMIT statusMessage(options.refusal);
        return false;
    }
    bool reversed = false;
    if (typeId.isEmpty() && !options.plainLine) {
        const QPointF at = view()->nodes.find(targetId)->bounds.center();
        if (options.types.size() == 1) {
            typeId = options.types.first()->id;
        } else if (!options.types.isEmpty()) {
            typeId = chooseRelationship(options.types, at);
        } else {
            // Only the other way round is allowed: offered as such, never silently.
            const Model &model = m_document->model();
            const auto nameOf = [&](const NodeId &id) {
                const Element *e = model.element(view()->nodes.find(id)->element);
                return e ? e->name : QString();
            };
            typeId = chooseRelationship(options.reverse, at, nameOf(targetId), nameOf(sourceId));
            reversed = true;
        }
        if (typeId.isEmpty())
            return false;
    }
    return pushConnection(compose.connect(sourceId, targetId, typeId, reversed));
}

bool DiagramScene::connectToLine(const NodeId &sourceId, const ConnectionId &targetId,
                                 const QString &preferredType)
{
    const DiagramComposer compose = composer();
    const ConnectOptions options = compose.connectToLineOptions(sourceId, targetId);
    if (!options.canConnect()) {
        Q_EMIT statusMessage(options.refusal);
        return false;
    }
    QString typeId = preferredType;
    if (typeId.isEmpty() && !options.plainLine) {
        const ConnectionItem *line = m_connections.value(targetId);
        const QPointF at = line ? line->sceneBoundingRect().center() : QPointF();
        typeId = options.types.size() == 1 ? options.types.first()->id
                                           : chooseRelationship(options.types, at);
        if (typeId.isEmpty())
            return false;
    }
    return pushConnection(compose.connectToLine(sourceId, targetId, typeId));
}

bool DiagramScene::pushConnection(Composition connection)
{
    // The new connection is selected.
    const ConnectionId id = connection.connection;
    if (!push(std::move(connection)))
        return false;
    clearSelection();
    if (ConnectionItem *item = m_connections.value(id))
        item->setSelected(true);
    return true;
}

void DiagramScene::setDropTarget(const NodeId &id)
{
    if (id == m_dropTarget)
        return;
    if (NodeItem *old = m_nodes.value(m_dropTarget))
        old->update();
    m_dropTarget = id;
    if (NodeItem *item = m_nodes.value(id))
        item->update();
}

void DiagramScene::setGuides(const QList<QLineF> &lines)
{
    for (QGraphicsItem *guide : std::as_const(m_guides))
        delete guide;
    m_guides.clear();
    QPen pen(QColor(0xec, 0x48, 0x99), 0, Qt::DashLine);
    for (const QLineF &line : lines) {
        QGraphicsLineItem *item = addLine(line, pen);
        item->setZValue(OverlayZ);
        m_guides.append(item);
    }
}

void DiagramScene::editLabel(const NodeId &id)
{
    NodeItem *item = m_nodes.value(id);
    // A legend and a title block have no text of their own to edit.
    if (!item || !item->node() || item->node()->kind == NodeKind::Legend
        || item->node()->kind == NodeKind::TitleBlock)
        return;
    auto *editor = new LabelEditor(this, id);
    addItem(editor);
    editor->start();
}

namespace {

// A dark label that keeps its size at any zoom, just below the pointer. It is
// for the screen only: the overview (which renders the scene into an image) and
// anything else that renders the scene leave it out.
class NoticeItem : public QGraphicsRectItem
{
public:
    explicit NoticeItem(QString text) : m_text(std::move(text))
    {
        const QRectF textRect = QFontMetricsF(m_font).boundingRect(m_text);
        setRect(QRectF(QPointF(0, 0), textRect.size()).adjusted(-8, -5, 8, 5));
        setBrush(QColor(0x1f, 0x29, 0x37, 230));
        setPen(Qt::NoPen);
        setFlag(QGraphicsItem::ItemIgnoresTransformations);
    }
    const QString &text() const { return m_text; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget) override
    {
        if (!widget)
            return; // not a view's viewport
        painter->fillRect(rect(), brush());
        painter->setFont(m_font);
        painter->setPen(Qt::white);
        painter->drawText(rect(), Qt::AlignCenter, m_text);
    }

private:
    QString m_text;
    QFont m_font;
};

} // namespace

QString DiagramScene::notice() const
{
    return m_notice ? static_cast<const NoticeItem *>(m_notice)->text() : QString();
}

void DiagramScene::showNotice(const QString &message)
{
    delete m_notice;
    m_notice = nullptr;
    if (message.isEmpty())
        return;
    QPointF at = m_lastPos;
    if (!m_hasLastPos && !views().isEmpty()) {
        const QGraphicsView *view = views().first();
        at = view->mapToScene(view->viewport()->rect().center());
    }
    auto *box = new NoticeItem(message);
    box->setZValue(OverlayZ + 1);
    box->setPos(at + QPointF(12, 16));
    addItem(box);
    m_notice = box;
    QTimer::singleShot(NoticeMilliseconds, this, [this, box]() {
        if (m_notice == box) {
            delete m_notice;
            m_notice = nullptr;
        }
    });
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_lastPos = event->scenePos();
    m_hasLastPos = true;
    if (focusItem() && dynamic_cast<LabelEditor *>(focusItem())
        && !focusItem()->sceneBoundingRect().contains(event->scenePos()))
        setFocusItem(nullptr); // commits the label being edited
    // A tool that handles the press accepts it, so the view keeps sending the drag.
    if (m_tool->mousePress(event))
        event->accept();
    else
        QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    m_lastPos = event->scenePos();
    m_hasLastPos = true;
    if (m_tool->mouseMove(event))
        event->accept();
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool->mouseRelease(event))
        event->accept();
    else
        QGraphicsScene::mouseReleaseEvent(event);
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (NodeItem *item = nodeItemAt(event->scenePos())) {
        editLabel(item->nodeId());
        event->accept();
        return;
    }
    for (QGraphicsItem *item : items(event->scenePos()))
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            editLabel(node->nodeId()); // a band's title
            event->accept();
            return;
        }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    if (focusItem() && dynamic_cast<LabelEditor *>(focusItem())) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (m_tool->keyPress(event))
        return;
    QGraphicsScene::keyPressEvent(event);
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(ElementTypeMimeType) || mime->hasFormat(ElementIdsMimeType))
        event->acceptProposedAction();
    else
        QGraphicsScene::dragEnterEvent(event);
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(ElementTypeMimeType) || mime->hasFormat(ElementIdsMimeType)) {
        setDropTarget(groupAt(event->scenePos()));
        event->acceptProposedAction();
    } else {
        QGraphicsScene::dragMoveEvent(event);
    }
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    setDropTarget({});
    m_lastPos = event->scenePos();
    m_hasLastPos = true;
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(ElementTypeMimeType)) {
        placeElement(elementTypeFromMimeData(mime), event->scenePos());
        event->acceptProposedAction();
        return;
    }
    if (mime->hasFormat(ElementIdsMimeType)) {
        Composition added = composer().addElements(elementIdsFromMimeData(mime), event->scenePos());
        const QList<NodeId> nodes = added.nodes;
        if (push(std::move(added)))
            selectNodes(nodes);
        event->acceptProposedAction();
        return;
    }
    QGraphicsScene::dropEvent(event);
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Qt::white);
    const double scale = painter->worldTransform().m11();
    if (scale < 0.75)
        return; // the grid is noise when zoomed out, and costs
    const double step = GridSize * 2;
    // Hairlines along the pixel grid need no antialiasing, which made the grid a
    // sixth of a full repaint.
    const QPainter::RenderHints hints = painter->renderHints();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(QColor(0xe5, 0xe7, 0xeb), 0));
    QVarLengthArray<QLineF, 256> lines;
    for (double x = std::floor(rect.left() / step) * step; x < rect.right(); x += step)
        lines.append(QLineF(x, rect.top(), x, rect.bottom()));
    for (double y = std::floor(rect.top() / step) * step; y < rect.bottom(); y += step)
        lines.append(QLineF(rect.left(), y, rect.right(), y));
    painter->drawLines(lines.data(), int(lines.size()));
    painter->setRenderHints(hints, true);
}

void DiagramScene::setOverlay(const ViewOverlay &overlay, bool oldSide)
{
    m_overlay = overlay;
    m_overlayShown = true;
    m_overlayOldSide = oldSide;
    update();
}

void DiagramScene::clearOverlay()
{
    if (!m_overlayShown)
        return;
    m_overlay = {};
    m_overlayShown = false;
    update();
}

void DiagramScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (!m_overlayShown || m_overlay.isEmpty())
        return;
    const View *view = this->view();
    if (!view)
        return;
    // Above every item (the overlay marks what the items show), in the exposed part only.
    painter->save();
    painter->setClipRect(rect);
    m_painter.paintOverlay(painter, *view, m_overlay, m_overlayOldSide);
    painter->restore();
}

} // namespace kt
