#include "overalldiagram.h"
#include "painter/diagrampainter.h"
#include "painter/diagramstyle.h"

#include <model/layout/overalllayout.h>

#include <cmath>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Settings of a view that got its legend or title block by default: once placed,
// one the user deleted does not come back when the diagram is made again.
const QString LegendSetting = u"legend"_s;
const QString TitleBlockSetting = u"titleBlock"_s;
const QString Placed = u"placed"_s;
constexpr double Gap = 20;   // below the bands
constexpr double Grid = 10;  // positions as the canvas snaps them
constexpr double ColumnPadding = 10; // under a column's last node (LayoutOptions::groupPadding)

double snapped(double v)
{
    return std::ceil(v / Grid) * Grid;
}

// The bands of the overall diagram: its top-level groups of band layers (the
// side columns run down beside the legend and the title block).
QRectF bandsBounds(const ModelData &data, const View &view)
{
    QRectF bands;
    for (const ViewNode &node : view.nodes) {
        if (node.kind != NodeKind::Group || !node.parent.isNull())
            continue;
        const Layer *layer = data.profile->layer(node.layer.section(u'/', 0, 0));
        if (layer && layer->placement == LayerPlacement::Band)
            bands = bands.united(node.bounds);
    }
    return bands;
}

// The legend and the title block a view gets: the ones it had before it was laid
// out afresh (their ids, widths and styles stay), else new ones unless the user
// deleted them once.
struct Furniture
{
    std::optional<ViewNode> legend;
    std::optional<ViewNode> title;
};

Furniture furnitureFor(const View &view, const QList<ViewNode> &kept)
{
    const auto keptOf = [&kept](NodeKind kind) -> std::optional<ViewNode> {
        for (const ViewNode &node : kept)
            if (node.kind == kind)
                return node;
        return std::nullopt;
    };
    const auto fresh = [&view](NodeKind kind, const QString &setting,
                               const QString &base) -> std::optional<ViewNode> {
        if (view.settings.value(setting) == Placed) // placed once, deleted by the user
            return std::nullopt;
        ViewNode node;
        node.kind = kind;
        node.id = NodeId(base);
        for (int n = 2; view.nodes.contains(node.id); ++n)
            node.id = NodeId(base + u'-' + QString::number(n));
        return node;
    };
    Furniture furniture;
    furniture.legend = keptOf(NodeKind::Legend);
    if (!furniture.legend)
        furniture.legend = fresh(NodeKind::Legend, LegendSetting, u"legend"_s);
    furniture.title = keptOf(NodeKind::TitleBlock);
    if (!furniture.title)
        furniture.title = fresh(NodeKind::TitleBlock, TitleBlockSetting, u"title-block"_s);
    return furniture;
}

void addFurniture(View &view, std::optional<ViewNode> node, const QRectF &rect,
                  const QString &setting)
{
    node->parent = {};
    node->bounds = rect;
    view.nodes.append(*node);
    view.settings.insert(setting, Placed);
}

// The legend at the left and the title block at the right, below the bands (or
// the whole content when there are none), sized to what they show with the
// painter's fonts.
void placeBelowBands(const DiagramPainter &painter, const ModelData &data, View &view,
                     Furniture furniture)
{
    QRectF content = bandsBounds(data, view);
    if (content.isNull())
        content = painter.contentBounds(view);
    std::optional<ViewNode> &legend = furniture.legend;
    std::optional<ViewNode> &title = furniture.title;

    const double left = content.isNull() ? 0 : content.left();
    const double right = content.isNull() ? 0 : content.right();
    const double top = content.isNull() ? 0 : snapped(content.bottom() + Gap);
    QSizeF titleSize;
    if (title) {
        const QSizeF size = painter.titleBlockSize(
                view, title->bounds.isEmpty() ? 480 : title->bounds.width());
        titleSize = QSizeF(snapped(size.width()), snapped(size.height()));
    }
    QRectF legendRect;
    if (legend) {
        // A kept legend keeps its width unless the new bands are too narrow for
        // it beside the title block: then it wraps into the room there is.
        const double room = right - left - Gap - titleSize.width();
        double width = legend->bounds.isEmpty() ? std::max(300.0, (right - left - Gap) / 2)
                                                : legend->bounds.width();
        if (room >= 300)
            width = std::min(width, room);
        const QSizeF size = painter.legendSize(view, width);
        legendRect = QRectF(QPointF(std::floor(left), top),
                            QSizeF(snapped(size.width()), snapped(size.height())));
        addFurniture(view, legend, legendRect, LegendSetting);
    }
    if (title) {
        QPointF at(std::floor(right - titleSize.width()), top);
        // Below the legend when the content is too narrow for both side by side.
        if (!legendRect.isNull() && at.x() < legendRect.right() + Gap)
            at = QPointF(legendRect.left(), snapped(legendRect.bottom() + Gap / 2));
        addFurniture(view, title, QRectF(at, titleSize), TitleBlockSetting);
    }
}

