// PDF export: every element name extracted by pdftotext with its Vietnamese
// diacritics, every font embedded (and only the diagram font), page sizes
// fitted or on paper, and a golden rendering through pdftoppm.
#include "exporttest.h"

#include <model/export/exporters/exportcontent.h>
#include <model/export/exporters/pdfexporter.h>
#include <model/export/exporters/svgexporter.h>
#include <model/export/overalldiagram.h>
#include <model/export/painter/diagrampainter.h>

#include <QBuffer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

// Text as pdftotext gives it (NFC or NFD, lines broken where names wrap)
// made comparable: NFC and single spaces.
QString comparable(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

// The page size in points from pdfinfo ("Page size: 595.276 x 841.89 pts (A4)").
QSizeF pageSize(const QString &pdf)
{
    const test::ToolRun run = test::runTool(u"pdfinfo"_s, {pdf});
    for (const QString &line : QString::fromUtf8(run.out).split(u'\n')) {
        if (!line.startsWith(u"Page size:"))
            continue;
        const QStringList words = line.mid(10).simplified().split(u' ');
        if (words.size() >= 3)
            return QSizeF(words.at(0).toDouble(), words.at(2).toDouble());
    }
    return {};
}

// Names the painter shortens with "…" because they do not fit their node: a
// matter of the node's size, found from the SVG's text.
QStringList elidedLines(const ModelData &data, const View &view)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    SvgExporter().write(data, view, {}, &buffer);
    QStringList lines;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text") {
            const QString text = xml.readElementText();
            if (text.endsWith(u'\u2026'))
                lines.append(text);
        }
    return lines;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void fittedPage();
    void paperPage_data();
    void paperPage();
    void golden();

private:
    QTemporaryDir m_dir;
};

void TestPdfExport::examples_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("vinhphuc-1.0") << u"vinhphuc-1.0.xml"_s;
    QTest::newRow("vinhphuc-2.0") << u"vinhphuc-2.0.xml"_s;
}

void TestPdfExport::examples()
{
    QFETCH(QString, example);
    const ModelData data = test::loadExample(example);
    const View *view = OverallDiagram::find(data);
    QVERIFY(view);
    const QString path = m_dir.filePath(example + u".pdf"_s);
    PdfExporter exporter;
    QVERIFY2(exporter.writeFile(data, *view, {}, path), qPrintable(exporter.errorString()));

    // Every font embedded, and every one the diagram font: no fallback glyphs.
    const test::ToolRun fonts = test::runTool(u"pdffonts"_s, {path});
    QVERIFY2(fonts.exitCode == 0, fonts.err.constData());
    const QStringList rows = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows) {
        const QStringList columns = row.simplified().split(u' ');
        QVERIFY2(columns.size() >= 7, qPrintable(row));
        QVERIFY2(columns.at(0).startsWith(u"NotoSans"_s)
                         || columns.at(0).section(u'+', 1).startsWith(u"NotoSans"_s),
                 qPrintable(row));
        QVERIFY2(columns.at(columns.size() - 5) == u"yes", qPrintable(u"not embedded: "_s + row));
    }

    // Every element name, with its diacritics, is text in the PDF.
    const test::ToolRun text = test::runTool(u"pdftotext"_s, {path, u"-"_s});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString extracted = comparable(QString::fromUtf8(text.out));
    QVERIFY(extracted.contains(comparable(u"V\u0129nh Ph\u00fac"_s)));
    const QStringList elided = elidedLines(data, *view);
    int names = 0;
    QStringList missing;
    for (const ViewNode &node : view->nodes) {
        if (node.kind != NodeKind::Element)
            continue;
        const QString name = comparable(data.elements.find(node.element)->name);
        ++names;
        // pdftotext joins a line that ends in "-" to the next without it (its
        // dehyphenation), so "Cổng Thông tin -" / "Giao tiếp" reads "tin Giao".
        QString joined = name;
        if (extracted.contains(name) || extracted.contains(joined.replace(u" - "_s, u" "_s)))
            continue;
        // A shortened name shows up to its ellipsis.
        bool shortened = false;
        for (const QString &line : elided)
            shortened = shortened || name.contains(comparable(line.chopped(1)));
        if (!shortened)
            missing.append(name);
    }
    QVERIFY(names > 50);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"; ")));

    // No name of the examples is shortened by the painter: the layout sizes
    // every node for its name.
    QVERIFY2(elided.isEmpty(), qPrintable(elided.join(u"; ")));
}

void TestPdfExport::fittedPage()
{
    const ModelData data = test::sampleModel();
    const View &view = data.views.at(0);
    const QString path = m_dir.filePath(u"fitted.pdf"_s);
    ExportOptions options;
    PdfExporter exporter;
    QVERIFY(exporter.writeFile(data, view, options, path));
    const DiagramPainter painter(&data);
    const QRectF frame = ExportContent::make(painter, view, options).frame;
    // One diagram unit is 1/96 inch: 0.75 points.
    QSizeF size = pageSize(path);
    QVERIFY2(std::abs(size.width() - std::ceil(frame.width() * 0.75)) < 0.5, qPrintable(u"%1"_s.arg(size.width())));
    QVERIFY(std::abs(size.height() - std::ceil(frame.height() * 0.75)) < 0.5);

    options.scale = 2;
    QVERIFY(exporter.writeFile(data, view, options, path));
    size = pageSize(path);
    QVERIFY(std::abs(size.width() - std::ceil(frame.width() * 1.5)) < 0.5);
    const test::ToolRun info = test::runTool(u"pdfinfo"_s, {path});
    QVERIFY(QString::fromUtf8(info.out).contains(view.name));
}

void TestPdfExport::paperPage_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << false << QSizeF(595.3, 841.9);
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << true << QSizeF(841.9, 595.3);
    QTest::newRow("A3 landscape") << int(QPageSize::A3) << true << QSizeF(1190.6, 841.9);
}

void TestPdfExport::paperPage()
{
    QFETCH(int, paper);
    QFETCH(bool, landscape);
    QFETCH(QSizeF, points);
    const ModelData data = test::sampleModel();
    ExportOptions options;
    options.paperSize = QPageSize(QPageSize::PageSizeId(paper));
    options.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QString path = m_dir.filePath(u"paper.pdf"_s);
    PdfExporter exporter;
    QVERIFY(exporter.writeFile(data, data.views.at(0), options, path));
    const QSizeF size = pageSize(path);
    QVERIFY2(std::abs(size.width() - points.width()) < 1 && std::abs(size.height() - points.height()) < 1,
             qPrintable(u"%1 x %2"_s.arg(size.width()).arg(size.height())));
    const test::ToolRun text = test::runTool(u"pdftotext"_s, {path, u"-"_s});
    QVERIFY(comparable(QString::fromUtf8(text.out)).contains(comparable(u"C\u1ed5ng d\u1ecbch v\u1ee5 c\u00f4ng"_s)));
}

void TestPdfExport::golden()
{
    const ModelData data = test::sampleModel();
    const QString path = m_dir.filePath(u"golden.pdf"_s);
    PdfExporter exporter;
    QVERIFY(exporter.writeFile(data, data.views.at(0), {}, path));
    const QString prefix = m_dir.filePath(u"golden"_s);
    const test::ToolRun run = test::runTool(
            u"pdftoppm"_s, {u"-r"_s, u"96"_s, u"-png"_s, u"-singlefile"_s, path, prefix});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage page(prefix + u".png"_s);
    QVERIFY(!page.isNull());
    QString problem;
    QVERIFY2(test::matchesGoldenImage(page, u"sample-pdf.png"_s, 0.0005, &problem),
             qPrintable(problem));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
