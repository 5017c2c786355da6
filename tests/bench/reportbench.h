#pragma once

#include "benchmark.h"

#include <model/modeldata.h>

namespace kt::bench {

// The architecture document of data: its content (ReportBuilder), then written as
// PDF and as DOCX into memory through ReportWriter, beside a floor that writes the
// same words to the same kind of file with no layout at all (a bare QPdfWriter
// drawing each line of text once; a zip holding the text as one XML part).
QList<Measurement> benchReports(
    const Benchmark &benchmark, const QString &size, const ModelData &data);

} // namespace kt::bench
