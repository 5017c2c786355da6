// The ArchiMate Open Exchange reader and writer: lossless round trip of our
// models, deterministic output, files valid against the Open Group schema,
// import of Archi's samples and of our examples. Bad input and refusals are in
// tst_exchangebadinput.cpp, details of reading in tst_exchangeimport.cpp.
#include <support/exchangefixtures.h>
#include <support/exchangeschema.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>
#include <support/shareddir.h>

#include <model/core/limits.h>
#include <model/io/exchangereader.h>

#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

#include <numeric>

using namespace kt;
using namespace Qt::StringLiterals;
using test::fromXml;
using test::ModelChange;
using test::readAll;
using test::toXml;

namespace {

// Archi's samples and the Open Group schemas, when KT_SHARED_DIR holds them.
const QString ArchiDir = u"interop/archi/exchange-xml/"_s;
const QString SchemaDir = u"interop/archi/xsd"_s;
const QString XsiNamespace = u"http://www.w3.org/2001/XMLSchema-instance"_s;

// What a file holds, counted with a plain XML reader (independently of ours).
struct FileCounts
{
    QHash<QString, QString> elementTypes; // identifier -> xsi:type
    QHash<QString, QString> relationshipTypes;
    QList<int> viewNodes; // per view, nested nodes included
    QList<int> viewConnections;
    QMap<QString, int> nodeTypes;
    QMap<QString, int> connectionTypes;
    QList<int> connectionBendpoints;
};

// What the views of a read model hold, counted over all of them; `preOrder` is
// false when a node comes before its parent.
struct ViewCensus
{
    QMap<NodeKind, int> kinds;
    int lines = 0; // connections without a relationship
    int nested = 0;
    int links = 0; // notes linking to a view
    int bendpoints = 0;
    bool preOrder = true;
};

ViewCensus census(const ModelData &model)
{
    ViewCensus c;
    for (const View &view : model.views) {
        for (const ViewNode &node : view.nodes) {
            ++c.kinds[node.kind];
            c.nested += node.parent.isNull() ? 0 : 1;
            c.links += node.viewRef.isNull() ? 0 : 1;
            if (!node.parent.isNull()
                && view.nodes.indexOf(node.parent) > view.nodes.indexOf(node.id))
                c.preOrder = false;
        }
        for (const ViewConnection &connection : view.connections) {
            c.lines += connection.relationship.isNull() ? 1 : 0;
            c.bendpoints += int(connection.bendpoints.size());
        }
    }
    return c;
}

FileCounts countFile(const QByteArray &xml)
{
    FileCounts counts;
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        const QString parent = path.isEmpty() ? QString() : path.last();
        path.append(name);
        const QString type = reader.attributes().value(XsiNamespace, u"type"_s).toString();
        const QString id = reader.attributes().value(u"identifier"_s).toString();
        if (name == u"element" && parent == u"elements")
            counts.elementTypes.insert(id, type);
        else if (name == u"relationship" && parent == u"relationships")
            counts.relationshipTypes.insert(id, type);
        else if (name == u"view" && parent == u"diagrams") {
            counts.viewNodes.append(0);
            counts.viewConnections.append(0);
        } else if (name == u"node") {
            ++counts.viewNodes.last();
            ++counts.nodeTypes[type];
        } else if (name == u"connection") {
            ++counts.viewConnections.last();
            ++counts.connectionTypes[type];
            counts.connectionBendpoints.append(0);
        } else if (name == u"bendpoint") {
            ++counts.connectionBendpoints.last();
        }
    }
    return counts;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_unvalidated = false; }
    void cleanup();
    void schemaCatchesMistakes();
    void sampleRoundTrip();
    void sampleValidates();
    void unusualModels_data();
    void unusualModels();
    void archiSamples_data();
    void archiSamples();
    void archisuranceViews();
    void archiStyleViews();
    void examples_data();
    void examples();
    void unknownTypeKept();
    void servingAsArchimateDefinesIt();
    void olderFileKeepsItsDirection();
    void archiServingBecomesUses();
    void relationshipsOnRelationships();

private:
    QString validate(const QByteArray &xml);

    test::ExchangeSchema m_schemas; // not ready without the schemas: validate() then checks nothing
    bool m_unvalidated = false; // validate() was called without the schemas
};

