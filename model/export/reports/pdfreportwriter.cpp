#include "pdfreportwriter.h"
#include "reportpages.h"

#include <model/export/exporters/diagramexporter.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScopeGuard>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kt {

using namespace Qt::StringLiterals;

QString PdfReportWriter::format() const
{
    return u"pdf"_s;
}

QString PdfReportWriter::mimeType() const
{
    return u"application/pdf"_s;
}

// Overwrites every match of pattern in pdf with the same number of bytes made by
// replacement from the match, so that the cross-reference offsets stay right.
// Only the head (the information dictionary and the XMP metadata, written before
// the first page) and the trailer are searched: converting and scanning the whole
// file cost a copy of twice its size and a scan of every page.
static void replaceSameLength(QByteArray *pdf, const QRegularExpression &pattern,
                              const std::function<QByteArray(const QByteArray &)> &replacement)
{
    static constexpr qsizetype HeadSize = 64 * 1024;
    const qsizetype trailer = std::max(pdf->lastIndexOf("trailer"), HeadSize);
    for (const qsizetype from : {qsizetype(0), trailer}) {
        const qsizetype size = from == 0 ? std::min(HeadSize, pdf->size()) : pdf->size() - from;
        if (size <= 0)
            continue;
        // The PDF is bytes; Latin-1 maps them one to one onto the characters searched.
        const QString text = QString::fromLatin1(pdf->constData() + from, size);
        QRegularExpressionMatchIterator it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype at = from + m.capturedStart(1);
            const QByteArray found = pdf->mid(at, m.capturedLength(1));
            QByteArray with = replacement(found);
            with = with.leftJustified(found.size(), ' ', true);
            pdf->replace(at, found.size(), with);
        }
    }
}

void PdfReportWriter::makeDeterministic(QByteArray *pdf, const ReportDocument &report)
{
    // The report's date (from the options or SOURCE_DATE_EPOCH), never the clock;
    // a report without one gets the epoch, still the same bytes every time.
    const QDateTime created = report.created.isValid() ? report.created.toUTC()
                                                       : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    // Info dictionary: (D:20261206041254Z) or with an offset (D:20261206051254+01'00').
    const QByteArray infoDate = "D:" + created.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z";
    replaceSameLength(pdf, QRegularExpression(u"/(?:CreationDate|ModDate) ?\\((D:[0-9Z+\\-']+)\\)"_s),
                      [&](const QByteArray &found) {
                          // Same length: the offset's characters become Z and spaces are
                          // not allowed in a date, so keep the form "+00'00'" if present.
                          if (found.size() == infoDate.size())
                              return infoDate;
                          QByteArray date = infoDate.chopped(1);
                          const QByteArray zone = found.mid(date.size());
                          QByteArray utc = zone;
                          for (char &c : utc)
                              if (c >= '0' && c <= '9')
                                  c = '0';
                          if (!utc.isEmpty() && (utc.at(0) == '-'))
                              utc[0] = '+';
                          return QByteArray(date + utc);
                      });
    // XMP metadata dates: 2026-12-06T04:12:54+00:00 (or Z).
    const QByteArray isoDate = created.toString(u"yyyy-MM-ddTHH:mm:ss"_s).toLatin1();
    replaceSameLength(pdf,
                      QRegularExpression(u"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>([^<]+)<"_s),
                      [&](const QByteArray &found) {
                          QByteArray zone = found.mid(isoDate.size());
                          for (char &c : zone)
                              if (c >= '0' && c <= '9')
                                  c = '0';
                          if (!zone.isEmpty() && zone.at(0) == '-')
                              zone[0] = '+';
                          return QByteArray(isoDate + zone);
                      });
    // Random document ids (the trailer's /ID and the XMP's uuids) become digests of
    // the report's text, of the same length.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(report.title.toUtf8());
    hash.addData(report.author.toUtf8());
    hash.addData(isoDate);
    const QByteArray digest = hash.result().toHex().repeated(4);
    replaceSameLength(pdf, QRegularExpression(u"/ID ?\\[ ?<([0-9A-Fa-f]+)>"_s),
                      [&](const QByteArray &found) { return digest.left(found.size()); });
    replaceSameLength(pdf, QRegularExpression(u"/ID ?\\[ ?<[0-9A-Fa-f]+> ?<([0-9A-Fa-f]+)>"_s),
                      [&](const QByteArray &found) { return digest.left(found.size()); });
    replaceSameLength(pdf,
                      QRegularExpression(u"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                         "[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"_s),
                      [&](const QByteArray &found) {
                          QByteArray id = digest.left(32);
                          id.insert(20, '-').insert(16, '-').insert(12, '-').insert(8, '-');
                          return id.left(found.size());
                      });
}

// glibc gives the top of the heap back to the system as soon as 128 KiB are free
// and maps big blocks afresh each time: the PDF engine's buffers of every page
// (a megabyte and more, made and freed page after page) then fault their memory
// in again on every page, 77,000 page faults at M. With higher thresholds the
// freed blocks are reused (half the faults); the end of a report trims the heap.
static void reuseFreedMemory()
{
#if defined(__GLIBC__)
    static const bool set = [] {
        mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
        return true;
    }();
    Q_UNUSED(set);
#endif
}

static void trimFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

bool PdfReportWriter::write(const ReportDocument &report, const ModelData &data,
                            QIODevice *device, const ReportProgress &progress)
{
    setErrorString({});
    reuseFreedMemory();
    // However the writing ends, the memory it freed goes back to the system.
    const auto trim = qScopeGuard(trimFreedMemory);
    ReportPages pages(report, data);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        // At the text resolution the diagrams' names are as wide as measured.
        pdf.setResolution(DiagramExporter::textDpi());
        pdf.setTitle(report.title);
        pdf.setCreator(report.author);
        // The page is the painter's full rectangle: margins are the layout's.
        auto fullPage = [](QPageLayout layout) {
            layout.setMinimumMargins(QMarginsF());
            layout.setMargins(QMarginsF());
            return layout;
        };
        pdf.setPageLayout(fullPage(pages.pageLayout(0)));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            setErrorString(tr("Cannot start the PDF output."));
            return false;
        }
        // Each page is painted as soon as it is laid out and then dropped: the
        // pages of a long report are never all held at once.
        const bool painted = pages.paintAll(
                &painter,
                [&](int page, const QPageLayout &layout) {
                    pdf.setPageLayout(fullPage(layout));
                    return page == 0 || pdf.newPage();
                },
                progress);
        if (!painted) {
            painter.end();
            setErrorString(tr("The report was cancelled."));
            return false;
        }
        if (!painter.end()) {
            setErrorString(tr("Cannot finish the PDF output."));
            return false;
        }
    }
    makeDeterministic(&bytes, report);
    if (device->write(bytes) != bytes.size()) {
        setErrorString(tr("Cannot write the PDF: %1").arg(device->errorString()));
        return false;
    }
    return true;
}

} // namespace kt
