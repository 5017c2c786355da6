#pragma once

#include "reportwriter.h"

namespace kt {

// HTML: one UTF-8 file to read in a browser and print. Diagrams are inline SVG,
// the print style sheet has @page with the report's paper and margins (landscape
// pages for landscape figures and tables), the contents link to the headings,
// tables have a thead that browsers repeat on every printed page, and the Decree 30
// header block is a two-column layout. Written as XML-compatible HTML.
class HtmlReportWriter : public ReportWriter
{
public:
    QString format() const override;
    QString mimeType() const override;
    bool write(const ReportDocument &report, const ModelData &data, QIODevice *device,
               const ReportProgress &progress = {}) override;
};

} // namespace kt
