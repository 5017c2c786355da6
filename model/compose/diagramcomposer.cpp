#include "diagramcomposer.h"
#include "../validate/validator.h"
#include "orthogonalrouter.h"
#include "viewqueries.h"

#include <model/core/language.h>
#include <model/edit/arrangeedits.h>
#include <model/edit/editgroup.h>
#include <model/edit/elementedits.h>
#include <model/edit/relationshipedits.h>
#include <model/edit/viewedits.h>
#include <model/meta/profile.h>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

Composition Composition::refused(QString error)
{
    Composition c;
    c.error = std::move(error);
    return c;
}

Composition Composition::of(std::unique_ptr<Edit> edit)
{
    Composition c;
    c.edit = std::move(edit);
    return c;
}

DiagramComposer::DiagramComposer(const ModelData &data, ViewId view, TextMeasure measure)
    : m_data(data), m_view(std::move(view)), m_measure(std::move(measure))
{
}

const View *DiagramComposer::view() const
{
    return m_data.views.find(m_view);
}

namespace {

QString noView()
{
    return DiagramComposer::tr("No view is open to put it on.");
}

QString gone()
{
    return DiagramComposer::tr("The shape is no longer on the diagram.");
}

QString outOfRange()
{
    return DiagramComposer::tr("The point is too far from the origin of the diagram.");
}

// Makes one step of several edits, or passes a single one on as it is (so that
// it keeps its merge id).
std::unique_ptr<Edit> combined(std::vector<std::unique_ptr<Edit>> edits, const QString &text)
{
    if (edits.empty())
        return nullptr;
    if (edits.size() == 1)
        return std::move(edits.front());
    auto group = std::make_unique<EditGroup>(text);
    for (auto &edit : edits)
        group->add(std::move(edit));
    return group;
}

} // namespace

QSizeF DiagramComposer::defaultSize(NodeKind kind) const
{
    const DiagramSizes sizes = m_data.profile ? m_data.profile->diagramSizes() : DiagramSizes();
    switch (kind) {
    case NodeKind::Group:
        return sizes.group.isEmpty() ? geometry::DefaultGroupSize : sizes.group;
    case NodeKind::Note:
        return sizes.note.isEmpty() ? geometry::DefaultNoteSize : sizes.note;
    case NodeKind::Legend:
        return geometry::DefaultLegendSize;
    case NodeKind::TitleBlock:
        return geometry::DefaultTitleBlockSize;
    case NodeKind::Element:
        break;
    }
    return sizes.node.isEmpty() ? geometry::DefaultNodeSize : sizes.node;
}

QSizeF DiagramComposer::elementNodeSize(const QString &name) const
{
    return geometry::nodeSizeForLabel(name, m_measure, defaultSize(NodeKind::Element));
}

Composition DiagramComposer::placeNode(ViewNode node, const QPointF &centre) const
{
    const View *v = view();
    if (!v)
        return Composition::refused(noView());
    if (!geometry::isValidPoint(centre))
        return Composition::refused(outOfRange());
    const QSizeF size = node.bounds.size();
    node.id = NodeId::create();
    node.bounds = QRectF(
            geometry::snapped(centre - QPointF(size.width() / 2, size.height() / 2), m_snap), size);
    if (node.kind != NodeKind::Legend && node.kind != NodeKind::TitleBlock)
        node.parent = groupAt(*v, centre);
    Composition result;
    result.nodes = {node.id};
    result.edit = std::make_unique<AddNode>(m_view, std::move(node));
    return result;
}

Composition DiagramComposer::place(const QString &what, const QPointF &centre) const
{
    if (what == GroupShapeId)
        return placeGroup(centre);
    if (what == NoteShapeId)
        return placeNote(centre);
    if (what == LegendShapeId)
        return placeLegend(centre);
    if (what == TitleBlockShapeId)
        return placeTitleBlock(centre);
    return placeElement(what, centre);
}

