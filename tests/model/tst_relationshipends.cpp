// Relationships that end on relationships and connections that end on connections
// (ArchiMate 3.1): the .ktm (format 6 and the migration from 5), baselines, ModelCheck,
// the edits' cascades and the validator. The exchange round trip is in tst_exchange.

#include <support/exchangefixtures.h>
#include <support/relationshipendsfixture.h>
#include <support/modelcompare.h>

#include <model/edit/elementedits.h>
#include <model/edit/relationshipedits.h>
#include <model/edit/viewedits.h>
#include <model/io/modelcheck.h>
#include <model/model.h>
#include <model/store/baselinecodec.h>
#include <model/store/ktmstore.h>
#include <model/validate/validator.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const RelationshipId Assign(u"id-assign"_s);
const RelationshipId Governs(u"id-governs"_s);
const RelationshipId Holds(u"id-holds"_s);
const RelationshipId Notes(u"id-notes"_s);
const ConnectionId &LineAssign = test::relationshipends::Assign;
const ConnectionId &LineGoverns = test::relationshipends::Governs;
const ConnectionId &LineHolds = test::relationshipends::Holds;
const ConnectionId &LineNotes = test::relationshipends::Notes;
using test::relationshipends::fixture;

QVariant valueOf(const QString &path, const QString &statement)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"relationshipends"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"relationshipends"_s);
    return value;
}

QStringList rulesOf(const QList<Finding> &findings, const RelationshipId &id)
{
    QStringList rules;
    for (const Finding &f : findings)
        if (f.relationship == id)
            rules.append(f.rule);
    return rules;
}

} // namespace

class TestRelationshipEnds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ktmRoundTrip();
    void baselineRoundTrip();
    void migratesFormat5();
    void modelCheckRefuses_data();
    void modelCheckRefuses();
    void removingRelationshipCascades();
    void removingElementCascades();
    void removingConnectionCascades();
    void addConnectionChecksEnds();
    void validation();

private:
    QTemporaryDir m_dir;
    ModelData m_data;
};

void TestRelationshipEnds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = fixture();
    QCOMPARE(m_data.relationships.size(), 4);
    QCOMPARE(ModelCheck::check(m_data), QString());
}

void TestRelationshipEnds::ktmRoundTrip()
{
    const QString path = m_dir.filePath(u"ends.ktm"_s);
    KtmStore store;
    QVERIFY2(store.save(m_data, path), qPrintable(store.errorString()));
    QCOMPARE(valueOf(path, u"PRAGMA user_version"_s).toInt(), 6);
    QCOMPARE(valueOf(path, u"SELECT count(*) FROM relationships WHERE source IS NULL"_s).toInt(),
             1);
    QCOMPARE(valueOf(path, u"SELECT count(*) FROM connections "
                           "WHERE target_connection IS NOT NULL"_s)
                     .toInt(),
             3);
    ModelData loaded;
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    KT_COMPARE_MODELS(loaded, m_data);
}

void TestRelationshipEnds::baselineRoundTrip()
{
    const Result<QByteArray> encoded = BaselineCodec::encode(m_data);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error()));
    const Result<ModelData> decoded = BaselineCodec::decode(encoded.value());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    ModelData back = decoded.value();
    back.profile = m_data.profile;
    KT_COMPARE_MODELS(back, m_data);
}

