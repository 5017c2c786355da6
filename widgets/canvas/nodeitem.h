#pragma once

#include <model/core/id.h>

#include <QGraphicsItem>

namespace kt {

class DiagramScene;
struct ViewNode;

// The canvas item of one node of the view. It holds the node's id only and reads
// the node from the model when it paints; the DiagramPainter does the drawing.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    NodeItem(DiagramScene *scene, const NodeId &id);
    ~NodeItem() override;

    int type() const override { return Type; }
    const NodeId &nodeId() const { return m_id; }
    const ViewNode *node() const;

    // Takes position and size from the model.
    void syncFromModel();
    // The rectangle the node has now on the canvas (it differs from the model's
    // while it is being dragged or resized).
    QRectF sceneRect() const { return QRectF(pos(), m_size); }
    void setPreviewRect(const QRectF &rect);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Resize handles (in item coordinates) of a selected node.
    enum class Handle { None, TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left };
    Handle handleAt(const QPointF &itemPos) const;
    static constexpr double HandleSize = 7;

private:
    QList<std::pair<Handle, QRectF>> handles() const;

    DiagramScene *m_scene;
    NodeId m_id;
    QSizeF m_size;
    QGraphicsItem *m_title = nullptr; // a group's title, stacked above the connections
};

} // namespace kt