Composition DiagramComposer::placeElement(const QString &elementType, const QPointF &centre) const
{
    const ElementType *type = m_data.profile ? m_data.profile->elementType(elementType) : nullptr;
    if (!type)
        return Composition::refused(
                tr("The framework has no element type “%1”.").arg(elementType));
    Element element;
    element.id = ElementId::create();
    element.type = type->id;
    element.name = type->name.text(uiLanguage());
    ViewNode node;
    node.kind = NodeKind::Element;
    node.element = element.id;
    node.bounds.setSize(elementNodeSize(element.name));
    Composition placed = placeNode(std::move(node), centre);
    if (!placed)
        return placed;
    auto group = std::make_unique<EditGroup>(tr("Add %1").arg(type->name.text(uiLanguage())));
    group->add(std::make_unique<AddElement>(std::move(element)));
    group->add(std::move(placed.edit));
    placed.edit = std::move(group);
    return placed;
}

Composition DiagramComposer::placeGroup(const QPointF &centre) const
{
    ViewNode node;
    node.kind = NodeKind::Group;
    node.label = tr("Group");
    node.bounds.setSize(defaultSize(NodeKind::Group));
    return placeNode(std::move(node), centre);
}

Composition DiagramComposer::placeNote(const QPointF &centre) const
{
    return placeShape(NodeKind::Note, centre);
}

Composition DiagramComposer::placeLegend(const QPointF &centre) const
{
    return placeShape(NodeKind::Legend, centre);
}

Composition DiagramComposer::placeTitleBlock(const QPointF &centre) const
{
    return placeShape(NodeKind::TitleBlock, centre);
}

Composition DiagramComposer::placeShape(NodeKind kind, const QPointF &centre) const
{
    ViewNode node;
    node.kind = kind;
    node.bounds.setSize(defaultSize(kind));
    return placeNode(std::move(node), centre);
}

Composition DiagramComposer::addElements(const QList<ElementId> &elements, const QPointF &at) const
{
    const View *v = view();
    if (!v)
        return Composition::refused(noView());
    if (!geometry::isValidPoint(at))
        return Composition::refused(outOfRange());
    auto group = std::make_unique<EditGroup>(tr("Add to view"));
    Composition result;
    QPointF corner = at;
    const NodeId parent = groupAt(*v, at);
    for (const ElementId &id : elements) {
        const Element *element = m_data.elements.find(id);
        if (!element)
            continue;
        ViewNode node;
        node.id = NodeId::create();
        node.element = element->id;
        node.bounds = QRectF(geometry::snapped(corner, m_snap),
                             elementNodeSize(element->name));
        node.parent = parent;
        result.nodes.append(node.id);
        group->add(std::make_unique<AddNode>(m_view, std::move(node)));
        corner += QPointF(geometry::CascadeOffset, geometry::CascadeOffset);
    }
    if (group->isEmpty())
        return Composition::refused(tr("None of the dragged elements is in this model."));
    result.edit = std::move(group);
    return result;
}

ConnectOptions DiagramComposer::connectOptions(const NodeId &sourceId, const NodeId &targetId) const
{
    ConnectOptions options;
    const View *v = view();
    const ViewNode *source = v ? v->nodes.find(sourceId) : nullptr;
    const ViewNode *target = v ? v->nodes.find(targetId) : nullptr;
    if (!source || !target) {
        options.refusal = tr("Connect two shapes of the diagram.");
        return options;
    }
    for (const ViewNode *end : {source, target}) {
        if (end->kind == NodeKind::Legend || end->kind == NodeKind::TitleBlock) {
            options.refusal = tr("A legend or a title block is not connected.");
            return options;
        }
    }
    if (source->kind == NodeKind::Note || target->kind == NodeKind::Note) {
        options.plainLine = sourceId != targetId;
        if (!options.plainLine)
            options.refusal = tr("A note cannot be connected to itself.");
        return options;
    }
    const Element *from = m_data.elements.find(source->element);
    const Element *to = m_data.elements.find(target->element);
    if (source->kind != NodeKind::Element || target->kind != NodeKind::Element || !from || !to) {
        options.refusal = tr("Only elements are connected by relationships; a group is not.");
        return options;
    }
    // The generic type is for imported models; drawing offers the framework's own types.
    const auto drawable = [](const QList<const RelationshipType *> &types) {
        QList<const RelationshipType *> result;
        for (const RelationshipType *type : types)
            if (!type->generic)
                result.append(type);
        return result;
    };
    options.types = drawable(m_data.profile->allowedRelationships(from->type, to->type));
    options.reverse = drawable(m_data.profile->allowedRelationships(to->type, from->type));
    if (options.types.isEmpty() && options.reverse.isEmpty())
        options.refusal = tr("The framework allows no relationship between “%1” and “%2”.")
                                  .arg(from->name, to->name);
    return options;
}

