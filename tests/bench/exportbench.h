#pragma once

#include "benchmark.h"

#include <model/modeldata.h>

namespace kt::bench {

// Diagram export through DiagramExporter (SVG, PNG, PDF at 100%, the default
// options) of the view of data, into memory, beside a bare QPainter drawing the
// same rectangles and names on the same kind of output (QSvgGenerator; a QImage
// written as PNG; QPdfWriter).
QList<Measurement> benchExport(
    const Benchmark &benchmark, const ModelData &data, const ViewId &view);

} // namespace kt::bench
