#pragma once

#include "diagramexporter.h"

#include <QImage>

namespace kt {

// PNG: the diagram at a chosen scale or DPI on white or transparent, with the
// physical size (the DPI) recorded in the file and the view's name as its title.
class PngExporter : public DiagramExporter
{
public:
    // Beyond this many pixels an image needs more memory than is sensible.
    static constexpr qint64 MaxPixels = qint64(1) << 28;
    static constexpr int MaxSide = 32767;

    QString format() const override;
    QString mimeType() const override;
    bool write(const ModelData &data, const View &view, const ExportOptions &options,
               QIODevice *device) override;

    // The image that write() saves; null (with the error set) on failure. The
    // clipboard takes it as it is.
    QImage render(const ModelData &data, const View &view, const ExportOptions &options);
};

} // namespace kt
