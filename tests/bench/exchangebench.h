#pragma once

#include "benchmark.h"

#include <model/modeldata.h>

namespace kt::bench {

// Open Exchange XML: importing the file (ExchangeReader) beside a QXmlStreamReader
// reading every token of it and doing nothing, and exporting the model
// (ExchangeWriter) into a file in the folder work.
QList<Measurement> benchExchange(const Benchmark &benchmark, const QString &size,
    const QString &xmlPath, const ModelData &data, const QString &work);

} // namespace kt::bench
