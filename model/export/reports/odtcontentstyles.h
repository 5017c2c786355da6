#pragma once

#include <model/report/reportdocument.h>

class QXmlStreamWriter;

namespace kt {

// The automatic styles at the head of an ODT report's content.xml, found in a walk
// over the report before its text streams out: the empty paragraphs that change
// the master page (first page, portrait, landscape) or break the page, the Decree 30
// rules indented to their length, the cells and rows, and every table's columns
// ("Table3.C2") in proportion to the text width of its orientation.
class OdtContentStyles
{
public:
    static void write(QXmlStreamWriter &xml, const ReportDocument &report);

private:
    static void tableStyle(QXmlStreamWriter &xml, const ReportDocument &report, const QString &name,
                           const QList<double> &widths, bool landscape);
    static void ruleStyle(QXmlStreamWriter &xml, const QString &name, double ruleMm, double cellMm);
};

} // namespace kt