Composition DiagramComposer::connect(const NodeId &sourceId, const NodeId &targetId,
                                     const QString &typeId, bool reversed) const
{
    const ConnectOptions options = connectOptions(sourceId, targetId);
    if (!options.canConnect())
        return Composition::refused(options.refusal);
    ViewConnection connection;
    connection.id = ConnectionId::create();
    connection.source = reversed ? targetId : sourceId;
    connection.target = reversed ? sourceId : targetId;
    Composition result;
    result.connection = connection.id;
    if (options.plainLine) {
        result.edit = std::make_unique<AddConnection>(m_view, std::move(connection));
        return result;
    }
    const View *v = view();
    const Element *from = m_data.elements.find(v->nodes.find(connection.source)->element);
    const Element *to = m_data.elements.find(v->nodes.find(connection.target)->element);
    const QList<const RelationshipType *> &allowed = reversed ? options.reverse : options.types;
    const bool known = std::any_of(allowed.begin(), allowed.end(),
                                   [&](const RelationshipType *t) { return t->id == typeId; });
    if (!known) {
        const RelationshipType *type = m_data.profile->relationshipType(typeId);
        return Composition::refused(
                tr("The framework does not allow “%1” from “%2” to “%3”.")
                        .arg(type ? type->name.text(uiLanguage()) : typeId, from->name, to->name));
    }
    Relationship relationship;
    relationship.id = RelationshipId::create();
    relationship.type = typeId;
    relationship.source = from->id;
    relationship.target = to->id;
    connection.relationship = relationship.id;
    auto group = std::make_unique<EditGroup>(tr("Connect"));
    group->add(std::make_unique<AddRelationship>(std::move(relationship)));
    group->add(std::make_unique<AddConnection>(m_view, std::move(connection)));
    result.edit = std::move(group);
    return result;
}

ConnectOptions DiagramComposer::connectToLineOptions(const NodeId &sourceId,
                                                     const ConnectionId &targetId) const
{
    ConnectOptions options;
    const View *v = view();
    const ViewNode *source = v ? v->nodes.find(sourceId) : nullptr;
    const ViewConnection *target = v ? v->connections.find(targetId) : nullptr;
    if (!source || !target) {
        options.refusal = tr("Connect two shapes of the diagram.");
        return options;
    }
    if (source->kind == NodeKind::Note) {
        options.plainLine = true;
        return options;
    }
    const Element *from = m_data.elements.find(source->element);
    if (source->kind != NodeKind::Element || !from) {
        options.refusal = tr("Only elements are connected by relationships; a group is not.");
        return options;
    }
    if (target->relationship.isNull()) {
        options.refusal = tr("A relationship can end on a relationship, not on a plain line.");
        return options;
    }
    const ElementType *fromType = m_data.profile->elementType(from->type);
    const QString kept = from->properties.value(u"archimateType"_s);
    const QString sourceArchimate = !kept.isEmpty() ? kept : fromType ? fromType->archimateType : QString();
    QList<const RelationshipType *> generic;
    for (const RelationshipType &type : m_data.profile->relationshipTypes()) {
        if (type.archimateReversed
            || !Validator::allowsOnRelationship(type.archimateType, sourceArchimate))
            continue;
        (type.generic ? generic : options.types).append(&type);
    }
    if (options.types.isEmpty())
        options.types = generic;
    if (options.types.isEmpty())
        options.refusal = tr("ArchiMate lets only an association end on a relationship (and an "
                             "aggregation or composition from a grouping or plateau); the "
                             "framework has none from “%1”.")
                                  .arg(from->name);
    return options;
}

