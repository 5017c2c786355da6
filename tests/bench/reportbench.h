#pragma once

#include "benchmark.h"

#include <model/modeldata.h>

namespace kt::bench {

// The content of data's architecture document (ReportBuilder).
QList<Measurement> benchReportContent(
    const Benchmark &benchmark, const QString &size, const ModelData &data);

// The architecture document of data written in format ("pdf" or "docx") into
// memory through ReportWriter, beside a floor that writes the same words to the
// same kind of file with no layout at all (a bare QPdfWriter drawing each line of
// text once; a zip holding the text as one XML part). Run in a process of its own
// (BenchJobs::report), so that the process's peak memory is the report's.
QList<Measurement> benchReportWriter(
    const Benchmark &benchmark, const QString &size, const ModelData &data, const QString &format);

// The name of the measurement of a format: "report architecture PDF".
QString reportOperation(const QString &format);

} // namespace kt::bench
