#include "docxreportwriter.h"
#include "docxbody.h"
#include "docxparts.h"
#include "docxstyles.h"
#include "reportzip.h"

namespace kt {

using namespace Qt::StringLiterals;

QString DocxReportWriter::format() const
{
    return u"docx"_s;
}

QString DocxReportWriter::mimeType() const
{
    return u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s;
}

bool DocxReportWriter::write(const ReportDocument &report, const ModelData &data, QIODevice *device,
                             const ReportProgress &progress)
{
    ReportOutline outline(report, progress);
    if (report.tableOfContents && !outline.paginate(report, data)) {
        setErrorString(tr("The report was cancelled."));
        return false;
    }
    ReportZip zip(device);
    const auto failed = [&] {
        setErrorString(tr("Cannot write the DOCX report: %1").arg(zip.errorString()));
        return false;
    };
    if (!zip.open() || !zip.addEntry(u"[Content_Types].xml"_s, DocxParts::contentTypes())
        || !zip.addEntry(u"_rels/.rels"_s, DocxParts::packageRelationships())
        || !zip.addEntry(u"docProps/core.xml"_s, DocxParts::coreProperties(report))
        || !zip.addEntry(u"word/styles.xml"_s, DocxStyles::styles(report))
        || !zip.addEntry(u"word/settings.xml"_s, DocxParts::settings(report))
        || !zip.addEntry(u"word/header1.xml"_s, DocxParts::header(true))
        || !zip.addEntry(u"word/header2.xml"_s, DocxParts::header(false))
        || !zip.openEntry(u"word/document.xml"_s))
        return failed();

    // The body streams into the package; its figures follow it.
    DocxBody body(report, data, outline);
    if (!body.write(zip.entry())) {
        setErrorString(body.errorString().isEmpty() ? tr("The report was cancelled.") : body.errorString());
        return false;
    }
    if (!zip.closeEntry())
        return failed();
    const QList<DocxBody::Figure> &figures = body.figures();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        // PNG is compressed already.
        if (!zip.addEntry(u"word/media/figure%1.png"_s.arg(i + 1), figures.at(i).png, ReportZip::Compression::Stored)
            || !zip.addEntry(u"word/media/figure%1.svg"_s.arg(i + 1), figures.at(i).svg))
            return failed();
    }
    if (!zip.addEntry(u"word/_rels/document.xml.rels"_s, DocxParts::documentRelationships(int(figures.size()), true))
        || !zip.close())
        return failed();
    if (!outline.finish()) {
        setErrorString(tr("The report was cancelled."));
        return false;
    }
    return true;
}

} // namespace kt