Composition DiagramComposer::connectToLine(const NodeId &sourceId, const ConnectionId &targetId,
                                           const QString &typeId) const
{
    const ConnectOptions options = connectToLineOptions(sourceId, targetId);
    if (!options.canConnect())
        return Composition::refused(options.refusal);
    const View *v = view();
    ViewConnection connection;
    connection.id = ConnectionId::create();
    connection.source = sourceId;
    connection.targetConnection = targetId;
    Composition result;
    result.connection = connection.id;
    if (options.plainLine) {
        result.edit = std::make_unique<AddConnection>(m_view, std::move(connection));
        return result;
    }
    const bool known = std::any_of(options.types.begin(), options.types.end(),
                                   [&](const RelationshipType *t) { return t->id == typeId; });
    if (!known) {
        const RelationshipType *type = m_data.profile->relationshipType(typeId);
        return Composition::refused(
                tr("“%1” cannot end on a relationship; only an association can (and an "
                   "aggregation or composition from a grouping or plateau).")
                        .arg(type ? type->name.text(uiLanguage()) : typeId));
    }
    Relationship relationship;
    relationship.id = RelationshipId::create();
    relationship.type = typeId;
    relationship.source = v->nodes.find(sourceId)->element;
    relationship.targetRelationship = v->connections.find(targetId)->relationship;
    connection.relationship = relationship.id;
    auto group = std::make_unique<EditGroup>(tr("Connect"));
    group->add(std::make_unique<AddRelationship>(std::move(relationship)));
    group->add(std::make_unique<AddConnection>(m_view, std::move(connection)));
    result.edit = std::move(group);
    return result;
}

Composition DiagramComposer::moveNodes(const QList<NodeId> &selection, const QPointF &delta,
                                       bool renest, GestureId gesture) const
{
    const View *v = view();
    if (!v)
        return Composition::refused(noView());
    const QList<NodeId> roots = outermostNodeIds(*v, selection);
    const QPointF step = geometry::rounded(delta);
    if (roots.isEmpty())
        return {};
    const QSet<NodeId> rootSet(roots.begin(), roots.end());
    std::vector<std::unique_ptr<Edit>> edits;
    if (!step.isNull()) {
        for (const NodeId &id : roots)
            if (!geometry::isValidBounds(v->nodes.find(id)->bounds.translated(step)))
                return Composition::refused(
                        tr("The move would take a shape too far from the origin of the diagram."));
        auto move = std::make_unique<MoveNodes>(m_view, rootSet, step);
        move->setGesture(gesture);
        edits.push_back(std::move(move));
    }
    if (renest && roots.size() == 1) {
        const ViewNode *node = v->nodes.find(roots.first());
        const QList<NodeId> moving = withNested(*v, roots);
        const NodeId group = groupAt(*v, node->bounds.translated(step).center(),
                                     QSet<NodeId>(moving.begin(), moving.end()));
        const bool viewWide = node->kind == NodeKind::Legend || node->kind == NodeKind::TitleBlock;
        if (group != node->parent && !viewWide)
            edits.push_back(std::make_unique<SetNodeParent>(m_view, node->id, group));
    }
    Composition result;
    result.edit = combined(std::move(edits), MoveNodes(m_view, rootSet, step).text());
    return result;
}

