// SVG export: real, searchable text with Vietnamese names, title and
// description, escaping of hostile names, a golden file, valid XML for both
// examples, and the same picture as our PNG when rendered by rsvg-convert.
#include "exporttest.h"

#include <model/export/exporters/exportcontent.h>
#include <model/export/exporters/pngexporter.h>
#include <model/export/exporters/svgexporter.h>
#include <model/export/overalldiagram.h>
#include <model/export/painter/diagrampainter.h>

#include <QBuffer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

struct ParsedSvg
{
    bool valid = false;
    QString error;
    QString viewBox;
    QString title;
    QString description;
    QStringList texts;        // every <text>, in order
    QStringList fontFamilies; // of every <text>
};

ParsedSvg parse(const QByteArray &svg)
{
    ParsedSvg result;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"svg") {
            result.viewBox = xml.attributes().value(u"viewBox"_s).toString();
        } else if (name == u"title") {
            result.title = xml.readElementText();
        } else if (name == u"desc") {
            result.description = xml.readElementText();
        } else if (name == u"text") {
            result.fontFamilies.append(xml.attributes().value(u"font-family"_s).toString());
            result.texts.append(xml.readElementText());
        }
    }
    result.valid = !xml.hasError();
    result.error = xml.errorString();
    return result;
}

QByteArray exportSvg(const ModelData &data, const View &view, const ExportOptions &options = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    SvgExporter exporter;
    if (!exporter.write(data, view, options, &buffer))
        qWarning("%s", qPrintable(exporter.errorString()));
    return bytes;
}

} // namespace

class TestSvgExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realTextAndMetadata();
    void escaping_data();
    void escaping();
    void viewBoxAndSize();
    void golden();
    void examplesAreValidXml_data();
    void examplesAreValidXml();
    void rsvgMatchesPng_data();
    void rsvgMatchesPng();

private:
    QTemporaryDir m_dir;
};

void TestSvgExport::realTextAndMetadata()
{
    const ModelData data = test::sampleModel();
    const View &view = data.views.at(0);
    const ParsedSvg svg = parse(exportSvg(data, view));
    QVERIFY2(svg.valid, qPrintable(svg.error));
    QCOMPARE(svg.title, view.name);
    QVERIFY(svg.description.contains(data.info.name));
    QVERIFY(svg.description.contains(view.documentation));
    // Names wrap at spaces into lines of their own <text>: joined, they read again.
    const QString all = svg.texts.join(u' ');
    for (const ViewNode &node : view.nodes) {
        const QString name = node.kind == NodeKind::Element
                ? data.elements.find(node.element)->name
                : node.label;
        QVERIFY2(all.contains(name), qPrintable(name));
    }
    // "Hệ thống" with its diacritics, searchable as it is written.
    QVERIFY(all.contains(u"H\u1ec7 th\u1ed1ng"_s));
    QVERIFY(svg.fontFamilies.contains(u"Noto Sans"_s));
}

void TestSvgExport::escaping_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("script") << u"<script>alert('x')</script>"_s;
    QTest::newRow("ampersand") << u"S\u1edf KH&CN & \"m\u1ed9t c\u1eeda\""_s;
    QTest::newRow("entity-like") << u"&amp; &lt;b&gt; ]]> <!-- x -->"_s;
}

void TestSvgExport::escaping()
{
    QFETCH(QString, name);
    ModelData data = test::sampleModel();
    Element *element = data.elements.find(ElementId(u"id-e-citizen"_s));
    element->name = name;
    View view = data.views.at(0);
    view.name = name;
    view.documentation = name;
    const QByteArray bytes = exportSvg(data, view);
    QVERIFY(!bytes.contains("<script"));
    const ParsedSvg svg = parse(bytes);
    QVERIFY2(svg.valid, qPrintable(svg.error));
    QCOMPARE(svg.title, name);
    QVERIFY(svg.description.contains(name));
    // A word wider than the node breaks anywhere: compare without the breaks.
    const auto solid = [](QString text) { return text.remove(u' '); };
    QVERIFY2(solid(svg.texts.join(QString())).contains(solid(name)),
             qPrintable(svg.texts.join(u'|')));
}

