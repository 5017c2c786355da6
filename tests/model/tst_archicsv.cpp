// Archi's CSV format (model/io/archicsv.h): Archi's own test sets behave as Archi's
// README says they do, our models go round the format, quoting and refusals.

#include <support/modelcompare.h>
#include <support/samplemodel.h>
#include <support/shareddir.h>

#include <model/io/archicsv.h>
#include <model/edit/mergeconcepts.h>
#include <model/io/exchangemapping.h>
#include <model/model.h>

#include <QSignalSpy>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;
using kt::test::valuesOf;

namespace {

const QString CsvDir = u"interop/archi/csv/"_s;

// A relationship's ends in ArchiMate's direction (as Archi's file has them).
QPair<QString, QString> archimateEnds(const ModelData &data, const QString &id)
{
    const Relationship *r = data.relationships.find(RelationshipId(id));
    if (!r)
        return {};
    if (exchange::isReversed(*data.profile, r->type))
        return {r->target.toString(), r->source.toString()};
    return {r->source.toString(), r->target.toString()};
}


void writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readAllBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray ElementsHeader = "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Specialization\"\r\n";
const QByteArray RelationsHeader =
        "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Source\",\"Target\",\"Specialization\"\r\n";

} // namespace

class TestArchiCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesQuotedFields();
    void formatsAndParsesBack();
    void test1FirstImport();
    void test2ReimportUpdates();
    void test3GeneratesIds();
    void test4aReconnects();
    void test5Comments();
    void test6DuplicateRelationIds();
    void importIntoOpenModelIsOneEdit();
    void roundTripKeepsTheModel();
    void roundTripKeepsHardTexts();
    void refusesBadSets_data();
    void refusesBadSets();
};

void TestArchiCsv::parsesQuotedFields()
{
    QList<csv::Row> rows;
    const QString text = u"# comment\r\n\"a\",\"b, c\",\"say \"\"hi\"\"\"\r\n"
                         u"\"multi\r\nline\",plain,\"x\" ,\"\"\r\n\r\n# end"_s;
    QCOMPARE(csv::parse(text, &rows), QString());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).line, 2);
    QCOMPARE(rows.at(0).fields, (QStringList{u"a"_s, u"b, c"_s, u"say \"hi\""_s}));
    QCOMPARE(rows.at(1).line, 3);
    QCOMPARE(rows.at(1).fields, (QStringList{u"multi\nline"_s, u"plain"_s, u"x"_s, QString()}));

    rows.clear();
    qint64 line = 0;
    const QString open = csv::parse(u"x\r\n\"a\",\"b\r\nc\r\n"_s, &rows, &line);
    QVERIFY2(open.contains(u"not closed"_s), qPrintable(open));
    QCOMPARE(line, 2);
    rows.clear();
    const QString junk = csv::parse(u"\"a\"b,c\r\n"_s, &rows, &line);
    QVERIFY2(junk.contains(u"after the closing quote"_s), qPrintable(junk));
    QCOMPARE(line, 1);
}

void TestArchiCsv::formatsAndParsesBack()
{
    const QStringList fields = {u"id-1"_s, u"a, b"_s, u"\"quoted\""_s, u"two\nlines"_s, QString(),
                                u"Sở Thông tin và Truyền thông"_s, u"# not a comment"_s};
    const QString row = csv::formatRow(fields);
    QVERIFY(row.endsWith(u"\r\n"_s));
    QVERIFY(row.contains(u"\"\"\"quoted\"\"\""_s));
    QList<csv::Row> rows;
    QCOMPARE(csv::parse(row + row, &rows), QString());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).fields, fields);
    QCOMPARE(rows.at(1).line, 3); // the first row spans two lines
}

