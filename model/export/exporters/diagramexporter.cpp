#include "diagramexporter.h"
#include "exportcontent.h"
#include "pdfexporter.h"
#include "pngexporter.h"
#include "svgexporter.h"

#include <model/export/painter/diagrampainter.h>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

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
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        setErrorString(tr("Cannot write %1: it is a folder.").arg(shown));
        return false;
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        const QString name = QDir::toNativeSeparators(folder.filePath());
        setErrorString(folder.exists()
                               ? tr("Cannot write %1: %2 is not a folder.").arg(shown, name)
                               : tr("Cannot write %1: the folder %2 does not exist.")
                                         .arg(shown, name));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setErrorString(tr("Cannot write %1: %2").arg(shown, file.errorString()));
        return false;
    }
    if (!write(data, view, options, &file)) {
        file.cancelWriting();
        setErrorString(tr("Cannot export to %1: %2").arg(shown, errorString()));
        return false;
    }
    if (!file.commit()) {
        setErrorString(tr("Cannot write %1: %2").arg(shown, file.errorString()));
        return false;
    }
    return true;
}

} // namespace kt
