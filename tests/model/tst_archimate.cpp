// Archi's .archimate files (model/io/archimatereader.h): Archisurance opens whole
// (counted here independently of the reader) and re-exports as valid exchange XML;
// our fixtures check geometry, bendpoints, attributes and folders; what the model
// cannot hold is a finding; hostile files are refused with a message. The zipped
// form needs QuaZip (model/export): tests/cli/tst_cliarchimate.cpp.
#include <support/exchangefixtures.h>
#include <support/exchangeschema.h>
#include <support/modelcompare.h>
#include <support/shareddir.h>

#include <model/io/archicsv.h>
#include <model/io/archimatereader.h>
#include <model/io/exchangemapping.h>
#include <model/modelfile.h>

#include <QFile>
#include <QHash>
#include <QTest>
#include <QXmlStreamReader>

using namespace kt;
using namespace Qt::StringLiterals;
using kt::test::valuesOf;

namespace {

const QString Archisurance = u"interop/archi/models/Archisurance.archimate"_s;
const QString Fixtures = QStringLiteral(KT_TEST_DATA_DIR "/archimate/");

// Counts of an Archi file made with a plain XML reader, not with the code under test.
struct ArchiCounts
{
    int elements = 0;
    int relationships = 0;
    QHash<QString, int> nodes; // view name -> <child> objects, nested ones too
    QHash<QString, int> connections; // view name -> <sourceConnection>s
};

ArchiCounts countArchi(const QString &path)
{
    ArchiCounts counts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    QXmlStreamReader xml(&file);
    const QString xsi = u"http://www.w3.org/2001/XMLSchema-instance"_s;
    QString view;
    int depth = 0;
    int viewDepth = -1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depth-- == viewDepth)
                viewDepth = -1;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QString type = xml.attributes().value(xsi, u"type"_s).toString();
        if (xml.name() == u"element") {
            if (type == u"archimate:ArchimateDiagramModel") {
                view = xml.attributes().value(u"name"_s).toString();
                viewDepth = depth;
                counts.nodes[view] = 0;
                counts.connections[view] = 0;
            } else if (type.endsWith(u"Relationship")) {
                ++counts.relationships;
            } else if (!type.endsWith(u"Model")) {
                ++counts.elements;
            }
        } else if (viewDepth >= 0 && xml.name() == u"child") {
            ++counts.nodes[view];
        } else if (viewDepth >= 0 && xml.name() == u"sourceConnection") {
            ++counts.connections[view];
        }
    }
    return counts;
}

const View *viewNamed(const ModelData &data, const QString &name)
{
    for (const View &view : data.views)
        if (view.name == name)
            return &view;
    return nullptr;
}


bool readBytes(const QByteArray &xml, ModelData *data, QString *error,
               QStringList *findings = nullptr)
{
    ArchimateReader reader;
    const bool ok = reader.read(xml, u"test.archimate"_s, *data);
    *error = reader.errorString();
    if (findings)
        *findings = reader.findings();
    return ok;
}

} // namespace

class TestArchimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void archisurance();
    void archisuranceReexports();
    void geometry();
    void bendpoints();
    void concepts();
    void findings();
    void refused_data();
    void refused();
    void modelFileReadsOnly();

private:
    test::ExchangeSchema m_schemas;
};