void TestArchiCsv::test1FirstImport()
{
    KT_SHARED_PATH_OR_SKIP(path, CsvDir + u"test1-elements.csv"_s);
    ModelData data;
    ArchiCsvReader reader;
    QVERIFY2(reader.readSet(path, data), qPrintable(reader.errorString()));
    QCOMPARE(data.info.id.toString(), u"862677a6"_s);
    QCOMPARE(data.info.name, u"Test Model"_s);
    QCOMPARE(data.info.documentation,
             u"This is the Purpose of the Model.\nIt has a line break and \"some\" quotes.\n"_s);
    QCOMPARE(data.elements.size(), 3);
    QCOMPARE(data.relationships.size(), 2);
    const Element *actor = data.elements.find(ElementId(u"f00aa5b4"_s));
    QVERIFY(actor);
    QCOMPARE(actor->name, u"Business Actor"_s);
    QCOMPARE(actor->documentation, u"This is the Business Actor\nDocumentation\nHere \"\"\n"_s);
    QCOMPARE(valuesOf(actor->extraProperties, ArchiSpecialization), QStringList{u"Specialization1"_s});
    // Mapped as the exchange import maps it, the ArchiMate type kept on a generic type.
    const ElementType *type = data.profile->importElementType(u"BusinessActor"_s);
    QVERIFY(type);
    QCOMPARE(actor->type, type->id);
    if (type->generic)
        QCOMPARE(actor->property(u"archimateType"_s), u"BusinessActor"_s);
    // Properties: the duplicate key kept twice, in order; one on the model, one on a relation.
    QCOMPARE(valuesOf(actor->extraProperties, u"Property 3"_s), (QStringList{QString(), u"Again"_s}));
    QCOMPARE(valuesOf(actor->extraProperties, u"Property 2"_s),
             QStringList{u"Another one \"here\""_s});
    QCOMPARE(valuesOf(data.info.extraProperties, u"Property 1"_s),
             QStringList{u"Hello World \"Here\"!"_s});
    const Relationship *compo = data.relationships.find(RelationshipId(u"5854f8a3"_s));
    QVERIFY(compo);
    QCOMPARE(valuesOf(compo->extraProperties, u"This"_s), QStringList{u"values"_s});
    QCOMPARE(compo->documentation, u"Here it is\nagain\n\n\n"_s);
    QCOMPARE(archimateEnds(data, u"5854f8a3"_s), qMakePair(u"f00aa5b4"_s, u"d9fe8c17"_s));
    QCOMPARE(archimateEnds(data, u"cdbfc933"_s), qMakePair(u"f00aa5b4"_s, u"f6a18059"_s));
    QCOMPARE(data.relationships.find(RelationshipId(u"cdbfc933"_s))->documentation,
             u"Assignment documentation\nIs here \"hello\""_s);
}

