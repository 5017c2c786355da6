// The figures of the printed architecture document (issue 10: "the landscape
// overall diagram readable"): the Vĩnh Phúc 2.0 overall diagram fills its
// landscape page, the text area's height less its caption within a few
// millimetres, with its caption on the same page, in the PDF (the drawing's bounds
// on the rendered page, the caption's words from pdftotext -bbox) and in the DOCX
// and the ODT, both as written (the picture's extent against the section's text
// area) and as LibreOffice prints them (the caption on the page of its picture).
// Every other figure's caption is on its figure's page too.
#include <export/exporttest.h>

#include <model/export/exporters/exportcontent.h>
#include <model/export/overalldiagram.h>
#include <model/export/painter/diagrampainter.h>
#include <model/export/reports/docxreportwriter.h>
#include <model/export/reports/htmlreportwriter.h>
#include <model/export/reports/odtreportwriter.h>
#include <model/export/reports/pdfreportwriter.h>
#include <model/report/reportbuilder.h>

#include <support/pdfwords.h>
#include <support/reportwalk.h>
#include <support/zipentry.h>

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace kt;
using namespace Qt::StringLiterals;
using kt::test::zipEntry;

namespace {

constexpr double PtPerMm = 72 / 25.4;

QString comparable(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

using Word = test::PdfWord;
using Page = test::PdfPage;

// The figures of a report in document order.
QList<const ReportFigure *> figuresOf(const ReportDocument &report)
{
    QList<const ReportFigure *> list;
    for (const ReportBlock *block : test::reportBlocks(report, ReportBlock::Kind::Figure))
        list.append(&block->figure);
    return list;
}

// The heading printed over a figure: its section's, when the figure is the
// section's first block (a component architecture); else empty.
QString headingOver(const ReportDocument &report, const ReportFigure *figure)
{
    for (const ReportSection *s : test::reportSections(report))
        if (!s->blocks.isEmpty() && &s->blocks.first().figure == figure)
            return s->heading();
    return {};
}

// Where a caption starts on a page: its first two words ("Hình 3."), whose
// number no other caption has. Null when they are not on the page.
QRectF captionStart(const Page &page, const QString &caption)
{
    const QStringList start = comparable(caption).split(u' ').mid(0, 2);
    for (qsizetype i = 0; i + 1 < page.words.size(); ++i)
        if (page.words.at(i).text == start.at(0) && page.words.at(i + 1).text == start.at(1))
            return page.words.at(i).box | page.words.at(i + 1).box;
    return {};
}

// The bounds (points) of what is drawn inside area of a page rendered at 72 dpi:
// every pixel that is not white.
QRectF drawnBounds(const QImage &image, const QRectF &area)
{
    const QRect r = area.toAlignedRect().intersected(image.rect());
    int left = INT_MAX, top = INT_MAX, right = -1, bottom = -1;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (qGray(image.pixel(x, y)) < 245) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    return right < 0 ? QRectF() : QRectF(QPointF(left, top), QPointF(right + 1, bottom + 1));
}

} // namespace

class TestReportFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdf();
    void office_data();
    void office();
    void html();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_profile;
    ModelData m_data;
    ReportDocument m_report;
    const ReportFigure *m_overall = nullptr;
};

void TestReportFigures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = test::loadExample(u"vinhphuc-2.0.xml"_s);
    const View *overall = OverallDiagram::find(m_data);
    QVERIFY(overall);
    ReportOptions options = ReportOptions::fromProperties(m_data.info.extraProperties);
    options.kind = ReportKind::Architecture;
    options.language = u"vi"_s;
    m_report = ReportBuilder::build(m_data, options);
    const QList<const ReportFigure *> figures = figuresOf(m_report);
    for (const ReportFigure *figure : figures)
        if (figure->view == overall->id)
            m_overall = figure;
    QVERIFY(m_overall && m_overall->landscape);
    QVERIFY(figures.size() > 1);
}

