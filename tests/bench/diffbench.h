#pragma once

#include "benchmark.h"

#include <model/modeldata.h>

#include <QJsonObject>

namespace kt::bench {

// The name of the operation (and what --only picks it by).
inline QString diffOperation()
{
    return QStringLiteral("diff against a copy with 5% changed");
}

// The model diff (issue 11): a model against a copy with 5% of everything
// changed (changedCopy), beside the floor of building the id hash maps of both
// models (elements, relationships, views and the nodes and connections of each
// view), the least any diff must do to find what is in both.
QList<Measurement> benchDiff(
    const Benchmark &benchmark, const QString &size, const ModelData &data, const ModelData &copy);

// The copy of data with 5% of its elements, relationships, views and nodes changed,
// the same on every run (every 20th of each, in turn renamed, changed, retyped or
// removed; as many elements and relationships added as removed).
ModelData changedCopy(const ModelData &data);

// The memory of the diff of data against its changed copy, in KiB (Linux: the
// resident size from /proc/self/status, the peak reset before the diff): "modelKiB",
// "copyKiB", "diffPeakKiB" (what the diff adds at its peak to the two models) and
// "peakKiB" (the two models and the diff at its peak), or an empty object when the
// system does not tell. load fills data (false: it failed), copy is made from it;
// the figures start from before the load.
QJsonObject diffMemory(const Benchmark &benchmark, const std::function<bool(ModelData &)> &load,
    ModelData &data, ModelData &copy);

} // namespace kt::bench
