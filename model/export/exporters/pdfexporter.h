#pragma once

#include "diagramexporter.h"

namespace kt {

// PDF: one vector page with the diagram font embedded, either fitted to the
// diagram (at the scale) or a paper size and orientation with the diagram
// fitted inside its margins. The view's name is the document title.
class PdfExporter : public DiagramExporter
{
public:
    QString format() const override;
    QString mimeType() const override;
    bool write(const ModelData &data, const View &view, const ExportOptions &options,
               QIODevice *device) override;
};

} // namespace kt
