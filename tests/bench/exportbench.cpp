#include "exportbench.h"
#include "barepainter.h"

#include <model/export/exporters/diagramexporter.h>
#include <model/export/exporters/pngexporter.h>
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

// The floor of an export: the rectangles and names painted on the format's device;
// for PNG, then the export's own image encoded (see below).
bool bareExport(const QString &format, const ModelData &data, const View &view,
    const QImage &exported, QBuffer *buffer)
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
        // The pixels written are those of the export itself (exported, made before
        // the timing): the PNG encoder's time depends on what it compresses, and a
        // floor must not compress more or harder pixels than the export. The bare
        // painting goes into an image of the same size and format as the export's
        // painting (ARGB32 premultiplied), converted as the export converts it: without
        // the conversion, zlib encoded the same bytes about 30 % slower right after the
        // bare painting (55 → 72 ms at 100 nodes) and the floor was above its operation
        // (docs/PERFORMANCE.md).
        QImage image(exported.size(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&image);
            p.translate(-frame.topLeft());
            paint(p);
        }
        image.convertTo(exported.format());
        return QImageWriter(buffer, "png").write(exported);
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
        const QString operation = u"export %1"_s.arg(format.toUpper());
        const bool png = format == u"png" && benchmark.wanted(operation);
        const QImage exported
            = png ? PngExporter().render(data, view, ExportOptions()) : QImage();
        benchmark.check(!png || !exported.isNull(), u"the PNG export made no image"_s);
        Benchmark::Floor floor { u"bare QPainter on the same device"_s, [&]() {
                                    QBuffer bare;
                                    bare.open(QIODevice::WriteOnly);
                                    benchmark.check(
                                        bareExport(format, data, view, exported, &bare),
                                        u"bare %1 output failed"_s.arg(format));
                                } };
        if (format == u"pdf")
            // The bare painting goes through Qt's PDF engine as the export's does.
            floor.sharedStep = u"Qt's PDF engine (QPdfWriter) writing the same shapes and text"_s;
        if (png) {
            // zlib's deflate inside the PNG encoder: the export and the floor both
            // spend it on the same pixels.
            floor.sharedStep = u"zlib (PNG encoding of the image)"_s;
            floor.shared = [&]() {
                QBuffer encoded;
                encoded.open(QIODevice::WriteOnly);
                benchmark.check(QImageWriter(&encoded, "png").write(exported),
                    u"PNG encoding failed"_s);
            };
        }
        results.append(benchmark.measure(operation, size,
            [&]() {
                QBuffer output;
                output.open(QIODevice::WriteOnly);
                benchmark.check(
                    exporter->write(data, view, ExportOptions(), &output), exporter->errorString());
            },
            floor));
    }
    return results;
}

} // namespace kt::bench
