#include "overalldiagram.h"
#include "painter/diagrampainter.h"

#include <model/layout/overalllayout.h>

namespace kt {

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

View OverallDiagram::build(const ModelData &data, const View *base, bool fromScratch,
                           std::optional<OverallConnections> connections)
{
    return build(data, base, LayoutScope(), fromScratch, connections);
}

View OverallDiagram::build(const ModelData &data, const View *base, const LayoutScope &scope,
                           bool fromScratch, std::optional<OverallConnections> connections)
{
    DiagramPainter measurer(&data);
    // A little narrower than the layout asks: the painter's text area differs by
    // shape (a bus's round ends), and a name must never be shortened.
    const TextMeasure measure = [&measurer](const QString &text, double width) {
        return measurer.textSize(text, width - 4);
    };
    View start;
    if (base) {
        start = *base;
    } else {
        start.id = ViewId::create();
        start.kind = scope.overall ? ViewKind::Overall : ViewKind::Component;
        start.name = scope.overall ? tr("Overall diagram") : tr("Component architecture");
    }
    if (fromScratch || !base) {
        // A view with its id, name and settings but nothing on it lays out afresh.
        start.nodes = {};
        start.connections = {};
    }
    LayoutOptions options;
    options.connections = connections.value_or(connectionsOf(base));
    return OverallLayout::build(data, &start, measure, options, scope);
}

} // namespace kt
