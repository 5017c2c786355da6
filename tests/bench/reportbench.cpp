#include "reportbench.h"

#include <model/export/reports/reportwriter.h>
#include <model/report/reportbuilder.h>

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

// Every text of the report in reading order: what any writer must put in the file.
void collectTexts(const ReportSection &section, QStringList &texts)
{
    texts.append(section.heading());
    for (const ReportBlock &block : section.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Paragraph:
            texts.append(block.paragraph.lead + block.paragraph.text);
            break;
        case ReportBlock::Kind::Bullets:
            texts += block.bullets;
            break;
        case ReportBlock::Kind::Table:
            texts.append(block.table.caption);
            for (const QStringList &row : block.table.rows)
                texts.append(row.join(u' '));
            break;
        case ReportBlock::Kind::Figure:
            texts.append(block.figure.caption);
            break;
        }
    }
    for (const ReportSection &child : section.sections)
        collectTexts(child, texts);
}

QStringList reportTexts(const ReportDocument &report)
{
    QStringList texts{report.documentType};
    for (const ReportSection &section : report.sections)
        collectTexts(section, texts);
    return texts;
}

// The floor of the PDF: each text drawn once on A4 pages, 50 lines a page, in the
// report's font, with no wrapping, justification, tables or diagrams.
bool barePdf(const QStringList &texts, QBuffer *buffer)
{
    QPdfWriter pdf(buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(72);
    QPainter painter(&pdf);
    painter.setFont(QFont(u"Liberation Serif"_s, 13));
    int line = 0;
    for (const QString &text : texts) {
        if (line == 50) {
            pdf.newPage();
            line = 0;
        }
        painter.drawText(QPointF(85, 60 + 15 * line++), text);
    }
    return painter.end();
}

// The floor of the DOCX: the texts as paragraphs of one XML part, zipped.
bool bareDocx(const QStringList &texts, QBuffer *buffer)
{
    QuaZip zip(buffer);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(u"word/document.xml"_s)))
        return false;
    QXmlStreamWriter xml(&part);
    xml.writeStartDocument();
    xml.writeStartElement(u"document"_s);
    for (const QString &text : texts)
        xml.writeTextElement(u"p"_s, text);
    xml.writeEndDocument();
    part.close();
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

QString reportOperation(const QString &format)
{
    return u"report architecture %1"_s.arg(format.toUpper());
}

namespace {

ReportOptions architectureOptions()
{
    ReportOptions options;
    options.kind = ReportKind::Architecture;
    options.language = u"en"_s;
    return options;
}

} // namespace

QList<Measurement> benchReportContent(
    const Benchmark &benchmark, const QString &size, const ModelData &data)
{
    QList<Measurement> results;
    results.append(benchmark.measure(u"report content (architecture)"_s, size, [&]() {
        const ReportDocument report = ReportBuilder::build(data, architectureOptions());
        benchmark.check(!report.sections.isEmpty(), u"the architecture document is empty"_s);
    }));
    return results;
}

QList<Measurement> benchReportWriter(
    const Benchmark &benchmark, const QString &size, const ModelData &data, const QString &format)
{
    QList<Measurement> results;
    if (!benchmark.wanted(reportOperation(format)))
        return results;
    const std::unique_ptr<ReportWriter> writer = ReportWriter::create(format);
    benchmark.check(writer != nullptr, u"no report writer for %1"_s.arg(format));
    if (!writer)
        return results;
    const ReportDocument report = ReportBuilder::build(data, architectureOptions());
    const QStringList texts = reportTexts(report);
    Benchmark::Floor floor { u"the same text, unlaid, in the same file type"_s,
        [&]() {
            QBuffer bare;
            bare.open(QIODevice::WriteOnly);
            benchmark.check(format == u"pdf" ? barePdf(texts, &bare) : bareDocx(texts, &bare),
                u"bare %1 output failed"_s.arg(format));
        } };
    // The bare PDF is Qt's PDF engine writing each glyph of the text (and embedding
    // the fonts) and little else: the writer pays for the same engine on the same text.
    if (format == u"pdf")
        floor.sharedStep = u"Qt's PDF engine (QPdfWriter) writing the glyphs of the same text"_s;
    results.append(benchmark.measure(reportOperation(format), size,
        [&]() {
            QBuffer output;
            output.open(QIODevice::WriteOnly);
            int steps = 0;
            const bool written = writer->write(report, data, &output, [&](int, int) {
                ++steps;
                return true;
            });
            benchmark.check(written, writer->errorString());
            benchmark.check(steps > 0, u"the %1 writer reported no progress"_s.arg(format));
        },
        floor));
    return results;
}

} // namespace kt::bench
