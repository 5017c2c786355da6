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

    // The item's place in the painter's order (see DiagramScene::restack()), its
    // title's, and whether nodes are nested in it (then its label is a header).
    void setStack(double z, double titleZ, bool container);
    bool isContainer() const { return m_container; }
    // While its label is edited in place, the node shows no label.
    void setEditingLabel(bool editing);
    bool isEditingLabel() const { return m_editingLabel; }

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
    double m_stackZ = 0;
    double m_titleZ = 0;
    bool m_container = false;
    bool m_editingLabel = false;
};

} // namespace kt
