// Printing: the page computation (fit on one page, tiles at a scale) as a
// function, and the printed pages through QPrinter in PDF mode, with the view's
// name and "page x / y" on every page.
#include "exporttest.h"

#include <model/export/exporters/diagramprinter.h>
#include <model/export/exporters/printlayout.h>
#include <model/export/overalldiagram.h>

#include <QPrinter>
#include <QTemporaryDir>

using namespace kt;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kt::PrintMode)

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fitToPage_data();
    void fitToPage();
    void tiles_data();
    void tiles();
    void nothingToPlan();
    void printedPages_data();
    void printedPages();
    void selectionOutsideViewIsAnError();

private:
    QTemporaryDir m_dir;
};

void TestPrinting::initTestCase()
{
    // KT_KEEP_TEST_OUTPUT=1 keeps the printed PDFs to look at.
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("KT_KEEP_TEST_OUTPUT"));
    if (!m_dir.autoRemove())
        qInfo("output in %s", qPrintable(m_dir.path()));
}

void TestPrinting::fitToPage_data()
{
    QTest::addColumn<QRectF>("frame");
    QTest::addColumn<QSizeF>("area");
    QTest::addColumn<double>("pointsPerUnit");
    QTest::newRow("wide on portrait") << QRectF(0, 0, 1000, 500) << QSizeF(500, 700) << 0.5;
    QTest::newRow("tall on landscape") << QRectF(-50, 20, 300, 900) << QSizeF(800, 450) << 0.5;
    QTest::newRow("small is enlarged") << QRectF(0, 0, 100, 50) << QSizeF(800, 500) << 8.0;
}

void TestPrinting::fitToPage()
{
    QFETCH(QRectF, frame);
    QFETCH(QSizeF, area);
    QFETCH(double, pointsPerUnit);
    const PrintPlan plan = PrintLayout::plan(frame, area, PrintMode::FitToPage, 3.0);
    QCOMPARE(plan.pageCount(), 1);
    QCOMPARE(plan.columns, 1);
    QCOMPARE(plan.rows, 1);
    QCOMPARE(plan.pointsPerUnit, pointsPerUnit);
    const QRectF tile = plan.tiles.first();
    // The page shows all of the frame, centred.
    QVERIFY(tile.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(frame));
    QCOMPARE(tile.center(), frame.center());
    QCOMPARE(tile.size() * plan.pointsPerUnit, area);
}

void TestPrinting::tiles_data()
{
    QTest::addColumn<QRectF>("frame");
    QTest::addColumn<QSizeF>("area");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    // At 100% a unit is 0.75 points: 500 x 700 points hold 666.7 x 933.3 units.
    QTest::newRow("3 x 2") << QRectF(0, 0, 2000, 1000) << QSizeF(500, 700) << 1.0 << 3 << 2;
    QTest::newRow("exactly one page") << QRectF(10, 10, 400, 600) << QSizeF(300, 450) << 1.0 << 1
                                      << 1;
    QTest::newRow("a hair over one page") << QRectF(0, 0, 401, 600) << QSizeF(300, 450) << 1.0
                                          << 2 << 1;
    QTest::newRow("50% halves the pages") << QRectF(0, 0, 2000, 1000) << QSizeF(500, 700) << 0.5
                                          << 2 << 1;
    QTest::newRow("200%") << QRectF(0, 0, 2000, 1000) << QSizeF(500, 700) << 2.0 << 6 << 3;
    // 2.05 pages wide, 1.02 high: a centred grid left the first page a quarter full.
    QTest::newRow("just over two pages") << QRectF(-30, 40, 1366.7, 952) << QSizeF(500, 700)
                                         << 1.0 << 3 << 2;
}

void TestPrinting::tiles()
{
    QFETCH(QRectF, frame);
    QFETCH(QSizeF, area);
    QFETCH(double, scale);
    QFETCH(int, columns);
    QFETCH(int, rows);
    const PrintPlan plan = PrintLayout::plan(frame, area, PrintMode::Tile, scale);
    QCOMPARE(plan.columns, columns);
    QCOMPARE(plan.rows, rows);
    QCOMPARE(plan.pageCount(), qsizetype(columns) * rows);
    QCOMPARE(plan.pointsPerUnit, scale * 0.75);
    QRectF covered;
    for (qsizetype i = 0; i < plan.pageCount(); ++i) {
        const QRectF tile = plan.tiles.at(i);
        // Every tile is one page's area, row by row, side by side without overlap.
        QVERIFY(qFuzzyCompare(tile.width() * plan.pointsPerUnit, area.width()));
        QVERIFY(qFuzzyCompare(tile.height() * plan.pointsPerUnit, area.height()));
        if (i % columns > 0)
            QVERIFY(qFuzzyCompare(tile.left(), plan.tiles.at(i - 1).right()));
        if (i >= columns)
            QVERIFY(qFuzzyCompare(tile.top(), plan.tiles.at(i - columns).bottom()));
        covered |= tile;
    }
    QVERIFY(covered.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(frame));
    // The grid starts at the frame's corner: the first page is as full as the
    // diagram allows, never a blank strip beside the diagram's corner.
    QCOMPARE(plan.tiles.first().topLeft(), frame.topLeft());
    const QRectF first = plan.tiles.first().intersected(frame);
    QVERIFY(qFuzzyCompare(first.width(), std::min(frame.width(), plan.tiles.first().width())));
    QVERIFY(qFuzzyCompare(first.height(), std::min(frame.height(), plan.tiles.first().height())));
    // No page without some of the diagram.
    for (const QRectF &tile : plan.tiles)
        QVERIFY(tile.intersected(frame).width() > 1e-6 && tile.intersected(frame).height() > 1e-6);
    // The assembly marks' places, row by row.
    QCOMPARE(plan.rowOf(0), 1);
    QCOMPARE(plan.columnOf(0), 1);
    QCOMPARE(plan.rowOf(plan.pageCount() - 1), rows);
    QCOMPARE(plan.columnOf(plan.pageCount() - 1), columns);
}

