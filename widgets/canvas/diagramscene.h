#pragma once

#include <model/changeset.h>
#include <model/compose/diagramcomposer.h>
#include <model/diff/viewoverlay.h>
#include <model/export/painter/diagrampainter.h>

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>

class QStyleOptionGraphicsItem;

namespace kt {

class CanvasTool;
class ConnectionItem;
class Document;
class Edit;
class NodeItem;
struct RelationshipType;

// The canvas of one view: a projection of the model's View, keyed by ids. It
// never holds model state of its own; it follows Model::changed and turns user
// gestures (through the active CanvasTool) into Edits pushed on the Document.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // Nodes and connections stack as DiagramPainter::paintOrder() says: each
    // item's z is its place in that order, group titles above them all (see
    // restack()). What is dragged goes above that, overlays above everything.
    static constexpr double DragRaise = 1e8; // added to the z of nodes being dragged
    static constexpr double OverlayZ = 1e9;
    static constexpr double GridSize = geometry::GridSize;

    DiagramScene(Document *document, const ViewId &viewId, QObject *parent = nullptr);
    ~DiagramScene() override;

    Document *document() const { return m_document; }
    const ViewId &viewId() const { return m_viewId; }
    const View *view() const;
    const DiagramPainter &painter() const { return m_painter; }
    // How much of a shape an item paints: from the scale it appears at on the device,
    // in device pixels (on a screen at 200 % a zoom of 28 % shows names 56 % their
    // size, readable: the detail is the one of 56 %).
    static DiagramPainter::Detail detailFor(const QPainter *painter,
                                            const QStyleOptionGraphicsItem *option);

    NodeItem *nodeItem(const NodeId &id) const { return m_nodes.value(id); }
    ConnectionItem *connectionItem(const ConnectionId &id) const { return m_connections.value(id); }
    QList<NodeItem *> nodeItems() const { return m_nodes.values(); }
    // The connection items with an end on that node.
    QList<ConnectionItem *> connectionsOf(const NodeId &node) const;
    // The connections that end on a connection (relationships on a relationship).
    QList<ConnectionItem *> connectionsOn(const ConnectionId &connection) const;
    // The innermost group node containing scenePos (excluding the given nodes), or null id.
    NodeId groupAt(const QPointF &scenePos, const QSet<NodeId> &excluding = {}) const;
    // The topmost element or note node under scenePos.
    NodeItem *nodeItemAt(const QPointF &scenePos) const;
    // The topmost connection under the point, or null.
    ConnectionItem *connectionItemAt(const QPointF &scenePos) const;

    QList<NodeId> selectedNodeIds() const;
    QList<ConnectionId> selectedConnectionIds() const;
    QList<ElementId> selectedElementIds() const;
    void selectElements(const QList<ElementId> &ids);
    void selectNodes(const QList<NodeId> &ids);

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    QPointF snapped(const QPointF &p) const;

    // Tools: the selection tool is the default; placing and connecting are modes.
    CanvasTool *tool() const { return m_tool.get(); }
    void setSelectTool();
    void setPlaceTool(const QString &elementType);
    void setConnectTool(const QString &relationshipType = {});

    // Pushes an edit on the document; a refusal goes to the status bar.
    bool push(std::unique_ptr<Edit> edit);
    // Pushes what an intent came to; a refusal (of the composer or of the model)
    // goes to the status bar. False when nothing was pushed.
    bool push(Composition composition);

    // Turns gestures on this view into edits, sizing names with the painter's fonts.
    DiagramComposer composer() const;

    // Creates an element of the type with a node at the point (inside the group
    // there), or a group or note (GroupShapeId, NoteShapeId), and returns the
    // node id (null when refused).
    NodeId placeElement(const QString &elementType, const QPointF &scenePos);
    // Creates a relationship between the elements of two nodes and its connection
    // (a plain line when one is a note). The type is chosen among those the
    // framework allows (asking when several fit, offering the other way round
    // when only that is allowed).
    bool connectNodes(const NodeId &source, const NodeId &target, const QString &preferredType = {});
    // A relationship (or, from a note, a line) from the node to the connection: one
    // that ends on the middle of that line (DiagramComposer::connectToLine).
    bool connectToLine(const NodeId &source, const ConnectionId &target,
                       const QString &preferredType = {});

