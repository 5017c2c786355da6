#include "viewedits.h"

#include <model/compose/geometry.h>
#include <model/modellimits.h>

#include <QCoreApplication>

#include <cmath>

namespace kt {

namespace {

QString noView(const ViewId &id)
{
    return QCoreApplication::translate("kt::Edit", "There is no view with id %1.").arg(id.toString());
}

QString noNode(const NodeId &id)
{
    return QCoreApplication::translate("kt::Edit", "The view has no node with id %1.")
            .arg(id.toString());
}

// Geometry is kept in whole units: the exchange format stores integers, and a
// grid-snapped canvas never needs more.
using geometry::rounded;

// The index after the last node nested (at any depth) in parent: where a new
// child goes so that the node list stays in pre-order.
qsizetype endOfSubtree(const View &view, const NodeId &parent)
{
    qsizetype i = view.nodes.indexOf(parent);
    QSet<NodeId> subtree{parent};
    for (++i; i < view.nodes.size(); ++i) {
        const ViewNode &node = view.nodes.at(i);
        if (node.parent.isNull() || !subtree.contains(node.parent))
            break;
        subtree.insert(node.id);
    }
    return i;
}

bool validBounds(const QRectF &bounds)
{
    return geometry::isValidBounds(bounds);
}

QString styleOutOfRange()
{
    return QCoreApplication::translate("kt::Edit", "The font size or line width is out of range.");
}

} // namespace

bool checkConnectionEnds(const ModelData &data, const View &view, const ViewConnection &c,
                         QString &error)
{
    const Relationship *r = nullptr;
    if (!c.relationship.isNull()) {
        r = data.relationships.find(c.relationship);
        if (!r) {
            error = QCoreApplication::translate("kt::Edit", "There is no relationship with id %1.")
                            .arg(c.relationship.toString());
            return false;
        }
    }
    const QString mismatch = QCoreApplication::translate(
            "kt::Edit", "The connection's nodes do not show the ends of its relationship.");
    for (const bool isSource : {true, false}) {
        const NodeId &node = isSource ? c.source : c.target;
        const ConnectionId &other = isSource ? c.sourceConnection : c.targetConnection;
        if (node.isNull() && !other.isNull()) {
            const ViewConnection *line = other == c.id ? nullptr : view.connections.find(other);
            if (!line) {
                error = QCoreApplication::translate("kt::Edit",
                                                    "The view has no connection with id %1.")
                                .arg(other.toString());
                return false;
            }
            if (r && line->relationship != (isSource ? r->sourceRelationship
                                                     : r->targetRelationship)) {
                error = mismatch;
                return false;
            }
            continue;
        }
        const ViewNode *shown = other.isNull() ? view.nodes.find(node) : nullptr;
        if (!shown) {
            error = noNode(node);
            return false;
        }
        if (r && shown->element != (isSource ? r->source : r->target)) {
            error = mismatch;
            return false;
        }
    }
    return true;
}

// ---- views

AddView::AddView(View view, qsizetype position) : m_view(std::move(view)), m_position(position)
{
    if (m_view.id.isNull())
        m_view.id = ViewId::create();
}

QString AddView::text() const
{
    return QCoreApplication::translate("kt::Edit", "Add view");
}

bool AddView::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    if (data.views.contains(m_view.id)) {
        error = QCoreApplication::translate("kt::Edit", "A view with id %1 exists already.")
                        .arg(m_view.id.toString());
        return false;
    }
    View view = m_view;
    if (!checkName(view.name, error))
        return false;
    for (const ViewNode &node : view.nodes) {
        if (node.kind == NodeKind::Element && !data.elements.contains(node.element)) {
            error = QCoreApplication::translate("kt::Edit",
                                                "Node %1 shows the element %2, which does not exist.")
                            .arg(node.id.toString(), node.element.toString());
            return false;
        }
    }
    data.views.insert(m_position, std::move(view));
    changes.views.added.insert(m_view.id);
    return true;
}

void AddView::revert(ModelData &data, ChangeSet &changes)
{
    data.views.take(m_view.id);
    changes.views.removed.insert(m_view.id);
}

