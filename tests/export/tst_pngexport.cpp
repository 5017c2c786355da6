// PNG export: a golden image, the DPI recorded in the file, scale, background,
// the selection only, badges and labels that must not be clipped, and errors.
#include "exporttest.h"

#include <model/export/exporters/exportcontent.h>
#include <model/export/exporters/pngexporter.h>
#include <model/export/painter/diagrampainter.h>
#include <model/export/painter/diagramstyle.h>

#include <QBuffer>
#include <QImageReader>
#include <QTemporaryDir>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

// One information system (security level 4, so a red badge) at the origin:
// its badge straddles the top-right corner, outside the node's bounds.
ModelData badgeModel(const QString &name)
{
    ModelData data = test::sampleModel();
    View view;
    view.id = ViewId(u"id-v-badge"_s);
    view.name = u"badge"_s;
    Element *app = data.elements.find(ElementId(u"id-e-app"_s));
    app->name = name;
    app->properties.insert(u"securityLevel"_s, u"4"_s);
    view.nodes.append(ViewNode{NodeId(u"id-n-app"_s), NodeKind::Element, app->id, {},
                               QRectF(0, 0, 160, 60), {}, {}, {}, {}});
    data.views = {};
    data.views.append(view);
    return data;
}

bool hasColour(const QImage &image, const QRect &area, const QColor &colour)
{
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y)
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 12 && std::abs(c.green() - colour.green()) < 12
                && std::abs(c.blue() - colour.blue()) < 12)
                return true;
        }
    return false;
}

} // namespace

class TestPngExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden();
    void dpiRecorded_data();
    void dpiRecorded();
    void background();
    void badgeIsNotClipped();
    void connectionLabelIsNotClipped();
    void selectionOnly();
    void emptySelectionIsAnError();
    void tooLargeLeavesNoFile();

private:
    QTemporaryDir m_dir;
};

void TestPngExport::golden()
{
    const ModelData data = test::sampleModel();
    PngExporter exporter;
    const QImage image = exporter.render(data, data.views.at(0), {});
    QVERIFY2(!image.isNull(), qPrintable(exporter.errorString()));
    QString problem;
    QVERIFY2(test::matchesGoldenImage(image, u"sample.png"_s, 0.0005, &problem),
             qPrintable(problem));
}

void TestPngExport::dpiRecorded_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("expectedDpi");
    QTest::newRow("default") << 0 << 1.0 << 96.0;
    QTest::newRow("150 dpi") << 150 << 1.0 << 150.0;
    QTest::newRow("300 dpi") << 300 << 1.0 << 300.0;
    QTest::newRow("scale 2") << 0 << 2.0 << 192.0;
}

void TestPngExport::dpiRecorded()
{
    QFETCH(int, dpi);
    QFETCH(double, scale);
    QFETCH(double, expectedDpi);
    const ModelData data = test::sampleModel();
    const View &view = data.views.at(0);
    ExportOptions options;
    options.dpi = dpi;
    options.scale = scale;
    const QString path = m_dir.filePath(u"dpi.png"_s);
    PngExporter exporter;
    QVERIFY2(exporter.writeFile(data, view, options, path), qPrintable(exporter.errorString()));
    QImageReader reader(path);
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    // The pHYs chunk: the physical size is the diagram's at 96 units per inch.
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(expectedDpi));
    QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), qRound(expectedDpi));
    const DiagramPainter painter(&data);
    const QRectF frame = ExportContent::make(painter, view, options).frame;
    QCOMPARE(image.width(), int(std::ceil(frame.width() * expectedDpi / 96 - 1e-6)));
    QCOMPARE(image.height(), int(std::ceil(frame.height() * expectedDpi / 96 - 1e-6)));
    QCOMPARE(image.text(u"Title"_s), view.name);
}

void TestPngExport::background()
{
    const ModelData data = test::sampleModel();
    ExportOptions options;
    PngExporter exporter;
    QImage image = exporter.render(data, data.views.at(0), options);
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    options.background = ExportBackground::Transparent;
    image = exporter.render(data, data.views.at(0), options);
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    QVERIFY(image.hasAlphaChannel());
    // The bands are opaque, transparent or not.
    QCOMPARE(image.pixelColor(image.width() / 2, 30).alpha(), 255);
}

