// Issue 12: what an exchange file holds that cannot be taken is left out with a
// finding (file, line, object, reason) and the rest opens; ArchiMate 2.1 files are
// read and mapped to 3.1. What is not an exchange file, or hostile, is still
// refused whole (tst_exchangebadinput).
#include <support/exchangefixtures.h>
#include <support/exchangeschema.h>
#include <support/shareddir.h>

#include <model/io/exchangebuilder.h>
#include <model/io/exchangereader.h>
#include <model/io/modelcheck.h>

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;
using test::readAll;

namespace {

QString dataPath(const QString &file)
{
    return QStringLiteral(KT_TEST_DATA_DIR "/exchange/") + file;
}

// The identifiers an exchange file declares (identifier="…").
QSet<QString> identifiersOf(const QByteArray &xml)
{
    QSet<QString> ids;
    static const QRegularExpression pattern(u" identifier=\"([^\"]+)\""_s);
    for (const QRegularExpressionMatch &m : pattern.globalMatch(QString::fromUtf8(xml)))
        ids.insert(m.captured(1));
    return ids;
}

} // namespace

class TestExchangeFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void partialFile();
    void oneThingLeftOut_data();
    void oneThingLeftOut();
    void findingsAreBounded();
    void version21();
    void version21Properties();
    void organizationsRoundTrip();

private:
    test::ExchangeSchema m_schemas;
};

