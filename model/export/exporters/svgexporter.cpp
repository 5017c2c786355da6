#include "svgexporter.h"
#include "exportcontent.h"

#include <model/diff/viewoverlay.h>
#include <model/export/painter/diagrampainter.h>

#include <QPainter>
#include <QSvgGenerator>

namespace kt {

using namespace Qt::StringLiterals;

QString SvgExporter::format() const
{
    return u"svg"_s;
}

QString SvgExporter::mimeType() const
{
    return u"image/svg+xml"_s;
}

bool SvgExporter::write(const ModelData &data, const View &view, const ExportOptions &options,
                        QIODevice *device)
{
    const DiagramPainter painter(&data);
    ExportContent content;
    if (!prepare(painter, view, options, &content))
        return false;

    const QRectF frame = content.frame;
    const int dpi = textDpi();
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    // At the text resolution a font's pixel size is the one the painter measured.
    svg.setResolution(dpi);
    // The viewBox is the frame in diagram units; width and height give the
    // physical size (one unit is 1/96 inch at scale 1).
    const double toDevice = options.scale * dpi / ExportOptions::UnitsPerInch;
    svg.setSize((frame.size() * toDevice).toSize().expandedTo(QSize(1, 1)));
    svg.setViewBox(frame);
    // QSvgGenerator writes title and description as they are: escape them here.
    svg.setTitle(view.name.toHtmlEscaped());
    QStringList description{data.info.name};
    if (!view.documentation.isEmpty())
        description.append(view.documentation);
    description.removeAll(QString());
    svg.setDescription(description.join(u"\n"_s).toHtmlEscaped());

    QPainter p;
    if (!p.begin(&svg)) {
        setErrorString(tr("Cannot start the SVG output."));
        return false;
    }
    if (options.background == ExportBackground::White)
        p.fillRect(frame, Qt::white);
    painter.paintView(&p, content.view, DiagramPainter::Detail::Full);
    if (options.overlay)
        painter.paintOverlay(&p, content.view, *options.overlay);
    p.end();
    return true;
}

} // namespace kt
