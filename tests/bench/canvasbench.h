#pragma once

#include "benchmark.h"

#include <model/modeldata.h>

namespace kt::bench {

// The canvas with a big view: opening it (scene items and the first paint) and a
// full repaint of a 1920x1080 viewport at fit-to-window and at 100 %, beside a
// bare QPainter drawing the same rectangles and labels.
QList<Measurement> benchCanvas(
    const Benchmark &benchmark, const ModelData &data, const ViewId &view);

} // namespace kt::bench
