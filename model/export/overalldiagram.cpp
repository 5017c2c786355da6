#include "overalldiagram.h"
#include "painter/diagrampainter.h"

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

// The legend at the left and the title block at the right, below the bands (or
// the whole content when there are none), sized to what they show with the
// painter's fonts. kept: the ones the view had before it was laid out afresh
// (their ids, widths and styles stay).
void placeLegendAndTitleBlock(const DiagramPainter &painter, const ModelData &data, View &view,
                              const QList<ViewNode> &kept)
{
    QRectF content = bandsBounds(data, view);
    if (content.isNull())
        content = painter.contentBounds(view);
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
    std::optional<ViewNode> legend = keptOf(NodeKind::Legend);
    if (!legend)
        legend = fresh(NodeKind::Legend, LegendSetting, u"legend"_s);
    std::optional<ViewNode> title = keptOf(NodeKind::TitleBlock);
    if (!title)
        title = fresh(NodeKind::TitleBlock, TitleBlockSetting, u"title-block"_s);

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
        legend->parent = {};
        legend->bounds = legendRect;
        view.nodes.append(*legend);
        view.settings.insert(LegendSetting, Placed);
    }
    if (title) {
        const QSizeF snappedSize = titleSize;
        QPointF at(std::floor(right - snappedSize.width()), top);
        // Below the legend when the content is too narrow for both side by side.
        if (!legendRect.isNull() && at.x() < legendRect.right() + Gap)
            at = QPointF(legendRect.left(), snapped(legendRect.bottom() + Gap / 2));
        title->parent = {};
        title->bounds = QRectF(at, snappedSize);
        view.nodes.append(*title);
        view.settings.insert(TitleBlockSetting, Placed);
    }
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
    const TextMeasure measure(
            [&measurer](const QString &text, double width) {
                return measurer.textSize(text, width - 4);
            },
            [&measurer](const QString &text, double width) {
                return measurer.textHeight(text, width - 4);
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
    View view = layoutWith(measurer, data, start, options, LayoutScope());
    if (afresh)
        placeLegendAndTitleBlock(measurer, data, view, kept);
    return view;
}

View OverallDiagram::layout(const ModelData &data, const View &start,
                            const LayoutOptions &options, const LayoutScope &scope)
{
    return layoutWith(DiagramPainter(&data), data, start, options, scope);
}

} // namespace kt
