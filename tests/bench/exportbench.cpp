#include "exportbench.h"
#include "barepainter.h"

#include <model/export/exporters/diagramexporter.h>
#include <model/export/painter/diagrampainter.h>

#include <QBuffer>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

// The floor of an export: the rectangles and names painted on the format's device.
bool bareExport(const QString &format, const ModelData &data, const View &view, QBuffer *buffer)
{
    const QRectF frame = DiagramPainter(&data).contentBounds(view).adjusted(-20, -20, 20, 20);
    const auto paint = [&](QPainter &p) {
        p.fillRect(frame, Qt::white);
        BarePainter::paint(&p, data, view, frame, true);
    };
    if (format == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(buffer);
        svg.setResolution(96);
        svg.setSize(frame.size().toSize());
        svg.setViewBox(frame);
        QPainter p(&svg);
        paint(p);
        return true;
    }
    if (format == u"png") {
        QImage image(frame.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&image);
            p.translate(-frame.topLeft());
            paint(p);
        }
        return QImageWriter(buffer, "png").write(image);
    }
    QPdfWriter pdf(buffer);
    pdf.setResolution(96);
    pdf.setPageLayout(QPageLayout(
        QPageSize(frame.size() * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF()));
    QPainter p(&pdf);
    p.translate(-frame.topLeft());
    paint(p);
    return p.end();
}

} // namespace

QList<Measurement> benchExport(
    const Benchmark &benchmark, const ModelData &data, const ViewId &viewId)
{
    QList<Measurement> results;
    const View &view = *data.views.find(viewId);
    const QString size = u"%1 nodes"_s.arg(view.nodes.size());
    for (const QString &format : DiagramExporter::formats()) {
        const std::unique_ptr<DiagramExporter> exporter = DiagramExporter::create(format);
        benchmark.check(exporter != nullptr, u"no exporter for %1"_s.arg(format));
        if (!exporter)
            continue;
        results.append(benchmark.measure(u"export %1"_s.arg(format.toUpper()), size,
            [&]() {
                QBuffer output;
                output.open(QIODevice::WriteOnly);
                benchmark.check(
                    exporter->write(data, view, ExportOptions(), &output), exporter->errorString());
            },
            { u"bare QPainter on the same device"_s, [&]() {
                 QBuffer floor;
                 floor.open(QIODevice::WriteOnly);
                 benchmark.check(bareExport(format, data, view, &floor),
                     u"bare %1 output failed"_s.arg(format));
             } }));
    }
    return results;
}

} // namespace kt::bench