RemoveView::RemoveView(ViewId id) : m_id(std::move(id)) {}

QString RemoveView::text() const
{
    return QCoreApplication::translate("kt::Edit", "Delete view");
}

bool RemoveView::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    if (!data.views.contains(m_id)) {
        error = noView(m_id);
        return false;
    }
    m_view = data.views.take(m_id, &m_position);
    changes.views.removed.insert(m_id);
    // Notes of other views that link to it link to nothing now: a link to a view
    // the model does not hold is refused by the save (and by every reader).
    m_links.clear();
    for (const View &view : data.views.items())
        for (const ViewNode &node : view.nodes)
            if (node.viewRef == m_id)
                m_links.append({view.id, node.id});
    for (const auto &[view, node] : std::as_const(m_links)) {
        data.views.find(view)->nodes.find(node)->viewRef = ViewId();
        changes.nodes.changed.insert(node);
        changes.views.changed.insert(view);
    }
    return true;
}

void RemoveView::revert(ModelData &data, ChangeSet &changes)
{
    data.views.insert(m_position, m_view);
    changes.views.added.insert(m_id);
    for (const auto &[view, node] : std::as_const(m_links)) {
        data.views.find(view)->nodes.find(node)->viewRef = m_id;
        changes.nodes.changed.insert(node);
        changes.views.changed.insert(view);
    }
}

SetViewName::SetViewName(ViewId id, QString name)
    : SetField(&ModelData::views, &ChangeSet::views, &View::name, std::move(id), std::move(name))
{
}

QString SetViewName::text() const
{
    return QCoreApplication::translate("kt::Edit", "Rename view");
}

bool SetViewName::check(const ModelData &, const View &, QString &name, QString &error)
{
    return checkName(name, error);
}

SetViewSetting::SetViewSetting(ViewId id, QString key, QString value)
    : m_id(std::move(id)), m_key(std::move(key)), m_value(std::move(value))
{
}

QString SetViewSetting::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change view setting");
}

bool SetViewSetting::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View *view = data.views.find(m_id);
    if (!view) {
        error = noView(m_id);
        return false;
    }
    m_old = view->settings.value(m_key);
    if (m_value.isEmpty())
        view->settings.remove(m_key);
    else
        view->settings.insert(m_key, m_value);
    changes.views.changed.insert(m_id);
    return true;
}

void SetViewSetting::revert(ModelData &data, ChangeSet &changes)
{
    if (View *view = data.views.find(m_id)) {
        if (m_old.isEmpty())
            view->settings.remove(m_key);
        else
            view->settings.insert(m_key, m_old);
        changes.views.changed.insert(m_id);
    }
}

// ---- nodes

AddNode::AddNode(ViewId view, ViewNode node, qsizetype position)
    : m_view(std::move(view)), m_node(std::move(node)), m_position(position)
{
    if (m_node.id.isNull())
        m_node.id = NodeId::create();
}

QString AddNode::text() const
{
    return QCoreApplication::translate("kt::Edit", "Add to view");
}

bool AddNode::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View *view = data.views.find(m_view);
    if (!view) {
        error = noView(m_view);
        return false;
    }
    if (view->nodes.contains(m_node.id)) {
        error = QCoreApplication::translate("kt::Edit", "The view has a node with id %1 already.")
                        .arg(m_node.id.toString());
        return false;
    }
    if (m_node.kind == NodeKind::Element && !data.elements.contains(m_node.element)) {
        error = QCoreApplication::translate("kt::Edit", "There is no element with id %1.")
                        .arg(m_node.element.toString());
        return false;
    }
    if (!m_node.parent.isNull() && !view->nodes.contains(m_node.parent)) {
        error = noNode(m_node.parent);
        return false;
    }
    if (!validBounds(m_node.bounds)) {
        error = QCoreApplication::translate("kt::Edit", "The node's size or position is out of range.");
        return false;
    }
    if (!styleWithinLimits(m_node.style)) {
        error = styleOutOfRange();
        return false;
    }
    ViewNode node = m_node;
    if (!checkName(node.label, error))
        return false;
    node.bounds = rounded(node.bounds);
    // Nodes stay in pre-order: a child goes inside its parent's subtree.
    qsizetype position = m_position;
    if (!node.parent.isNull()) {
        const qsizetype first = view->nodes.indexOf(node.parent) + 1;
        const qsizetype end = endOfSubtree(*view, node.parent);
        if (position < first || position > end)
            position = end;
    }
    view->nodes.insert(position, std::move(node));
    changes.nodes.added.insert(m_node.id);
    changes.views.changed.insert(m_view);
    return true;
}