Composition DiagramComposer::resizeNode(const NodeId &id, const QRectF &bounds,
                                        GestureId gesture) const
{
    const View *v = view();
    const ViewNode *node = v ? v->nodes.find(id) : nullptr;
    if (!node)
        return Composition::refused(gone());
    const QRectF wanted = geometry::rounded(bounds);
    if (wanted == node->bounds)
        return {};
    if (!geometry::isValidBounds(wanted))
        return Composition::refused(outOfRange());
    auto edit = std::make_unique<SetNodeBounds>(m_view, id, wanted);
    edit->setGesture(gesture);
    return Composition::of(std::move(edit));
}

Composition DiagramComposer::moveBendpoint(const ConnectionId &id, int index, bool insert,
                                           const QPointF &point, GestureId gesture) const
{
    const View *v = view();
    const ViewConnection *c = v ? v->connections.find(id) : nullptr;
    if (!c)
        return Composition::refused(gone());
    const QPointF at = geometry::snapped(point, m_snap);
    if (!geometry::isValidPoint(at))
        return Composition::refused(outOfRange());
    QList<QPointF> points = c->bendpoints;
    if (insert && index >= 0 && index <= points.size())
        points.insert(index, at);
    else if (!insert && index >= 0 && index < points.size())
        points[index] = at;
    if (points == c->bendpoints)
        return {};
    auto edit = std::make_unique<SetBendpoints>(m_view, id, points);
    edit->setGesture(gesture);
    return Composition::of(std::move(edit));
}

Composition DiagramComposer::rename(const NodeId &id, const QString &text) const
{
    const View *v = view();
    const ViewNode *node = v ? v->nodes.find(id) : nullptr;
    if (!node)
        return Composition::refused(gone());
    const QString name = text.trimmed();
    if (node->kind == NodeKind::Element) {
        const Element *e = m_data.elements.find(node->element);
        if (!e || e->name == name || name.isEmpty())
            return {};
        return Composition::of(std::make_unique<SetElementName>(e->id, name));
    }
    if (node->label == name || node->kind == NodeKind::Legend
        || node->kind == NodeKind::TitleBlock) // drawn from the view and the model
        return {};
    return Composition::of(std::make_unique<SetNodeLabel>(m_view, id, name));
}

Composition DiagramComposer::removeFromView(const QList<NodeId> &nodes,
                                            const QList<ConnectionId> &connections) const
{
    const View *v = view();
    if (!v)
        return Composition::refused(noView());
    std::vector<std::unique_ptr<Edit>> edits;
    const QList<NodeId> going = withNested(*v, nodes);
    const QSet<NodeId> goingSet(going.begin(), going.end());
    if (!going.isEmpty())
        edits.push_back(std::make_unique<RemoveNodes>(
                m_view, QSet<NodeId>(nodes.begin(), nodes.end()) & goingSet));
    // Lines that go with their nodes anyway are not removed twice.
    QSet<ConnectionId> lines;
    for (const ConnectionId &id : connections)
        if (const ViewConnection *c = v->connections.find(id);
            c && !goingSet.contains(c->source) && !goingSet.contains(c->target))
            lines.insert(id);
    if (!lines.isEmpty())
        edits.push_back(std::make_unique<RemoveConnections>(m_view, lines));
    return Composition::of(combined(std::move(edits), tr("Delete from view")));
}

