#pragma once

#include "benchmark.h"

#include <model/modeldata.h>

namespace kt::bench {

// Work on the model in memory: validating it, and laying out its overall diagram
// from scratch (every element of the model in the bands and columns of the profile,
// names measured with the painter's fonts), as "Create overall diagram" does;
// deleting a spread-out selection of elements and undoing it.
QList<Measurement> benchModel(
    const Benchmark &benchmark, const QString &size, const ModelData &data);

} // namespace kt::bench