void TestArchiCsv::test2ReimportUpdates()
{
    KT_SHARED_PATH_OR_SKIP(first, CsvDir + u"test1-elements.csv"_s);
    KT_SHARED_PATH_OR_SKIP(second, CsvDir + u"test2-elements.csv"_s);
    ModelData data;
    ArchiCsvReader reader;
    QVERIFY2(reader.readSet(first, data), qPrintable(reader.errorString()));
    const QString actorType = data.elements.find(ElementId(u"f00aa5b4"_s))->type;
    QVERIFY2(reader.mergeSet(second, data), qPrintable(reader.errorString()));
    QCOMPARE(data.info.name, u"Test Model changed"_s);
    QCOMPARE(data.info.documentation, u"Model Documentation Changed"_s);
    QCOMPARE(data.elements.size(), 3);
    QCOMPARE(data.relationships.size(), 2);
    const Element *actor = data.elements.find(ElementId(u"f00aa5b4"_s));
    QCOMPARE(actor->name, u"Name changed"_s);
    QCOMPARE(actor->type, actorType);
    // test2 has no specialization on the actor any more.
    QVERIFY(valuesOf(actor->extraProperties, ArchiSpecialization).isEmpty());
    QCOMPARE(valuesOf(actor->extraProperties, u"Property 3"_s),
             (QStringList{u"Changed this one"_s, u"Again"_s}));
    QCOMPARE(valuesOf(actor->extraProperties, u"Property 1"_s), QStringList{u"A new value"_s});
    const Relationship *assignment = data.relationships.find(RelationshipId(u"cdbfc933"_s));
    QCOMPARE(assignment->name, u"Assignment relation changed"_s);
    QCOMPARE(assignment->documentation, u"Assignment documentation changed"_s);
    QCOMPARE(valuesOf(data.relationships.find(RelationshipId(u"5854f8a3"_s))->extraProperties,
                      u"This"_s),
             QStringList{u"value changes"_s});
    QCOMPARE(valuesOf(data.info.extraProperties, u"Property 2"_s), QStringList{u"Again"_s});

    // An existing id with another ArchiMate type is refused (Archi refuses it too).
    QTemporaryDir dir;
    const QString retyped = dir.filePath(u"retyped-elements.csv"_s);
    writeText(retyped, ElementsHeader + "\"f00aa5b4\",\"BusinessRole\",\"X\",\"\",\"\"\r\n");
    const ModelData before = data;
    QVERIFY(!reader.mergeSet(retyped, data));
    QVERIFY2(reader.errorString().contains(u"retyped-elements.csv, line 2: the element “f00aa5b4” "
                                           u"is of type BusinessActor"_s),
             qPrintable(reader.errorString()));
    QVERIFY(data == before);
}

void TestArchiCsv::test3GeneratesIds()
{
    KT_SHARED_PATH_OR_SKIP(path, CsvDir + u"test3-elements.csv"_s);
    ModelData data;
    ArchiCsvReader reader;
    QVERIFY2(reader.readSet(path, data), qPrintable(reader.errorString()));
    QVERIFY(!data.info.id.isNull());
    QCOMPARE(data.info.name, u"Test Model"_s);
    QCOMPARE(data.elements.size(), 5);
    QSet<QString> ids;
    for (const Element &e : data.elements) {
        QVERIFY(!e.id.isNull());
        ids.insert(e.id.toString());
    }
    QCOMPARE(ids.size(), 5);
    QVERIFY(ids.contains(u"id1"_s) && ids.contains(u"id2"_s));
    QCOMPARE(data.elements.find(ElementId(u"id2"_s))->documentation, u"This has an Identifier"_s);
    QCOMPARE(data.relationships.size(), 1);
    const Relationship &r = data.relationships.at(0);
    QVERIFY(!r.id.isNull());
    QCOMPARE(r.documentation, u"No ID!"_s);
    QCOMPARE(archimateEnds(data, r.id.toString()), qMakePair(u"id1"_s, u"id2"_s));
}

void TestArchiCsv::test4aReconnects()
{
    KT_SHARED_PATH_OR_SKIP(path, CsvDir + u"test4-elements.csv"_s);
    KT_SHARED_PATH_OR_SKIP(relations4a, CsvDir + u"test4a-relations.csv"_s);
    ModelData data;
    ArchiCsvReader reader;
    QVERIFY2(reader.readSet(path, data), qPrintable(reader.errorString()));
    QCOMPARE(data.elements.size(), 4);
    QCOMPARE(archimateEnds(data, u"r1"_s), qMakePair(u"e1"_s, u"e3"_s));
    QCOMPARE(archimateEnds(data, u"r2"_s), qMakePair(u"e2"_s, u"e4"_s));
    // Re-import of the relations alone (a set with no elements file, as test4a is).
    QTemporaryDir dir;
    QVERIFY(QFile::copy(relations4a, dir.filePath(u"test4a-relations.csv"_s)));
    QVERIFY2(reader.mergeSet(dir.filePath(u"test4a-elements.csv"_s), data),
             qPrintable(reader.errorString()));
    QCOMPARE(data.elements.size(), 4);
    QCOMPARE(data.relationships.size(), 2);
    QCOMPARE(archimateEnds(data, u"r1"_s), qMakePair(u"e2"_s, u"e4"_s));
    QCOMPARE(archimateEnds(data, u"r2"_s), qMakePair(u"e1"_s, u"e3"_s));
}