// The legend and the title block in the room the side columns leave under their
// nodes, each as wide as its column (issue 9: the diagram on paper needs every
// unit of height); a column that takes one ends just under its nodes. The title
// block goes to the foot of the column with the most room, the legend to the one
// with the most room left (above the title block when that is the same). False,
// with the view untouched, when they do not both fit.
bool placeInColumns(const DiagramPainter &painter, const ModelData &data, View &view,
                    const Furniture &furniture)
{
    struct Column
    {
        qsizetype index;
        double end; // its new foot: under its nodes
        double roomBottom; // the room under it ends here
    };
    QList<Column> columns;
    for (qsizetype i = 0; i < view.nodes.size(); ++i) {
        const ViewNode &node = view.nodes.at(i);
        if (node.kind != NodeKind::Group || !node.parent.isNull())
            continue;
        const Layer *layer = data.profile->layer(node.layer);
        if (!layer
            || (layer->placement != LayerPlacement::Column
                && layer->placement != LayerPlacement::Side))
            continue;
        double bottom = node.bounds.top() + DiagramStyle::groupHeaderHeight;
        for (const ViewNode &child : view.nodes)
            if (child.parent == node.id)
                bottom = std::max(bottom, child.bounds.bottom());
        columns.append(Column{i, snapped(bottom + ColumnPadding), node.bounds.bottom()});
    }
    // Both placed, or neither: the view is changed only when both fit. The legend
    // lists what the view shows, computed once (it scans every node).
    const LegendEntries entries = furniture.legend ? painter.legendEntries(view) : LegendEntries();
    struct Placement
    {
        const std::optional<ViewNode> *node;
        QRectF rect;
        const QString *setting;
    };
    QList<Placement> placements;
    QSet<qsizetype> used;
    const auto put = [&](const std::optional<ViewNode> &node, bool isLegend) {
        if (!node)
            return true;
        Column *best = nullptr;
        QRectF rect;
        for (Column &column : columns) {
            const QRectF &bounds = view.nodes.at(column.index).bounds;
            const QSizeF size = isLegend ? painter.legendSize(entries, bounds.width())
                                         : painter.titleBlockSize(view, bounds.width());
            const double height = snapped(size.height());
            const double room = column.roomBottom - column.end - Gap / 2;
            if (size.width() > bounds.width() + 0.5 || height > room)
                continue;
            if (!best || room > best->roomBottom - best->end)
                best = &column, rect = QRectF(bounds.left(), column.roomBottom - height,
                                              bounds.width(), height);
        }
        if (!best)
            return false;
        placements.append({&node, rect, isLegend ? &LegendSetting : &TitleBlockSetting});
        best->roomBottom = rect.top() - Gap / 2;
        used.insert(best->index);
        return true;
    };
    if (!put(furniture.title, false) || !put(furniture.legend, true))
        return false;
    for (const Column &column : std::as_const(columns))
        if (used.contains(column.index))
            view.nodes.find(view.nodes.at(column.index).id)->bounds.setBottom(column.end);
    for (const Placement &placement : std::as_const(placements))
        addFurniture(view, *placement.node, placement.rect, *placement.setting);
    return true;
}

} // namespace

const View *OverallDiagram::find(const ModelData &data)
{
    for (const View &view : data.views)
        if (view.kind == ViewKind::Overall)
            return &view;
    return nullptr;
}

OverallConnections OverallDiagram::connectionsOf(const View *view)
{
    if (!view)
        return OverallConnections::None;
    if (const std::optional<OverallConnections> remembered = OverallLayout::parseConnections(
                view->settings.value(OverallLayout::connectionsSetting())))
        return *remembered;
    for (const ViewConnection &c : view->connections)
        if (!c.relationship.isNull())
            return OverallConnections::All;
    return OverallConnections::None;
}

namespace {

// The layout measured with `measurer`'s fonts, a little narrower than the layout
// asks: the painter's text area differs by shape (a bus's round ends), and a name
// must never be shortened.
View layoutWith(const DiagramPainter &measurer, const ModelData &data, const View &start,
                const LayoutOptions &options, const LayoutScope &scope)
{
    TextMeasure measure(
            [&measurer](const QString &text, double width) {
                return measurer.textSize(text, width - 4);
            },
            [&measurer](const QString &text, double width) {
                return measurer.textHeight(text, width - 4);
            });
    // A name's room in a node as the painter draws it (for a node of three lines:
    // round ends take more of a taller node's width).
    measure.setLabelWidth([&measurer, &data](const QString &type, double width) {
        const ElementType *elementType = data.profile->elementType(type);
        const QString shape = elementType ? elementType->shape : u"rectangle"_s;
        return measurer.labelRect(shape, QRectF(0, 0, width, 60)).width();
    });
    return OverallLayout::build(data, &start, measure, options, scope);
}

} // namespace

View OverallDiagram::build(const ModelData &data, const View *base, bool fromScratch,
                           std::optional<OverallConnections> connections)
{
    View start;
    if (base) {
        start = *base;
    } else {
        start.id = ViewId::create();
        start.kind = ViewKind::Overall;
        start.name = tr("Overall diagram");
    }
    const bool afresh = fromScratch || !base;
    QList<ViewNode> kept; // a legend and a title block go below the new layout
    if (afresh) {
        for (const ViewNode &node : std::as_const(start.nodes))
            if (node.kind == NodeKind::Legend || node.kind == NodeKind::TitleBlock)
                kept.append(node);
        // A view with its id, name and settings but nothing on it lays out afresh.
        start.nodes = {};
        start.connections = {};
    }
    LayoutOptions options;
    options.connections = connections.value_or(connectionsOf(base));
    // One painter measures the layout's names and the legend and title block.
    const DiagramPainter measurer(&data);
    if (!afresh)
        return layoutWith(measurer, data, start, options, LayoutScope());
    // The legend and the title block under the side columns' nodes when they fit
    // there, otherwise below the bands (the layout is not made again for them: on a
    // big model that would double its cost for a strip of 130 units).
    const Furniture furniture = furnitureFor(start, kept);
    options.reservedBelow = 0;
    View view = layoutWith(measurer, data, start, options, LayoutScope());
    if (!placeInColumns(measurer, data, view, furniture))
        placeBelowBands(measurer, data, view, furniture);
    return view;
}

View OverallDiagram::layout(const ModelData &data, const View &start,
                            const LayoutOptions &options, const LayoutScope &scope)
{
    return layoutWith(DiagramPainter(&data), data, start, options, scope);
}

} // namespace kt
