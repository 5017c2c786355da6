#include "pdfreportwriter.h"
#include "reportpages.h"

#include <model/export/exporters/diagramexporter.h>

#include <QCryptographicHash>
#include <QIODevice>

#include <cstring>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

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

// Overwrites every match of pattern in region (a part of the PDF) with the same
// number of bytes made by replacement from the match, so that the cross-reference
// offsets stay right.
static void replaceSameLength(QByteArray *region, const QRegularExpression &pattern,
                              const std::function<QByteArray(const QByteArray &)> &replacement)
{
    // The PDF is bytes; Latin-1 maps them one to one onto the characters searched.
    const QString text = QString::fromLatin1(*region);
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype at = m.capturedStart(1);
        const QByteArray found = region->mid(at, m.capturedLength(1));
        QByteArray with = replacement(found);
        with = with.leftJustified(found.size(), ' ', true);
        region->replace(at, found.size(), with);
    }
}

void PdfReportWriter::makeDeterministic(QByteArray *region, const ReportDocument &report)
{
    // The report's date (from the options or SOURCE_DATE_EPOCH), never the clock;
    // a report without one gets the epoch, still the same bytes every time.
    const QDateTime created = report.created.isValid() ? report.created.toUTC()
                                                       : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    // Info dictionary: (D:20261206041254Z) or with an offset (D:20261206051254+01'00').
    const QByteArray infoDate = "D:" + created.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z";
    replaceSameLength(region, QRegularExpression(u"/(?:CreationDate|ModDate) ?\\((D:[0-9Z+\\-']+)\\)"_s),
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
    replaceSameLength(region,
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
    replaceSameLength(region, QRegularExpression(u"/ID ?\\[ ?<([0-9A-Fa-f]+)>"_s),
                      [&](const QByteArray &found) { return digest.left(found.size()); });
    replaceSameLength(region, QRegularExpression(u"/ID ?\\[ ?<[0-9A-Fa-f]+> ?<([0-9A-Fa-f]+)>"_s),
                      [&](const QByteArray &found) { return digest.left(found.size()); });
    replaceSameLength(region,
                      QRegularExpression(u"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                         "[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"_s),
                      [&](const QByteArray &found) {
                          QByteArray id = digest.left(32);
                          id.insert(20, '-').insert(16, '-').insert(12, '-').insert(8, '-');
                          return id.left(found.size());
                      });
}

namespace {

// Passes the PDF on to the output as QPdfWriter writes it, holding back only its
// head (the information dictionary and the XMP metadata, written before the first
// page) until it is complete and its last bytes (the trailer with the document
// id) until the end, and makes those two deterministic before they go out. The
// offsets stay right since the replacements keep their length. The file is never
// held whole: it was, in a QByteArray that grew (and was copied) with every page
// and was then copied to the device, 84 MB at the benchmark's L.
class DeterministicPdfOutput : public QIODevice
{
public:
    DeterministicPdfOutput(QIODevice *target, std::function<void(QByteArray *)> fix)
        : m_target(target)
        , m_fix(std::move(fix))
    {
    }

    // Writes what was held back; false if the output failed.
    bool finish()
    {
        if (!m_headDone) {
            // A PDF shorter than the head: head and trailer at once.
            m_fix(&m_head);
            forward(m_head);
        } else {
            const qsizetype trailer = m_tail.lastIndexOf("trailer");
            if (trailer >= 0) {
                QByteArray fixed = m_tail.sliced(trailer);
                m_fix(&fixed);
                m_tail.replace(trailer, fixed.size(), fixed);
            }
            forward(m_tail);
        }
        m_head.clear();
        m_tail.clear();
        return !m_failed;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 size) override
    {
        QByteArrayView bytes(data, size);
        if (!m_headDone) {
            const qsizetype taken = std::min(bytes.size(), HeadSize - m_head.size());
            m_head.append(bytes.first(taken));
            bytes = bytes.sliced(taken);
            if (m_head.size() < HeadSize)
                return size;
            m_fix(&m_head);
            forward(m_head);
            m_head.clear();
            m_headDone = true;
            m_tail.reserve(TailSize);
        }
        hold(bytes);
        return m_failed ? -1 : size;
    }

private:
    static constexpr qsizetype HeadSize = 64 * 1024;
    static constexpr qsizetype TailSize = 64 * 1024;

    // Keeps the last TailSize bytes written, in one buffer that never grows past
    // that, and passes on what they push out.
    void hold(QByteArrayView bytes)
    {
        if (bytes.size() >= TailSize) {
            forward(m_tail);
            forward(bytes.first(bytes.size() - TailSize));
            m_tail.resize(TailSize);
            std::memcpy(m_tail.data(), bytes.constData() + bytes.size() - TailSize, TailSize);
            return;
        }
        const qsizetype excess = m_tail.size() + bytes.size() - TailSize;
        if (excess > 0) {
            forward(QByteArrayView(m_tail).first(excess));
            std::memmove(m_tail.data(), m_tail.constData() + excess, m_tail.size() - excess);
            m_tail.resize(m_tail.size() - excess);
        }
        m_tail.append(bytes);
    }

    void forward(QByteArrayView bytes)
    {
        if (!m_failed && !bytes.isEmpty()
            && m_target->write(bytes.constData(), bytes.size()) != bytes.size())
            m_failed = true;
    }

    QIODevice *m_target;
    std::function<void(QByteArray *)> m_fix;
    QByteArray m_head;
    QByteArray m_tail;
    bool m_headDone = false;
    bool m_failed = false;
};

} // namespace

bool PdfReportWriter::write(const ReportDocument &report, const ModelData &data,
                            QIODevice *device, const ReportProgress &progress)
{
    setErrorString({});
    ReportPages pages(report, data);
    DeterministicPdfOutput output(device,
                                  [&](QByteArray *region) { makeDeterministic(region, report); });
    output.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&output);
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
    if (!output.finish()) {
        setErrorString(tr("Cannot write the PDF: %1").arg(device->errorString()));
        return false;
    }
    return true;
}

} // namespace kt