void TestArchiCsv::test5Comments()
{
    KT_SHARED_PATH_OR_SKIP(path, CsvDir + u"test5-elements.csv"_s);
    ModelData data;
    ArchiCsvReader reader;
    QVERIFY2(reader.readSet(path, data), qPrintable(reader.errorString()));
    QCOMPARE(data.elements.size(), 2);
    QCOMPARE(data.elements.find(ElementId(u"id1"_s))->name, u"A Business Actor"_s);
    QCOMPARE(data.elements.find(ElementId(u"id2"_s))->name, u"A Business Role"_s);
}

void TestArchiCsv::test6DuplicateRelationIds()
{
    KT_SHARED_PATH_OR_SKIP(elements4, CsvDir + u"test4-elements.csv"_s);
    KT_SHARED_PATH_OR_SKIP(relations6, CsvDir + u"test6-relations.csv"_s);
    ModelData data;
    ArchiCsvReader reader;
    QVERIFY(!reader.readSet(QFileInfo(relations6).dir().filePath(u"test6-elements.csv"_s), data));
    QVERIFY2(reader.errorString().contains(u"test6-relations.csv, line 3"_s)
                     && reader.errorString().contains(u"“r1” is used twice"_s),
             qPrintable(reader.errorString()));
    // Merged into a model that has e1..e4: still refused, the model untouched.
    QVERIFY2(reader.readSet(elements4, data), qPrintable(reader.errorString()));
    const ModelData before = data;
    QTemporaryDir dir;
    QVERIFY(QFile::copy(relations6, dir.filePath(u"x-relations.csv"_s)));
    QVERIFY(!reader.mergeSet(dir.filePath(u"x-elements.csv"_s), data));
    QVERIFY(reader.errorString().contains(u"x-relations.csv, line 3"_s));
    QVERIFY(data == before);
}

void TestArchiCsv::importIntoOpenModelIsOneEdit()
{
    // The sample model, plus a set that renames one of its elements, adds an
    // element and a relationship to it, and renames the model.
    Model model(test::sampleModel());
    const ModelData before = model.data();
    const Element existing = before.elements.at(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"imp-elements.csv"_s);
    ArchiCsvWriter writer;
    ModelData small = before;
    small.views = {};
    small.elements = {};
    small.relationships = {};
    Element renamed = existing;
    renamed.name = u"Tên mới"_s;
    small.elements.append(renamed);
    small.info.name = u"Mô hình đổi tên"_s;
    QVERIFY2(writer.writeSet(small, path), qPrintable(writer.errorString()));
    writeText(dir.filePath(u"imp-elements.csv"_s),
              readAllBytes(path) + "\"new-1\",\"ApplicationComponent\",\"Ứng dụng mới\",\"\",\"\"\r\n");
    writeText(dir.filePath(u"imp-relations.csv"_s),
              RelationsHeader + "\"new-r\",\"AssociationRelationship\",\"\",\"\",\"new-1\",\""
                      + existing.id.toString().toUtf8() + "\",\"\"\r\n");

    ArchiCsvReader reader;
    std::unique_ptr<MergeConcepts> edit = reader.mergeEdit(path, model.data());
    QVERIFY2(edit, qPrintable(reader.errorString()));
    QSignalSpy spy(&model, &Model::changed);
    QString error;
    QVERIFY2(model.apply(*edit, &error), qPrintable(error));
    QCOMPARE(spy.size(), 1);
    const ChangeSet changes = spy.at(0).at(0).value<ChangeSet>();
    QCOMPARE(changes.elements.changed, QSet<ElementId>{existing.id});
    QCOMPARE(changes.elements.added, QSet<ElementId>{ElementId(u"new-1"_s)});
    QCOMPARE(changes.relationships.added, QSet<RelationshipId>{RelationshipId(u"new-r"_s)});
    QVERIFY(changes.infoChanged);
    QCOMPARE(model.data().elements.size(), before.elements.size() + 1);
    QCOMPARE(model.data().relationships.size(), before.relationships.size() + 1);
    QCOMPARE(model.element(existing.id)->name, u"Tên mới"_s);
    QCOMPARE(model.element(existing.id)->type, existing.type);
    QCOMPARE(model.info().name, u"Mô hình đổi tên"_s);
    QVERIFY(model.data().views == before.views);
    // Nothing else of the model changed (no deletion, other elements as they were).
    for (const Element &e : before.elements)
        if (e.id != existing.id)
            QVERIFY(*model.element(e.id) == e);
    model.revert(*edit);
    QCOMPARE(test::firstDifference(before, model.data()), QString());
    QVERIFY(model.data() == before);
    // A refused set gives no edit.
    writeText(dir.filePath(u"imp-relations.csv"_s),
              RelationsHeader + "\"r\",\"AssociationRelationship\",\"\",\"\",\"nowhere\",\"new-1\",\"\"\r\n");
    QVERIFY(!reader.mergeEdit(path, model.data()));
    QVERIFY(reader.errorString().contains(u"imp-relations.csv, line 2"_s));
}

