#include "reportfigurerenderer.h"

#include <model/export/exporters/exportcontent.h>
#include <model/export/exporters/pngexporter.h>
#include <model/export/exporters/svgexporter.h>
#include <model/export/painter/diagrampainter.h>

#include <QBuffer>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr double MmPerInch = 25.4;

// The export options of a figure: all its nodes but the legend when the figure
// has none (an empty selection is the whole view).
ExportOptions figureOptions(const View &view, const ReportFigure &figure)
{
    ExportOptions options;
    options.overlay = figure.overlay;
    if (figure.legend)
        return options;
    bool hasLegend = false;
    for (const ViewNode &node : view.nodes) {
        if (node.kind == NodeKind::Legend)
            hasLegend = true;
        else if (node.parent.isNull())
            options.selection.append(node.id);
    }
    if (!hasLegend)
        options.selection.clear();
    return options;
}

} // namespace

const View *ReportFigureRenderer::view(const ReportFigure &figure)
{
    const View *view = data(figure).views.find(figure.view);
    if (!view)
        m_error = tr("The figure \"%1\" shows a view that is not in the model.").arg(figure.caption);
    return view;
}

bool ReportFigureRenderer::png(const ReportFigure &figure, QSizeF boxMm, Image *image)
{
    const View *shown = view(figure);
    if (!shown)
        return false;
    ExportOptions options = figureOptions(*shown, figure);
    const DiagramPainter painter(&data(figure));
    const QRectF frame = ExportContent::make(painter, *shown, options).frame;
    if (frame.isEmpty()) {
        m_error = tr("The figure \"%1\" shows an empty view.").arg(figure.caption);
        return false;
    }
    // Printed at 100% (96 units an inch) unless that is larger than the box.
    const QSizeF naturalMm = frame.size() * (MmPerInch / ExportOptions::UnitsPerInch);
    const double fit = std::min({1.0, boxMm.width() / naturalMm.width(), boxMm.height() / naturalMm.height()});
    image->sizeMm = naturalMm * fit;
    options.dpi = 0;
    options.scale = Dpi * fit / ExportOptions::UnitsPerInch;
    QBuffer buffer(&image->bytes);
    buffer.open(QIODevice::WriteOnly);
    PngExporter exporter;
    if (!exporter.write(data(figure), *shown, options, &buffer)) {
        m_error = tr("The figure \"%1\": %2").arg(figure.caption, exporter.errorString());
        return false;
    }
    return true;
}

bool ReportFigureRenderer::svg(const ReportFigure &figure, QByteArray *bytes)
{
    const View *shown = view(figure);
    if (!shown)
        return false;
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    SvgExporter exporter;
    if (!exporter.write(data(figure), *shown, figureOptions(*shown, figure), &buffer)) {
        m_error = tr("The figure \"%1\": %2").arg(figure.caption, exporter.errorString());
        return false;
    }
    return true;
}

} // namespace kt
