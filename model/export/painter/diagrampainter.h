#pragma once

#include <model/modeldata.h>

#include <QCoreApplication>
#include <QFont>
#include <QPen>
#include <QHash>
#include <QImage>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QStaticText>
#include <QStringList>

#include <memory>
#include <unordered_map>

class QPainter;
class QSvgRenderer;

namespace kt {

class TextWrapper;
struct ViewOverlay;

// The marks of a comparison overlay (DiagramPainter::paintOverlay()): a colour
// and a line style each, so that they stay apart on a grey printout too.
struct OverlayStyle
{
    static QColor added();   // green, solid
    static QColor removed(); // red, dashed
    static QColor changed(); // amber, dotted
    static Qt::PenStyle addedLine() { return Qt::SolidLine; }
    static Qt::PenStyle removedLine() { return Qt::DashLine; }
    static Qt::PenStyle changedLine() { return Qt::DotLine; }
};

// What DiagramPainter::paintNode() draws of a node.
struct NodePaintOptions
{
    // false: a group's body only (the canvas draws titles in an item of their
    // own, above the connections, as paintView() does).
    bool groupTitle = true;
    // The node has nodes nested in it: its name goes in the header strip at
    // the top left, not in the middle behind its children.
    bool container = false;
    // false while the label is being edited in place on the canvas.
    bool label = true;
    // The view the node is on: a legend lists what it shows.
    const View *view = nullptr;
    // On the screen: an empty legend says what it will show (never in a file).
    bool hints = false;
};

// What a legend lists: only what its view uses, in the profile's order.
struct LegendEntries
{
    QStringList lifecycles; // lifecycle values of the elements shown
    QList<int> securityLevels; // of the information systems shown; 0: not given
    QList<const RelationshipType *> relationshipTypes; // of the connections shown

    qsizetype size() const
    {
        return lifecycles.size() + securityLevels.size() + relationshipTypes.size();
    }
    bool isEmpty() const { return size() == 0; }
};

// Draws diagrams: a node by its element's type (shape, layer colour, icon, wrapped
// name, security-level badge, lifecycle marker), bands and notes, connections with
// the relationship type's line style and arrowheads. The canvas, every exporter,
// printing and reports draw through this one class, so all outputs look alike.
class DiagramPainter
{
    Q_DECLARE_TR_FUNCTIONS(kt::DiagramPainter)

public:
    // How much to draw: everything, or (far zoomed out) only the shapes.
    enum class Detail { Full, Outline };

    explicit DiagramPainter(const ModelData *data = nullptr);
    ~DiagramPainter();
    DiagramPainter(const DiagramPainter &) = delete;
    DiagramPainter &operator=(const DiagramPainter &) = delete;

    void setData(const ModelData *data)
    {
        m_data = data;
        m_layerColors.clear(); // another model may follow another profile
    }
    const ModelData *data() const { return m_data; }

    static Detail detailForScale(double scale);

    // The smallest rectangle holding every node and connection of the view.
    QRectF contentBounds(const View &view) const;
    // The drawn route of a connection: from the source node's edge through the
    // bendpoints to the target node's edge. An end on another connection (a
    // relationship on a relationship) is the middle of that connection's route, so
    // the line follows when that connection or its ends move. Empty when an end is
    // missing.
    QPolygonF connectionRoute(const View &view, const ViewConnection &connection) const;
    // The point halfway along a route (by length); what a connection ending on
    // that route's connection is drawn to.
    static QPointF routeMiddle(const QPolygonF &route);

    // One step of painting a view: a node (connection null) or a connection.
    struct PaintStep
    {
        NodeId node;
        ConnectionId connection;
    };
    // The order in which a view is painted, back to front: the bands and groups
    // that no element holds first, then the connections between nodes that no
    // element holds, then the element nodes and notes in the view's order,
    // children above their parents. A connection with an end nested in an
    // element comes right after the subtree of the deepest node holding both ends
    // (or the later of the outermost holders of each), so that no container's
    // fill hides it. A connection ending on a connection comes after that one,
    // and after the subtree holding its other end, if that is nested. A raised
    // node (the canvas's selection) goes in front of its siblings. Group titles
    // are painted after all steps.
    static QList<PaintStep> paintOrder(const View &view, const QSet<NodeId> &raised = {});
    // The nodes that have nodes nested in them.
    static QSet<NodeId> containers(const View &view);

    // Paints the view's nodes and connections; a part of a view (as a printed
    // tile shows) finds its connections' ends in the whole view.
    void paintView(QPainter *painter, const View &view, Detail detail = Detail::Full,
                   const View *whole = nullptr) const;
    // The marks of a comparison (model/diff/viewoverlay.h) over a view already
    // painted with paintView() on the same painter: added nodes outlined green
    // with a "+" badge, removed ones (old side) red and dashed with a "−" badge,
    // changed ones amber and dotted with a "*", renamed ones with a tag above
    // them (the old name struck through; on the old side "→ new name"), ghosts
    // of removed nodes and connections in dashed translucent red where they
    // stood (named in a tag below when a node stands there now), added
    // connections traced in green, removed ones in dashed red. The canvas, the
    // exports and the comparison report all draw it with this. Far zoomed out
    // only the outlines are drawn.
    void paintOverlay(QPainter *painter, const View &view, const ViewOverlay &overlay,
                      bool oldSide = false) const;
    // A band's or group's title, drawn over the lines that cross the band.
    void paintGroupTitle(QPainter *painter, const ViewNode &node) const;

    using NodeOptions = NodePaintOptions;
    void paintNode(QPainter *painter, const ViewNode &node, Detail detail = Detail::Full,
                   const NodeOptions &options = {}) const;

