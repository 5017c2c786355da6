// The captions of tables and figures look the same in the four report formats:
// the DOCX's and the ODT's Caption and Table Caption styles, the HTML's caption
// and figcaption rules and the PDF's caption font are all bold, or all italic,
// alike (issue 10: the PDF's were bold and the DOCX's italic).

#include <export/exporttest.h>

#include <model/export/reports/docxreportwriter.h>
#include <model/export/reports/htmlreportwriter.h>
#include <model/export/reports/odtreportwriter.h>
#include <model/export/reports/reportstyle.h>
#include <model/export/reports/reporttablelayout.h>
#include <model/report/reportbuilder.h>

#include <support/zipentry.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace kt;
using namespace Qt::StringLiterals;
using kt::test::zipEntry;

namespace {

struct Look
{
    bool bold = false;
    bool italic = false;
    bool operator==(const Look &) const = default;
};

QString describe(const Look &look)
{
    return u"bold %1, italic %2"_s.arg(look.bold ? u"yes"_s : u"no"_s,
                                       look.italic ? u"yes"_s : u"no"_s);
}

// The DOCX's paragraph styles by id, with their base and their own bold and italic.
struct DocxStyle
{
    QString basedOn;
    std::optional<bool> bold;
    std::optional<bool> italic;
};

QMap<QString, DocxStyle> docxStyles(const QByteArray &xml)
{
    QMap<QString, DocxStyle> styles;
    QXmlStreamReader reader(xml);
    QString id;
    bool inRun = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.qualifiedName() == u"w:rPr")
            inRun = false;
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.qualifiedName();
        // A toggle property is on unless its w:val says 0 or false.
        const QString val = reader.attributes().value(u"w:val"_s).toString();
        const bool on = val.isEmpty() || (val != u"0" && val != u"false");
        if (name == u"w:style") {
            id = reader.attributes().value(u"w:styleId"_s).toString();
            styles.insert(id, {});
        } else if (name == u"w:basedOn" && !id.isEmpty()) {
            styles[id].basedOn = val;
        } else if (name == u"w:rPr" && !id.isEmpty()) {
            inRun = true;
        } else if (inRun && name == u"w:b") {
            styles[id].bold = on;
        } else if (inRun && name == u"w:i") {
            styles[id].italic = on;
        }
    }
    return styles;
}

// A style's look with what it inherits.
Look docxLook(const QMap<QString, DocxStyle> &styles, QString id)
{
    std::optional<bool> bold;
    std::optional<bool> italic;
    for (int depth = 0; depth < 10 && styles.contains(id); ++depth) {
        const DocxStyle &s = styles.value(id);
        if (!bold)
            bold = s.bold;
        if (!italic)
            italic = s.italic;
        id = s.basedOn;
    }
    return {bold.value_or(false), italic.value_or(false)};
}

// The ODT's paragraph styles (styles.xml) with their parent and text properties.
Look odtLook(const QByteArray &xml, const QString &name)
{
    QMap<QString, QString> parents;
    QMap<QString, std::optional<bool>> bold;
    QMap<QString, std::optional<bool>> italic;
    QXmlStreamReader reader(xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.qualifiedName() == u"style:style") {
            current = a.value(u"style:name"_s).toString();
            parents.insert(current, a.value(u"style:parent-style-name"_s).toString());
        } else if (reader.qualifiedName() == u"style:text-properties" && !current.isEmpty()) {
            if (a.hasAttribute(u"fo:font-weight"_s))
                bold[current] = a.value(u"fo:font-weight"_s) == u"bold";
            if (a.hasAttribute(u"fo:font-style"_s))
                italic[current] = a.value(u"fo:font-style"_s) == u"italic";
        }
    }
    std::optional<bool> b;
    std::optional<bool> i;
    QString id = name;
    for (int depth = 0; depth < 10 && parents.contains(id); ++depth) {
        if (!b)
            b = bold.value(id);
        if (!i)
            i = italic.value(id);
        id = parents.value(id);
    }
    return {b.value_or(false), i.value_or(false)};
}

// The HTML's look of an element from its style sheet: the last rule naming it
// alone that sets the property wins (the sheet has no other selectors for it).
Look htmlLook(const QString &html, const QString &element)
{
    const qsizetype from = html.indexOf(u"<style"_s);
    const qsizetype to = html.indexOf(u"</style>"_s, from);
    const QString css = html.mid(from, to - from);
    Look look;
    static const QRegularExpression rule(u"([^{}]+)\\{([^}]*)\\}"_s);
    QRegularExpressionMatchIterator it = rule.globalMatch(css);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QStringList selectors;
        for (const QString &s : m.captured(1).split(u','))
            selectors.append(s.trimmed());
        if (!selectors.contains(element))
            continue;
        const QString body = m.captured(2);
        static const QRegularExpression weight(u"font-weight:\\s*(\\w+)"_s);
        static const QRegularExpression style(u"font-style:\\s*(\\w+)"_s);
        const QRegularExpressionMatch w = weight.match(body);
        if (w.hasMatch())
            look.bold = w.captured(1) == u"bold";
        const QRegularExpressionMatch s = style.match(body);
        if (s.hasMatch())
            look.italic = s.captured(1) == u"italic";
    }
    return look;
}

} // namespace

