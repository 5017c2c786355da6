// The ArchiMate Open Exchange reader and writer: lossless round trip of our
// models, deterministic output, files valid against the Open Group schema,
// import of Archi's samples, and refusal of bad or hostile input.
#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <model/io/exchangereader.h>
#include <model/io/exchangewriter.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>
#include <numeric>

using namespace kt;
using namespace Qt::StringLiterals;

using ModelChange = std::function<void(ModelData &)>;
Q_DECLARE_METATYPE(ModelChange)

namespace {

const QString ArchiDir = QStringLiteral(KT_SHARED_DIR "/interop/archi/exchange-xml/");
const QString XsiNamespace = u"http://www.w3.org/2001/XMLSchema-instance"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray toXml(const ModelData &data, QString *error = nullptr)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExchangeWriter writer;
    if (!writer.write(data, &buffer)) {
        if (error)
            *error = writer.errorString();
        return {};
    }
    return bytes;
}

bool fromXml(const QByteArray &xml, ModelData *data, QString *error,
             const QString &name = u"memory.xml"_s)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    ExchangeReader reader;
    const bool ok = reader.read(&buffer, name, *data);
    *error = reader.errorString();
    return ok;
}

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
    void sampleRoundTrip();
    void sampleValidates();
    void unusualModels_data();
    void unusualModels();
    void archiSamples_data();
    void archiSamples();
    void archisuranceViews();
    void examples_data();
    void examples();
    void badInput_data();
    void badInput();
    void truncatedArchisurance();
    void mutatedArchisurance();
    void nfdBecomesNfc();
    void deepNesting();
    void vietnameseTextPreferred();
    void missingIdentifiersMadeUp();
    void propertiesSorted();
    void unknownTypeKept();
    void writerRefuses_data();
    void writerRefuses();
    void writeToMissingFolder();

private:
    QString validate(const QByteArray &xml);

    QTemporaryDir m_dir;
    QString m_schema;
};

void TestExchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The schemas are copied and patched in a temporary folder (never in the
    // project): xml.xsd locally instead of from the web, and dc.xsd imported for
    // the strict wildcard of <metadata>.
    const QDir xsd(QStringLiteral(KT_SHARED_DIR "/interop/archi/xsd"));
    const QStringList files = xsd.entryList({u"*.xsd"_s}, QDir::Files);
    QCOMPARE(files.size(), 5);
    for (const QString &file : files)
        QVERIFY(QFile::copy(xsd.filePath(file), m_dir.filePath(file)));
    const QString modelXsd = m_dir.filePath(u"archimate3_Model.xsd"_s);
    QByteArray text = readAll(modelXsd);
    const QByteArray web = "schemaLocation=\"http://www.w3.org/2001/xml.xsd\"";
    QVERIFY(text.contains(web));
    text.replace(web, "schemaLocation=\"xml.xsd\"");
    const QByteArray import = "<xs:import namespace=\"http://www.w3.org/XML/1998/namespace\"";
    QVERIFY(text.contains(import));
    text.replace(import, QByteArray("<xs:import namespace=\"http://purl.org/dc/elements/1.1/\" "
                                    "schemaLocation=\"dc.xsd\"/>\n    " + import));
    QFile patched(modelXsd);
    QVERIFY(patched.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(patched.open(QIODevice::WriteOnly | QIODevice::Truncate));
    patched.write(text);
    patched.close();
    m_schema = m_dir.filePath(u"archimate3_Diagram.xsd"_s);

    // The check can fail: a file that breaks the schema is caught.
    QVERIFY(validate(readAll(ArchiDir + u"archisurance.xml"_s)).isEmpty());
    QByteArray broken = readAll(ArchiDir + u"Sample1.xml"_s);
    broken.replace("xsi:type=\"BusinessRole\"", "xsi:type=\"Nonsense\"");
    QVERIFY(!validate(broken).isEmpty());
}

// Empty when xmllint accepts the file against archimate3_Diagram.xsd, else its output.
QString TestExchange::validate(const QByteArray &xml)
{
    static int counter = 0;
    const QString path = m_dir.filePath(u"check-%1.xml"_s.arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write "_s + path;
    file.write(xml);
    file.close();
    QProcess xmllint;
    xmllint.setProcessChannelMode(QProcess::MergedChannels);
    xmllint.start(u"xmllint"_s, {u"--noout"_s, u"--nonet"_s, u"--schema"_s, m_schema, path});
    if (!xmllint.waitForFinished(60000))
        return u"xmllint did not run: "_s + xmllint.errorString();
    if (xmllint.exitStatus() == QProcess::NormalExit && xmllint.exitCode() == 0)
        return {};
    return QString::fromUtf8(xmllint.readAll()).left(2000);
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
        // libxml2 (xmllint) refuses documents nested deeper than 256.
        for (int i = 0; i < 200; ++i) {
            ViewNode group{NodeId(u"id-deep-%1"_s.arg(i)), NodeKind::Group, {}, parent,
                           QRectF(i, i, 1000 - 2 * i, 1000 - 2 * i), u"g"_s, {}, {}, {}};
            view->nodes.append(group);
            parent = group.id;
        }
    }) << QByteArray("<node identifier=\"id-deep-199\" xsi:type=\"Container\"");
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
    QTest::newRow("Sample1") << u"Sample1.xml"_s << 2 << 1 << 0;
    QTest::newRow("bendpoint.test") << u"bendpoint.test.xml"_s << 2 << 2 << 1;
    QTest::newRow("archisurance") << u"archisurance.xml"_s << 122 << 179 << 18;
}

