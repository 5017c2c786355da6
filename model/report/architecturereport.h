#pragma once

#include "reportcontext.h"

namespace kt {

// The architecture document (toàn văn kiến trúc) issued with the approving
// decision: the cover, the contents, the abbreviations and the chapters the
// options select, numbered I, II, … in the order printed. The chapters made of
// the model's tables are ArchitectureTables'.
class ArchitectureReport
{
public:
    static ReportDocument build(const ModelData &data, const ReportOptions &options);

private:
    explicit ArchitectureReport(ReportContext &context) : c(context) {}
    ReportSection chapter(const QString &id);
    ReportSection general();
    ReportSection current();
    ReportSection vision();
    ReportSection overall();
    ReportSection narrativeChapter(ReportTextSection section);
    // Subsection "n. title" holding the architect's text of a section.
    ReportSection narrativeSection(int number, ReportTextSection section);
    // The abbreviations of the profile that the finished document uses.
    ReportSection abbreviations(const ReportDocument &document);

    ReportContext &c;
};

} // namespace kt