void AddNode::revert(ModelData &data, ChangeSet &changes)
{
    if (View *view = data.views.find(m_view)) {
        view->nodes.take(m_node.id);
        changes.nodes.removed.insert(m_node.id);
        changes.views.changed.insert(m_view);
    }
}

RemoveNodes::RemoveNodes(ViewId view, QSet<NodeId> ids)
    : m_view(std::move(view)), m_ids(std::move(ids))
{
}

QString RemoveNodes::text() const
{
    return QCoreApplication::translate("kt::Edit", "Delete %n node(s) from the view", nullptr,
                                       int(m_ids.size()));
}

bool RemoveNodes::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    const View *view = data.views.find(m_view);
    if (!view) {
        error = noView(m_view);
        return false;
    }
    for (const NodeId &id : std::as_const(m_ids)) {
        if (!view->nodes.contains(id)) {
            error = noNode(id);
            return false;
        }
    }
    m_removal = Removal();
    m_removal.addNodes(data, m_view, m_ids);
    m_removal.apply(data, changes);
    return true;
}

void RemoveNodes::revert(ModelData &data, ChangeSet &changes)
{
    m_removal.restore(data, changes);
}

MoveNodes::MoveNodes(ViewId view, QSet<NodeId> ids, QPointF delta)
    : m_view(std::move(view)), m_ids(std::move(ids)), m_delta(rounded(delta))
{
}

QString MoveNodes::text() const
{
    return QCoreApplication::translate("kt::Edit", "Move %n node(s)", nullptr, int(m_ids.size()));
}

void MoveNodes::shift(ModelData &data, ChangeSet &changes, QPointF delta) const
{
    View *view = data.views.find(m_view);
    // Nested nodes move with their group; parents come before children.
    QSet<NodeId> moved = m_ids;
    for (const ViewNode &node : view->nodes)
        if (!node.parent.isNull() && moved.contains(node.parent))
            moved.insert(node.id);
    for (const NodeId &id : std::as_const(moved)) {
        ViewNode *node = view->nodes.find(id);
        node->bounds.translate(delta);
        changes.nodes.changed.insert(id);
    }
    for (const ViewConnection &c : view->connections) {
        if (!c.bendpoints.isEmpty() && moved.contains(c.source) && moved.contains(c.target)) {
            ViewConnection *connection = view->connections.find(c.id);
            for (QPointF &p : connection->bendpoints)
                p += delta;
            changes.connections.changed.insert(c.id);
        }
    }
    changes.views.changed.insert(m_view);
}

bool MoveNodes::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    const View *view = data.views.find(m_view);
    if (!view) {
        error = noView(m_view);
        return false;
    }
    for (const NodeId &id : std::as_const(m_ids)) {
        const ViewNode *node = view->nodes.find(id);
        if (!node) {
            error = noNode(id);
            return false;
        }
        if (!validBounds(node->bounds.translated(m_delta))) {
            error = QCoreApplication::translate("kt::Edit", "The move takes a node out of range.");
            return false;
        }
    }
    shift(data, changes, m_delta);
    return true;
}

void MoveNodes::revert(ModelData &data, ChangeSet &changes)
{
    if (data.views.contains(m_view))
        shift(data, changes, -m_delta);
}

bool MoveNodes::mergeWith(const Edit &other)
{
    const auto *move = dynamic_cast<const MoveNodes *>(&other);
    if (!move || move->gesture() != gesture() || move->m_view != m_view || move->m_ids != m_ids)
        return false;
    m_delta += move->m_delta;
    return true;
}

