#pragma once

#include "edit.h"

#include <QHash>

namespace kt {

// Edits that arrange nodes on a view: several new rectangles at once (align,
// distribute, same size), nesting a node in another group, and paint order.

// Sets the rectangles of several nodes in one step; nested nodes are not moved.
class SetNodesBounds : public Edit
{
public:
    SetNodesBounds(ViewId view, QHash<NodeId, QRectF> bounds, QString text);
    QString text() const override { return m_text; }
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ViewId m_view;
    QHash<NodeId, QRectF> m_new;
    QHash<NodeId, QRectF> m_old;
    QString m_text;
};

// Nests a node (with everything nested in it) in another group, or takes it out
// of its group (null parent). The node list stays in pre-order.
class SetNodeParent : public Edit
{
public:
    SetNodeParent(ViewId view, NodeId node, NodeId parent);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ViewId m_view;
    NodeId m_node;
    NodeId m_parent;
    QList<ViewNode> m_oldOrder;
};

// Brings nodes to the front or sends them to the back among their siblings.
class ReorderNodes : public Edit
{
public:
    enum class Direction { ToFront, ToBack };
    ReorderNodes(ViewId view, QList<NodeId> nodes, Direction direction);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ViewId m_view;
    QList<NodeId> m_nodes;
    Direction m_direction;
    QList<ViewNode> m_oldOrder;
};

} // namespace kt