void TestPngExport::badgeIsNotClipped()
{
    const ModelData data = badgeModel(u"Ph\u1ea7n m\u1ec1m"_s);
    const View &view = data.views.at(0);
    ExportOptions options;
    options.margin = 0;
    PngExporter exporter;
    const QImage image = exporter.render(data, view, options);
    QVERIFY(!image.isNull());
    // The badge reaches 40% of its size beyond the top and the right edge.
    const double beyond = DiagramStyle::badgeSize * 0.4;
    QVERIFY2(image.width() >= 160 + beyond && image.height() >= 60 + beyond,
             qPrintable(u"%1 x %2"_s.arg(image.width()).arg(image.height())));
    // Its red shows to the right of the node and above it: the frame starts above.
    const QColor red = DiagramStyle::securityLevelColor(4);
    QVERIFY(hasColour(image, QRect(image.width() - 5, 0, 5, image.height()), red));
    QVERIFY(hasColour(image, QRect(0, 0, image.width(), 5), red));
}

void TestPngExport::connectionLabelIsNotClipped()
{
    // Two small nodes close together with a long relationship name: the label
    // is wider than the nodes and must be inside the frame.
    ModelData data = test::sampleModel();
    Relationship *r = data.relationships.find(RelationshipId(u"id-r-1"_s));
    r->name = u"trao \u0111\u1ed5i d\u1eef li\u1ec7u h\u1ed3 s\u01a1 \u0111i\u1ec7n t\u1eed li\u00ean th\u00f4ng"_s;
    View view;
    view.id = ViewId(u"id-v-label"_s);
    view.name = u"label"_s;
    view.nodes.append(ViewNode{NodeId(u"id-n-a"_s), NodeKind::Element, r->source, {},
                               QRectF(0, 0, 40, 30), {}, {}, {}, {}});
    view.nodes.append(ViewNode{NodeId(u"id-n-b"_s), NodeKind::Element, r->target, {},
                               QRectF(0, 200, 40, 30), {}, {}, {}, {}});
    view.connections.append(ViewConnection{ConnectionId(u"id-c"_s), r->id, NodeId(u"id-n-a"_s),
                                           NodeId(u"id-n-b"_s), {}, {}, {}, {}});
    const DiagramPainter painter(&data);
    const QRectF extent = ExportContent::paintedExtent(painter, view);
    QVERIFY2(extent.width() > 100, qPrintable(u"%1"_s.arg(extent.width())));
    QVERIFY(extent.left() < -30);
    QVERIFY(extent.contains(QRectF(0, 0, 40, 230)));
}

void TestPngExport::selectionOnly()
{
    const ModelData data = test::sampleModel();
    const View &view = data.views.at(0);
    // The band holds node 1: selecting the band keeps both.
    View kept = ExportContent::selected(view, {NodeId(u"id-n-band"_s)});
    QCOMPARE(kept.nodes.size(), 2);
    QVERIFY(kept.nodes.contains(NodeId(u"id-n-1"_s)));
    QCOMPARE(kept.connections.size(), 0);
    kept = ExportContent::selected(view, {NodeId(u"id-n-2"_s), NodeId(u"id-n-3"_s)});
    QCOMPARE(kept.nodes.size(), 2);
    QCOMPARE(kept.connections.size(), 1); // id-c-2, between the two
    QCOMPARE(kept.connections.at(0).id, ConnectionId(u"id-c-2"_s));

    ExportOptions options;
    options.selection = {NodeId(u"id-n-2"_s)};
    PngExporter exporter;
    const QImage whole = exporter.render(data, view, {});
    const QImage part = exporter.render(data, view, options);
    QVERIFY(!part.isNull());
    QVERIFY(part.width() < whole.width() / 2);
    QVERIFY(part.height() < whole.height() / 2);
}

void TestPngExport::emptySelectionIsAnError()
{
    const ModelData data = test::sampleModel();
    ExportOptions options;
    options.selection = {NodeId(u"id-not-there"_s)};
    PngExporter exporter;
    const QString path = m_dir.filePath(u"nothing.png"_s);
    QVERIFY(!exporter.writeFile(data, data.views.at(0), options, path));
    QVERIFY(exporter.errorString().contains(data.views.at(0).name));
    QVERIFY(!QFile::exists(path));
}

void TestPngExport::tooLargeLeavesNoFile()
{
    const ModelData data = test::sampleModel();
    ExportOptions options;
    options.dpi = 9600;
    PngExporter exporter;
    QVERIFY(QDir(m_dir.path()).mkpath(u"huge"_s));
    const QString path = m_dir.filePath(u"huge/huge.png"_s);
    QVERIFY(!exporter.writeFile(data, data.views.at(0), options, path));
    QVERIFY2(exporter.errorString().contains(u"too large"_s), qPrintable(exporter.errorString()));
    // No file, and no temporary file of QSaveFile either.
    QCOMPARE(QDir(m_dir.filePath(u"huge"_s)).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_MAIN(TestPngExport)
#include "tst_pngexport.moc"
