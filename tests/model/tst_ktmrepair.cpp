// A .ktm whose damage stays local is refused by load() but can be read as a repaired
// model (KtmStore::loadRepaired) that lists exactly what was dropped or fixed, passes
// ModelCheck, saves and opens again; the damaged file is never written. Damage that
// is not local (a circle of groups, a corrupt page) is refused by the repair too.
// The fixtures are damaged by SQL as in tst_ktmcheck.

#include <model/compose/geometry.h>
#include <model/io/modelcheck.h>
#include <model/store/ktmstore.h>
#include <support/generatedmodel.h>
#include <support/sqlitedoctor.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;
using test::FirstElementNode;
using test::FirstNode;
using test::LastNodeOfFirstView;

namespace {

const QString FirstConnection = u"(SELECT min(seq) FROM connections)"_s;

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qsizetype nodeCount(const ModelData &data)
{
    qsizetype n = 0;
    for (const View &view : data.views)
        n += view.nodes.size();
    return n;
}

qsizetype connectionCount(const ModelData &data)
{
    qsizetype n = 0;
    for (const View &view : data.views)
        n += view.connections.size();
    return n;
}

// The id of the row that `select` (one value) names, read before the damage.
QString idOf(const QString &path, const QString &table, const QString &seq)
{
    const QString name = u"tst-repair-id"_s;
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT id FROM %1 WHERE seq = %2"_s.arg(table, seq)) && query.next())
                id = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

} // namespace

class TestKtmRepair : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repaired_data();
    void repaired();
    void soundFileNeedsNoRepair();
    void notLocal_data();
    void notLocal();

private:
    QString freshModel(const QString &name);
    QTemporaryDir m_dir;
    ModelData m_original;
};

void TestKtmRepair::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_original = test::generatedModel(30);
}

QString TestKtmRepair::freshModel(const QString &name)
{
    const QString folder = m_dir.filePath(QString(name).replace(u' ', u'-'));
    if (!QDir().mkpath(folder))
        qFatal("cannot create %s", qPrintable(folder));
    const QString path = folder + u"/mô hình.ktm"_s;
    KtmStore store;
    if (!store.save(m_original, path))
        qFatal("%s", qPrintable(store.errorString()));
    return path;
}

