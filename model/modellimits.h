#pragma once

#include "modeldata.h"

#include <QString>

namespace kt {

// The first thing in data beyond the limits of core/limits.h (texts, ids,
// coordinates, the nesting of nodes), as a message that names the object, e.g.
// "the name of the element “id-1” is longer than 4096 characters (it has
// 5000)"; empty when everything is within them. The .ktm loader refuses a file
// with such a model, and the writers refuse to write it. One pass over the model,
// a few comparisons per object.
QString modelLimitsProblem(const ModelData &data);

// Whether a style's font size and line width are finite and within core/limits.h: the
// rule ModelCheck applies to every node and connection of a file, and the edits that
// add nodes and connections to theirs.
bool styleWithinLimits(const NodeStyle &style);

} // namespace kt
