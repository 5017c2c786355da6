#pragma once

#include "reportcontext.h"

namespace kt {

// The chapters of the architecture document that are tables of the model:
// the component architectures, connection and interoperability, the roadmap and
// the appendices. Each is one pass over the elements (or relationships) with
// hash look-ups, so that a model of 100,000 elements is reported in linear time.
class ArchitectureTables
{
public:
    static ReportSection components(ReportContext &c);
    static ReportSection connections(ReportContext &c);
    static ReportSection roadmap(ReportContext &c);
    static ReportSection appendix(ReportContext &c);

    // The roadmap properties (profile keys) elements being built or upgraded carry.
    static QStringList roadmapKeys();
};

} // namespace kt
