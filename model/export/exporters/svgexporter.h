#pragma once

#include "diagramexporter.h"

namespace kt {

// SVG: vector shapes, names as real <text> in the diagram font (searchable and
// selectable), a viewBox in diagram units, the view's name as <title> and the
// model's name and the view's documentation as <desc>.
class SvgExporter : public DiagramExporter
{
public:
    QString format() const override;
    QString mimeType() const override;
    bool write(const ModelData &data, const View &view, const ExportOptions &options,
               QIODevice *device) override;
};

} // namespace kt
