#pragma once

#include "reportwriter.h"

namespace kt {

// ODT: an OpenDocument text of our own writing (not QTextDocumentWriter, which
// knows no page styles, landscape pages or outline levels) with the same named
// styles as the DOCX, figures as 300 dpi PNG, and the "mimetype" entry stored
// first. Zipped by QuaZip with fixed entry times: the same report, the same bytes.
class OdtReportWriter : public ReportWriter
{
public:
    QString format() const override;
    QString mimeType() const override;
    bool write(const ReportDocument &report, const ModelData &data, QIODevice *device,
               const ReportProgress &progress = {}) override;
};

} // namespace kt