// The PDF: each figure drawn directly above its caption on one page; the
// overall diagram from the top of its landscape page's text area to its caption,
// which ends within a few millimetres of the text area's foot.
void TestReportFigures::pdf()
{
    for (const QString &tool : {u"pdftotext"_s, u"pdftoppm"_s})
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP("the poppler tools are not installed (scripts/install-deps.sh)");
    const QString path = m_dir.filePath(u"architecture.pdf"_s);
    PdfReportWriter writer;
    QVERIFY2(writer.writeFile(m_report, m_data, path), qPrintable(writer.errorString()));
    const QList<Page> pages = test::pdfPages(path);
    QVERIFY(!pages.isEmpty());
    const ReportPageSetup &setup = m_report.page;

    for (const ReportFigure *figure : figuresOf(m_report)) {
        int index = -1;
        QRectF start;
        for (int i = 0; i < pages.size() && index < 0; ++i) {
            start = captionStart(pages.at(i), figure->caption);
            if (!start.isNull())
                index = i;
        }
        QVERIFY2(index >= 0, qPrintable(u"no page has the caption “%1”"_s.arg(figure->caption)));
        const Page &page = pages.at(index);
        QCOMPARE(page.size.width() > page.size.height(), figure->landscape);
        const QString heading = headingOver(m_report, figure);
        QVERIFY2(heading.isEmpty() || page.text().contains(comparable(heading)), qPrintable(heading));
        const QRectF content(setup.leftMm * PtPerMm, setup.topMm * PtPerMm,
                             page.size.width() - (setup.leftMm + setup.rightMm) * PtPerMm,
                             page.size.height() - (setup.topMm + setup.bottomMm) * PtPerMm);

        const QString base = m_dir.filePath(u"page%1"_s.arg(index + 1));
        const QString number = QString::number(index + 1);
        const test::ToolRun run = test::runTool(
                u"pdftoppm"_s, {u"-r"_s, u"72"_s, u"-gray"_s, u"-singlefile"_s, u"-f"_s, number,
                                u"-l"_s, number, path, base});
        QCOMPARE(run.exitCode, 0);
        const QImage image(base + u".pgm"_s);
        QVERIFY(!image.isNull());
        // The drawing: what is painted in the text area above the caption.
        QRectF above = content;
        above.setBottom(start.top() - 1);
        const QRectF drawing = drawnBounds(image, above);
        QVERIFY2(!drawing.isNull(), qPrintable(u"nothing drawn above “%1”"_s.arg(figure->caption)));
        // The picture ends just above its caption (6 pt between them).
        QVERIFY2(start.top() - drawing.bottom() < 5 * PtPerMm,
                 qPrintable(u"%1: the drawing ends %2 mm above its caption"_s.arg(figure->caption)
                                    .arg((start.top() - drawing.bottom()) / PtPerMm)));
        if (figure != m_overall)
            continue;
        // The caption is what is printed last on the page: its foot is the page's.
        double captionBottom = start.bottom();
        for (const Word &w : page.words)
            if (w.box.top() >= start.top() - 1)
                captionBottom = std::max(captionBottom, w.box.bottom());
        const double gapTop = (drawing.top() - content.top()) / PtPerMm;
        const double gapBottom = (content.bottom() - captionBottom) / PtPerMm;
        qInfo("overall diagram page %d: %.1f mm free above the drawing, %.1f mm under the caption; "
              "drawing %.1f x %.1f mm",
              index + 1, gapTop, gapBottom, drawing.width() / PtPerMm, drawing.height() / PtPerMm);
        // The smallest name on paper: the painter's label font of each node (in
        // points at 96 diagram units an inch) at the printed scale.
        const DiagramPainter painter(&m_data);
        const View *view = m_data.views.find(figure->view);
        const double ptPerUnit = drawing.height() / ExportContent::paintedExtent(painter, *view).height();
        double smallest = 1e9;
        QString name;
        for (const ViewNode &node : view->nodes) {
            if (node.kind != NodeKind::Element && node.kind != NodeKind::Group)
                continue;
            const double pt = painter.labelFont(node).pointSizeF() * 96 / 72 * ptPerUnit;
            if (pt < smallest) {
                smallest = pt;
                const Element *element = m_data.elements.find(node.element);
                name = element ? element->name : node.label;
            }
        }
        qInfo("smallest name on paper: %.1f pt (“%s”, %.0f %% of the diagram's size)", smallest,
              qPrintable(name), ptPerUnit / 0.75 * 100);
        QVERIFY2(gapTop < 2.5, qPrintable(QString::number(gapTop)));
        QVERIFY2(gapBottom >= -0.5 && gapBottom < 6, qPrintable(QString::number(gapBottom)));
    }
}

