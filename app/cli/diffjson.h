#pragma once

#include <model/diff/modeldiff.h>
#include <model/modeldata.h>

#include <QJsonObject>

namespace kt::cli {

// The JSON of `kientruc diff --json` (docs/COMPARISON.md, "The diff command"):
// `elements` {added, removed, renamed, retyped, moved, changed}, `relationships`
// {added, removed, changed}, `views` {added, removed, renamed, changed} and
// `summary`. Ids, types and layer ids as stored (not translated), so that scripts
// can rely on them.
class DiffJson
{
public:
    static QJsonObject toJson(const ModelData &oldModel, const ModelData &newModel,
                              const ModelDiff &diff);
};

} // namespace kt::cli
