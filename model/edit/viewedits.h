#pragma once

#include "edit.h"
#include "removal.h"
#include "setfield.h"

namespace kt {

// Edits of views (diagrams), their nodes and connections.

class AddView : public Edit
{
public:
    explicit AddView(View view, qsizetype position = -1);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;
    const ViewId &id() const { return m_view.id; }

private:
    View m_view;
    qsizetype m_position;
};

class RemoveView : public Edit
{
public:
    explicit RemoveView(ViewId id);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ViewId m_id;
    View m_view;
    qsizetype m_position = -1;
    QList<std::pair<ViewId, NodeId>> m_links; // notes that linked to it
};

class SetViewName : public SetField<ViewId, View, QString>
{
public:
    SetViewName(ViewId id, QString name);
    QString text() const override;

protected:
    bool check(const ModelData &, const View &, QString &name, QString &error) override;
};

// Sets one view setting (e.g. which side the security column goes); empty removes it.
class SetViewSetting : public Edit
{
public:
    SetViewSetting(ViewId id, QString key, QString value);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ViewId m_id;
    QString m_key;
    QString m_value;
    QString m_old;
};

// Adds a node to a view; an element node must show an element of the model and a
// parent must be a node of the same view.
class AddNode : public Edit
{
public:
    AddNode(ViewId view, ViewNode node, qsizetype position = -1);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;
    const NodeId &id() const { return m_node.id; }

private:
    ViewId m_view;
    ViewNode m_node;
    qsizetype m_position;
};

// Removes nodes from a view (not their elements from the model), with nested
// nodes and the connections that end on them.
class RemoveNodes : public Edit
{
public:
    RemoveNodes(ViewId view, QSet<NodeId> ids);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ViewId m_view;
    QSet<NodeId> m_ids;
    Removal m_removal;
};

// Moves nodes by a delta; nested nodes and the bendpoints of connections between
// moved nodes move with them. Repeated moves of the same nodes merge (a drag).
class MoveNodes : public Edit
{
public:
    MoveNodes(ViewId view, QSet<NodeId> ids, QPointF delta);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;
    EditId mergeId() const override { return EditId::MoveNodes; }
    bool mergeWith(const Edit &other) override;

private:
    void shift(ModelData &data, ChangeSet &changes, QPointF delta) const;

    ViewId m_view;
    QSet<NodeId> m_ids;
    QPointF m_delta;
};

// Sets one field of one node of a view.
template<typename V>
class SetNodeField : public Edit
{
public:
    SetNodeField(ViewId view, NodeId node, V ViewNode::*field, V value)
        : m_view(std::move(view)), m_node(std::move(node)), m_field(field), m_new(std::move(value))
    {
    }
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

protected:
    virtual bool check(V &, QString &) { return true; }
    void takeNewValue(const SetNodeField &other) { m_new = other.m_new; }
    ViewId m_view;
    NodeId m_node;

private:
    V ViewNode::*m_field;
    V m_new;
    V m_old;
};

class SetNodeBounds : public SetNodeField<QRectF>
{
public:
    SetNodeBounds(ViewId view, NodeId node, QRectF bounds);
    QString text() const override;
    EditId mergeId() const override { return EditId::SetNodeBounds; }
    bool mergeWith(const Edit &other) override;

protected:
    bool check(QRectF &bounds, QString &error) override;
};

// A node's appearance; an empty style is the type's.
class SetNodeStyle : public SetNodeField<NodeStyle>
{
public:
    SetNodeStyle(ViewId view, NodeId node, NodeStyle style);
    QString text() const override;

protected:
    bool check(NodeStyle &style, QString &error) override;
};

class SetNodeLabel : public SetNodeField<QString>
{
public:
    SetNodeLabel(ViewId view, NodeId node, QString label);
    QString text() const override;

protected:
    bool check(QString &label, QString &error) override;
};

// Adds a connection between two nodes of a view; a relationship connection must
// show a relationship between the elements of those nodes.
class AddConnection : public Edit
{
public:
    AddConnection(ViewId view, ViewConnection connection, qsizetype position = -1);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;
    const ConnectionId &id() const { return m_connection.id; }

private:
    ViewId m_view;
    ViewConnection m_connection;
    qsizetype m_position;
};

class RemoveConnections : public Edit
{
public:
    RemoveConnections(ViewId view, QSet<ConnectionId> ids);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ViewId m_view;
    QSet<ConnectionId> m_ids;
    Removal m_removal;
};

class SetBendpoints : public Edit
{
public:
    SetBendpoints(ViewId view, ConnectionId connection, QList<QPointF> bendpoints);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;
    EditId mergeId() const override { return EditId::SetBendpoints; }
    bool mergeWith(const Edit &other) override;

private:
    ViewId m_view;
    ConnectionId m_connection;
    QList<QPointF> m_new;
    QList<QPointF> m_old;
};

// A connection's appearance (line colour and width); an empty style is the type's.
class SetConnectionStyle : public Edit
{
public:
    SetConnectionStyle(ViewId view, ConnectionId connection, NodeStyle style);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ViewId m_view;
    ConnectionId m_connection;
    NodeStyle m_new;
    NodeStyle m_old;
};

// Checks the ends of a connection about to enter view: each is a node of the view or
// another connection of it (a relationship on a relationship), and a relationship's
// connection shows its relationship's ends (an element's node, a relationship's
// connection). Sets error and returns false otherwise.
bool checkConnectionEnds(const ModelData &data, const View &view, const ViewConnection &c,
                         QString &error);

} // namespace kt