void TestExchangeFindings::initTestCase()
{
    const QString problem = m_schemas.prepare();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// One file with one of each construct: each left out with its finding, in the
// order of the file; the rest is the model a careful reader would expect.
void TestExchangeFindings::partialFile()
{
    const QString path = dataPath(u"partial-unsupported.xml"_s);
    ExchangeReader reader;
    ModelData model;
    QVERIFY2(reader.readFile(path, model), qPrintable(reader.errorString()));
    const QStringList findings = reader.findings();
    const QList<std::pair<QString, QString>> expected{
            {u"line 10"_s, u"a property of “id-a” refers to the property definition “propid-404”"_s},
            {u"line 15"_s, u"the element “id-c” is of the type “Widget”"_s},
            {u"line 19"_s, u"the relationship “id-r2” joins “id-nowhere”"_s},
            {u"line 20"_s, u"the relationship “id-r3” ends on the relationship “id-r2”"_s},
            {u"line 21"_s, u"the relationship “id-r4” ends on relationships that end on it again"_s},
            {u"line 22"_s, u"the relationship “id-r5” ends on relationships that end on it again"_s},
            {u"line 34"_s, u"the node “id-nx” of the view “id-v” is left out: it shows the element “id-nowhere”"_s},
            {u"line 37"_s, u"the node “id-nk” of the view “id-v” is left out: it is of the kind “Diagram”"_s},
            {u"line 38"_s, u"the node “id-nn” of the view “id-v” links to the view “id-v404”"_s},
            {u"line 42"_s, u"the node “id-ne” of the view “id-v” is left out: it shows no element"_s},
            {u"line 48"_s, u"the connection “id-c6” of the view “id-v” is left out: it shows no relationship"_s},
            {u"line 44"_s, u"the connection “id-c2” of the view “id-v” is left out: it shows the relationship “id-r2”"_s},
            {u"line 45"_s, u"the connection “id-c3” of the view “id-v” is left out: it joins “id-nx”"_s},
            {u"line 46"_s, u"the connection “id-c4” of the view “id-v” is left out: it ends on the connection “id-c3”"_s},
    };
    QCOMPARE(findings.size(), expected.size());
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QString &f = findings.at(i);
        QVERIFY2(f.startsWith(QDir::toNativeSeparators(path) + u", "_s), qPrintable(f));
        QVERIFY2(f.contains(expected.at(i).first), qPrintable(f));
        QVERIFY2(f.contains(expected.at(i).second), qPrintable(f));
    }

    // What opens.
    QCOMPARE(model.elements.size(), 3);
    QVERIFY(model.elements.contains(ElementId(u"id-c"_s)));
    QCOMPARE(model.elements.find(ElementId(u"id-c"_s))->properties.value(u"archimateType"_s),
             u"Widget"_s);
    const Element *a = model.elements.find(ElementId(u"id-a"_s));
    QVERIFY(a);
    QCOMPARE(a->extraProperties.size(), 1);
    QCOMPARE(a->extraProperties.at(0).key, u"Note"_s);
    QCOMPARE(a->extraProperties.at(0).value, u"kept"_s);
    QStringList relationships;
    for (const Relationship &r : model.relationships)
        relationships.append(r.id.toString());
    QCOMPARE(relationships, (QStringList{u"id-r1"_s, u"id-r6"_s}));
    QCOMPARE(model.relationships.find(RelationshipId(u"id-r6"_s))->targetRelationship,
             RelationshipId(u"id-r1"_s));
    QCOMPARE(model.views.size(), 1);
    const View &view = model.views.at(0);
    QStringList nodes;
    for (const ViewNode &n : view.nodes)
        nodes.append(n.id.toString());
    QCOMPARE(nodes, (QStringList{u"id-na"_s, u"id-nb"_s, u"id-nc"_s, u"id-nn"_s}));
    // The child of the node left out moves to its parent (the view), where it was.
    QVERIFY(view.nodes.find(NodeId(u"id-nc"_s))->parent.isNull());
    QCOMPARE(view.nodes.find(NodeId(u"id-nc"_s))->bounds, QRectF(20, 140, 100, 50));
    QVERIFY(view.nodes.find(NodeId(u"id-nn"_s))->viewRef.isNull());
    QCOMPARE(view.nodes.find(NodeId(u"id-nn"_s))->label, u"See elsewhere"_s);
    QStringList connections;
    for (const ViewConnection &c : view.connections)
        connections.append(c.id.toString());
    QCOMPARE(connections, (QStringList{u"id-c1"_s, u"id-c5"_s}));
    QCOMPARE(view.connections.find(ConnectionId(u"id-c5"_s))->targetConnection,
             ConnectionId(u"id-c1"_s));
    QCOMPARE(ModelCheck::check(model), QString());

    // Written back: valid, every identifier that was kept is kept.
    QString error;
    const QByteArray xml = test::toXml(model, &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    if (m_schemas.isReady())
        QVERIFY2(m_schemas.validate(xml).isEmpty(), qPrintable(m_schemas.validate(xml)));
    const QSet<QString> written = identifiersOf(xml);
    for (const QString &id : {u"id-m"_s, u"id-a"_s, u"id-b"_s, u"id-c"_s, u"id-r1"_s, u"id-r6"_s,
                              u"id-v"_s, u"id-na"_s, u"id-nb"_s, u"id-nc"_s, u"id-nn"_s, u"id-c1"_s,
                              u"id-c5"_s})
        QVERIFY2(written.contains(id), qPrintable(id));
    for (const QString &id : {u"id-r2"_s, u"id-r3"_s, u"id-r4"_s, u"id-nx"_s, u"id-c4"_s})
        QVERIFY2(!written.contains(id), qPrintable(id));
    ModelData again;
    QVERIFY2(test::fromXml(xml, &again, &error), qPrintable(error));
    if (!m_schemas.isReady())
        QSKIP("structural checks passed; schema validation skipped (no shared schemas)");
}

// good-base.xml with one thing wrong (these were refused whole before): each opens,
// with one finding naming the file and the object, and loses only what it must.
void TestExchangeFindings::oneThingLeftOut_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("relationships");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("connections");
    QTest::addColumn<int>("findings");
    const auto row = [](const char *file, const char *expected, int relationships, int nodes,
                        int connections, int findings) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromUtf8(expected)
                            << relationships << nodes << connections << findings;
    };
    // The base: 2 elements, 1 relationship, a view of 2 nodes and 1 connection; what
    // shows or joins something left out goes too, with a finding of its own.
    row("partial-relationship-source.xml", "“id-nowhere”, which is not an element", 0, 2, 0, 2);
    row("partial-relationship-circle.xml", "a circle", 1, 2, 1, 2);
    row("partial-node-element.xml", "shows the element “id-nowhere”", 1, 1, 0, 2);
    row("partial-node-no-elementref.xml", "no elementRef", 1, 1, 0, 2);
    row("partial-node-view-link.xml", "links to the view “id-nowhere”", 1, 2, 1, 1);
    row("partial-connection-relationship.xml", "shows the relationship “id-nowhere”", 1, 2, 0, 1);
    row("partial-connection-end.xml", "joins “id-nowhere”, which is not a node", 1, 2, 0, 1);
    row("partial-connection-no-ref.xml", "no relationshipRef", 1, 2, 0, 1);
    row("partial-property-definition.xml", "“propid-404”", 1, 2, 1, 1);
}

void TestExchangeFindings::oneThingLeftOut()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFETCH(int, relationships);
    QFETCH(int, nodes);
    QFETCH(int, connections);
    QFETCH(int, findings);
    const QString path = dataPath(file);
    ExchangeReader reader;
    ModelData model;
    QVERIFY2(reader.readFile(path, model), qPrintable(reader.errorString()));
    const QStringList messages = reader.findings();
    QVERIFY2(messages.size() == findings, qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.join(u'\n').contains(expected), qPrintable(messages.join(u'\n')));
    for (const QString &m : messages)
        QVERIFY2(m.startsWith(QDir::toNativeSeparators(path)), qPrintable(m));
    QCOMPARE(model.elements.size(), 2);
    QCOMPARE(model.relationships.size(), relationships);
    QCOMPARE(model.views.size(), 1);
    QCOMPARE(model.views.at(0).nodes.size(), nodes);
    QCOMPARE(model.views.at(0).connections.size(), connections);
    QCOMPARE(ModelCheck::check(model), QString());
    // A file that reads whole says nothing.
    QVERIFY(reader.readFile(dataPath(u"good-base.xml"_s), model));
    QVERIFY(reader.findings().isEmpty());
}