void TestExchange::initTestCase()
{
    // Without the schemas, every structural check still runs; only the schema checks skip.
    const QString problem = m_schemas.prepare();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestExchange::cleanup()
{
    // A test that passed its structural checks but could not validate says so.
    if (m_unvalidated && !QTest::currentTestFailed())
        QSKIP(QByteArray("structural checks passed; schema validation skipped: "
                         + test::missingSharedMessage(SchemaDir))
                      .constData());
}

void TestExchange::schemaCatchesMistakes()
{
    if (!m_schemas.isReady())
        QSKIP(test::missingSharedMessage(SchemaDir).constData());
    // The check can fail: a file that breaks the schema is caught.
    const QByteArray good = readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/archi-style.xml"));
    QVERIFY(!good.isEmpty());
    QVERIFY(validate(good).isEmpty());
    QByteArray broken = good;
    broken.replace("xsi:type=\"BusinessRole\"", "xsi:type=\"Nonsense\"");
    QVERIFY(!validate(broken).isEmpty());
    if (const QString sample = test::sharedPath(ArchiDir + u"archisurance.xml"_s); !sample.isEmpty())
        QVERIFY(validate(readAll(sample)).isEmpty());
}

// Empty when xmllint accepts the file against archimate3_Diagram.xsd, else its
// output; empty too when the schemas are not there (and the test then reports
// the validation as skipped).
QString TestExchange::validate(const QByteArray &xml)
{
    if (!m_schemas.isReady())
        m_unvalidated = true;
    return m_schemas.validate(xml);
}

void TestExchange::sampleRoundTrip()
{
    const ModelData sample = test::sampleModel();
    QString error;
    const QByteArray first = toXml(sample, &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    ModelData read;
    QVERIFY2(fromXml(first, &read, &error), qPrintable(error));
    KT_COMPARE_MODELS(read, sample);
    QCOMPARE(read.profile, sample.profile);
    // Deterministic: the model read back writes the same bytes.
    QCOMPARE(toXml(read), first);
    QCOMPARE(toXml(sample), first);
    // Our conventions are in the file.
    QVERIFY(first.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model "
                             "xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\""));
    QVERIFY(first.contains("<propertyDefinition identifier=\"propid-kt-type\" type=\"string\">"));
    QVERIFY(first.contains("<name xml:lang=\"vi\">Người dân</name>"));
    QVERIFY(first.contains("xsi:type=\"Principle\"")); // a generic element keeps its type
    QVERIFY(first.contains("xsi:type=\"Influence\""));
}

void TestExchange::sampleValidates()
{
    const QByteArray xml = toXml(test::sampleModel());
    QVERIFY(!xml.isEmpty());
    const QString problems = validate(xml);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestExchange::unusualModels_data()
{
    QTest::addColumn<ModelChange>("change");
    QTest::addColumn<QByteArray>("expected"); // a piece of the file that must be there

    QTest::newRow("negative coordinates") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        view->nodes.find(NodeId(u"id-n-2"_s))->bounds.moveTo(-50, -30);
        view->connections.find(ConnectionId(u"id-c-1"_s))->bendpoints = {QPointF(-70, 10)};
    }) << QByteArray("<value xml:lang=\"vi\">70 30</value>");
    QTest::newRow("note with a child") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        ViewNode child{NodeId(u"id-n-in-note"_s), NodeKind::Element, ElementId(u"id-e-dc"_s),
                       NodeId(u"id-n-note"_s), QRectF(490, 270, 40, 20), {}, {}, {}, {}};
        view->nodes.append(child);
    }) << QByteArray("<value xml:lang=\"vi\">id-n-in-note id-n-note</value>");
    QTest::newRow("note in a group, with a child") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        ViewNode note{NodeId(u"id-n-note-2"_s), NodeKind::Note, {}, NodeId(u"id-n-band"_s),
                      QRectF(300, 20, 200, 100), u"ghi chú"_s, {}, {}, {}};
        ViewNode child{NodeId(u"id-n-in-note"_s), NodeKind::Element, ElementId(u"id-e-dc"_s),
                       note.id, QRectF(310, 40, 40, 20), {}, {}, {}, {}};
        ViewNode grandchild{NodeId(u"id-n-deeper"_s), NodeKind::Element, ElementId(u"id-e-app"_s),
                            child.id, QRectF(312, 42, 10, 10), {}, {}, {}, {}};
        const qsizetype at = view->nodes.indexOf(NodeId(u"id-n-1"_s)) + 1;
        view->nodes.insert(at, note);
        view->nodes.insert(at + 1, child);
        view->nodes.insert(at + 2, grandchild);
    }) << QByteArray("<value xml:lang=\"vi\">id-n-in-note id-n-note-2</value>");
    QTest::newRow("legend and title block") << ModelChange([](ModelData &d) {
        d = test::sampleModelWithLegend();
    }) << QByteArray("<value xml:lang=\"vi\">id-n-legend legend</value>");
    QTest::newRow("attribute the type does not take") << ModelChange([](ModelData &d) {
        Relationship *r = d.relationships.find(RelationshipId(u"id-r-1"_s));
        r->archimateAttributes.insert(u"isDirected"_s, u"true"_s);
        r->archimateAttributes.insert(u"accessType"_s, u"Sideways"_s);
    }) << QByteArray("<name>kt:archimate.accessType</name>");
    QTest::newRow("attribute written as such") << ModelChange([](ModelData &d) {
        Relationship *r = d.relationships.find(RelationshipId(u"id-r-4"_s));
        r->archimateAttributes.insert(u"modifier"_s, u"++"_s);
    }) << QByteArray("xsi:type=\"Influence\" modifier=\"++\"");
    QTest::newRow("carriage returns and markup") << ModelChange([](ModelData &d) {
        d.elements.find(ElementId(u"id-e-app"_s))->documentation = u"a\r\nb\rc\n<d> & ]]>"_s;
    }) << QByteArray("a&#13;\nb&#13;c");
    QTest::newRow("junction and unknown ArchiMate type") << ModelChange([](ModelData &d) {
        Element junction = d.elements.at(4);
        junction.id = ElementId(u"id-e-junction"_s);
        junction.properties.insert(u"archimateType"_s, u"Junction"_s);
        d.elements.append(junction);
        d.elements.find(ElementId(u"id-e-principle"_s))
                ->properties.insert(u"archimateType"_s, u"Chimera"_s);
    }) << QByteArray("<element identifier=\"id-e-junction\" xsi:type=\"AndJunction\">");
    QTest::newRow("styles") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        view->nodes.find(NodeId(u"id-n-3"_s))->style =
                NodeStyle{u"#80ffeeaa"_s, {}, {}, 9.5, u"#123456"_s};
        view->connections.find(ConnectionId(u"id-c-2"_s))->style.lineColor = u"#ff0000"_s;
    }) << QByteArray("<fillColor r=\"255\" g=\"238\" b=\"170\" a=\"50\"/>");
    QTest::newRow("line widths") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        view->nodes.find(NodeId(u"id-n-3"_s))->style.lineWidth = 3;
        NodeStyle &line = view->connections.find(ConnectionId(u"id-c-2"_s))->style;
        line.lineColor = u"#ff0000"_s;
        line.lineWidth = 2;
    }) << QByteArray("<style lineWidth=\"2\">");
    QTest::newRow("text alignment") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        view->nodes.find(NodeId(u"id-n-3"_s))->style.textAlignment = TextAlignment::Left;
        view->nodes.find(NodeId(u"id-n-note"_s))->style.textAlignment = TextAlignment::Right;
    }) << QByteArray("<value xml:lang=\"vi\">id-n-note right</value>");
    QTest::newRow("identifiers like property definitions") << ModelChange([](ModelData &d) {
        Element element = d.elements.at(0);
        element.id = ElementId(u"propid-kt-type"_s);
        element.extraProperties = {{u"tự do"_s, u"1"_s}};
        d.elements.append(element);
        element.id = ElementId(u"propid-1"_s);
        d.elements.append(element);
    }) << QByteArray("<propertyDefinition identifier=\"propid-2\" type=\"string\">");
    QTest::newRow("empty model") << ModelChange([](ModelData &d) {
        d = test::emptyModel();
    }) << QByteArray("<name xml:lang=\"vi\">Kiến trúc CQĐT tỉnh Mẫu</name>");
    QTest::newRow("nesting") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-2"_s));
        NodeId parent;
        // As deep as the limit allows (core/limits.h; libxml2, xmllint, refuses
        // documents nested deeper than 256).
        for (int i = 0; i < limits::MaxNestingDepth; ++i) {
            ViewNode group{NodeId(u"id-deep-%1"_s.arg(i)), NodeKind::Group, {}, parent,
                           QRectF(i, i, 1000 - 2 * i, 1000 - 2 * i), u"g"_s, {}, {}, {}};
            view->nodes.append(group);
            parent = group.id;
        }
    }) << QByteArray("<node identifier=\"id-deep-63\" xsi:type=\"Container\"");
}

