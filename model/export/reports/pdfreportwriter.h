#pragma once

#include "reportwriter.h"

namespace kt {

// PDF: the pages of ReportPages painted on a QPdfWriter, Liberation Serif embedded,
// diagrams as vectors. The bytes depend only on the report: the creation date
// comes from the report and the document id from its contents.
class PdfReportWriter : public ReportWriter
{
public:
    QString format() const override;
    QString mimeType() const override;
    bool write(const ReportDocument &report, const ModelData &data, QIODevice *device,
               const ReportProgress &progress = {}) override;

private:
    // Replaces what QPdfWriter takes from the clock and the random generator with
    // values of the same length from the report, so that offsets stay right, in
    // region: the PDF's head (information dictionary, XMP metadata) or its trailer.
    static void makeDeterministic(QByteArray *region, const ReportDocument &report);
};

} // namespace kt