template<typename V>
bool SetNodeField<V>::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View *view = data.views.find(m_view);
    if (!view) {
        error = noView(m_view);
        return false;
    }
    ViewNode *node = view->nodes.find(m_node);
    if (!node) {
        error = noNode(m_node);
        return false;
    }
    V value = m_new;
    if (!check(value, error))
        return false;
    m_old = node->*m_field;
    node->*m_field = value;
    changes.nodes.changed.insert(m_node);
    changes.views.changed.insert(m_view);
    return true;
}

template<typename V>
void SetNodeField<V>::revert(ModelData &data, ChangeSet &changes)
{
    View *view = data.views.find(m_view);
    if (ViewNode *node = view ? view->nodes.find(m_node) : nullptr) {
        node->*m_field = m_old;
        changes.nodes.changed.insert(m_node);
        changes.views.changed.insert(m_view);
    }
}

SetNodeBounds::SetNodeBounds(ViewId view, NodeId node, QRectF bounds)
    : SetNodeField(std::move(view), std::move(node), &ViewNode::bounds, bounds)
{
}

QString SetNodeBounds::text() const
{
    return QCoreApplication::translate("kt::Edit", "Resize node");
}

bool SetNodeBounds::check(QRectF &bounds, QString &error)
{
    bounds = rounded(bounds);
    if (validBounds(bounds))
        return true;
    error = QCoreApplication::translate("kt::Edit", "The node's size or position is out of range.");
    return false;
}

bool SetNodeBounds::mergeWith(const Edit &other)
{
    const auto *resize = dynamic_cast<const SetNodeBounds *>(&other);
    if (!resize || resize->gesture() != gesture() || resize->m_view != m_view
        || resize->m_node != m_node)
        return false;
    takeNewValue(*resize);
    return true;
}

SetNodeStyle::SetNodeStyle(ViewId view, NodeId node, NodeStyle style)
    : SetNodeField(std::move(view), std::move(node), &ViewNode::style, std::move(style))
{
}

QString SetNodeStyle::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change appearance");
}

namespace {

// Sizes a diagram can show: no negative, endless or absurd font size or line width.
bool checkStyle(const NodeStyle &style, QString &error)
{
    const auto within = [](double value, double maximum) {
        return std::isfinite(value) && value >= 0 && value <= maximum;
    };
    if (within(style.fontSize, 200) && within(style.lineWidth, 50))
        return true;
    error = styleOutOfRange();
    return false;
}

} // namespace

bool SetNodeStyle::check(NodeStyle &style, QString &error)
{
    return checkStyle(style, error);
}

SetConnectionStyle::SetConnectionStyle(ViewId view, ConnectionId connection, NodeStyle style)
    : m_view(std::move(view)), m_connection(std::move(connection)), m_new(std::move(style))
{
}

QString SetConnectionStyle::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change appearance");
}

bool SetConnectionStyle::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View *view = data.views.find(m_view);
    ViewConnection *connection = view ? view->connections.find(m_connection) : nullptr;
    if (!connection) {
        error = QCoreApplication::translate("kt::Edit", "The view has no connection with id %1.")
                        .arg(m_connection.toString());
        return false;
    }
    if (!checkStyle(m_new, error))
        return false;
    m_old = connection->style;
    connection->style = m_new;
    changes.connections.changed.insert(m_connection);
    changes.views.changed.insert(m_view);
    return true;
}

void SetConnectionStyle::revert(ModelData &data, ChangeSet &changes)
{
    View *view = data.views.find(m_view);
    if (ViewConnection *connection = view ? view->connections.find(m_connection) : nullptr) {
        connection->style = m_old;
        changes.connections.changed.insert(m_connection);
        changes.views.changed.insert(m_view);
    }
}

SetNodeLabel::SetNodeLabel(ViewId view, NodeId node, QString label)
    : SetNodeField(std::move(view), std::move(node), &ViewNode::label, std::move(label))
{
}

QString SetNodeLabel::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change label");
}

bool SetNodeLabel::check(QString &label, QString &error)
{
    return checkName(label, error);
}

// ---- connections

