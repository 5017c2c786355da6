#include "diagramscene.h"
#include "connecttool.h"
#include "placetool.h"
#include "selecttool.h"
#include "connectionitem.h"
#include "labeleditor.h"
#include "nodeitem.h"

#include <model/core/language.h>
#include <model/edit/editgroup.h>
#include <model/edit/elementedits.h>
#include <model/edit/relationshipedits.h>
#include <model/edit/viewedits.h>
#include <widgets/document/document.h>

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>

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
    setSelectTool();
    rebuild();
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
    m_elementNodes.clear();
    m_relationshipConnections.clear();
    m_nodeElements.clear();
    m_connectionEnds.clear();
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
    }
}

void DiagramScene::addConnectionItem(const ConnectionId &id)
{
    const ViewConnection *c = view()->connections.find(id);
    m_nodeConnections[c->source].append(id);
    if (c->target != c->source)
        m_nodeConnections[c->target].append(id);
    if (!c->relationship.isNull())
        m_relationshipConnections[c->relationship].append(id);
    m_connectionEnds.insert(id, {c->source, c->target, c->relationship});
    auto *item = new ConnectionItem(this, id);
    addItem(item);
    m_connections.insert(id, item);
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
    if (!ends.relationship.isNull())
        unlist(m_relationshipConnections, ends.relationship, id);
    delete item;
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
    if (!v)
        return {};
    // The last group in pre-order that contains the point is the innermost one.
    NodeId found;
    for (const ViewNode &node : v->nodes) {
        if (node.kind != NodeKind::Group || excluding.contains(node.id))
            continue;
        const NodeItem *item = m_nodes.value(node.id);
        if (item && item->sceneRect().contains(scenePos))
            found = node.id;
    }
    return found;
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
    if (!m_snap)
        return QPointF(std::round(p.x()), std::round(p.y()));
    return QPointF(std::round(p.x() / GridSize) * GridSize, std::round(p.y() / GridSize) * GridSize);
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

NodeId DiagramScene::placeElement(const QString &elementType, const QPointF &scenePos)
{
    const Profile &profile = m_document->model().profile();
    const ElementType *type = profile.elementType(elementType);
    if (!type) {
        Q_EMIT statusMessage(tr("The framework has no element type “%1”.").arg(elementType));
        return {};
    }
    Element element;
    element.id = ElementId::create();
    element.type = type->id;
    element.name = type->name.text(uiLanguage());
    ViewNode node;
    node.id = NodeId::create();
    node.kind = NodeKind::Element;
    node.element = element.id;
    QSizeF size = m_painter.nodeSizeForLabel(element.name, 180);
    size = size.expandedTo(QSizeF(140, 60));
    size = QSizeF(std::ceil(size.width() / GridSize) * GridSize,
                  std::ceil(size.height() / GridSize) * GridSize);
    node.bounds = QRectF(snapped(scenePos - QPointF(size.width() / 2, size.height() / 2)), size);
    node.parent = groupAt(scenePos);
    auto group = std::make_unique<EditGroup>(tr("Add %1").arg(type->name.text(uiLanguage())));
    group->add(std::make_unique<AddElement>(element));
    group->add(std::make_unique<AddNode>(m_viewId, node));
    if (!push(std::move(group)))
        return {};
    selectNodes({node.id});
    return node.id;
}

QString DiagramScene::chooseRelationship(const QList<const RelationshipType *> &types,
                                         const QPointF &at)
{
    if (m_chooser)
        return m_chooser(types, at);
    QMenu menu;
    menu.setTitle(tr("Relationship"));
    for (const RelationshipType *type : types)
        menu.addAction(QIcon(u":/kientruc/icons/rel-"_s + type->id + u".svg"_s),
                       type->name.text(uiLanguage()))
                ->setData(type->id);
    QAction *chosen = menu.exec(QCursor::pos());
    return chosen ? chosen->data().toString() : QString();
}

bool DiagramScene::connectNodes(const NodeId &sourceId, const NodeId &targetId,
                                const QString &preferredType)
{
    const View *v = view();
    const ViewNode *source = v ? v->nodes.find(sourceId) : nullptr;
    const ViewNode *target = v ? v->nodes.find(targetId) : nullptr;
    if (!source || !target || source->kind != NodeKind::Element
        || target->kind != NodeKind::Element)
        return false;
    const Model &model = m_document->model();
    const Element *from = model.element(source->element);
    const Element *to = model.element(target->element);
    const Profile &profile = model.profile();
    // The generic type is for imported models; drawing offers the framework's own types.
    QList<const RelationshipType *> allowed;
    for (const RelationshipType *type : profile.allowedRelationships(from->type, to->type))
        if (!type->generic)
            allowed.append(type);
    QString typeId;
    if (!preferredType.isEmpty()) {
        const auto it = std::find_if(allowed.begin(), allowed.end(),
                                     [&](const RelationshipType *t) { return t->id == preferredType; });
        if (it == allowed.end()) {
            const RelationshipType *type = profile.relationshipType(preferredType);
            Q_EMIT statusMessage(tr("The framework does not allow “%1” from “%2” to “%3”.")
                                         .arg(type ? type->name.text(uiLanguage()) : preferredType,
                                              from->name, to->name));
            return false;
        }
        typeId = preferredType;
    } else if (allowed.isEmpty()) {
        Q_EMIT statusMessage(tr("The framework allows no relationship from “%1” to “%2”.")
                                     .arg(from->name, to->name));
        return false;
    } else if (allowed.size() == 1) {
        typeId = allowed.first()->id;
    } else {
        typeId = chooseRelationship(allowed, target->bounds.center());
        if (typeId.isEmpty())
            return false;
    }
    Relationship relationship;
    relationship.id = RelationshipId::create();
    relationship.type = typeId;
    relationship.source = from->id;
    relationship.target = to->id;
    ViewConnection connection;
    connection.id = ConnectionId::create();
    connection.relationship = relationship.id;
    connection.source = sourceId;
    connection.target = targetId;
    auto group = std::make_unique<EditGroup>(tr("Connect"));
    group->add(std::make_unique<AddRelationship>(relationship));
    group->add(std::make_unique<AddConnection>(m_viewId, connection));
    if (!push(std::move(group)))
        return false;
    clearSelection();
    if (ConnectionItem *item = m_connections.value(connection.id))
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
    if (!item || !item->node())
        return;
    auto *editor = new LabelEditor(this, id);
    addItem(editor);
    editor->start();
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
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
    if (mime->hasFormat(u"application/x-kientruc-element-type"_s)
        || mime->hasFormat(u"application/x-kientruc-element-ids"_s))
        event->acceptProposedAction();
    else
        QGraphicsScene::dragEnterEvent(event);
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(u"application/x-kientruc-element-type"_s)
        || mime->hasFormat(u"application/x-kientruc-element-ids"_s)) {
        setDropTarget(groupAt(event->scenePos()));
        event->acceptProposedAction();
    } else {
        QGraphicsScene::dragMoveEvent(event);
    }
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    setDropTarget({});
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(u"application/x-kientruc-element-type"_s)) {
        const QString type =
                QString::fromUtf8(mime->data(u"application/x-kientruc-element-type"_s));
        placeElement(type, event->scenePos());
        event->acceptProposedAction();
        return;
    }
    if (mime->hasFormat(u"application/x-kientruc-element-ids"_s)) {
        const QStringList ids = QString::fromUtf8(mime->data(u"application/x-kientruc-element-ids"_s))
                                        .split(u'\n', Qt::SkipEmptyParts);
        auto group = std::make_unique<EditGroup>(tr("Add to view"));
        QPointF at = event->scenePos();
        QList<NodeId> added;
        for (const QString &id : ids) {
            const Element *element = m_document->model().element(ElementId(id));
            if (!element)
                continue;
            ViewNode node;
            node.id = NodeId::create();
            node.element = element->id;
            const QSizeF size = m_painter.nodeSizeForLabel(element->name, 180).expandedTo(QSizeF(140, 60));
            node.bounds = QRectF(snapped(at), size);
            node.parent = groupAt(at);
            group->add(std::make_unique<AddNode>(m_viewId, node));
            added.append(node.id);
            at += QPointF(20, 20);
        }
        if (!group->isEmpty() && push(std::move(group)))
            selectNodes(added);
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

} // namespace kt
