#include "diagramexporter.h"
#include "savedoutput.h"
#include "exportcontent.h"
#include "pdfexporter.h"
#include "pngexporter.h"
#include "svgexporter.h"

#include <model/export/painter/diagrampainter.h>

#include <QImage>

namespace kt {

using namespace Qt::StringLiterals;

DiagramExporter::~DiagramExporter() = default;

QStringList DiagramExporter::formats()
{
    return {u"svg"_s, u"png"_s, u"pdf"_s};
}

std::unique_ptr<DiagramExporter> DiagramExporter::create(const QString &format)
{
    const QString f = format.toLower();
    if (f == u"svg")
        return std::make_unique<SvgExporter>();
    if (f == u"png")
        return std::make_unique<PngExporter>();
    if (f == u"pdf")
        return std::make_unique<PdfExporter>();
    return nullptr;
}

int DiagramExporter::textDpi()
{
    // A new QImage carries the default logical resolution, the one QFontMetricsF
    // measures at without a paint device.
    static const int dpi = QImage(1, 1, QImage::Format_ARGB32).logicalDpiY();
    return dpi;
}

bool DiagramExporter::prepare(const DiagramPainter &painter, const View &view,
                              const ExportOptions &options, ExportContent *content)
{
    if (options.scale <= 0 || options.dpi < 0) {
        setErrorString(tr("The scale must be greater than zero."));
        return false;
    }
    *content = ExportContent::make(painter, view, options);
    if (!options.selection.isEmpty() && content->view.nodes.isEmpty()) {
        setErrorString(tr("None of the selected items is on the view “%1”.").arg(view.name));
        return false;
    }
    return true;
}

bool DiagramExporter::writeFile(const ModelData &data, const View &view,
                                const ExportOptions &options, const QString &path)
{
    QString error;
    const bool written = SavedOutput::write(
            path, [&](QIODevice *device) { return write(data, view, options, device); },
            [this](const QString &shown) {
                return tr("Cannot export to %1: %2").arg(shown, errorString());
            },
            &error);
    if (!written)
        setErrorString(error);
    return written;
}

} // namespace kt