void TestKtmRepair::repaired_data()
{
    QTest::addColumn<QString>("table");    // of the damaged row, whose id the repair names
    QTest::addColumn<QString>("seq");      // the damaged row
    QTest::addColumn<QStringList>("damage");
    QTest::addColumn<QString>("expected"); // in the one repair listed
    QTest::addColumn<int>("nodesLost");    // at least; connections may go with them
    QTest::addColumn<bool>("connectionsLost");

    QTest::newRow("node whose element is missing")
        << u"nodes"_s << FirstElementNode
        << QStringList { u"UPDATE nodes SET element = 999999 WHERE seq = %1"_s.arg(FirstElementNode) }
        << u"nodes.element refers to 999999"_s << 1 << false;
    QTest::newRow("element node with NULL element")
        << u"nodes"_s << FirstElementNode
        << QStringList { u"UPDATE nodes SET element = NULL WHERE seq = %1"_s.arg(FirstElementNode) }
        << u"it shows no element"_s << 1 << false;
    QTest::newRow("connection with a dangling end")
        << u"connections"_s << FirstConnection
        << QStringList { u"UPDATE connections SET source = 999999 WHERE seq = %1"_s.arg(FirstConnection) }
        << u"connections.source refers to 999999"_s << 0 << true;
    QTest::newRow("connection of a missing relationship")
        << u"connections"_s << u"(SELECT min(seq) FROM connections WHERE relationship IS NOT NULL)"_s
        << QStringList { u"UPDATE connections SET relationship = 999999 "
                         "WHERE seq = (SELECT min(seq) FROM connections WHERE relationship IS NOT NULL)"_s }
        << u"connections.relationship refers to 999999"_s << 0 << true;
    QTest::newRow("relationship to a missing element")
        << u"relationships"_s << u"(SELECT min(seq) FROM relationships)"_s
        << QStringList { u"UPDATE relationships SET target = 999999 "
                         "WHERE seq = (SELECT min(seq) FROM relationships)"_s }
        << u"relationships.target refers to 999999"_s << 0 << false;
    QTest::newRow("element id used twice")
        << u"elements"_s << u"1"_s // seq 2 takes the id of seq 1
        << QStringList { u"DROP INDEX elements_id"_s,
               u"UPDATE elements SET id = (SELECT id FROM elements WHERE seq = 1) WHERE seq = 2"_s }
        << u"an earlier row has its id"_s << 0 << false;
    QTest::newRow("node x +infinite")
        << u"nodes"_s << FirstNode
        << QStringList { u"UPDATE nodes SET x = 1e999 WHERE seq = %1"_s.arg(FirstNode) }
        << u"is now at (0, "_s << 0 << false;
    QTest::newRow("node x NaN as text")
        << u"nodes"_s << FirstNode
        << QStringList { u"UPDATE nodes SET x = 'NaN' WHERE seq = %1"_s.arg(FirstNode) }
        << u"is now at (0, "_s << 0 << false;
    QTest::newRow("font size infinite")
        << u"nodes"_s << FirstNode
        << QStringList { u"UPDATE nodes SET font_size = 1e999 WHERE seq = %1"_s.arg(FirstNode) }
        << u"is now the default"_s << 0 << false;
    QTest::newRow("bendpoint infinite")
        << u"connections"_s << u"(SELECT connection FROM bendpoints LIMIT 1)"_s
        << QStringList { u"UPDATE bendpoints SET x = 1e999 WHERE (connection, position) = "
                         "(SELECT connection, position FROM bendpoints LIMIT 1)"_s }
        << u"a bendpoint that was not a point"_s << 0 << false;
}

void TestKtmRepair::repaired()
{
    QFETCH(QString, table);
    QFETCH(QString, seq);
    QFETCH(QStringList, damage);
    QFETCH(QString, expected);
    QFETCH(int, nodesLost);
    QFETCH(bool, connectionsLost);
    const QString path = freshModel(QString::fromLatin1(QTest::currentDataTag()));
    const QString id = idOf(path, table, seq);
    QVERIFY(!id.isEmpty());
    QVERIFY(test::executeSql(path, damage));
    const QByteArray before = digest(path);

    KtmStore store;
    ModelData refused;
    QVERIFY2(!store.load(path, refused), "a damaged file was read as a good one");

    ModelData data;
    QStringList repairs;
    QVERIFY2(store.loadRepaired(path, data, &repairs), qPrintable(store.errorString()));
    // One thing was wrong: the first repair names the row and the fault; any other is
    // something that hung on a row left out, and goes with it.
    QVERIFY(!repairs.isEmpty());
    QVERIFY2(repairs.first().contains(u"“"_s + id + u"”"_s), qPrintable(repairs.first()));
    QVERIFY2(repairs.first().contains(expected), qPrintable(repairs.first()));
    for (qsizetype i = 1; i < repairs.size(); ++i)
        QVERIFY2(repairs.at(i).endsWith(u"is left out."_s) && repairs.at(i).contains(u" it "_s),
                 qPrintable(repairs.at(i)));
    // A row left out takes what hangs on it along: counted exactly where nothing can.
    const bool conceptDropped = table == u"elements" || table == u"relationships";
    if (nodesLost == 0 && !connectionsLost && !conceptDropped)
        QCOMPARE(repairs.size(), 1);
    QCOMPARE(digest(path), before); // the damaged file is never written

    QCOMPARE(ModelCheck::check(data, nullptr, ModelCheck::Ids::Plain), QString());
    // What was dropped, and nothing more.
    const bool elementDropped = table == u"elements";
    QCOMPARE(data.elements.size(), m_original.elements.size() - (elementDropped ? 1 : 0));
    QCOMPARE(data.views.size(), m_original.views.size());
    if (table == u"relationships")
        QVERIFY(data.relationships.size() < m_original.relationships.size());
    else if (!elementDropped) {
        QCOMPARE(data.relationships.size(), m_original.relationships.size());
        QCOMPARE(nodeCount(data), nodeCount(m_original) - nodesLost);
    }
    if (connectionsLost)
        QVERIFY(connectionCount(data) < connectionCount(m_original));
    else if (nodesLost > 0) // with the connections of the node, if any
        QVERIFY(connectionCount(data) <= connectionCount(m_original));
    else if (!conceptDropped)
        QCOMPARE(connectionCount(data), connectionCount(m_original));
    for (const View &view : data.views)
        for (const ViewNode &node : view.nodes)
            QVERIFY(geometry::isValidBounds(node.bounds));

    // The repaired model saves and opens again, with nothing to repair.
    const QString copy = QFileInfo(path).absolutePath() + u"/repaired.ktm"_s;
    QVERIFY2(store.save(data, copy), qPrintable(store.errorString()));
    ModelData again;
    QVERIFY2(store.load(copy, again), qPrintable(store.errorString()));
    QVERIFY(!store.loadRepaired(copy, again, &repairs));
    QVERIFY2(store.errorString().contains(u"needs no repair"_s), qPrintable(store.errorString()));
}