// A file with thousands of broken references gives a bounded list, and says how
// many more there were.
void TestExchangeFindings::findingsAreBounded()
{
    QByteArray xml = readAll(dataPath(u"good-base.xml"_s));
    QByteArray many;
    for (int i = 0; i < 1000; ++i)
        many += "<relationship identifier=\"id-x" + QByteArray::number(i)
                + "\" source=\"id-a\" target=\"id-gone\" xsi:type=\"Association\"/>";
    xml.replace("</relationships>", QByteArray(many + "</relationships>"));
    ModelData model;
    ExchangeReader reader;
    QBuffer buffer(&xml);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY2(reader.read(&buffer, u"many.xml"_s, model), qPrintable(reader.errorString()));
    const QStringList findings = reader.findings();
    QCOMPARE(findings.size(), ExchangeBuilder::MaxFindings + 1);
    QVERIFY2(findings.last().startsWith(u"many.xml: "_s), qPrintable(findings.last()));
    QVERIFY2(findings.last().contains(u"800"_s), qPrintable(findings.last()));
    QCOMPARE(model.relationships.size(), 1);
}

// An ArchiMate 2.1 file: every concept, its 2.x types renamed as 3.0's migration
// does, labels as names, the group and nesting, properties through propertydefs.
void TestExchangeFindings::version21()
{
    const QString path = dataPath(u"archimate21.xml"_s);
    const QByteArray original = readAll(path);
    ExchangeReader reader;
    ModelData model;
    QVERIFY2(reader.readFile(path, model), qPrintable(reader.errorString()));
    QVERIFY2(reader.findings().isEmpty(), qPrintable(reader.findings().join(u'\n')));
    QCOMPARE(model.info.id.toString(), u"id-m21"_s);
    QCOMPARE(model.info.name, u"Old model"_s);
    QCOMPARE(model.info.documentation, u"Written in ArchiMate 2.1."_s);
    QCOMPARE(model.elements.size(), 10);
    QCOMPARE(model.relationships.size(), 8);
    QCOMPARE(model.views.size(), 1);
    QCOMPARE(model.elements.find(ElementId(u"id-app"_s))->name, u"CRM"_s);
    QCOMPARE(model.elements.find(ElementId(u"id-app"_s))->documentation, u"The CRM system."_s);
    QCOMPARE(model.relationships.find(RelationshipId(u"id-r2"_s))->name, u"realises"_s);
    const View &view = model.views.at(0);
    QCOMPARE(view.name, u"Layers"_s);
    QCOMPARE(view.nodes.size(), 5);
    QCOMPARE(view.nodes.find(NodeId(u"id-box"_s))->kind, NodeKind::Group);
    QCOMPARE(view.nodes.find(NodeId(u"id-box"_s))->label, u"Legacy"_s);
    QVERIFY(!view.nodes.find(NodeId(u"id-n-actor"_s))->style.fillColor.isEmpty());
    const ViewNode *group = view.nodes.find(NodeId(u"id-group"_s));
    QVERIFY(group);
    QCOMPARE(group->kind, NodeKind::Group);
    QCOMPARE(group->label, u"Application"_s);
    QCOMPARE(view.nodes.find(NodeId(u"id-n-app"_s))->parent, NodeId(u"id-group"_s));
    QCOMPARE(view.nodes.find(NodeId(u"id-n-app"_s))->element, ElementId(u"id-app"_s));
    QCOMPARE(view.connections.size(), 2);
    QCOMPARE(view.connections.find(ConnectionId(u"id-c2"_s))->relationship,
             RelationshipId(u"id-r2"_s));

    // Written back as 3.1 with the 3.1 names of the types, every identifier kept.
    QString error;
    const QByteArray xml = test::toXml(model, &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    QVERIFY(xml.contains("http://www.opengroup.org/xsd/archimate/3.0/"));
    for (const char *type : {"TechnologyService", "TechnologyInterface", "TechnologyFunction",
                             "CommunicationNetwork", "Path", "AndJunction", "Serving",
                             "Realization"})
        QVERIFY2(xml.contains(QByteArray(QByteArray("xsi:type=\"") + type + '"')), type);
    for (const char *type : {"UsedBy", "Realisation", "Infrastructure", "\"Network\"",
                             "CommunicationPath", "\"Junction\""})
        QVERIFY2(!xml.contains(type), type);
    const QSet<QString> before = identifiersOf(original);
    const QSet<QString> after = identifiersOf(xml);
    for (const QString &id : before)
        QVERIFY2(after.contains(id), qPrintable(id));
    if (!m_schemas.isReady())
        QSKIP("structural checks passed; schema validation skipped (no shared schemas)");
    QVERIFY2(m_schemas.validate(xml).isEmpty(), qPrintable(m_schemas.validate(xml)));
}

void TestExchangeFindings::version21Properties()
{
    ExchangeReader reader;
    ModelData model;
    QVERIFY2(reader.readFile(dataPath(u"archimate21.xml"_s), model),
             qPrintable(reader.errorString()));
    const Element *app = model.elements.find(ElementId(u"id-app"_s));
    QVERIFY(app);
    QCOMPARE(app->extraProperties.size(), 1);
    QCOMPARE(app->extraProperties.at(0).key, u"Owner"_s);
    QCOMPARE(app->extraProperties.at(0).value, u"Sales"_s);
    bool year = false;
    for (const Property &p : model.info.extraProperties)
        year = year || (p.key == u"Year" && p.value == u"2015");
    QVERIFY(year);
    // A 2.x draft in another namespace is still refused, as 2.x.
    QVERIFY(!reader.readFile(dataPath(u"bad-namespace.xml"_s), model));
    QVERIFY2(reader.errorString().contains(u"the 2.x format is not supported"_s),
             qPrintable(reader.errorString()));
}

// Folders (organizations) are kept as kt:folder and written back as
// <organizations>, nested as they were; 2.1's <organization> is read too.
void TestExchangeFindings::organizationsRoundTrip()
{
    const QByteArray original = readAll(dataPath(u"archi-style.xml"_s));
    ModelData model;
    QString error;
    QVERIFY2(test::fromXml(original, &model, &error), qPrintable(error));
    const auto folderOf = [](const PropertyList &properties) {
        for (const Property &p : properties)
            if (p.key == u"kt:folder")
                return p.value;
        return QString();
    };
    const QHash<QString, QString> expected{
            {u"id-as-actor"_s, u"Business"_s},
            {u"id-as-app"_s, u"Application"_s},
            {u"id-as-aservice"_s, u"Application/Services and data"_s},
            {u"id-as-data"_s, u"Application/Services and data"_s},
            {u"id-as-r-assign"_s, u"Relations"_s},
            {u"id-as-v-infra"_s, u"Views"_s}};
    const auto check = [&](const ModelData &m) {
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QString folder;
            if (const Element *e = m.elements.find(ElementId(it.key())))
                folder = folderOf(e->extraProperties);
            else if (const Relationship *r = m.relationships.find(RelationshipId(it.key())))
                folder = folderOf(r->extraProperties);
            else if (const View *v = m.views.find(ViewId(it.key())))
                folder = folderOf(v->extraProperties);
            if (folder != it.value())
                return QString(it.key() + u": "_s + folder);
        }
        return QString();
    };
    QCOMPARE(check(model), QString());
    const QByteArray xml = test::toXml(model, &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    QVERIFY(xml.contains("<organizations>"));
    QVERIFY(!xml.contains("kt:folder")); // as organizations, not as a property
    // Every reference of the original's organizations is written back.
    static const QRegularExpression ref(u"identifierRef=\"([^\"]+)\""_s);
    const auto refs = [](const QByteArray &bytes) {
        QSet<QString> ids;
        for (const QRegularExpressionMatch &m : ref.globalMatch(QString::fromUtf8(bytes)))
            ids.insert(m.captured(1));
        return ids;
    };
    QCOMPARE(refs(xml), refs(original));
    ModelData again;
    QVERIFY2(test::fromXml(xml, &again, &error), qPrintable(error));
    QCOMPARE(check(again), QString());
    QCOMPARE(test::toXml(again), xml);
    // 2.1
    ExchangeReader reader;
    ModelData old;
    QVERIFY(reader.readFile(dataPath(u"archimate21.xml"_s), old));
    QCOMPARE(folderOf(old.elements.find(ElementId(u"id-actor"_s))->extraProperties), u"Business"_s);
    if (!m_schemas.isReady())
        QSKIP("structural checks passed; schema validation skipped (no shared schemas)");
    QVERIFY2(m_schemas.validate(xml).isEmpty(), qPrintable(m_schemas.validate(xml)));
}

QTEST_GUILESS_MAIN(TestExchangeFindings)
#include "tst_exchangefindings.moc"
