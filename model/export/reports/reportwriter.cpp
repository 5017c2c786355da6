#include "reportwriter.h"
#include "docxreportwriter.h"
#include "htmlreportwriter.h"
#include "odtreportwriter.h"
#include "pdfreportwriter.h"

#include <model/export/exporters/savedoutput.h>

namespace kt {

using namespace Qt::StringLiterals;

ReportWriter::~ReportWriter() = default;

std::unique_ptr<ReportWriter> ReportWriter::create(const QString &format)
{
    // One line per format, so that each writer joins the list on its own.
    const QString f = format.toLower();
    if (f == u"pdf")
        return std::make_unique<PdfReportWriter>();
    if (f == u"docx")
        return std::make_unique<DocxReportWriter>();
    if (f == u"odt")
        return std::make_unique<OdtReportWriter>();
    if (f == u"html")
        return std::make_unique<HtmlReportWriter>();
    return nullptr;
}

QStringList ReportWriter::formats()
{
    QStringList list;
    list << u"pdf"_s << u"docx"_s << u"odt"_s << u"html"_s;
    return list;
}

bool ReportWriter::writeFile(const ReportDocument &report, const ModelData &data,
                             const QString &path, const ReportProgress &progress)
{
    setErrorString({});
    QString error;
    // A cancelled or failed report leaves the old file as it was.
    const bool written = SavedOutput::write(
            path, [&](QIODevice *device) { return write(report, data, device, progress); },
            [this](const QString &shown) {
                return errorString().isEmpty() ? tr("Cannot write %1.").arg(shown)
                                               : errorString();
            },
            &error);
    if (!written)
        setErrorString(error);
    return written;
}

} // namespace kt