void TestExchange::archiSamples()
{
    QFETCH(QString, file);
    QFETCH(int, elements);
    QFETCH(int, relationships);
    QFETCH(int, views);
    const QByteArray original = readAll(ArchiDir + file);
    QVERIFY(!original.isEmpty());
    const FileCounts counts = countFile(original);
    QCOMPARE(counts.elementTypes.size(), elements);
    QCOMPARE(counts.relationshipTypes.size(), relationships);
    QCOMPARE(counts.viewNodes.size(), views);

    ModelData first;
    ExchangeReader reader;
    QVERIFY2(reader.readFile(ArchiDir + file, first), qPrintable(reader.errorString()));
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
    const QByteArray original = readAll(ArchiDir + u"archisurance.xml"_s);
    const FileCounts counts = countFile(original);
    QCOMPARE(counts.nodeTypes.value(u"Container"_s), 16);
    QCOMPARE(counts.nodeTypes.value(u"Label"_s), 16);
    QCOMPARE(counts.connectionTypes.value(u"Line"_s), 6);

    ModelData model;
    QString error;
    QVERIFY2(fromXml(original, &model, &error), qPrintable(error));
    QMap<NodeKind, int> kinds;
    int lines = 0;
    int nested = 0;
    int links = 0;
    for (const View &view : model.views) {
        for (const ViewNode &node : view.nodes) {
            ++kinds[node.kind];
            nested += node.parent.isNull() ? 0 : 1;
            links += node.viewRef.isNull() ? 0 : 1;
            // Pre-order: a parent comes before its children.
            if (!node.parent.isNull())
                QVERIFY(view.nodes.indexOf(node.parent) < view.nodes.indexOf(node.id));
        }
        for (const ViewConnection &c : view.connections)
            lines += c.relationship.isNull() ? 1 : 0;
    }
    QCOMPARE(kinds.value(NodeKind::Group), 16);
    QCOMPARE(kinds.value(NodeKind::Note), 16);
    QCOMPARE(kinds.value(NodeKind::Element), counts.nodeTypes.value(u"Element"_s));
    QCOMPARE(lines, 6);
    QVERIFY(nested > 0);
    QCOMPARE(links, int(original.count("<viewRef ")));

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
    QCOMPARE(customer->extraProperties, PropertyList({{u"Property"_s, u"Hello"_s}}));
    QCOMPARE(model.info.extraProperties.size(), 2);
    QCOMPARE(model.info.frameworkId, u"vn-egov-2.0"_s);
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
    ModelData again;
    QVERIFY2(fromXml(exported, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
}

void TestExchange::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // written to a file of that name when not empty
    QTest::addColumn<QString>("expected");  // in the message; empty: the file reads
    QTest::addColumn<bool>("position");     // the message names line and column

    const auto fixture = [](const char *file, const char *expected, bool position = false) {
        QTest::newRow(file) << QString::fromLatin1(file) << QByteArray()
                            << QString::fromUtf8(expected) << position;
    };
    // The fixtures are good-base.xml with one thing wrong.
    fixture("good-base.xml", "");
    fixture("bad-malformed.xml", "not well-formed", true);
    fixture("bad-truncated.xml", "not well-formed", true);
    fixture("bad-trailing.xml", "not well-formed", true);
    fixture("bad-binary.xml", "not well-formed", true);
    fixture("bad-utf16-garbage.xml", "not well-formed", true);
    fixture("bad-undeclared-entity.xml", "not well-formed", true);
    fixture("bad-text-in-name.xml", "not well-formed", true);
    fixture("bad-dtd-internal.xml", "document type declaration (DTD)");
    fixture("bad-dtd-billion-laughs.xml", "document type declaration (DTD)");
    fixture("bad-dtd-external.xml", "document type declaration (DTD)");
    fixture("bad-empty.xml", "is empty");
    fixture("bad-whitespace.xml", "is empty");
    fixture("bad-root.xml", "not an ArchiMate exchange file");
    fixture("bad-namespace.xml", "not an ArchiMate exchange file");
    fixture("bad-relationship-source.xml", "“id-nowhere”, which is not an element");
    fixture("bad-relationship-to-relationship.xml", "relationships to relationships");
    fixture("bad-node-element.xml", "shows element “id-nowhere”");
    fixture("bad-node-no-elementref.xml", "no elementRef");
    fixture("bad-node-view-link.xml", "links to view “id-nowhere”");
    fixture("bad-connection-relationship.xml", "shows relationship “id-nowhere”");
    fixture("bad-connection-end.xml", "joins “id-nowhere”, which is not a node");
    fixture("bad-connection-no-ref.xml", "no relationshipRef");
    fixture("bad-duplicate-element.xml", "identifier “id-a” is used twice");
    fixture("bad-duplicate-node.xml", "identifier “id-r” is used twice");
    fixture("bad-identifier.xml", "“1 b” is not a valid identifier");
    fixture("bad-framework.xml", "vn-egov-9.9");
    fixture("bad-property-definition.xml", "“propid-404”");
    fixture("bad-coordinate.xml", "coordinate x=\"1e300\"");
    fixture("bad-coordinate-text.xml", "coordinate w=\"ten\"");

    // Texts over the limits, made here rather than stored.
    const QByteArray base = readAll(QFINDTESTDATA("../data/exchange/good-base.xml"));
    QByteArray longName = base;
    longName.replace("<name>B</name>",
                     QByteArray("<name>" + QByteArray(1024 * 1024, 'n') + "</name>"));
    QTest::newRow("name of 1 MB") << u"long-name.xml"_s << longName
                                  << u"name of “id-b” is longer than 4096"_s << false;
    QByteArray longDocumentation = base;
    longDocumentation.replace("<name>A</name>",
                              QByteArray("<name>A</name><documentation>"
                                         + QByteArray(1024 * 1024 + 1, 'd') + "</documentation>"));
    QTest::newRow("documentation over 1 MB")
            << u"long-documentation.xml"_s << longDocumentation
            << u"documentation of “id-a” is longer than"_s << false;
    QByteArray longId = base;
    longId.replace("id-b\"", QByteArray(QByteArray(2000, 'b') + '"'));
    QTest::newRow("identifier of 2000 characters")
            << u"long-identifier.xml"_s << longId << u"is not a valid identifier"_s << false;
}

void TestExchange::badInput()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QFETCH(bool, position);
    QString path;
    if (content.isEmpty()) {
        path = QFINDTESTDATA(QString(u"../data/exchange/"_s + file));
        QVERIFY2(!path.isEmpty(), qPrintable(file));
    } else {
        path = m_dir.filePath(file);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const QByteArray before = readAll(path);

    ModelData model = test::sampleModel();
    ExchangeReader reader;
    const bool ok = reader.readFile(path, model);
    if (expected.isEmpty()) {
        QVERIFY2(ok, qPrintable(reader.errorString()));
        QCOMPARE(model.elements.size(), 2);
    } else {
        QVERIFY(!ok);
        const QString message = reader.errorString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        if (position) {
            QVERIFY2(message.contains(u"line "_s), qPrintable(message));
            QVERIFY2(message.contains(u"column "_s), qPrintable(message));
        }
        QVERIFY2(message.size() < 1000, qPrintable(message.left(1000)));
        // A refused file changes nothing: neither the model given nor the file.
        KT_COMPARE_MODELS(model, test::sampleModel());
    }
    QCOMPARE(readAll(path), before);
}

void TestExchange::truncatedArchisurance()
{
    const QByteArray whole = readAll(ArchiDir + u"archisurance.xml"_s);
    QVERIFY(whole.size() > 200000);
    const qsizetype end = whole.lastIndexOf("</model>") + 8;
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < 300; ++i)
        offsets.append(i);
    for (qsizetype i = 300; i < whole.size(); i += 997)
        offsets.append(i);
    for (qsizetype i = end - 40; i <= whole.size(); ++i)
        offsets.append(i);
    int refused = 0;
    for (const qsizetype offset : std::as_const(offsets)) {
        ModelData model;
        QString error;
        const bool ok = fromXml(whole.left(offset), &model, &error, u"cut.xml"_s);
        QCOMPARE(ok, offset >= end);
        if (!ok) {
            ++refused;
            QVERIFY2(error.startsWith(u"cut.xml"_s), qPrintable(error));
        }
    }
    QVERIFY(refused > 500);
}