void TestReportFigures::office_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("docx") << u"docx"_s;
    QTest::newRow("odt") << u"odt"_s;
}

// The DOCX and the ODT: the overall diagram's picture as high as the landscape
// text area less its caption (a line or two and the spacing); in LibreOffice's
// PDF every caption on the page of its picture, the overall one on a landscape page.
void TestReportFigures::office()
{
    QFETCH(QString, format);
    const QString path = m_dir.filePath(u"architecture."_s + format);
    std::unique_ptr<ReportWriter> writer;
    if (format == u"docx")
        writer = std::make_unique<DocxReportWriter>();
    else
        writer = std::make_unique<OdtReportWriter>();
    QVERIFY2(writer->writeFile(m_report, m_data, path), qPrintable(writer->errorString()));

    // The picture's size as written, and the text area of the page it is on.
    QSizeF pictureMm;
    QSizeF areaMm;
    if (format == u"docx") {
        QXmlStreamReader xml(zipEntry(path, u"word/document.xml"_s));
        bool found = false;
        bool margins = false;
        QSizeF extent;
        while (!xml.atEnd() && !margins) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.qualifiedName() == u"wp:extent")
                extent = QSizeF(a.value(u"cx"_s).toDouble(), a.value(u"cy"_s).toDouble()) / 36000;
            else if (xml.qualifiedName() == u"wp:docPr" && a.value(u"descr"_s) == m_overall->caption) {
                found = true;
                pictureMm = extent;
            }
            // The section the picture is in ends with the first properties after it.
            else if (found && xml.qualifiedName() == u"w:pgSz")
                areaMm = QSizeF(a.value(u"w:w"_s).toDouble(), a.value(u"w:h"_s).toDouble()) / (1440 / 25.4);
            else if (found && xml.qualifiedName() == u"w:pgMar") {
                areaMm -= QSizeF(a.value(u"w:left"_s).toDouble() + a.value(u"w:right"_s).toDouble(),
                                 a.value(u"w:top"_s).toDouble() + a.value(u"w:bottom"_s).toDouble())
                          / (1440 / 25.4);
                margins = true;
            }
        }
        QVERIFY(!xml.hasError());
    } else {
        QXmlStreamReader xml(zipEntry(path, u"content.xml"_s));
        QSizeF frame;
        while (!xml.atEnd() && pictureMm.isEmpty()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.qualifiedName() == u"draw:frame")
                frame = QSizeF(a.value(u"svg:width"_s).chopped(2).toDouble(),
                               a.value(u"svg:height"_s).chopped(2).toDouble());
            else if (xml.qualifiedName() == u"svg:title" && xml.readElementText() == m_overall->caption)
                pictureMm = frame;
        }
        // Its page: the Landscape master page's layout.
        QXmlStreamReader styles(zipEntry(path, u"styles.xml"_s));
        bool landscape = false;
        while (!styles.atEnd() && areaMm.isEmpty()) {
            if (styles.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = styles.attributes();
            if (styles.qualifiedName() == u"style:page-layout")
                landscape = a.value(u"style:name"_s) == u"LandscapeLayout";
            else if (landscape && styles.qualifiedName() == u"style:page-layout-properties")
                // The page number sits in the top margin (the layout's is half of
                // it, the header the rest): the text is between the report's margins.
                areaMm = QSizeF(a.value(u"fo:page-width"_s).chopped(2).toDouble(),
                                a.value(u"fo:page-height"_s).chopped(2).toDouble())
                        - QSizeF(m_report.page.leftMm + m_report.page.rightMm,
                                 m_report.page.topMm + m_report.page.bottomMm);
        }
    }
    QVERIFY2(!pictureMm.isEmpty(), "the overall diagram's picture is not in the document");
    QVERIFY(areaMm.width() > areaMm.height());
    const double under = areaMm.height() - pictureMm.height();
    qInfo("%s: picture %.1f x %.1f mm in a text area of %.1f x %.1f mm: %.1f mm left for the caption",
          qPrintable(format), pictureMm.width(), pictureMm.height(), areaMm.width(), areaMm.height(), under);
    QVERIFY(pictureMm.width() <= areaMm.width() + 0.1);
    // A caption line (14 pt, 6.2 mm) with its spacing at least; two and the spacing at most.
    QVERIFY2(under > 8 && under < 20, qPrintable(QString::number(under)));

    if (QStandardPaths::findExecutable(u"soffice"_s).isEmpty()
        || QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
        QSKIP("LibreOffice or poppler is not installed: scripts/install-deps.sh");
    const QString pdf = test::libreOfficePdf(path, m_dir.path(), m_profile.path());
    QVERIFY2(!pdf.isEmpty(), "LibreOffice could not convert the report");
    if (qEnvironmentVariableIsSet("KT_KEEP_REPORTS"))
        QFile::copy(pdf, qEnvironmentVariable("KT_KEEP_REPORTS") + u"/figures-"_s + format + u".pdf"_s);
    // The pictures' pages, in document order (a picture with transparency has
    // its mask listed after it).
    const test::ToolRun images = test::runTool(u"pdfimages"_s, {u"-list"_s, pdf});
    QCOMPARE(images.exitCode, 0);
    QList<int> imagePages;
    for (const QString &line : QString::fromUtf8(images.out).split(u'\n').mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() > 3 && columns.at(2) == u"image")
            imagePages.append(columns.at(0).toInt());
    }
    const QList<const ReportFigure *> figures = figuresOf(m_report);
    QCOMPARE(imagePages.size(), figures.size());
    const QList<Page> pages = test::pdfPages(pdf);
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const int page = imagePages.at(i);
        QVERIFY(page >= 1 && page <= pages.size());
        QVERIFY2(!captionStart(pages.at(page - 1), figures.at(i)->caption).isNull(),
                 qPrintable(u"page %1 has the picture of “%2” but not its caption"_s.arg(page).arg(
                         figures.at(i)->caption)));
        const QSizeF size = pages.at(page - 1).size;
        QCOMPARE(size.width() > size.height(), figures.at(i)->landscape);
        // The heading over a figure is on its page, not alone on the one before.
        const QString heading = headingOver(m_report, figures.at(i));
        QVERIFY2(heading.isEmpty() || pages.at(page - 1).text().contains(comparable(heading)),
                 qPrintable(u"page %1 has the picture of “%2” but not the heading “%3”"_s.arg(page).arg(
                         figures.at(i)->caption, heading)));
    }
}