// A file of format 5 (tests/data/store/README.md) opens, and saved again is of format 6
// and can hold relationships on relationships.
void TestRelationshipEnds::migratesFormat5()
{
    const QString source = QStringLiteral(KT_TEST_DATA_DIR) + u"/store/vinhphuc-2.0-v5.ktm"_s;
    const QString path = m_dir.filePath(u"v5.ktm"_s);
    QVERIFY(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(valueOf(path, u"PRAGMA user_version"_s).toInt(), 5);
    KtmStore store;
    ModelData model;
    QVERIFY2(store.load(path, model), qPrintable(store.errorString()));
    QCOMPARE(model.elements.size(), 157);
    QCOMPARE(model.relationships.size(), 299);
    QCOMPARE(valueOf(path, u"PRAGMA user_version"_s).toInt(), 5); // loading never writes
    for (const Relationship &r : model.relationships)
        QVERIFY(!r.endsOnRelationship() && !r.source.isNull() && !r.target.isNull());

    // Saved: format 6, and an association to a relationship fits.
    Relationship onFirst;
    onFirst.id = RelationshipId(u"id-on-first"_s);
    onFirst.type = u"generic-relationship"_s;
    onFirst.source = model.elements.at(0).id;
    onFirst.targetRelationship = model.relationships.at(0).id;
    model.relationships.append(onFirst);
    QVERIFY2(store.save(model, path), qPrintable(store.errorString()));
    QCOMPARE(valueOf(path, u"PRAGMA user_version"_s).toInt(), KtmStore::SchemaVersion);
    QCOMPARE(valueOf(path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    ModelData reloaded;
    QVERIFY2(store.load(path, reloaded), qPrintable(store.errorString()));
    KT_COMPARE_MODELS(reloaded, model);
}

void TestRelationshipEnds::modelCheckRefuses_data()
{
    QTest::addColumn<test::ModelChange>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ends on itself") << test::ModelChange([](ModelData &d) {
        d.relationships.find(Governs)->targetRelationship = Governs;
    }) << u"the relationship “id-governs” ends on itself"_s;
    QTest::newRow("circle of two") << test::ModelChange([](ModelData &d) {
        Relationship *holds = d.relationships.find(Holds);
        holds->source = {};
        holds->sourceRelationship = Notes;
    }) << u"its ends make a circle"_s;
    QTest::newRow("dangling end") << test::ModelChange([](ModelData &d) {
        d.relationships.find(Governs)->targetRelationship = RelationshipId(u"id-nowhere"_s);
    }) << u"joins “id-nowhere”, which is not an element or relationship"_s;
    QTest::newRow("two targets") << test::ModelChange([](ModelData &d) {
        d.relationships.find(Governs)->target = ElementId(u"id-role"_s);
    }) << u"has two targets"_s;
    QTest::newRow("line on itself") << test::ModelChange([](ModelData &d) {
        d.views.find(d.views.at(0).id)->connections.find(LineGoverns)->targetConnection =
                LineGoverns;
    }) << u"the connection “id-c-governs” of view “Staffing” ends on itself"_s;
    QTest::newRow("dangling line end") << test::ModelChange([](ModelData &d) {
        d.views.find(d.views.at(0).id)->connections.find(LineGoverns)->targetConnection =
                ConnectionId(u"id-nowhere"_s);
    }) << u"which is not a node or connection of that view"_s;
}

void TestRelationshipEnds::modelCheckRefuses()
{
    QFETCH(test::ModelChange, change);
    QFETCH(QString, expected);
    ModelData data = m_data;
    change(data);
    const QString fault = ModelCheck::check(data);
    QVERIFY2(fault.contains(expected), qPrintable(fault));
    // Neither file format takes it: a .ktm that holds it is refused on opening.
    KtmStore store;
    const QString path = m_dir.filePath(u"refused.ktm"_s);
    ModelData loaded;
    QVERIFY(!store.save(data, path) || !store.load(path, loaded));
    QString error;
    QVERIFY(test::toXml(data, &error).isEmpty());
}

// Deleting a relationship deletes, in one edit, the relationships that end on it
// (through others too) and every connection of them; undo brings all back.
void TestRelationshipEnds::removingRelationshipCascades()
{
    Model model(m_data);
    RemoveRelationships edit({Assign});
    QString error;
    QVERIFY2(model.apply(edit, &error), qPrintable(error));
    QVERIFY(model.data().relationships.isEmpty());
    QVERIFY(model.data().views.at(0).connections.isEmpty());
    QCOMPARE(ModelCheck::check(model.data()), QString());
    model.revert(edit);
    KT_COMPARE_MODELS(model.data(), m_data);

    // Only what ends on the removed one goes.
    RemoveRelationships governs({Governs});
    QVERIFY2(model.apply(governs, &error), qPrintable(error));
    QCOMPARE(model.data().relationships.size(), 2);
    QVERIFY(model.data().relationships.contains(Assign));
    QVERIFY(model.data().relationships.contains(Holds));
    QCOMPARE(model.data().views.at(0).connections.size(), 2);
    model.revert(governs);
    KT_COMPARE_MODELS(model.data(), m_data);
}

void TestRelationshipEnds::removingElementCascades()
{
    Model model(m_data);
    RemoveElements edit({ElementId(u"id-group"_s)});
    QString error;
    QVERIFY2(model.apply(edit, &error), qPrintable(error));
    QVERIFY(!model.data().relationships.contains(Holds));
    QVERIFY(!model.data().relationships.contains(Notes)); // it ended on "holds"
    QCOMPARE(model.data().relationships.size(), 2);
    QCOMPARE(model.data().views.at(0).connections.size(), 2);
    QCOMPARE(ModelCheck::check(model.data()), QString());
    model.revert(edit);
    KT_COMPARE_MODELS(model.data(), m_data);
}

// Deleting a connection from a view takes the connections that end on it, not the
// relationships.
void TestRelationshipEnds::removingConnectionCascades()
{
    Model model(m_data);
    const ViewId view = m_data.views.at(0).id;
    RemoveConnections edit(view, {LineHolds});
    QString error;
    QVERIFY2(model.apply(edit, &error), qPrintable(error));
    const View &after = *model.data().views.find(view);
    QCOMPARE(after.connections.size(), 2);
    QVERIFY(!after.connections.contains(LineNotes));
    QVERIFY(after.connections.contains(LineGoverns));
    QCOMPARE(model.data().relationships.size(), 4);
    model.revert(edit);
    KT_COMPARE_MODELS(model.data(), m_data);
}

void TestRelationshipEnds::addConnectionChecksEnds()
{
    Model model(m_data);
    const ViewId view = m_data.views.at(0).id;
    RemoveConnections remove(view, {LineGoverns});
    QString error;
    QVERIFY(model.apply(remove, &error));

    ViewConnection line;
    line.id = ConnectionId(u"id-c-new"_s);
    line.relationship = Governs;
    line.source = NodeId(u"id-n-contract"_s);
    line.targetConnection = LineHolds; // shows "holds", not "assign"
    AddConnection wrong(view, line);
    QVERIFY(!model.apply(wrong, &error));
    QVERIFY2(error.contains(u"do not show the ends"_s), qPrintable(error));

    line.targetConnection = LineAssign;
    AddConnection right(view, line);
    QVERIFY2(model.apply(right, &error), qPrintable(error));
    QCOMPARE(ModelCheck::check(model.data()), QString());
    model.revert(right);
    model.revert(remove);
    KT_COMPARE_MODELS(model.data(), m_data);
}

// ArchiMate 3.1: an association may end on a relationship at either end; an
// aggregation or composition only from a grouping or plateau; nothing else.
void TestRelationshipEnds::validation()
{
    const QList<Finding> clean = Validator::validate(m_data);
    for (const RelationshipId &id : {Assign, Governs, Holds, Notes})
        QVERIFY2(rulesOf(clean, id).isEmpty(), qPrintable(rulesOf(clean, id).join(u", "_s)));

    ModelData data = m_data;
    Relationship *holds = data.relationships.find(Holds);
    holds->source = ElementId(u"id-clerk"_s); // an actor, not a grouping
    Relationship *governs = data.relationships.find(Governs);
    QCOMPARE(governs->properties.value(u"archimateType"_s), u"Association"_s);
    governs->properties.insert(u"archimateType"_s, u"Triggering"_s);
    const QList<Finding> findings = Validator::validate(data);
    QCOMPARE(rulesOf(findings, Holds), QStringList{u"relationship-on-relationship-not-allowed"_s});
    QCOMPARE(rulesOf(findings, Governs),
             QStringList{u"relationship-on-relationship-not-allowed"_s});
    QVERIFY(rulesOf(findings, Notes).isEmpty());
    for (const Finding &f : findings)
        if (f.relationship == Holds)
            QCOMPARE(f.severity, Severity::Error);
}

QTEST_GUILESS_MAIN(TestRelationshipEnds)
#include "tst_relationshipends.moc"
