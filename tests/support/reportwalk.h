#pragma once

#include <model/report/reportdocument.h>

namespace kt::test {

// Every section of a report, depth first, in print order.
QList<const ReportSection *> reportSections(const ReportDocument &document);
// The blocks of one kind, in print order.
QList<const ReportBlock *> reportBlocks(const ReportDocument &document, ReportBlock::Kind kind);
// The level-1 section with that title, or null.
const ReportSection *reportChapter(const ReportDocument &document, const QString &title);
// Every text a report prints, one per line.
QString reportText(const ReportDocument &document);

} // namespace kt::test