void TestExchange::mutatedArchisurance()
{
    // Random bytes in random places: any answer will do, but no crash and a
    // message whenever the answer is no.
    const QByteArray whole = readAll(ArchiDir + u"archisurance.xml"_s);
    QRandomGenerator random(20240601);
    const char noise[] = "<>&\"'=/ x\x01\xff\xc3-:#;";
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = whole;
        const int changes = 1 + random.bounded(8);
        for (int i = 0; i < changes; ++i)
            bytes[random.bounded(bytes.size())] = noise[random.bounded(int(sizeof(noise) - 1))];
        ModelData model;
        QString error;
        if (!fromXml(bytes, &model, &error, u"noise.xml"_s)) {
            ++refused;
            QVERIFY(error.startsWith(u"noise.xml"_s));
        }
    }
    QVERIFY(refused > 0);
}

void TestExchange::nfdBecomesNfc()
{
    const QString nfc = u"Người dân Đồng Tháp"_s;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);
    QString xml = QString::fromUtf8(readAll(QFINDTESTDATA("../data/exchange/good-base.xml")));
    xml.replace(u"<name>A</name>"_s,
                u"<name>%1</name><documentation>%1</documentation><properties><property "
                "propertyDefinitionRef=\"p1\"><value>%1</value></property></properties>"_s
                        .arg(nfd));
    xml.replace(u"</relationships>"_s,
                u"</relationships><propertyDefinitions><propertyDefinition identifier=\"p1\" "
                "type=\"string\"><name>%1</name></propertyDefinition></propertyDefinitions>"_s
                        .arg(nfd));
    xml.replace(u"<name>V</name>"_s, u"<name>%1</name>"_s.arg(nfd));
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml.toUtf8(), &model, &error), qPrintable(error));
    const Element &element = model.elements.at(0);
    QCOMPARE(element.name, nfc);
    QCOMPARE(element.documentation, nfc);
    QCOMPARE(element.extraProperties, PropertyList({{nfc, nfc}}));
    QCOMPARE(model.views.at(0).name, nfc);
}