void TestKtmRepair::soundFileNeedsNoRepair()
{
    const QString path = freshModel(u"sound"_s);
    KtmStore store;
    ModelData data;
    QStringList repairs;
    QVERIFY(!store.loadRepaired(path, data, &repairs));
    QVERIFY(repairs.isEmpty());
    QVERIFY2(store.errorString().contains(u"needs no repair"_s), qPrintable(store.errorString()));
}

using Batches = QList<QStringList>; // each on a connection of its own

void TestKtmRepair::notLocal_data()
{
    QTest::addColumn<Batches>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nodes nested in a circle")
        << Batches { { u"UPDATE nodes SET parent = %1 WHERE seq = %2"_s.arg(FirstNode, LastNodeOfFirstView),
               u"UPDATE nodes SET parent = %1 WHERE seq = %2"_s.arg(LastNodeOfFirstView, FirstNode) } }
        << u"is nested in itself"_s;
    QTest::newRow("name too long")
        << Batches { { u"UPDATE elements SET name = hex(zeroblob(2100)) WHERE seq = 1"_s } }
        << u"longer than 4096 characters"_s;
    // NOT NULL broken behind the schema's back: a fault of the storage.
    QTest::newRow("NULL found by quick_check")
        << Batches { { u"PRAGMA writable_schema = ON"_s,
                         u"UPDATE sqlite_schema SET sql = replace(sql, 'y REAL NOT NULL', 'y REAL') "
                         "WHERE name = 'nodes'"_s },
               { u"UPDATE nodes SET y = NULL WHERE seq = %1"_s.arg(FirstNode) },
               { u"PRAGMA writable_schema = ON"_s,
                   u"UPDATE sqlite_schema SET sql = replace(sql, 'y REAL,', 'y REAL NOT NULL,') "
                   "WHERE name = 'nodes'"_s } }
        << u"SQLite finds it corrupt"_s;
}

void TestKtmRepair::notLocal()
{
    QFETCH(Batches, damage);
    QFETCH(QString, expected);
    const QString path = freshModel(QString::fromLatin1(QTest::currentDataTag()));
    for (const QStringList &batch : damage)
        QVERIFY(test::executeSql(path, batch));
    const QByteArray before = digest(path);
    KtmStore store;
    ModelData data;
    QStringList repairs;
    QVERIFY(!store.loadRepaired(path, data, &repairs));
    const QString error = store.errorString();
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + u" is damaged: "_s), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(repairs.isEmpty());
    QCOMPARE(digest(path), before);
}

QTEST_GUILESS_MAIN(TestKtmRepair)
#include "tst_ktmrepair.moc"