void TestArchimate::initTestCase()
{
    const QString problem = m_schemas.prepare();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestArchimate::archisurance()
{
    KT_SHARED_PATH_OR_SKIP(path, Archisurance);
    const ArchiCounts expected = countArchi(path);
    // The README of the shared folder says 17 views; the plain count agrees.
    QCOMPARE(expected.nodes.size(), 17);
    QStringList findings;
    const Result<ModelData> data = ModelFile::load(path, &findings);
    QVERIFY2(data, qPrintable(data.error()));
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    QCOMPARE(data->elements.size(), expected.elements);
    QCOMPARE(data->relationships.size(), expected.relationships);
    QCOMPARE(data->views.size(), expected.nodes.size());
    int nodes = 0;
    int connections = 0;
    for (auto it = expected.nodes.cbegin(); it != expected.nodes.cend(); ++it) {
        const View *view = viewNamed(data.value(), it.key());
        QVERIFY2(view, qPrintable(it.key()));
        QCOMPARE(view->nodes.size(), it.value());
        QCOMPARE(view->connections.size(), expected.connections.value(it.key()));
        nodes += it.value();
        connections += view->connections.size();
    }
    // The README's figures: 222 diagram objects, 15 groups, 12 view references, 199 connections.
    QCOMPARE(nodes, 222 + 15 + 12);
    QCOMPARE(connections, 199);
    // Archi's numeric identifiers became XML names as Archi's exchange export makes them.
    QVERIFY(data->elements.contains(ElementId(u"id-650"_s)));
}

void TestArchimate::archisuranceReexports()
{
    KT_SHARED_PATH_OR_SKIP(path, Archisurance);
    const Result<ModelData> data = ModelFile::load(path);
    QVERIFY2(data, qPrintable(data.error()));
    QString error;
    const QByteArray xml = test::toXml(data.value(), &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    if (!m_schemas.isReady())
        QSKIP(test::missingSharedMessage(test::ExchangeSchema::sharedDir()).constData());
    const QString problems = m_schemas.validate(xml);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // Read back: every identifier kept, every view whole.
    ModelData back;
    QVERIFY2(test::fromXml(xml, &back, &error), qPrintable(error));
    QCOMPARE(back.elements.size(), data->elements.size());
    QCOMPARE(back.relationships.size(), data->relationships.size());
    for (const Relationship &r : data->relationships)
        QVERIFY(back.relationships.contains(r.id));
    for (const View &view : data->views) {
        const View *other = back.views.find(view.id);
        QVERIFY(other);
        QCOMPARE(other->nodes.size(), view.nodes.size());
        QCOMPARE(other->connections.size(), view.connections.size());
    }
}

void TestArchimate::geometry()
{
    const Result<ModelData> data = ModelFile::load(Fixtures + u"nested.archimate"_s);
    QVERIFY2(data, qPrintable(data.error()));
    const View *view = viewNamed(data.value(), u"Main"_s);
    QVERIFY(view);
    QCOMPARE(view->nodes.size(), 8);
    QCOMPARE(view->connections.size(), 5);
    const auto node = [&](const char *id) { return view->nodes.find(NodeId(QString::fromLatin1(id))); };
    // Bounds relative to the parent become absolute.
    QCOMPARE(node("g1")->bounds, QRectF(10, 20, 500, 300));
    QCOMPARE(node("g2")->bounds, QRectF(40, 60, 300, 200));
    QCOMPARE(node("g2")->parent, NodeId(u"g1"_s));
    QCOMPARE(node("n1")->parent, NodeId(u"g2"_s));
    // -1 is Archi's default size: 120 x 55 for an element, 185 x 80 for a note,
    // 15 x 15 for a junction.
    QCOMPARE(node("n1")->bounds, QRectF(60, 90, 120, 55));
    QCOMPARE(node("t1")->bounds, QRectF(10, 400, 185, 80));
    QCOMPARE(node("n4")->bounds, QRectF(800, 120, 15, 15));
    QCOMPARE(node("g2")->label, u"Inner"_s);
    QCOMPARE(node("g2")->style.textAlignment, TextAlignment::Right);
    QCOMPARE(node("g1")->style.fillColor, u"#d2d7d7"_s);
    QCOMPARE(node("n1")->style.fontName, u"Arial"_s);
    QCOMPARE(node("n1")->style.fontSize, 14.0);
    QCOMPARE(node("t1")->kind, NodeKind::Note);
    QCOMPARE(node("t1")->label, u"A note\non two lines."_s);
    QCOMPARE(node("t1")->style.textAlignment, TextAlignment::Left);
    // A view reference: a note linked to the view, named after it.
    QCOMPARE(node("ref1")->kind, NodeKind::Note);
    QCOMPARE(node("ref1")->viewRef, ViewId(u"v2"_s));
    QCOMPARE(node("ref1")->label, u"Second"_s);
    const ViewConnection *line = view->connections.find(ConnectionId(u"c3"_s));
    QVERIFY(line);
    QVERIFY(line->relationship.isNull());
    QCOMPARE(view->connections.find(ConnectionId(u"c4"_s))->style.lineColor, u"#ff0000"_s);
    QCOMPARE(view->documentation, u"The main view."_s);
    QCOMPARE(valuesOf(view->extraProperties, u"kt:viewpoint"_s), QStringList{u"layered"_s});
    QCOMPARE(valuesOf(view->extraProperties, u"kt:folder"_s), QStringList{u"Views"_s});
}

void TestArchimate::bendpoints()
{
    const Result<ModelData> data = ModelFile::load(Fixtures + u"nested.archimate"_s);
    QVERIFY2(data, qPrintable(data.error()));
    const View *view = viewNamed(data.value(), u"Main"_s);
    QVERIFY(view);
    // One bendpoint, halfway between (660,130)+(0,-100) from the source's centre and
    // (120,117.5)+(540,20) from the target's.
    const ViewConnection *one = view->connections.find(ConnectionId(u"c1"_s));
    QVERIFY(one);
    QCOMPARE(one->bendpoints, QList<QPointF>{QPointF(660, 83.75)});
    // Two: weights 1/3 and 2/3 towards the target (centre (660,430)), in Archi's
    // order from the source (n2) unless the import turned the relationship round.
    const ViewConnection *two = view->connections.find(ConnectionId(u"c2"_s));
    QVERIFY(two);
    QList<QPointF> expected{QPointF(680, 270), QPointF(670, 270)};
    if (two->source != NodeId(u"n2"_s))
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(two->bendpoints.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        QVERIFY(qAbs(two->bendpoints.at(i).x() - expected.at(i).x()) < 1e-9);
        QVERIFY(qAbs(two->bendpoints.at(i).y() - expected.at(i).y()) < 1e-9);
    }
}

void TestArchimate::concepts()
{
    const Result<ModelData> data = ModelFile::load(Fixtures + u"nested.archimate"_s);
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(data->info.name, u"Nested test"_s);
    QCOMPARE(data->info.documentation, u"A model to test the import."_s);
    QCOMPARE(valuesOf(data->info.extraProperties, u"Status"_s), QStringList{u"draft"_s});
    QCOMPARE(data->elements.size(), 4);
    QCOMPARE(data->relationships.size(), 5);
    const Element *customer = data->elements.find(ElementId(u"id-1001"_s));
    QVERIFY(customer);
    QCOMPARE(customer->name, u"Customer"_s);
    QCOMPARE(customer->documentation, u"Buys insurance."_s);
    QCOMPARE(valuesOf(customer->extraProperties, u"Owner"_s), QStringList{u"Sales"_s});
    QCOMPARE(valuesOf(customer->extraProperties, u"kt:folder"_s), QStringList{u"Business/Actors"_s});
    QCOMPARE(valuesOf(customer->extraProperties, ArchiSpecialization),
             QStringList{u"Private customer"_s});
    QVERIFY(data->elements.contains(ElementId(u"j1"_s)));
    // Archi leaves out accessType for write, its default.
    const auto attribute = [&](const char *id, const QString &name) {
        return data->relationships.find(RelationshipId(QString::fromLatin1(id)))
                ->archimateAttributes.value(name);
    };
    QCOMPARE(attribute("r2", u"accessType"_s), u"Read"_s);
    QCOMPARE(attribute("r3", u"accessType"_s), u"Write"_s);
    QCOMPARE(attribute("r4", u"isDirected"_s), u"true"_s);
    const Relationship *association = data->relationships.find(RelationshipId(u"r4"_s));
    QCOMPARE(valuesOf(association->extraProperties, u"Strength"_s), QStringList{u"weak"_s});
    // The model re-exports as exchange XML the schema accepts, the attributes kept.
    QString error;
    const QByteArray xml = test::toXml(data.value(), &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    QVERIFY(xml.contains("accessType=\"Read\""));
    QVERIFY(xml.contains("xsi:type=\"OrJunction\""));
    const QString problems = m_schemas.validate(xml);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestArchimate::findings()
{
    QStringList findings;
    const Result<ModelData> data = ModelFile::load(Fixtures + u"hostile.archimate"_s, &findings);
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(data->elements.size(), 2);
    QCOMPARE(data->relationships.size(), 1);
    QCOMPARE(data->views.size(), 1);
    const View &view = *data->views.begin();
    // The image is left out; the object inside it keeps its place on the view.
    QCOMPARE(view.nodes.size(), 2);
    const ViewNode *inImage = view.nodes.find(NodeId(u"nb"_s));
    QVERIFY(inImage);
    QVERIFY(inImage->parent.isNull());
    QCOMPARE(inImage->bounds, QRectF(210, 20, 120, 55));
    QCOMPARE(view.connections.size(), 1);
    const QString text = findings.join(u'\n');
    for (const char *expected : {"unknown type Bogus", "“r2” joins the relationship “r1”",
                                 "BogusRelationship", "“r4” joins “u”", "“nu”", "Wobble",
                                 "“c2”", "ends on the connection “c1”", "SketchModel",
                                 "1 image(s) not imported"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QCOMPARE(findings.size(), 9);
    // Every finding names the file.
    for (const QString &finding : std::as_const(findings))
        QVERIFY2(finding.contains(u"hostile.archimate"_s), qPrintable(finding));
}

void TestArchimate::refused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    const QByteArray head = "<archimate:model xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                            "xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"x\" id=\"m\">";
    QByteArray deepView = head
            + "<folder name=\"Views\" id=\"f\"><element xsi:type=\"archimate:ArchimateDiagramModel\" "
              "name=\"V\" id=\"v\">";
    for (int i = 0; i < 200; ++i)
        deepView += "<child xsi:type=\"archimate:Group\" id=\"g" + QByteArray::number(i) + "\">";
    QTest::newRow("nodes nested deep") << deepView << u"nested more than 64 levels"_s;
    QByteArray deepFolders = head;
    for (int i = 0; i < 200; ++i)
        deepFolders += "<folder name=\"f\" id=\"f" + QByteArray::number(i) + "\">";
    QTest::newRow("folders nested deep") << deepFolders << u"folders are nested more than 64"_s;
    QTest::newRow("empty") << QByteArray("  \n") << u"test.archimate is empty"_s;
    QTest::newRow("not XML") << QByteArray("PK\x05\x06 not xml") << u"not well-formed"_s;
    QTest::newRow("DTD") << QByteArray("<!DOCTYPE m [<!ENTITY a \"aaaa\">]>" + head + "</archimate:model>")
                         << u"document type declaration"_s;
    QTest::newRow("exchange file")
            << QByteArray("<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"/>")
            << u"is not an Archi model"_s;
    QTest::newRow("duplicate id")
            << QByteArray(head + "<folder name=\"B\" id=\"f\"><element xsi:type=\"archimate:BusinessActor\" "
                                 "id=\"a\"/><element xsi:type=\"archimate:BusinessRole\" id=\"a\"/>"
                                 "</folder></archimate:model>")
            << u"“a” is used twice"_s;
    QByteArray attributes = "<archimate:model xmlns:archimate=\"http://www.archimatetool.com/archimate\"";
    for (int i = 0; i < 100; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"1\"";
    QTest::newRow("too many attributes") << QByteArray(attributes + "/>") << u"more than 64 attributes"_s;
    QTest::newRow("coordinate")
            << QByteArray(head + "<folder name=\"B\" id=\"f\"><element xsi:type=\"archimate:BusinessActor\" "
                                 "id=\"a\"/><element xsi:type=\"archimate:ArchimateDiagramModel\" id=\"v\">"
                                 "<child xsi:type=\"archimate:DiagramObject\" id=\"n\" archimateElement=\"a\">"
                                 "<bounds x=\"1e300\" y=\"0\"/></child></element></folder></archimate:model>")
            << u"is not a number"_s;
}

void TestArchimate::refused()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    ModelData data;
    data.info.name = u"untouched"_s;
    QString error;
    QVERIFY(!readBytes(xml, &data, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(u"test.archimate"_s), qPrintable(error));
    QCOMPARE(data.info.name, u"untouched"_s);
}

void TestArchimate::modelFileReadsOnly()
{
    QCOMPARE(ModelFile::formatOf(u"a/b.ARCHIMATE"_s), ModelFile::Format::Archi);
    QString error;
    const Result<ModelData> data = ModelFile::load(Fixtures + u"nested.archimate"_s);
    QVERIFY(data);
    QVERIFY(!ModelFile::save(data.value(), u"out.archimate"_s, &error));
    QVERIFY2(error.contains(u"out.archimate"_s) && error.contains(u"read"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestArchimate)
#include "tst_archimate.moc"