void TestArchiCsv::roundTripKeepsTheModel()
{
    ModelData model = test::sampleModel();
    QVERIFY(model.relationships.size() > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample-elements.csv"_s);
    ArchiCsvWriter writer;
    QVERIFY2(writer.writeSet(model, path), qPrintable(writer.errorString()));
    for (const QString &name : {u"sample-elements.csv"_s, u"sample-relations.csv"_s,
                                u"sample-properties.csv"_s}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.read(3) == QByteArray(csv::Bom), qPrintable(name));
    }
    ModelData back;
    ArchiCsvReader reader;
    QVERIFY2(reader.readSet(path, back), qPrintable(reader.errorString()));
    model.views = {}; // the format has no views
    QCOMPARE(test::firstDifference(model, back), QString());

    // Merging the same set into the model changes nothing, views included.
    ModelData withViews = test::sampleModel();
    const ModelData original = withViews;
    QVERIFY2(reader.mergeSet(path, withViews), qPrintable(reader.errorString()));
    QCOMPARE(test::firstDifference(original, withViews), QString());
}

void TestArchiCsv::roundTripKeepsHardTexts()
{
    ModelData model = test::emptyModel();
    model.info.id = ModelId(u"m1"_s);
    model.info.name = u"Kiến trúc \"tỉnh\", 2026"_s;
    model.info.documentation = u"line one\nline two, \"quoted\"\n# not a comment"_s;
    ArchiCsvReader reader;
    ModelData withElements;
    QTemporaryDir dir;
    const QString elements = dir.filePath(u"in-elements.csv"_s);
    writeText(elements,
              QByteArray(csv::Bom) + ElementsHeader
                      + "\"a1\",\"ApplicationComponent\",\"Cổng, \"\"dịch vụ\"\" công\",\"x\r\n"
                        "# inside\r\ny\",\"\"\r\n"
                        "\"a2\",\"Node\",\"Máy chủ\",\"\",\"\"\r\n");
    writeText(dir.filePath(u"in-relations.csv"_s),
              RelationsHeader + "\"r1\",\"ServingRelationship\",\"a, b\",\"\",\"a2\",\"a1\",\"\"\r\n");
    QVERIFY2(reader.readSet(elements, withElements), qPrintable(reader.errorString()));
    QCOMPARE(withElements.elements.size(), 2);
    const Element *portal = withElements.elements.find(ElementId(u"a1"_s));
    QCOMPARE(portal->name, u"Cổng, \"dịch vụ\" công"_s);
    QCOMPARE(portal->documentation, u"x\n# inside\ny"_s);
    QCOMPARE(archimateEnds(withElements, u"r1"_s), qMakePair(u"a2"_s, u"a1"_s));
    withElements.info.name = model.info.name;
    withElements.info.documentation = model.info.documentation;
    const QString out = dir.filePath(u"out-elements.csv"_s);
    ArchiCsvWriter writer;
    QVERIFY2(writer.writeSet(withElements, out), qPrintable(writer.errorString()));
    ModelData back;
    QVERIFY2(reader.readSet(out, back), qPrintable(reader.errorString()));
    QCOMPARE(test::firstDifference(withElements, back), QString());
}