void TestSvgExport::viewBoxAndSize()
{
    const ModelData data = test::sampleModel();
    const View &view = data.views.at(0);
    ExportOptions options;
    options.margin = 15;
    const DiagramPainter painter(&data);
    const QRectF frame = ExportContent::make(painter, view, options).frame;
    const ParsedSvg svg = parse(exportSvg(data, view, options));
    QCOMPARE(svg.viewBox, u"%1 %2 %3 %4"_s.arg(frame.x()).arg(frame.y()).arg(frame.width())
                                  .arg(frame.height()));
    // The content (0,0 .. 600,330 plus badges) and the margin are inside.
    QVERIFY(frame.contains(QRectF(-15, -15, 630, 360)));
    QVERIFY(frame.width() < 660);
}

void TestSvgExport::golden()
{
    const ModelData data = test::sampleModel();
    const QString actual = test::normalisedSvg(exportSvg(data, data.views.at(0)));
    QFile file(test::goldenPath(u"sample.svg"_s));
    if (test::updatingGolden()) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual.toUtf8());
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), "no golden file (run with UPDATE_GOLDEN=1)");
    const QString golden = QString::fromUtf8(file.readAll());
    if (actual != golden) {
        const QStringList a = actual.split(u'\n');
        const QStringList g = golden.split(u'\n');
        for (qsizetype i = 0; i < std::min(a.size(), g.size()); ++i)
            if (a.at(i) != g.at(i))
                QFAIL(qPrintable(u"line %1:\n  %2\nexpected\n  %3"_s.arg(i + 1).arg(a.at(i), g.at(i))));
        QCOMPARE(a.size(), g.size());
    }
}

void TestSvgExport::examplesAreValidXml_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("vinhphuc-1.0") << u"vinhphuc-1.0.xml"_s;
    QTest::newRow("vinhphuc-2.0") << u"vinhphuc-2.0.xml"_s;
}

void TestSvgExport::examplesAreValidXml()
{
    QFETCH(QString, example);
    const ModelData data = test::loadExample(example);
    const View *view = OverallDiagram::find(data);
    QVERIFY(view);
    const QString path = m_dir.filePath(example + u".svg"_s);
    SvgExporter exporter;
    QVERIFY2(exporter.writeFile(data, *view, {}, path), qPrintable(exporter.errorString()));
    const test::ToolRun run = test::runTool(u"xmllint"_s, {u"--noout"_s, path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
}

void TestSvgExport::rsvgMatchesPng_data()
{
    examplesAreValidXml_data();
}

void TestSvgExport::rsvgMatchesPng()
{
    QFETCH(QString, example);
    const ModelData data = test::loadExample(example);
    const View *view = OverallDiagram::find(data);
    QVERIFY(view);
    const QString svgPath = m_dir.filePath(example + u".svg"_s);
    const QString rendered = m_dir.filePath(example + u".rsvg.png"_s);
    SvgExporter svg;
    QVERIFY(svg.writeFile(data, *view, {}, svgPath));
    // rsvg-convert sizes the page from width and height in mm at 96 dpi.
    const test::ToolRun run = test::runTool(u"rsvg-convert"_s,
                                            {u"--dpi-x=96"_s, u"--dpi-y=96"_s, u"-o"_s, rendered, svgPath});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    PngExporter png;
    const QImage ours = png.render(data, *view, {});
    QImage theirs(rendered);
    QVERIFY(!theirs.isNull());
    QVERIFY2(std::abs(theirs.width() - ours.width()) <= 1
                     && std::abs(theirs.height() - ours.height()) <= 1,
             qPrintable(u"%1x%2 against %3x%4"_s.arg(theirs.width()).arg(theirs.height())
                                .arg(ours.width()).arg(ours.height())));
    theirs = theirs.copy(QRect(QPoint(0, 0), ours.size()));
    // Two rasterisers differ in anti-aliasing and glyph rendering, not in what
    // is drawn where: few pixels differ much, and little on average.
    const test::ImageDifference d = test::compareImages(ours, theirs, 96);
    qInfo("%s: %.2f%% of pixels differ by more than 96, mean error %.2f", qPrintable(example),
          d.differing * 100, d.meanError);
    QVERIFY(d.differing < 0.02);
    QVERIFY(d.meanError < 5);
}

QTEST_MAIN(TestSvgExport)
#include "tst_svgexport.moc"