    // Asks which relationship type to create; tests replace it. Returns the id or empty.
    using RelationshipChooser = std::function<QString(const QList<const RelationshipType *> &,
                                                      const QPointF &scenePos)>;
    void setRelationshipChooser(RelationshipChooser chooser) { m_chooser = std::move(chooser); }

    // Drop-target highlight while dragging into a group.
    bool isDropTarget(const NodeId &id) const { return m_dropTarget == id; }
    void setDropTarget(const NodeId &id);

    // Live alignment guides while dragging (scene lines), cleared with an empty list.
    void setGuides(const QList<QLineF> &lines);

    // Starts in-place editing of a node's label (F2 / double-click).
    void editLabel(const NodeId &id);

    // The message shown on the canvas for a while (every statusMessage is, where
    // the mouse last was), or empty when none is shown.
    QString notice() const;
    static constexpr int NoticeMilliseconds = 3500;

    // The comparison overlay drawn over the view (DiagramPainter::paintOverlay());
    // oldSide: the view is the old version's. clearOverlay() takes it away.
    void setOverlay(const ViewOverlay &overlay, bool oldSide = false);
    void clearOverlay();
    bool hasOverlay() const { return m_overlayShown; }
    const ViewOverlay &overlay() const { return m_overlay; }

    // Gives every item its z from the painter's order, the selected nodes in
    // front of their siblings; runs on every change of the view or selection.
    void restack();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void elementsSelected(const QList<kt::ElementId> &ids);
    void toolChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void deleteItems();
    void onModelChanged(const ChangeSet &changes);
    void addNodeItem(const NodeId &id);
    void addConnectionItem(const ConnectionId &id);
    void removeNodeItem(const NodeId &id);
    void removeConnectionItem(const ConnectionId &id);
    void updateSceneRect();
    // Pushes a new connection's edit and selects the connection.
    bool pushConnection(Composition connection);
    // Asks which type to create; with reverseFrom/reverseTo, the types go the other
    // way round (from reverseFrom to reverseTo) and the menu says so.
    void showNotice(const QString &message);
    QString chooseRelationship(const QList<const RelationshipType *> &types, const QPointF &at,
                               const QString &reverseFrom = {}, const QString &reverseTo = {});

    Document *m_document;
    ViewId m_viewId;
    DiagramPainter m_painter;
    QHash<NodeId, NodeItem *> m_nodes;
    QHash<ConnectionId, ConnectionItem *> m_connections;
    QHash<NodeId, QList<ConnectionId>> m_nodeConnections;
    QHash<ConnectionId, QList<ConnectionId>> m_lineConnections; // ending on a connection
    QHash<ElementId, QList<NodeId>> m_elementNodes;
    QHash<RelationshipId, QList<ConnectionId>> m_relationshipConnections;
    // What each item is listed under above, for removing it from those lists only.
    struct ConnectionEnds
    {
        NodeId source;
        NodeId target;
        RelationshipId relationship;
        ConnectionId sourceConnection;
        ConnectionId targetConnection;
    };
    QHash<NodeId, ElementId> m_nodeElements;
    QHash<ConnectionId, ConnectionEnds> m_connectionEnds;
    // Legends and title blocks: drawn from the whole view and the model's info,
    // so repainted on every change.
    QSet<NodeId> m_summaryNodes;
    std::unique_ptr<CanvasTool> m_tool;
    RelationshipChooser m_chooser;
    NodeId m_dropTarget;
    QList<QGraphicsItem *> m_guides;
    bool m_snap = true;
    QGraphicsItem *m_notice = nullptr;
    QPointF m_lastPos; // where the mouse last pressed, moved or dropped
    bool m_hasLastPos = false;
    bool m_sceneRectSet = false; // until set, sceneRect() is the items' bounds
    ViewOverlay m_overlay;
    bool m_overlayShown = false;
    bool m_overlayOldSide = false;
};

} // namespace kt
