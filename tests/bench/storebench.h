#pragma once

#include "benchmark.h"

#include <model/modeldata.h>

namespace kt::bench {

// The .ktm store: opening the file (KtmStore::load) beside reading every row of
// it with the plain SQLite C API, and saving the model (KtmStore::save, a new
// file synced and renamed over the old) beside copying the same rows into a new
// file with plain SQLite prepared statements. work is a folder for the files.
QList<Measurement> benchStore(const Benchmark &benchmark, const QString &size,
    const QString &ktmPath, const ModelData &data, const QString &work);

} // namespace kt::bench
