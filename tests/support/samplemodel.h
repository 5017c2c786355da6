#pragma once

#include <model/modeldata.h>

namespace kt::test {

// The built-in framework 2.0 profile (fails the calling test when it does not load).
ProfilePtr frameworkProfile();

// An empty model of framework 2.0.
ModelData emptyModel();

// A small model that uses every feature of the model: elements of several layers
// with typed and free properties, Vietnamese names, relationships (one with
// ArchiMate attributes), a view with a band group holding nested nodes, a note
// linking to a second view, styles, bendpoints, view settings.
ModelData sampleModel();

// The sample model's overall view (id-v-1) with a legend (id-n-legend) and a title
// block (id-n-title) below its content.
ModelData sampleModelWithLegend();

} // namespace kt::test