void TestExchange::deepNesting()
{
    // Neither the writer nor the reader recurses: nesting deeper than any stack.
    ModelData model = test::sampleModel();
    View *view = model.views.find(ViewId(u"id-v-2"_s));
    NodeId parent;
    for (int i = 0; i < 100000; ++i) {
        const NodeId id(u"id-deep-%1"_s.arg(i));
        view->nodes.append(ViewNode{id, NodeKind::Group, {}, parent, QRectF(0, 0, 10, 10), {}, {},
                                    {}, {}});
        parent = id;
    }
    view->nodes.append(ViewNode{NodeId(u"id-deepest"_s), NodeKind::Element,
                                ElementId(u"id-e-app"_s), parent, QRectF(1, 1, 5, 5), {}, {}, {},
                                {}});
    QString error;
    const QByteArray xml = toXml(model, &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    QVERIFY(xml.size() < 20'000'000); // no indentation of 100,000 levels
    ModelData read;
    QVERIFY2(fromXml(xml, &read, &error), qPrintable(error));
    KT_COMPARE_MODELS(read, model);
}

void TestExchange::vietnameseTextPreferred()
{
    // Of texts in several languages the Vietnamese one is kept, else the first.
    QString xml = QString::fromUtf8(readAll(QFINDTESTDATA("../data/exchange/good-base.xml")));
    xml.replace(u"<name>A</name>"_s, u"<name xml:lang=\"en\">Citizen</name>"
                                     "<name xml:lang=\"vi\">Công dân</name>"
                                     "<name xml:lang=\"fr\">Citoyen</name>"_s);
    xml.replace(u"<name>B</name>"_s, u"<name xml:lang=\"en\">Role</name>"
                                     "<name xml:lang=\"fr\">Rôle</name>"_s);
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml.toUtf8(), &model, &error), qPrintable(error));
    QCOMPARE(model.elements.at(0).name, u"Công dân"_s);
    QCOMPARE(model.elements.at(1).name, u"Role"_s);
}