AddConnection::AddConnection(ViewId view, ViewConnection connection, qsizetype position)
    : m_view(std::move(view)), m_connection(std::move(connection)), m_position(position)
{
    if (m_connection.id.isNull())
        m_connection.id = ConnectionId::create();
    for (QPointF &p : m_connection.bendpoints)
        p = rounded(p);
}

QString AddConnection::text() const
{
    return QCoreApplication::translate("kt::Edit", "Add connection");
}

bool AddConnection::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View *view = data.views.find(m_view);
    if (!view) {
        error = noView(m_view);
        return false;
    }
    if (view->connections.contains(m_connection.id)) {
        error = QCoreApplication::translate("kt::Edit",
                                            "The view has a connection with id %1 already.")
                        .arg(m_connection.id.toString());
        return false;
    }
    if (!checkConnectionEnds(data, *view, m_connection, error))
        return false;
    if (!checkBendpoints(m_connection.bendpoints, error))
        return false;
    if (!styleWithinLimits(m_connection.style)) {
        error = styleOutOfRange();
        return false;
    }
    view->connections.insert(m_position, m_connection);
    changes.connections.added.insert(m_connection.id);
    changes.views.changed.insert(m_view);
    return true;
}

void AddConnection::revert(ModelData &data, ChangeSet &changes)
{
    if (View *view = data.views.find(m_view)) {
        view->connections.take(m_connection.id);
        changes.connections.removed.insert(m_connection.id);
        changes.views.changed.insert(m_view);
    }
}

RemoveConnections::RemoveConnections(ViewId view, QSet<ConnectionId> ids)
    : m_view(std::move(view)), m_ids(std::move(ids))
{
}

QString RemoveConnections::text() const
{
    return QCoreApplication::translate("kt::Edit", "Delete %n connection(s) from the view",
                                       nullptr, int(m_ids.size()));
}

bool RemoveConnections::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    const View *view = data.views.find(m_view);
    if (!view) {
        error = noView(m_view);
        return false;
    }
    for (const ConnectionId &id : std::as_const(m_ids)) {
        if (!view->connections.contains(id)) {
            error = QCoreApplication::translate("kt::Edit", "The view has no connection with id %1.")
                            .arg(id.toString());
            return false;
        }
    }
    m_removal = Removal();
    m_removal.addConnections(data, m_view, m_ids);
    m_removal.apply(data, changes);
    return true;
}

void RemoveConnections::revert(ModelData &data, ChangeSet &changes)
{
    m_removal.restore(data, changes);
}

SetBendpoints::SetBendpoints(ViewId view, ConnectionId connection, QList<QPointF> bendpoints)
    : m_view(std::move(view)), m_connection(std::move(connection)), m_new(std::move(bendpoints))
{
    for (QPointF &p : m_new)
        p = rounded(p);
}

QString SetBendpoints::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change connection route");
}

bool SetBendpoints::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    View *view = data.views.find(m_view);
    ViewConnection *connection = view ? view->connections.find(m_connection) : nullptr;
    if (!connection) {
        error = QCoreApplication::translate("kt::Edit", "The view has no connection with id %1.")
                        .arg(m_connection.toString());
        return false;
    }
    if (!checkBendpoints(m_new, error))
        return false;
    m_old = connection->bendpoints;
    connection->bendpoints = m_new;
    changes.connections.changed.insert(m_connection);
    changes.views.changed.insert(m_view);
    return true;
}

void SetBendpoints::revert(ModelData &data, ChangeSet &changes)
{
    View *view = data.views.find(m_view);
    if (ViewConnection *connection = view ? view->connections.find(m_connection) : nullptr) {
        connection->bendpoints = m_old;
        changes.connections.changed.insert(m_connection);
        changes.views.changed.insert(m_view);
    }
}

bool SetBendpoints::mergeWith(const Edit &other)
{
    const auto *route = dynamic_cast<const SetBendpoints *>(&other);
    if (!route || route->gesture() != gesture() || route->m_view != m_view
        || route->m_connection != m_connection)
        return false;
    m_new = route->m_new;
    return true;
}

} // namespace kt