    // The font, the text area and the alignment of a node's label (an element's
    // name, a group's title, a note's text) as the painter draws it; the canvas's
    // label editor takes them so that editing looks like the result.
    QFont labelFont(const ViewNode &node) const;
    // view: the view the node is on, whose notation may put the icon on the right.
    QRectF labelArea(const ViewNode &node, bool container, const View *view = nullptr) const;
    Qt::Alignment labelAlignment(const ViewNode &node, bool container) const;
    // notation: the view's (notationFromSettings()); a generic relationship is drawn
    // with ArchiMate's notation for the type it keeps in either.
    void paintConnection(QPainter *painter, const ViewConnection &connection,
                         const QPolygonF &route, Detail detail = Detail::Full,
                         Notation notation = Notation::Framework) const;
    // The ArchiMate type an element or relationship is drawn as in ArchiMate's
    // notation under a view's notation: the type a generic one keeps, in the
    // ArchiMate look the ArchiMate type of the profile's type; empty: the profile's look.
    QString archimateLookOf(const Element &element, Notation notation) const;
    QString archimateLookOf(const Relationship &relationship, Notation notation) const;

    // The size of a name word-wrapped to maxWidth in the node font: the text
    // measure of the overall layout.
    QSizeF textSize(const QString &text, double maxWidth) const;
    // Its height alone (textSize().height()), without laying out the lines: the
    // layout sizes every node of a big model with it.
    double textHeight(const QString &text, double maxWidth) const;
    // The size a node needs to show this name with its icon and badge on one to
    // three lines no wider than maxWidth; the overall layout sizes nodes with it.
    QSizeF nodeSizeForLabel(const QString &label, double maxWidth) const;
    // The name's text area inside a node of that size and shape.
    QRectF labelRect(const QString &shape, const QRectF &bounds) const;

    // The legend of a view (see LegendEntries), computed as it is painted, so
    // that it stays true as the view changes; and the size a legend of that width
    // needs to show them in as many columns as fit.
    LegendEntries legendEntries(const View &view) const;
    QSizeF legendSize(const View &view, double width) const;
    // The same for entries already computed (a layout asks for several widths).
    QSizeF legendSize(const LegendEntries &entries, double width) const;
    // The lines of a title block (the caption first; nothing for an unknown
    // field) and the size it needs at that width.
    QStringList titleBlockLines(const View &view) const;
    QSizeF titleBlockSize(const View &view, double width) const;

    // The icon of a profile icon name (":/kientruc/icons/<name>.svg"), or null.
    QSvgRenderer *icon(const QString &name) const;

private:
    QPolygonF connectionRoute(const View &view, const ViewConnection &connection,
                              int depth) const;
    struct Wrapped
    {
        QStringList lines;
        QList<double> widths; // of each line
        double width = 0;
        double lineHeight = 0;
    };
    const Wrapped &wrap(const QString &text, const QFont &font, double width) const;
    TextWrapper &textWrapper(const QFont &font) const;
    void paintElementNode(QPainter *painter, const ViewNode &node, Detail detail,
                          const NodeOptions &options) const;
    void paintGroupNode(QPainter *painter, const ViewNode &node, Detail detail,
                        const NodeOptions &options) const;
    void paintNoteNode(QPainter *painter, const ViewNode &node, Detail detail,
                       const NodeOptions &options) const;
    void paintLegendNode(QPainter *painter, const ViewNode &node, Detail detail,
                         const NodeOptions &options) const;
    void paintTitleBlockNode(QPainter *painter, const ViewNode &node, Detail detail,
                             const NodeOptions &options) const;
    // The pieces a node and the legend draw alike.
    static QPen outlinePen(const QString &lifecycle, const QColor &color, double width);
    void paintSecurityBadge(QPainter *painter, const QRectF &badge, int level) const;
    void paintLifecycleMarker(QPainter *painter, const QRectF &marker,
                              const QString &lifecycle) const;
    void paintLine(QPainter *painter, const QPolygonF &route, const RelationshipType *type,
                   const QColor &color, double width) const;
    void paintLine(QPainter *painter, const QPolygonF &route, LineStyle style,
                   ArrowHead sourceHead, ArrowHead targetHead, const QColor &color,
                   double width) const;
    struct LegendGrid; // entries laid out in columns (diagrampainterlegend.cpp)
    LegendGrid legendGrid(const LegendEntries &entries, double width) const;
    QString elementShape(const ViewNode &node) const;
    void paintText(QPainter *painter, const Wrapped &text, const QRectF &area,
                   Qt::Alignment alignment) const;
    void paintCentered(QPainter *painter, const QRectF &area, const QString &text) const;
    // A line of text laid out once for the screen (see paintText()).
    const QStaticText &staticText(const QString &line, const QFont &font) const;
    QColor layerColor(const QString &layerId) const;
    void paintIcon(QPainter *painter, const QString &name, const QRectF &target) const;

    const ModelData *m_data;
    mutable QHash<QString, Wrapped> m_wrapCache;
    mutable std::unordered_map<QString, std::unique_ptr<TextWrapper>> m_wrappers; // by font key
    mutable TextWrapper *m_labelWrapper = nullptr; // of the node font, which the layout measures in
    mutable QHash<QString, std::shared_ptr<QSvgRenderer>> m_icons;
    mutable QHash<QString, QImage> m_iconImages; // raster icons by name and pixel size
    mutable QHash<QString, QStaticText> m_staticTexts; // lines by font and text
    mutable QHash<QString, QColor> m_layerColors;
};

} // namespace kt
