#include "odtreportwriter.h"
#include "odtbody.h"
#include "odtstyles.h"
#include "reportzip.h"

namespace kt {

using namespace Qt::StringLiterals;

QString OdtReportWriter::format() const
{
    return u"odt"_s;
}

QString OdtReportWriter::mimeType() const
{
    return u"application/vnd.oasis.opendocument.text"_s;
}

bool OdtReportWriter::write(const ReportDocument &report, const ModelData &data, QIODevice *device,
                            const ReportProgress &progress)
{
    ReportOutline outline(report, progress);
    if (report.tableOfContents && !outline.paginate(report, data)) {
        setErrorString(tr("The report was cancelled."));
        return false;
    }
    ReportZip zip(device);
    const auto failed = [&] {
        setErrorString(tr("Cannot write the ODT report: %1").arg(zip.errorString()));
        return false;
    };
    // ODF: "mimetype" first and uncompressed, so the type is readable at a fixed offset.
    if (!zip.open()
        || !zip.addEntry(u"mimetype"_s, mimeType().toLatin1(), ReportZip::Compression::Stored)
        || !zip.addEntry(u"styles.xml"_s, OdtStyles::styles(report))
        || !zip.addEntry(u"meta.xml"_s, OdtStyles::meta(report))
        || !zip.openEntry(u"content.xml"_s))
        return failed();
    OdtBody body(report, data, outline);
    if (!body.write(zip.entry())) {
        setErrorString(body.errorString().isEmpty() ? tr("The report was cancelled.") : body.errorString());
        return false;
    }
    if (!zip.closeEntry())
        return failed();
    const QList<QByteArray> &figures = body.figures();
    for (qsizetype i = 0; i < figures.size(); ++i)
        if (!zip.addEntry(u"Pictures/figure%1.png"_s.arg(i + 1), figures.at(i), ReportZip::Compression::Stored))
            return failed();
    if (!zip.addEntry(u"META-INF/manifest.xml"_s, OdtStyles::manifest(int(figures.size()))) || !zip.close())
        return failed();
    if (!outline.finish()) {
        setErrorString(tr("The report was cancelled."));
        return false;
    }
    return true;
}

} // namespace kt