void TestExchange::missingIdentifiersMadeUp()
{
    // The model, the relationship, the view and the connection without identifiers
    // (the connection becomes a plain line: nothing could name the relationship).
    QByteArray xml = readAll(QFINDTESTDATA("../data/exchange/good-base.xml"));
    const QList<std::pair<QByteArray, QByteArray>> edits{
            {" identifier=\"id-m\"", ""},
            {"<relationship identifier=\"id-r\" ", "<relationship "},
            {"<view identifier=\"id-v\" ", "<view "},
            {"<connection identifier=\"id-c\" xsi:type=\"Relationship\" relationshipRef=\"id-r\"",
             "<connection xsi:type=\"Line\""}};
    for (const auto &[from, to] : edits) {
        QVERIFY(xml.contains(from));
        xml.replace(from, to);
    }
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml, &model, &error), qPrintable(error));
    QVERIFY(isValidIdentifier(model.info.id.toString()));
    QVERIFY(isValidIdentifier(model.relationships.at(0).id.toString()));
    QVERIFY(isValidIdentifier(model.views.at(0).id.toString()));
    QVERIFY(isValidIdentifier(model.views.at(0).connections.at(0).id.toString()));
    QVERIFY(model.views.at(0).connections.at(0).relationship.isNull());
    const QByteArray exported = toXml(model);
    ModelData again;
    QVERIFY2(fromXml(exported, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
}

void TestExchange::propertiesSorted()
{
    // kt: properties become typed only when the profile knows them and the value
    // suits the type; everything else stays, under its full name.
    QString xml = QString::fromUtf8(readAll(QFINDTESTDATA("../data/exchange/good-base.xml")));
    const auto property = [](const QString &definition, const QString &value) {
        return u"<property propertyDefinitionRef=\"%1\"><value>%2</value></property>"_s.arg(
                definition, value);
    };
    const auto definition = [](const QString &id, const QString &name) {
        return u"<propertyDefinition identifier=\"%1\" type=\"string\"><name>%2</name>"
               "</propertyDefinition>"_s.arg(id, name);
    };
    xml.replace(u"<name>A</name>"_s,
                u"<name>A</name><properties>"_s + property(u"t"_s, u"document-management"_s)
                        + property(u"s"_s, u"9"_s) + property(u"o"_s, u"Sở Nội vụ"_s)
                        + property(u"s"_s, u"3"_s) + property(u"u"_s, u"x"_s)
                        + property(u"w"_s, u"y"_s) + u"</properties>"_s);
    xml.replace(u"<name>B</name>"_s,
                u"<name>B</name><properties>"_s + property(u"t"_s, u"no-such-type"_s)
                        + property(u"s"_s, u"2"_s) + u"</properties>"_s);
    xml.replace(u"</relationships>"_s,
                u"</relationships><propertyDefinitions>"_s + definition(u"t"_s, u"kt:type"_s)
                        + definition(u"s"_s, u"kt:securityLevel"_s)
                        + definition(u"o"_s, u"kt:owner"_s) + definition(u"u"_s, u"kt:unknownKey"_s)
                        + definition(u"w"_s, u"Ghi chú"_s) + u"</propertyDefinitions>"_s);
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml.toUtf8(), &model, &error), qPrintable(error));
    const Element &a = model.elements.at(0);
    QCOMPARE(a.type, u"document-management"_s);
    QCOMPARE(a.properties,
             TypedProperties({{u"securityLevel"_s, u"3"_s}, {u"owner"_s, u"Sở Nội vụ"_s}}));
    QCOMPARE(a.extraProperties, PropertyList({{u"kt:securityLevel"_s, u"9"_s},
                                              {u"kt:unknownKey"_s, u"x"_s},
                                              {u"Ghi chú"_s, u"y"_s}}));
    // An unknown type of ours: imported by its xsi:type, the type kept as text;
    // a generic type has no securityLevel.
    const Element &b = model.elements.at(1);
    QCOMPARE(b.type, model.profile->importElementType(u"BusinessRole"_s)->id);
    QCOMPARE(b.properties, TypedProperties({{u"archimateType"_s, u"BusinessRole"_s}}));
    QCOMPARE(b.extraProperties, PropertyList({{u"kt:type"_s, u"no-such-type"_s},
                                              {u"kt:securityLevel"_s, u"2"_s}}));
    // And all of it survives our own round trip.
    const QByteArray exported = toXml(model);
    ModelData again;
    QVERIFY2(fromXml(exported, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
}

void TestExchange::unknownTypeKept()
{
    // An xsi:type that ArchiMate does not have is accepted as the fallback
    // generic type and kept; the export writes a valid type and the original in
    // kt:archimateType.
    QByteArray xml = readAll(QFINDTESTDATA("../data/exchange/good-base.xml"));
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
    QVERIFY(exported.contains("<value xml:lang=\"vi\">Chimera</value>"));
    const QString problems = validate(exported);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    ModelData again;
    QVERIFY2(fromXml(exported, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
}

void TestExchange::writerRefuses_data()
{
    QTest::addColumn<ModelChange>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("node id used in two views") << ModelChange([](ModelData &d) {
        d.views.find(ViewId(u"id-v-2"_s))
                ->nodes.append(ViewNode{NodeId(u"id-n-1"_s), NodeKind::Element,
                                        ElementId(u"id-e-app"_s), {}, QRectF(0, 90, 10, 10), {},
                                        {}, {}, {}});
    }) << u"“id-n-1” is used twice"_s;
    QTest::newRow("relationship to a missing element") << ModelChange([](ModelData &d) {
        d.relationships.find(RelationshipId(u"id-r-1"_s))->target = ElementId(u"id-gone"_s);
    }) << u"joins “id-gone”"_s;
    QTest::newRow("connection to a missing node") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        view->connections.find(ConnectionId(u"id-c-2"_s))->source = NodeId(u"id-gone"_s);
    }) << u"joins “id-gone”"_s;
    QTest::newRow("nodes nested in a circle") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        view->nodes.find(NodeId(u"id-n-band"_s))->parent = NodeId(u"id-n-1"_s);
    }) << u"circle"_s;
    QTest::newRow("identifier that is no XML name") << ModelChange([](ModelData &d) {
        Element element = d.elements.at(0);
        element.id = ElementId(u"not an id"_s);
        d.elements.append(element);
    }) << u"not an XML name"_s;
    QTest::newRow("no profile") << ModelChange([](ModelData &d) { d.profile.reset(); })
                                << u"no framework profile"_s;
}