void TestExchange::unusualModels()
{
    QFETCH(ModelChange, change);
    QFETCH(QByteArray, expected);
    ModelData model = test::sampleModel();
    change(model);
    QString error;
    const QByteArray xml = toXml(model, &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    QVERIFY2(xml.contains(expected), xml.constData());
    const QString problems = validate(xml);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    ModelData read;
    QVERIFY2(fromXml(xml, &read, &error), qPrintable(error));
    KT_COMPARE_MODELS(read, model);
    QCOMPARE(toXml(read), xml);
}

void TestExchange::archiSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("elements");
    QTest::addColumn<int>("relationships");
    QTest::addColumn<int>("views");
    // Ours, written by hand the way Archi writes (tests/data/exchange/README.md).
    QTest::newRow("archi-no-views") << u"archi-no-views.xml"_s << 2 << 1 << 0;
    QTest::newRow("archi-style") << u"archi-style.xml"_s << 10 << 11 << 2;
    // Archi's own, from the shared folder (KT_SHARED_DIR).
    QTest::newRow("Sample1") << u"shared:Sample1.xml"_s << 2 << 1 << 0;
    QTest::newRow("bendpoint.test") << u"shared:bendpoint.test.xml"_s << 2 << 2 << 1;
    QTest::newRow("archisurance") << u"shared:archisurance.xml"_s << 122 << 179 << 18;
}

