#include "pngexporter.h"
#include "exportcontent.h"

#include <model/diff/viewoverlay.h>
#include <model/export/painter/diagrampainter.h>

#include <QCoreApplication>
#include <QImageWriter>
#include <QPainter>

namespace kt {

using namespace Qt::StringLiterals;

QString PngExporter::format() const
{
    return u"png"_s;
}

QString PngExporter::mimeType() const
{
    return u"image/png"_s;
}

QImage PngExporter::render(const ModelData &data, const View &view, const ExportOptions &options)
{
    const DiagramPainter painter(&data);
    ExportContent content;
    if (!prepare(painter, view, options, &content))
        return {};

    const double ppu = options.pixelsPerUnit();
    const QSize size(int(std::ceil(content.frame.width() * ppu - 1e-6)),
                     int(std::ceil(content.frame.height() * ppu - 1e-6)));
    if (size.width() > MaxSide || size.height() > MaxSide
        || qint64(size.width()) * size.height() > MaxPixels) {
        setErrorString(tr("The image would be %1 × %2 pixels, too large; choose a smaller scale "
                          "or DPI.")
                               .arg(size.width())
                               .arg(size.height()));
        return {};
    }
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        setErrorString(tr("Not enough memory for an image of %1 × %2 pixels.")
                               .arg(size.width())
                               .arg(size.height()));
        return {};
    }
    image.fill(options.background == ExportBackground::White ? Qt::white : Qt::transparent);
    {
        // The image keeps its default resolution while painting: that is the
        // resolution the painter measured text at.
        QPainter p(&image);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.scale(ppu, ppu);
        p.translate(-content.frame.topLeft());
        painter.paintView(&p, content.view, DiagramPainter::Detail::Full);
        if (options.overlay)
            painter.paintOverlay(&p, content.view, *options.overlay);
    }
    // On white the alpha channel says nothing: RGB is a quarter less to compress.
    if (options.background == ExportBackground::White)
        image.convertTo(QImage::Format_RGB32);
    // Then the physical size for the file (the pHYs chunk).
    const int dotsPerMeter = qRound(options.effectiveDpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(u"Title"_s, view.name);
    if (!data.info.name.isEmpty())
        image.setText(u"Description"_s, data.info.name);
    if (!QCoreApplication::applicationName().isEmpty())
        image.setText(u"Software"_s, QCoreApplication::applicationName());
    return image;
}

bool PngExporter::write(const ModelData &data, const View &view, const ExportOptions &options,
                        QIODevice *device)
{
    const QImage image = render(data, view, options);
    if (image.isNull())
        return false;
    QImageWriter writer(device, "png");
    if (!writer.write(image)) {
        setErrorString(writer.errorString());
        return false;
    }
    return true;
}

} // namespace kt
