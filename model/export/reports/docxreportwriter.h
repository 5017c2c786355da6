#pragma once

#include "reportwriter.h"

namespace kt {

// DOCX: WordprocessingML that officials edit in Word before signing. Named styles
// (Heading 1–3 with outline levels for the navigation pane and the TOC field),
// sections with the report's margins and landscape ones for wide figures and
// tables, a page number centred at the top from page 2, figures as 300 dpi PNG
// with their SVG beside them. The package is zipped by QuaZip with fixed entry
// times: the same report gives the same bytes.
class DocxReportWriter : public ReportWriter
{
public:
    QString format() const override;
    QString mimeType() const override;
    bool write(const ReportDocument &report, const ModelData &data, QIODevice *device,
               const ReportProgress &progress = {}) override;
};

} // namespace kt