Composition DiagramComposer::showRelationshipsAmong(const QList<NodeId> &nodes) const
{
    const View *v = view();
    if (!v)
        return Composition::refused(noView());
    // Each element at the first of the given nodes that shows it.
    QHash<ElementId, const ViewNode *> shownBy;
    for (const NodeId &id : nodes)
        if (const ViewNode *node = v->nodes.find(id);
            node && node->kind == NodeKind::Element && !shownBy.contains(node->element))
            shownBy.insert(node->element, node);
    QSet<RelationshipId> shown;
    for (const ViewConnection &c : v->connections)
        if (!c.relationship.isNull())
            shown.insert(c.relationship);
    auto group = std::make_unique<EditGroup>(tr("Show relationships"));
    Composition result;
    QList<ViewConnection> added;
    for (const Relationship &r : m_data.relationships) {
        const ViewNode *source = shownBy.value(r.source);
        const ViewNode *target = shownBy.value(r.target);
        if (shown.contains(r.id) || !source || !target)
            continue;
        ViewConnection connection;
        connection.id = ConnectionId::create();
        connection.relationship = r.id;
        connection.source = source->id;
        connection.target = target->id;
        added.append(std::move(connection));
    }
    // Routed together, around the view's nodes.
    const OrthogonalRouter::Routes routes = OrthogonalRouter::routeAround(*v, added);
    for (ViewConnection &connection : added) {
        connection.bendpoints = routes.bendpoints.value(connection.id);
        group->add(std::make_unique<AddConnection>(m_view, std::move(connection)));
    }
    if (group->isEmpty())
        return Composition::refused(
                tr("The selected elements have no relationships that the view does not show."));
    result.edit = std::move(group);
    return result;
}

Composition DiagramComposer::reorder(const QList<NodeId> &nodes, bool toFront) const
{
    if (nodes.isEmpty())
        return {};
    return Composition::of(std::make_unique<ReorderNodes>(
            m_view, nodes,
            toFront ? ReorderNodes::Direction::ToFront : ReorderNodes::Direction::ToBack));
}

QString DiagramComposer::columnSetting(const QString &layer)
{
    return layer + u"Column";
}

QList<DiagramComposer::SideColumn> DiagramComposer::sideColumns() const
{
    QList<SideColumn> columns;
    const View *v = view();
    if (!m_data.profile)
        return columns;
    for (const Layer &layer : m_data.profile->layers()) {
        if (layer.placement != LayerPlacement::Column)
            continue;
        SideColumn column{layer.id, columnSetting(layer.id), layer.side};
        const QString side = v ? v->settings.value(column.setting) : QString();
        if (side == u"left")
            column.side = ColumnSide::Left;
        else if (side == u"right")
            column.side = ColumnSide::Right;
        columns.append(column);
    }
    return columns;
}

QMap<QString, QString> DiagramComposer::settingsWithFirstColumnOn(ColumnSide side) const
{
    const View *v = view();
    QMap<QString, QString> settings = v ? v->settings : QMap<QString, QString>();
    const auto word = [](ColumnSide s) { return s == ColumnSide::Left ? u"left"_s : u"right"_s; };
    const ColumnSide other = side == ColumnSide::Left ? ColumnSide::Right : ColumnSide::Left;
    bool first = true;
    for (const SideColumn &column : sideColumns()) {
        settings.insert(column.setting, word(first ? side : other));
        first = false;
    }
    return settings;
}

QList<ConnectionId> DiagramComposer::connectionsToRoute(const QList<ConnectionId> &connections,
                                                        const QList<NodeId> &nodes) const
{
    const View *v = view();
    if (!connections.isEmpty() || !v)
        return connections;
    const QSet<NodeId> ends(nodes.begin(), nodes.end());
    QList<ConnectionId> ids;
    for (const ViewConnection &c : v->connections)
        if (ends.contains(c.source) || ends.contains(c.target))
            ids.append(c.id);
    return ids;
}

QList<ElementId> DiagramComposer::elementsOf(const QList<NodeId> &nodes) const
{
    QList<ElementId> ids;
    const View *v = view();
    for (const NodeId &id : nodes)
        if (const ViewNode *node = v ? v->nodes.find(id) : nullptr;
            node && node->kind == NodeKind::Element && !ids.contains(node->element))
            ids.append(node->element);
    return ids;
}

QList<RelationshipId> DiagramComposer::relationshipsOf(const QList<ConnectionId> &connections) const
{
    QList<RelationshipId> ids;
    const View *v = view();
    for (const ConnectionId &id : connections)
        if (const ViewConnection *c = v ? v->connections.find(id) : nullptr;
            c && !c->relationship.isNull() && !ids.contains(c->relationship))
            ids.append(c->relationship);
    return ids;
}

} // namespace kt