void TestExchange::archiSamples()
{
    QFETCH(QString, file);
    QFETCH(int, elements);
    QFETCH(int, relationships);
    QFETCH(int, views);
    QString path;
    if (file.startsWith(u"shared:"_s)) {
        KT_SHARED_PATH_OR_SKIP(shared, ArchiDir + file.mid(7));
        path = shared;
    } else {
        path = QStringLiteral(KT_TEST_DATA_DIR "/exchange/") + file;
    }
    const QByteArray original = readAll(path);
    QVERIFY2(!original.isEmpty(), qPrintable(file));
    const FileCounts counts = countFile(original);
    QCOMPARE(counts.elementTypes.size(), elements);
    QCOMPARE(counts.relationshipTypes.size(), relationships);
    QCOMPARE(counts.viewNodes.size(), views);

    ModelData first;
    ExchangeReader reader;
    QVERIFY2(reader.readFile(path, first), qPrintable(reader.errorString()));
    QCOMPARE(first.elements.size(), elements);
    QCOMPARE(first.relationships.size(), relationships);
    QCOMPARE(first.views.size(), views);
    for (qsizetype i = 0; i < first.views.size(); ++i) {
        QCOMPARE(first.views.at(i).nodes.size(), counts.viewNodes.at(i));
        QCOMPARE(first.views.at(i).connections.size(), counts.viewConnections.at(i));
    }
    qsizetype bendpoints = 0;
    for (const View &view : first.views)
        for (const ViewConnection &c : view.connections)
            bendpoints += c.bendpoints.size();
    QCOMPARE(bendpoints, std::accumulate(counts.connectionBendpoints.cbegin(),
                                         counts.connectionBendpoints.cend(), qsizetype(0)));

    QString error;
    const QByteArray exported = toXml(first, &error);
    QVERIFY2(!exported.isEmpty(), qPrintable(error));
    ModelData second;
    QVERIFY2(fromXml(exported, &second, &error), qPrintable(error));
    KT_COMPARE_MODELS(second, first);
    QCOMPARE(toXml(second), exported);

    // Every element and relationship keeps its identifier and xsi:type.
    const FileCounts again = countFile(exported);
    QCOMPARE(again.elementTypes, counts.elementTypes);
    QCOMPARE(again.relationshipTypes, counts.relationshipTypes);
    QCOMPARE(again.viewNodes, counts.viewNodes);
    QCOMPARE(again.viewConnections, counts.viewConnections);
    QCOMPARE(again.nodeTypes, counts.nodeTypes);
    QCOMPARE(again.connectionTypes.value(u"Line"_s), counts.connectionTypes.value(u"Line"_s));
    const QString problems = validate(exported);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestExchange::archisuranceViews()
{
    KT_SHARED_PATH_OR_SKIP(path, ArchiDir + u"archisurance.xml"_s);
    const QByteArray original = readAll(path);
    const FileCounts counts = countFile(original);
    QCOMPARE(counts.nodeTypes.value(u"Container"_s), 16);
    QCOMPARE(counts.nodeTypes.value(u"Label"_s), 16);
    QCOMPARE(counts.connectionTypes.value(u"Line"_s), 6);

    ModelData model;
    QString error;
    QVERIFY2(fromXml(original, &model, &error), qPrintable(error));
    const ViewCensus views = census(model);
    QVERIFY(views.preOrder); // a parent comes before its children
    QCOMPARE(views.kinds.value(NodeKind::Group), 16);
    QCOMPARE(views.kinds.value(NodeKind::Note), 16);
    QCOMPARE(views.kinds.value(NodeKind::Element), counts.nodeTypes.value(u"Element"_s));
    QCOMPARE(views.lines, 6);
    QVERIFY(views.nested > 0);
    QCOMPARE(views.links, int(original.count("<viewRef ")));

    // A note of the first view as Archi drew it.
    const View &first = model.views.at(0);
    const ViewNode &note = first.nodes.at(0);
    QCOMPARE(note.id.toString(), u"id-3657"_s);
    QCOMPARE(note.kind, NodeKind::Note);
    QCOMPARE(note.label, u"Application Structure View"_s);
    QCOMPARE(note.bounds, QRectF(555, 304, 200, 140));
    QCOMPARE(note.viewRef.toString(), u"id-3944"_s);
    QCOMPARE(note.style.fillColor, u"#80ffff"_s);
    QCOMPARE(note.style.fontName, u"Segoe UI"_s);
    QCOMPARE(note.style.fontSize, 9.0);
    // Imported relationships keep Archi's attributes and types.
    const Relationship *access = model.relationships.find(RelationshipId(u"id-693"_s));
    QVERIFY(access);
    QCOMPARE(access->archimateAttributes.value(u"accessType"_s), u"Write"_s);
    QCOMPARE(access->properties.value(u"archimateType"_s), u"Access"_s);
    const Element *customer = model.elements.find(ElementId(u"id-521"_s));
    QVERIFY(customer);
    // The folder of Archi's organizations is kept as kt:folder (issue 12).
    QCOMPARE(customer->extraProperties, PropertyList({{u"Property"_s, u"Hello"_s},
                                                      {u"kt:folder"_s, u"Business/Actors"_s}}));
    // Two properties, six Dublin Core entries, the model's language (English) and
    // the identifiers of the six property definitions, which Archi numbers in
    // another order than our writer would (written back with them).
    QCOMPARE(model.info.extraProperties.size(), 15);
    QVERIFY(model.info.extraProperties.contains({u"kt:propertyDefinition"_s, u"propid-6 P1"_s}));
    QVERIFY(model.info.extraProperties.contains({u"kt:dc.creator"_s, u"Phil Beauvoir"_s}));
    QVERIFY(model.info.extraProperties.contains({u"kt:lang"_s, u"en"_s}));
    QCOMPARE(model.info.frameworkId, u"vn-egov-2.0"_s);
}

void TestExchange::archiStyleViews()
{
    // What archisuranceViews checks of Archi's sample, on our own file: groups,
    // notes linking to views, lines, nesting, styles, attributes and properties.
    const QByteArray original =
            readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/archi-style.xml"));
    QVERIFY(!original.isEmpty());
    const FileCounts counts = countFile(original);
    QCOMPARE(counts.nodeTypes.value(u"Container"_s), 1);
    QCOMPARE(counts.nodeTypes.value(u"Label"_s), 2);
    QCOMPARE(counts.nodeTypes.value(u"Element"_s), 10);
    QCOMPARE(counts.connectionTypes.value(u"Line"_s), 1);

    ModelData model;
    QString error;
    QVERIFY2(fromXml(original, &model, &error), qPrintable(error));
    const ViewCensus views = census(model);
    QVERIFY(views.preOrder);
    QCOMPARE(views.kinds.value(NodeKind::Group), 1);
    QCOMPARE(views.kinds.value(NodeKind::Note), 2);
    QCOMPARE(views.kinds.value(NodeKind::Element), 10);
    QCOMPARE(views.lines, 1);
    QCOMPARE(views.nested, 5); // in a group, in an element, in a location
    QCOMPARE(views.links, 2);
    QCOMPARE(views.bendpoints, 5); // attachments are not bendpoints

    const View &overview = model.views.at(0);
    QCOMPARE(overview.name, u"Service overview"_s);
    const ViewNode *role = overview.nodes.find(NodeId(u"id-as-n-role"_s));
    QVERIFY(role);
    QCOMPARE(role->parent.toString(), u"id-as-n-group"_s);
    QCOMPARE(overview.nodes.find(NodeId(u"id-as-n-data"_s))->parent.toString(), u"id-as-n-app"_s);
    const ViewNode *note = overview.nodes.find(NodeId(u"id-as-n-note"_s));
    QVERIFY(note);
    QCOMPARE(note->kind, NodeKind::Note);
    QCOMPARE(note->label, u"See the infrastructure"_s);
    QCOMPARE(note->bounds, QRectF(480, 260, 160, 60));
    QCOMPARE(note->viewRef.toString(), u"id-as-v-infra"_s);
    QCOMPARE(note->style.fillColor, u"#ffffb5"_s);
    QCOMPARE(note->style.fontName, u"DejaVu Sans"_s);
    QCOMPARE(note->style.fontSize, 9.0);
    const ViewConnection *serves = overview.connections.find(ConnectionId(u"id-as-c-serves"_s));
    QVERIFY(serves);
    // Archi's Serving from the business service (our business component) to the
    // role is not our "uses" (a user using an application): it keeps its
    // direction, and so does the connection with its bendpoints
    // (archiServingBecomesUses turns one round).
    QVERIFY(model.relationships.find(RelationshipId(u"id-as-r-serves"_s))->type != u"uses"_s);
    QCOMPARE(serves->source.toString(), u"id-as-n-bservice"_s);
    QCOMPARE(serves->bendpoints, QList<QPointF>({QPointF(540, 40), QPointF(280, 40)}));

    const Relationship *writes = model.relationships.find(RelationshipId(u"id-as-r-writes"_s));
    QVERIFY(writes);
    QCOMPARE(writes->archimateAttributes.value(u"accessType"_s), u"Write"_s);
    QCOMPARE(writes->properties.value(u"archimateType"_s), u"Access"_s);
    const Relationship *about = model.relationships.find(RelationshipId(u"id-as-r-about"_s));
    QVERIFY(about);
    QCOMPARE(about->archimateAttributes.value(u"isDirected"_s), u"true"_s);
    const Relationship *drives = model.relationships.find(RelationshipId(u"id-as-r-drives"_s));
    QVERIFY(drives);
    QCOMPARE(drives->archimateAttributes.value(u"modifier"_s), u"+"_s);
    const Element *citizen = model.elements.find(ElementId(u"id-as-actor"_s));
    QVERIFY(citizen);
    QCOMPARE(citizen->extraProperties, PropertyList({{u"Owner"_s, u"Province"_s},
                                                     {u"kt:folder"_s, u"Business"_s}}));
    QCOMPARE(citizen->documentation, u"Anyone who registers a birth."_s);
    QCOMPARE(model.elements.find(ElementId(u"id-as-app"_s))->extraProperties.size(), 3);
    // Two properties, the Dublin Core metadata, the model's language (English) and
    // the identifiers of the three property definitions (written back with them).
    QCOMPARE(model.info.extraProperties.size(), 9);
    QVERIFY(model.info.extraProperties.contains(
            {u"kt:propertyDefinition"_s, u"propid-owner Owner"_s}));
    QVERIFY(model.info.extraProperties.contains({u"kt:lang"_s, u"en"_s}));
    QCOMPARE(model.info.frameworkId, u"vn-egov-2.0"_s);

    // Written back: valid, the same identifiers and types, organizations kept
    // (tst_exchangefindings organizationsRoundTrip).
    const QByteArray exported = toXml(model, &error);
    QVERIFY2(!exported.isEmpty(), qPrintable(error));
    QVERIFY(exported.contains("xsi:type=\"AndJunction\""));
    QVERIFY(exported.contains("accessType=\"Write\""));
    QVERIFY(exported.contains("<organizations>"));
    const QString problems = validate(exported);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestExchange::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minimumElements");
    QTest::addColumn<int>("minimumRelationships");
    QTest::newRow("2.0") << u"vinhphuc-2.0.xml"_s << 60 << 80;
    QTest::newRow("1.0") << u"vinhphuc-1.0.xml"_s << 1 << 1;
}

void TestExchange::examples()
{
    QFETCH(QString, file);
    QFETCH(int, minimumElements);
    QFETCH(int, minimumRelationships);
    const QString path = QStringLiteral(KT_SOURCE_DIR "/resources/examples/") + file;
    if (!QFile::exists(path))
        QSKIP("the example is not there yet");
    ModelData model;
    ExchangeReader reader;
    QVERIFY2(reader.readFile(path, model), qPrintable(reader.errorString()));
    QVERIFY(model.elements.size() >= minimumElements);
    QVERIFY(model.relationships.size() >= minimumRelationships);
    for (const Element &e : model.elements) {
        const ElementType *type = model.profile->elementType(e.type);
        QVERIFY2(type && !type->generic, qPrintable(e.id.toString() + u' ' + e.type));
        QVERIFY2(e.extraProperties.isEmpty() || !e.extraProperties.first().key.startsWith(u"kt:"),
                 qPrintable(e.id.toString()));
    }
    for (const Relationship &r : model.relationships) {
        const RelationshipType *type = model.profile->relationshipType(r.type);
        QVERIFY2(type && !type->generic, qPrintable(r.id.toString() + u' ' + r.type));
    }
    QString error;
    const QByteArray exported = toXml(model, &error);
    QVERIFY2(!exported.isEmpty(), qPrintable(error));
    const QString problems = validate(exported);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // Serving as ArchiMate defines it: from the system to the user who uses it.
    int serving = 0;
    for (const Relationship &r : model.relationships) {
        if (r.type != u"uses")
            continue;
        const Element *user = model.elements.find(r.source);
        QVERIFY(user && model.profile->elementType(user->type)->layer == u"users");
        const QByteArray written = "<relationship identifier=\"" + r.id.toString().toUtf8()
                + "\" source=\"" + r.target.toString().toUtf8() + "\" target=\""
                + r.source.toString().toUtf8() + "\" xsi:type=\"Serving\"";
        QVERIFY2(exported.contains(written), written.constData());
        ++serving;
    }
    QVERIFY(serving > 0);
    ModelData again;
    QVERIFY2(fromXml(exported, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
}

void TestExchange::unknownTypeKept()
{
    // An xsi:type that ArchiMate does not have is accepted as the fallback
    // generic type and kept; the export writes a valid type and the original in
    // kt:archimateType.
    QByteArray xml = readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml"));
    xml.replace("xsi:type=\"BusinessActor\"", "xsi:type=\"Chimera\"");
    xml.replace("xsi:type=\"Assignment\"", "xsi:type=\"Telepathy\"");
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml, &model, &error), qPrintable(error));
    const Element &a = model.elements.at(0);
    QCOMPARE(a.type, model.profile->importElementType(u"Chimera"_s)->id);
    QVERIFY(model.profile->elementType(a.type)->generic);
    QCOMPARE(a.property(u"archimateType"_s), u"Chimera"_s);
    QCOMPARE(model.relationships.at(0).properties.value(u"archimateType"_s), u"Telepathy"_s);
    const QByteArray exported = toXml(model);
    QVERIFY(!exported.contains("xsi:type=\"Chimera\""));
    // good-base.xml gives its texts no language: neither does the export.
    QVERIFY(exported.contains("<value>Chimera</value>"));
    const QString problems = validate(exported);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    ModelData again;
    QVERIFY2(fromXml(exported, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
}

void TestExchange::servingAsArchimateDefinesIt()
{
    // "The citizen uses the portal" is ArchiMate's Serving from the portal to the
    // citizen: the file carries it the other way round, its connection too (with
    // the bendpoints in the order they are met), and reads back as ours.
    ModelData sample = test::sampleModel();
    const Relationship *uses = sample.relationships.find(RelationshipId(u"id-r-1"_s));
    QVERIFY(uses);
    QCOMPARE(uses->type, u"uses"_s);
    QCOMPARE(uses->source.toString(), u"id-e-citizen"_s);
    View *overall = sample.views.find(ViewId(u"id-v-1"_s));
    QVERIFY(overall);
    ViewConnection *c1 = overall->connections.find(ConnectionId(u"id-c-1"_s));
    QVERIFY(c1);
    c1->bendpoints = {QPointF(100, 180), QPointF(100, 220)};
    QString error;
    const QByteArray xml = toXml(sample, &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    QVERIFY(xml.contains("<relationship identifier=\"id-r-1\" source=\"id-e-portal\" "
                         "target=\"id-e-citizen\" xsi:type=\"Serving\">"));
    const qsizetype connection = xml.indexOf("<connection identifier=\"id-c-1\" "
                                             "xsi:type=\"Relationship\" relationshipRef=\"id-r-1\" "
                                             "source=\"id-n-2\" target=\"id-n-1\"");
    QVERIFY(connection > 0);
    const qsizetype first = xml.indexOf("<bendpoint x=\"100\" y=\"220\"/>", connection);
    const qsizetype second = xml.indexOf("<bendpoint x=\"100\" y=\"180\"/>", connection);
    QVERIFY(first > connection && second > first);
    // A type ArchiMate reads as we do keeps its direction.
    QVERIFY(xml.contains("<relationship identifier=\"id-r-2\" source=\"id-e-portal\" "
                         "target=\"id-e-app\""));
    QVERIFY(xml.contains("<value xml:lang=\"vi\">archimate</value>"));
    const QString problems = validate(xml);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    ModelData read;
    QVERIFY2(fromXml(xml, &read, &error), qPrintable(error));
    KT_COMPARE_MODELS(read, sample);
    QCOMPARE(toXml(read), xml);
}

void TestExchange::olderFileKeepsItsDirection()
{
    // A file written before kt:directions carried "uses" in our direction; it is
    // read as written.
    const ModelData sample = test::sampleModel();
    QByteArray xml = toXml(sample);
    const QByteArray marker = "<property propertyDefinitionRef=\"propid-kt-directions\">\n"
                              "      <value xml:lang=\"vi\">archimate</value>\n"
                              "    </property>\n    ";
    QVERIFY(xml.contains(marker));
    xml.replace(marker, "");
    xml.replace("source=\"id-e-portal\" target=\"id-e-citizen\"",
                "source=\"id-e-citizen\" target=\"id-e-portal\"");
    xml.replace("source=\"id-n-2\" target=\"id-n-1\"", "source=\"id-n-1\" target=\"id-n-2\"");
    ModelData read;
    QString error;
    QVERIFY2(fromXml(xml, &read, &error), qPrintable(error));
    KT_COMPARE_MODELS(read, sample);
}

void TestExchange::archiServingBecomesUses()
{
    // From another tool (no kt:type): Serving from an application to an actor is
    // our "uses" from the actor; written back, it is Serving from the application.
    QByteArray xml = readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml"));
    QVERIFY(!xml.isEmpty());
    xml.replace("identifier=\"id-b\" xsi:type=\"BusinessRole\"",
                "identifier=\"id-b\" xsi:type=\"ApplicationComponent\"");
    xml.replace("source=\"id-a\" target=\"id-b\" xsi:type=\"Assignment\"",
                "source=\"id-b\" target=\"id-a\" xsi:type=\"Serving\"");
    xml.replace("source=\"id-na\" target=\"id-nb\"/>",
                "source=\"id-nb\" target=\"id-na\"><bendpoint x=\"15\" y=\"30\"/>"
                "<bendpoint x=\"45\" y=\"30\"/></connection>");
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml, &model, &error), qPrintable(error));
    const Relationship &r = model.relationships.at(0);
    QCOMPARE(r.type, u"uses"_s);
    QCOMPARE(r.source.toString(), u"id-a"_s);
    QCOMPARE(r.target.toString(), u"id-b"_s);
    QVERIFY(!r.properties.contains(u"archimateType"_s));
    const ViewConnection &c = model.views.at(0).connections.at(0);
    QCOMPARE(c.source.toString(), u"id-na"_s);
    QCOMPARE(c.target.toString(), u"id-nb"_s);
    // The connection turns round with it: its bendpoints in the order they are met.
    QCOMPARE(c.bendpoints, QList<QPointF>({QPointF(45, 30), QPointF(15, 30)}));
    const QByteArray exported = toXml(model, &error);
    QVERIFY2(!exported.isEmpty(), qPrintable(error));
    QVERIFY(exported.contains("source=\"id-b\" target=\"id-a\" xsi:type=\"Serving\""));
    QVERIFY(exported.contains("source=\"id-nb\" target=\"id-na\""));
    ModelData again;
    QVERIFY2(fromXml(exported, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
}

QTEST_GUILESS_MAIN(TestExchange)
// A relationship ending on a relationship, and a connection on a connection, read,
// written and read again with every identifier; both files valid against the schema.
void TestExchange::relationshipsOnRelationships()
{
    const QByteArray fixture =
            readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/relationship-on-relationship.xml"));
    QVERIFY(!fixture.isEmpty());
    QCOMPARE(validate(fixture), QString());
    ModelData data;
    QString error;
    QVERIFY2(fromXml(fixture, &data, &error), qPrintable(error));
    QCOMPARE(data.relationships.size(), 4);
    const Relationship *notes = data.relationships.find(RelationshipId(u"id-notes"_s));
    QVERIFY(notes);
    QCOMPARE(notes->sourceRelationship, RelationshipId(u"id-holds"_s));
    QCOMPARE(notes->targetRelationship, RelationshipId(u"id-governs"_s));
    QVERIFY(notes->source.isNull() && notes->target.isNull());
    const ViewConnection *governs =
            data.views.at(0).connections.find(ConnectionId(u"id-c-governs"_s));
    QVERIFY(governs);
    QCOMPARE(governs->source, NodeId(u"id-n-contract"_s));
    QCOMPARE(governs->targetConnection, ConnectionId(u"id-c-assign"_s));

    const QByteArray written = toXml(data, &error);
    QVERIFY2(!written.isEmpty(), qPrintable(error));
    QCOMPARE(validate(written), QString());
    QVERIFY(written.contains(R"(source="id-holds" target="id-governs")"));
    QVERIFY(written.contains(R"(source="id-c-holds" target="id-c-governs")"));
    ModelData again;
    QVERIFY2(fromXml(written, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, data);
    // Every identifier of the file is there again.
    QXmlStreamReader xml(fixture);
    QStringList identifiers;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.attributes().hasAttribute(u"identifier"_s))
            identifiers.append(xml.attributes().value(u"identifier"_s).toString());
    QCOMPARE(identifiers.size(), 18);
    for (const QString &id : std::as_const(identifiers))
        QVERIFY2(written.contains(QByteArray("identifier=\"" + id.toUtf8() + "\"")), qPrintable(id));
}

#include "tst_exchange.moc"