void TestExchange::writerRefuses()
{
    QFETCH(ModelChange, change);
    QFETCH(QString, expected);
    const QString tag = QString::fromUtf8(QTest::currentDataTag());
    const QString path = m_dir.filePath(u"existing-%1.xml"_s.arg(tag));
    ExchangeWriter writer;
    QVERIFY2(writer.writeFile(test::sampleModel(), path), qPrintable(writer.errorString()));
    const QByteArray before = readAll(path);
    QVERIFY(before.contains("</model>"));
    ModelData broken = test::sampleModel();
    change(broken);
    QVERIFY(!writer.writeFile(broken, path));
    QVERIFY2(writer.errorString().contains(path), qPrintable(writer.errorString()));
    QVERIFY2(writer.errorString().contains(expected), qPrintable(writer.errorString()));
    // The file on disk is as it was, and no temporary file is left beside it.
    QCOMPARE(readAll(path), before);
    QCOMPARE(QFileInfo(path).dir().entryList({u"existing-*"_s}, QDir::Files).size(),
             QFileInfo(path).dir().entryList({u"existing-*.xml"_s}, QDir::Files).size());
}

void TestExchange::writeToMissingFolder()
{
    const QString nowhere = m_dir.filePath(u"no/such/folder/model.xml"_s);
    ExchangeWriter writer;
    QVERIFY(!writer.writeFile(test::sampleModel(), nowhere));
    QVERIFY2(writer.errorString().contains(nowhere), qPrintable(writer.errorString()));
    QVERIFY(!QFile::exists(nowhere));
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
