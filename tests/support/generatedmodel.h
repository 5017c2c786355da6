#pragma once

#include <model/modeldata.h>

namespace kt::test {

// A model of elementCount elements that uses every feature on many rows: typed and
// free properties (repeated keys), relationships with ArchiMate attributes, views
// with nested groups, notes, plain lines, bendpoints and fractional geometry.
// The same model on every call (a fixed random seed).
ModelData generatedModel(int elementCount);

} // namespace kt::test
