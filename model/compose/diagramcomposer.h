#pragma once

#include "geometry.h"

#include <model/edit/edit.h>
#include <model/layout/textmeasure.h>
#include <model/meta/metatypes.h>
#include <model/modeldata.h>

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace kt {

struct RelationshipType;

// What the palette places besides the element types of the profile (profile ids
// have no colon): a group, a note of free text ...
inline constexpr QLatin1StringView GroupShapeId("kt:group");
inline constexpr QLatin1StringView NoteShapeId("kt:note");
// ... and a legend of what the view shows, and a title block of the model's info.
inline constexpr QLatin1StringView LegendShapeId("kt:legend");
inline constexpr QLatin1StringView TitleBlockShapeId("kt:titleBlock");

// What an intent comes to: the edit to push (null when refused or when nothing
// would change), why it was refused, and what it creates (to select afterwards).
struct Composition
{
    std::unique_ptr<Edit> edit;
    QString error;       // empty unless refused
    QList<NodeId> nodes; // new nodes, in view order
    ConnectionId connection;

    explicit operator bool() const { return edit != nullptr; }
    static Composition refused(QString error);
    static Composition of(std::unique_ptr<Edit> edit);
};

// The relationships a connection between two nodes may show.
struct ConnectOptions
{
    QList<const RelationshipType *> types;   // allowed from source to target
    QList<const RelationshipType *> reverse; // allowed from target to source
    bool plainLine = false; // a note at one end: a line without a relationship
    QString refusal;        // why nothing can connect them (empty when something can)

    bool canConnect() const { return plainLine || !types.isEmpty() || !reverse.isEmpty(); }
};

// Turns the user's intents on one view into Edits, with no GUI (after Qt
// Creator's qmt DiagramSceneController): the canvas, the main window's actions,
// the model tree and the command line call it and push what it returns. It
// reads the model, never changes it. Geometry follows geometry.h.
class DiagramComposer
{
    Q_DECLARE_TR_FUNCTIONS(kt::DiagramComposer)

public:
    // measure sizes new element nodes for their names (the canvas passes the
    // painter's fonts, headless callers an estimate).
    DiagramComposer(const ModelData &data, ViewId view,
                    TextMeasure measure = estimatedTextMeasure());

    const View *view() const;
    void setSnapToGrid(bool on) { m_snap = on; }

    // An element of the type, or a group, note, legend or title block (GroupShapeId,
    // NoteShapeId, LegendShapeId, TitleBlockShapeId), centred at the point.
    Composition place(const QString &what, const QPointF &centre) const;
    // A new element of the type with a node centred at the point, inside the
    // innermost group there.
    Composition placeElement(const QString &elementType, const QPointF &centre) const;
    // A new group or note centred at the point (nested like an element).
    Composition placeGroup(const QPointF &centre) const;
    Composition placeNote(const QPointF &centre) const;
    // A legend or a title block centred at the point, on the view itself (never
    // nested in a group).
    Composition placeLegend(const QPointF &centre) const;
    Composition placeTitleBlock(const QPointF &centre) const;
    // Nodes for elements of the model, the first with its top left at the point,
    // the next ones cascading.
    Composition addElements(const QList<ElementId> &elements, const QPointF &at) const;

    // What may connect the two nodes (see ConnectOptions).
    ConnectOptions connectOptions(const NodeId &source, const NodeId &target) const;
    // A new relationship of the type and its connection; reversed makes it go
    // from target to source. Between a note and anything, a plain line.
    Composition connect(const NodeId &source, const NodeId &target, const QString &type,
                        bool reversed = false) const;
    // From a node to a connection of the view (a relationship on a relationship, as
    // ArchiMate 3.1 allows: Validator::allowsOnRelationship): the framework's types
    // whose ArchiMate type may end on a relationship from that element (its generic
    // type when none of its own does); from a note, a plain line.
    ConnectOptions connectToLineOptions(const NodeId &source, const ConnectionId &target) const;
    Composition connectToLine(const NodeId &source, const ConnectionId &target,
                              const QString &type) const;

    // Moves the outermost of the selected nodes by delta (nested nodes go along).
    // With renest, one node moved alone is nested in the group under its new
    // centre (or taken out of its group onto the canvas).
    Composition moveNodes(const QList<NodeId> &selection, const QPointF &delta, bool renest,
                          GestureId gesture = 0) const;
    Composition resizeNode(const NodeId &node, const QRectF &bounds, GestureId gesture = 0) const;
    // Moves bendpoint `index` to the point, or inserts a new one there at `index`.
    Composition moveBendpoint(const ConnectionId &connection, int index, bool insert,
                              const QPointF &point, GestureId gesture = 0) const;
    // The name of an element node's element, or the text of a group or note.
    Composition rename(const NodeId &node, const QString &text) const;

    // Removes nodes (with nested ones) and connections from the view, not the model.
    Composition removeFromView(const QList<NodeId> &nodes,
                               const QList<ConnectionId> &connections) const;
    Composition reorder(const QList<NodeId> &nodes, bool toFront) const;
    // "Show relationships among the selected elements": a connection, routed
    // orthogonally, for each relationship between two elements of the given nodes
    // that the view does not show yet. Refused when there is none to add.
    Composition showRelationshipsAmong(const QList<NodeId> &nodes) const;

    // The layers the profile draws as full-height columns, each with the view
    // setting that puts it on a side and the side it is on in this view (the
    // setting, else the profile's default side).
    struct SideColumn
    {
        QString layer;
        QString setting;
        ColumnSide side = ColumnSide::Left;
    };
    QList<SideColumn> sideColumns() const;
    static QString columnSetting(const QString &layer);
    // The view's settings with the first column on `side` and the others on the
    // other side.
    QMap<QString, QString> settingsWithFirstColumnOn(ColumnSide side) const;

    // The connections to route: those given, or else those of the given nodes.
    QList<ConnectionId> connectionsToRoute(const QList<ConnectionId> &connections,
                                           const QList<NodeId> &nodes) const;
    // The elements of the given nodes and the relationships of the given connections.
    QList<ElementId> elementsOf(const QList<NodeId> &nodes) const;
    QList<RelationshipId> relationshipsOf(const QList<ConnectionId> &connections) const;

private:
    Composition placeNode(ViewNode node, const QPointF &centre) const;
    // A node of a kind with no element or text of its own, at its default size.
    Composition placeShape(NodeKind kind, const QPointF &centre) const;
    // The profile's size of a new shape, else the editor's default.
    QSizeF defaultSize(NodeKind kind) const;
    QSizeF elementNodeSize(const QString &name) const;

    const ModelData &m_data;
    ViewId m_view;
    TextMeasure m_measure;
    bool m_snap = true;
};

} // namespace kt