void TestArchiCsv::refusesBadSets_data()
{
    QTest::addColumn<QByteArray>("elements");
    QTest::addColumn<QByteArray>("relations");
    QTest::addColumn<QString>("expected");
    const QByteArray two = "\"e1\",\"BusinessActor\",\"A\",\"\",\"\"\r\n"
                           "\"e2\",\"BusinessRole\",\"B\",\"\",\"\"\r\n";
    QTest::newRow("duplicate element id")
            << ElementsHeader + two + "\"e1\",\"BusinessActor\",\"C\",\"\",\"\"\r\n"
            << QByteArray() << u"bad-elements.csv, line 4: the id “e1” is used twice"_s;
    QTest::newRow("missing target")
            << ElementsHeader + two
            << RelationsHeader + "\"r1\",\"AssignmentRelationship\",\"\",\"\",\"e1\",\"e9\",\"\"\r\n"
            << u"bad-relations.csv, line 2: the relationship “r1” joins “e9”"_s;
    QTest::newRow("relationship ending on itself")
            << ElementsHeader + two
            << RelationsHeader + "\"r1\",\"AssignmentRelationship\",\"\",\"\",\"e1\",\"e2\",\"\"\r\n"
                                 "\"r2\",\"AssociationRelationship\",\"\",\"\",\"e1\",\"r2\",\"\"\r\n"
            << u"the relationship “r2” ends on itself"_s;
    QTest::newRow("bad header") << QByteArray("\"Id\",\"Kind\",\"Name\",\"Documentation\"\r\n") + two
                                << QByteArray() << u"bad-elements.csv, line 1: the header must be"_s;
    QTest::newRow("unknown type")
            << ElementsHeader + "\"e1\",\"Spaceship\",\"A\",\"\",\"\"\r\n" << QByteArray()
            << u"bad-elements.csv, line 2: “Spaceship” is not an ArchiMate element type"_s;
    QTest::newRow("short row") << ElementsHeader + "\"e1\",\"BusinessActor\"\r\n" << QByteArray()
                               << u"bad-elements.csv, line 2: the row has 2 fields"_s;
    QTest::newRow("unclosed quote")
            << ElementsHeader + "\"e1\",\"BusinessActor\",\"A\r\n" << QByteArray()
            << u"bad-elements.csv, line 2: a quoted field is not closed"_s;
    QTest::newRow("element id of a relation")
            << ElementsHeader + two
            << RelationsHeader + "\"e2\",\"AssignmentRelationship\",\"\",\"\",\"e1\",\"e2\",\"\"\r\n"
            << u"bad-relations.csv, line 2: the id “e2” is an element"_s;
}

void TestArchiCsv::refusesBadSets()
{
    QFETCH(QByteArray, elements);
    QFETCH(QByteArray, relations);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad-elements.csv"_s);
    writeText(path, elements);
    if (!relations.isEmpty())
        writeText(dir.filePath(u"bad-relations.csv"_s), relations);
    ModelData data = test::sampleModel();
    const ModelData before = data;
    ArchiCsvReader reader;
    QVERIFY(!reader.readSet(path, data));
    QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
    QVERIFY(data == before);
    QVERIFY(!reader.mergeSet(path, data));
    QVERIFY(data == before);
}

QTEST_GUILESS_MAIN(TestArchiCsv)
#include "tst_archicsv.moc"