class TestReportCaptions : public QObject
{
    Q_OBJECT

private slots:
    void sameInEveryFormat();
};

void TestReportCaptions::sameInEveryFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ModelData data = test::loadExample(u"vinhphuc-2.0.xml"_s);
    ReportOptions options;
    options.kind = ReportKind::Architecture;
    const ReportDocument report = ReportBuilder::build(data, options);

    // The PDF: the font its table and figure captions are set in.
    ReportStyle fonts;
    const ReportTableLayout::Fonts pdfFonts = ReportTableLayout::fonts(fonts, report.page.bodyPt);
    const Look pdf{fonts.spec(pdfFonts.caption).bold, fonts.spec(pdfFonts.caption).italic};
    QCOMPARE(fonts.spec(pdfFonts.caption).pt, report.page.bodyPt);

    // The DOCX: its Caption (figures) and Table Caption styles, and no caption
    // paragraph of the document overrides them.
    const QString docxPath = dir.filePath(u"r.docx"_s);
    DocxReportWriter docx;
    QVERIFY2(docx.writeFile(report, data, docxPath), qPrintable(docx.errorString()));
    const QMap<QString, DocxStyle> styles = docxStyles(zipEntry(docxPath, u"word/styles.xml"_s));
    QVERIFY(styles.contains(u"Caption"_s));
    QVERIFY(styles.contains(u"TableCaption"_s));
    const Look docxFigure = docxLook(styles, u"Caption"_s);
    const Look docxTable = docxLook(styles, u"TableCaption"_s);
    const QString document = QString::fromUtf8(zipEntry(docxPath, u"word/document.xml"_s));
    static const QRegularExpression captionParagraph(
            u"<w:p>(?:(?!</w:p>).)*w:val=\"(?:Table)?Caption\"(?:(?!</w:p>).)*</w:p>"_s,
            QRegularExpression::DotMatchesEverythingOption);
    int captions = 0;
    QRegularExpressionMatchIterator it = captionParagraph.globalMatch(document);
    while (it.hasNext()) {
        const QString paragraph = it.next().captured(0);
        ++captions;
        QVERIFY2(!paragraph.contains(u"<w:i/>"_s) && !paragraph.contains(u"<w:b/>"_s),
                 qPrintable(paragraph.left(300)));
    }
    QVERIFY2(captions >= 2, "the report has no table or figure captions");

    // The ODT: the same styles.
    const QString odtPath = dir.filePath(u"r.odt"_s);
    OdtReportWriter odt;
    QVERIFY2(odt.writeFile(report, data, odtPath), qPrintable(odt.errorString()));
    const QByteArray odtStyles = zipEntry(odtPath, u"styles.xml"_s);
    QVERIFY(odtStyles.contains("style:name=\"Caption\""));
    const Look odtFigure = odtLook(odtStyles, u"Caption"_s);
    const Look odtTable = odtLook(odtStyles, u"TableCaption"_s);
    QVERIFY(odtStyles.contains("style:name=\"TableCaption\""));

    // The HTML: the caption (tables) and figcaption rules.
    const QString htmlPath = dir.filePath(u"r.html"_s);
    HtmlReportWriter html;
    QVERIFY2(html.writeFile(report, data, htmlPath), qPrintable(html.errorString()));
    QFile htmlFile(htmlPath);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(page.contains(u"<caption>"_s));
    QVERIFY(page.contains(u"<figcaption>"_s));
    const Look htmlTable = htmlLook(page, u"caption"_s);
    const Look htmlFigure = htmlLook(page, u"figcaption"_s);

    const QList<std::pair<const char *, Look>> looks{
            {"DOCX Caption", docxFigure}, {"DOCX Table Caption", docxTable},
            {"ODT Caption", odtFigure},   {"ODT Table Caption", odtTable},
            {"HTML caption", htmlTable},  {"HTML figcaption", htmlFigure}};
    for (const auto &[format, look] : looks)
        QVERIFY2(look == pdf, qPrintable(u"%1 is %2, the PDF's captions %3"_s.arg(
                                      QLatin1String(format), describe(look), describe(pdf))));
    // Bold and upright, as the approved documents title their tables.
    QVERIFY(pdf.bold);
    QVERIFY(!pdf.italic);
}

QTEST_MAIN(TestReportCaptions)
#include "tst_reportcaptions.moc"
