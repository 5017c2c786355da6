#pragma once

#include "reportdocument.h"
#include "reportoptions.h"
#include "../diff/modeldiff.h"
#include "../modeldata.h"

namespace kt {

// The comparison report ("Báo cáo so sánh Kiến trúc … phiên bản 1.0 và 2.0"):
// the Decree 30 header block, a summary table per component (added, removed,
// renamed, changed), a table per kind of change, both overall diagrams and the
// overlay figure. Written by the same report writers as the other reports, with
// newModel as the report's model (figures of the old version carry their model).
class ComparisonReport
{
public:
    static ReportDocument build(const ModelData &oldModel, const ModelData &newModel,
                                const ModelDiff &diff, const ReportOptions &options);
};

} // namespace kt