void TestPrinting::nothingToPlan()
{
    QCOMPARE(PrintLayout::plan(QRectF(), QSizeF(500, 700), PrintMode::Tile, 1).pageCount(), 0);
    QCOMPARE(PrintLayout::plan(QRectF(0, 0, 10, 10), QSizeF(500, -5), PrintMode::FitToPage, 1)
                     .pageCount(),
             0);
}

void TestPrinting::printedPages_data()
{
    QTest::addColumn<PrintMode>("mode");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("paper");
    QTest::addColumn<bool>("landscape");
    QTest::newRow("fit A4 landscape") << PrintMode::FitToPage << 1.0 << int(QPageSize::A4) << true;
    QTest::newRow("tile A4 portrait 100%") << PrintMode::Tile << 1.0 << int(QPageSize::A4) << false;
    QTest::newRow("tile A3 landscape 150%") << PrintMode::Tile << 1.5 << int(QPageSize::A3) << true;
}

void TestPrinting::printedPages()
{
    QFETCH(PrintMode, mode);
    QFETCH(double, scale);
    QFETCH(int, paper);
    QFETCH(bool, landscape);
    const ModelData data = test::loadExample(u"vinhphuc-2.0.xml"_s);
    const View *view = OverallDiagram::find(data);
    QVERIFY(view);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::PageSizeId(paper)),
                                      landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    PrintOptions options;
    options.mode = mode;
    options.scale = scale;
    const PrintPlan plan = DiagramPrinter::plan(data, *view, options, printer.pageLayout());
    QVERIFY(plan.pageCount() >= 1);
    if (mode == PrintMode::Tile)
        QVERIFY(plan.pageCount() > 1); // the overall diagram is wider than a page at 100%
    DiagramPrinter printing;
    QVERIFY2(printing.print(data, *view, options, &printer), qPrintable(printing.errorString()));

    const test::ToolRun info = test::runTool(u"pdfinfo"_s, {path});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    const QRegularExpressionMatch pages =
            QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(info.out));
    QVERIFY(pages.hasMatch());
    QCOMPARE(pages.captured(1).toLongLong(), plan.pageCount());
    // The header is the top margin (15 mm) and the header line (22 pt).
    const QString header = QString::number(int(15 / 25.4 * 72 + DiagramPrinter::HeaderHeight));
    for (const qsizetype page : {qsizetype(1), plan.pageCount()}) {
        const QString number = QString::number(page);
        const auto text = [&](const QStringList &crop) {
            const test::ToolRun run = test::runTool(
                    u"pdftotext"_s,
                    QStringList{u"-f"_s, number, u"-l"_s, number} + crop + QStringList{path, u"-"_s});
            return QString::fromUtf8(run.out).normalized(QString::NormalizationForm_C).simplified();
        };
        const QString top = text({u"-x"_s, u"0"_s, u"-y"_s, u"0"_s, u"-W"_s, u"5000"_s, u"-H"_s, header});
        // Nodes cut by the page's top edge may put words beside the header's.
        for (const QString &word : view->name.split(u' '))
            QVERIFY2(top.contains(word), qPrintable(top));
        QVERIFY2(top.contains(data.info.name.right(12)), qPrintable(top));
        // In drawing order (-raw): a tile cuts through nodes, and the text of a
        // node clipped at the page's foot would otherwise mingle with the footer's.
        const QString raw = text({u"-raw"_s});
        QVERIFY2(raw.contains(u"Page %1 / %2"_s.arg(page).arg(plan.pageCount())), qPrintable(raw));
        if (mode == PrintMode::Tile) {
            // Assembly marks: where the page goes when the sheets are pasted together.
            const QString place = u"Row %1, column %2 of %3 \u00d7 %4"_s
                                          .arg(plan.rowOf(page - 1))
                                          .arg(plan.columnOf(page - 1))
                                          .arg(plan.rows)
                                          .arg(plan.columns);
            QVERIFY2(raw.contains(place), qPrintable(raw));
        }
    }
}

void TestPrinting::selectionOutsideViewIsAnError()
{
    const ModelData data = test::sampleModel();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(u"none.pdf"_s));
    PrintOptions options;
    options.selection = {NodeId(u"id-nowhere"_s)};
    DiagramPrinter printing;
    QVERIFY(!printing.print(data, data.views.at(0), options, &printer));
    QVERIFY(printing.errorString().contains(data.views.at(0).name));
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