// The HTML: each figure carries the height it may take on paper, which the print
// style sheet gives its drawing; the overall diagram's is the landscape text area
// less its caption, and the text on paper is as wide as the page's.
void TestReportFigures::html()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    HtmlReportWriter writer;
    QVERIFY2(writer.write(m_report, m_data, &buffer), qPrintable(writer.errorString()));
    QXmlStreamReader xml(bytes);
    QString style;
    QString height;
    QString overallHeight;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"style" && style.isEmpty()) // the page's, in its head
            style = xml.readElementText();
        else if (xml.name() == u"figure")
            height = xml.attributes().value(u"style"_s).toString();
        else if (xml.name() == u"figcaption" && comparable(xml.readElementText()) == comparable(m_overall->caption))
            overallHeight = height;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(style.contains(u"max-height: var(--figure-height"_s));
    QVERIFY(style.contains(u"@media print { body { max-width: none;"_s));
    static const QRegularExpression value(u"^--figure-height: ([0-9.]+)mm$"_s);
    const QRegularExpressionMatch m = value.match(overallHeight);
    QVERIFY2(m.hasMatch(), qPrintable(overallHeight));
    const double textHeight = 210 - m_report.page.topMm - m_report.page.bottomMm;
    const double under = textHeight - m.captured(1).toDouble();
    QVERIFY2(under > 8 && under < 20, qPrintable(QString::number(under)));
}

QTEST_MAIN(TestReportFigures)
#include "tst_reportfigures.moc"
