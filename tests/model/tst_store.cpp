#include <model/store/ktmschema.h>
#include <model/store/ktmstore.h>
#include <model/store/ktmwriter.h>
#include <support/generatedmodel.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;
using namespace kt;
using kt::test::generatedModel;

namespace {

// What a failed load or save must leave as it was.
struct FileState
{
    bool exists = false;
    QByteArray sha256;
    QDateTime modified;
    QFile::Permissions permissions;

    friend bool operator==(const FileState &, const FileState &) = default;
};

FileState stateOf(const QString &path)
{
    FileState state;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    state.exists = true;
    state.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    state.modified = file.fileTime(QFileDevice::FileModificationTime);
    state.permissions = file.permissions();
    return state;
}

// Every entry of a folder, hidden ones too (a temporary file or -journal left behind).
QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                          | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

// Runs fn on a QSQLITE connection of its own to path: the test reads and doctors
// files without the store, so that it checks what is really on disk.
bool withDatabase(const QString &path, const std::function<bool(QSqlDatabase &)> &fn)
{
    const QString name = u"tst-store-"_s + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open() && fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool execute(const QString &path, const QStringList &statements)
{
    return withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                return false;
            }
        }
        return true;
    });
}

// The first column of every row of a query.
QStringList column(const QString &path, const QString &sql)
{
    QStringList values;
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return false;
        while (query.next())
            values.append(query.value(0).toString());
        return true;
    });
    return values;
}

QString valueOf(const QString &path, const QString &sql)
{
    return column(path, sql).value(0);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An old modification time, so that any write to the file would show.
void backdate(const QString &path)
{
    QFile file(path);
    if (file.exists() && file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5)),
                         QFileDevice::FileModificationTime);
}

// Odd values that a careless store loses: empty versus null text, no decision date,
// repeated and empty keys, text that looks like SQL, NFD text (stored as given).
ModelData edgeModel()
{
    ModelData data = kt::test::emptyModel();
    data.info.documentation = u"'; DROP TABLE elements; --"_s;
    data.info.extraProperties = {{{}, {}}, {u"x"_s, u"1"_s}, {u"x"_s, u"1"_s}};
    const QString type = data.profile->elementTypes().first().id;
    const QString decomposed = u"Đà Nẵng"_s.normalized(QString::NormalizationForm_D);
    data.elements.append(Element{ElementId(u"id-e-1"_s), type, decomposed, u""_s, {}, {}});
    data.elements.append(Element{ElementId(u"id-e-2"_s), type, {}, {}, {{u"owner"_s, {}}},
                                 {{u"ghi chú"_s, u"😀 \t\"quoted\" 'single' %1 ?"_s}}});
    View view;
    view.id = ViewId(u"id-v"_s);
    view.nodes.append(ViewNode{NodeId(u"id-n"_s), NodeKind::Element, ElementId(u"id-e-2"_s), {},
                               QRectF(0.1, 0.2, 0.3, 0.7), {}, {}, {}, {}});
    view.connections.append(ViewConnection{ConnectionId(u"id-c"_s), {}, NodeId(u"id-n"_s),
                                           NodeId(u"id-n"_s),
                                           // The limit of core/limits.h (beyond it a save
                                           // is refused), and a denormal number.
                                           {QPointF(1e8, -1e-308)}, {}, {}, {}});
    data.views.append(view);
    return data;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void vietnameseText();
    void identifiesTheFile();
    void foreignKeys();
    void saveReplacesExistingFile();
    void saveTwice();
    void saveThroughSymbolicLink();
    void saveFailure_data();
    void saveFailure();
    void loadFailure_data();
    void loadFailure();
    void loadLeavesFileUnchanged();
    void schemaPerVersion();
    void migrateFromVersion1();
    void migratedSchemaEqualsNew();

private:
    QString freshFolder(const QString &name);

    QTemporaryDir m_dir;
};

QString TestStore::freshFolder(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!QDir().mkpath(path))
        qFatal("cannot create %s", qPrintable(path));
    return path;
}

namespace {

bool saveModel(const ModelData &model, const QString &path)
{
    KtmStore store;
    if (store.save(model, path))
        return true;
    qWarning("%s", qPrintable(store.errorString()));
    return false;
}

// A file of format version 1 as the first release wrote it: the version 1 tables,
// filled by the writer (the tables it writes are those of version 1, plus baselines,
// plus the style columns of version 3 and the end columns of version 6, which are
// dropped afterwards; the model must have no ends on relationships or connections).
bool writeVersion1(const QString &path, const ModelData &model)
{
    const QStringList styleColumns = {u"nodes text_alignment"_s, u"nodes line_width"_s,
                                      u"connections text_alignment"_s,
                                      u"connections line_width"_s};
    const QStringList endColumns = {u"relationships source_relationship"_s,
                                    u"relationships target_relationship"_s,
                                    u"connections source_connection"_s,
                                    u"connections target_connection"_s};
    return withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        QStringList statements = KtmSchema::createStatements(1);
        statements << u"PRAGMA application_id = %1"_s.arg(KtmStore::ApplicationId)
                   << u"PRAGMA user_version = 1"_s;
        for (const QString &column : styleColumns)
            statements << u"ALTER TABLE %1 ADD COLUMN %2 NOT NULL DEFAULT ''"_s.arg(
                    column.section(u' ', 0, 0), column.section(u' ', 1, 1));
        for (const QString &column : endColumns)
            statements << u"ALTER TABLE %1 ADD COLUMN %2 INTEGER"_s.arg(
                    column.section(u' ', 0, 0), column.section(u' ', 1, 1));
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return false;
        }
        KtmWriter writer(db);
        if (!db.transaction() || !writer.write(model)) {
            qWarning("%s", qPrintable(writer.errorString()));
            return false;
        }
        if (!db.commit())
            return false;
        for (const QString &column : styleColumns + endColumns) {
            if (!query.exec(u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(column.section(u' ', 0, 0),
                                                                  column.section(u' ', 1, 1))))
                return false;
        }
        return true;
    });
}

} // namespace

void TestStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(kt::test::frameworkProfile());
}

void TestStore::roundTrip_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("sample") << u"sample"_s;
    QTest::newRow("generated") << u"generated"_s;
    QTest::newRow("edge values") << u"edge"_s;
    QTest::newRow("legend and title block") << u"legend"_s;
}

void TestStore::roundTrip()
{
    QFETCH(QString, which);
    const ModelData model = which == u"empty" ? kt::test::emptyModel()
            : which == u"sample"              ? kt::test::sampleModel()
            : which == u"generated"           ? generatedModel(3000)
            : which == u"legend"              ? kt::test::sampleModelWithLegend()
                                              : edgeModel();
    const QString folder = freshFolder(u"roundtrip-"_s + which);
    const QString path = folder + u"/model.ktm"_s;
    QVERIFY(saveModel(model, path));
    QCOMPARE(entriesOf(folder), QStringList{u"model.ktm"_s});

    KtmStore store;
    ModelData loaded;
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    QVERIFY(store.errorString().isEmpty());
    KT_COMPARE_MODELS(loaded, model);
    QVERIFY(loaded == model);
    QVERIFY(loaded.profile);
    QCOMPARE(loaded.profile->id(), model.info.frameworkId);
    QCOMPARE(entriesOf(folder), QStringList{u"model.ktm"_s});
}

void TestStore::vietnameseText()
{
    ModelData model = kt::test::sampleModel();
    model.info.province = u"Đà Nẵng"_s;
    const QString path = freshFolder(u"vietnamese"_s) + u"/Kiến trúc Đà Nẵng.ktm"_s;
    QVERIFY(saveModel(model, path));

    // Stored as UTF-8 text, byte for byte, so that other SQLite tools read it.
    QCOMPARE(valueOf(path, u"PRAGMA encoding"_s), u"UTF-8"_s);
    const QString name = u"Hệ thống quản lý văn bản và điều hành"_s;
    QCOMPARE(valueOf(path, u"SELECT hex(name) FROM elements WHERE id = 'id-e-app'"_s),
             QString::fromLatin1(name.toUtf8().toHex().toUpper()));
    QCOMPARE(valueOf(path, u"SELECT province FROM model_info"_s), u"Đà Nẵng"_s);

    KtmStore store;
    ModelData loaded;
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    QCOMPARE(loaded.elements.find(ElementId(u"id-e-app"_s))->name, name);
    QCOMPARE(loaded.info.province, u"Đà Nẵng"_s);
    KT_COMPARE_MODELS(loaded, model);
}

void TestStore::identifiesTheFile()
{
    const QString folder = freshFolder(u"identity"_s);
    const QString path = folder + u"/model.ktm"_s;
    QVERIFY(saveModel(kt::test::sampleModel(), path));

    QCOMPARE(valueOf(path, u"PRAGMA application_id"_s).toLongLong(),
             qint64(KtmStore::ApplicationId));
    QCOMPARE(valueOf(path, u"PRAGMA user_version"_s).toInt(), KtmStore::SchemaVersion);
    // A rollback journal: the mode a new connection finds (WAL would be persistent),
    // and the file format bytes of the header (1 = rollback journal, 2 = WAL).
    QCOMPARE(valueOf(path, u"PRAGMA journal_mode"_s), u"delete"_s);
    const QByteArray header = readBytes(path).left(100);
    QCOMPARE(header.size(), 100);
    QCOMPARE(int(header.at(18)), 1);
    QCOMPARE(int(header.at(19)), 1);
    QCOMPARE(valueOf(path, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(column(path, u"PRAGMA foreign_key_check"_s), QStringList());
    QCOMPARE(valueOf(path, u"SELECT count(*) FROM baselines"_s), u"0"_s);
    QCOMPARE(entriesOf(folder), QStringList{u"model.ktm"_s});
}

// The tables say what belongs to what: deleting an owner (as another tool might)
// deletes what it owns, and nothing is left pointing nowhere.
void TestStore::foreignKeys()
{
    const QString path = freshFolder(u"foreign-keys"_s) + u"/model.ktm"_s;
    QVERIFY(saveModel(kt::test::sampleModel(), path));
    const QString count = u"SELECT (SELECT count(*) FROM elements) || ' ' "
                          u"|| (SELECT count(*) FROM element_properties) || ' ' "
                          u"|| (SELECT count(*) FROM relationships) || ' ' "
                          u"|| (SELECT count(*) FROM nodes) || ' ' "
                          u"|| (SELECT count(*) FROM connections) || ' ' "
                          u"|| (SELECT count(*) FROM bendpoints)"_s;
    QCOMPARE(valueOf(path, count), u"5 7 4 6 3 1"_s);
    // The application system takes its 4 typed properties, its 3 relationships, its
    // 2 nodes and the 2 connections that join them; the citizen-portal connection
    // keeps its bendpoint.
    QVERIFY(execute(path, {u"PRAGMA foreign_keys = ON"_s,
                           u"DELETE FROM elements WHERE id = 'id-e-app'"_s}));
    QCOMPARE(valueOf(path, count), u"4 3 1 4 1 1"_s);
    QVERIFY(execute(path, {u"PRAGMA foreign_keys = ON"_s,
                           u"DELETE FROM views WHERE id = 'id-v-1'"_s}));
    QCOMPARE(valueOf(path, count), u"4 3 1 0 0 0"_s);
    QCOMPARE(column(path, u"PRAGMA foreign_key_check"_s), QStringList());
}

void TestStore::saveReplacesExistingFile()
{
    const QString folder = freshFolder(u"replace"_s);
    const QString path = folder + u"/model.ktm"_s;
    QVERIFY(saveModel(kt::test::sampleModel(), path));
    const QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));

    const ModelData replacement = kt::test::emptyModel();
    QVERIFY(saveModel(replacement, path));
    KtmStore store;
    ModelData loaded;
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    KT_COMPARE_MODELS(loaded, replacement);
    // The "user" flags describe the current user, not the file; compare the others.
    const QFile::Permissions fileFlags = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
            | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path) & fileFlags, permissions);
    QCOMPARE(entriesOf(folder), QStringList{u"model.ktm"_s});
}

void TestStore::saveTwice()
{
    const QString folder = freshFolder(u"twice"_s);
    const QString path = folder + u"/model.ktm"_s;
    const ModelData model = kt::test::sampleModel();
    KtmStore store;
    QVERIFY2(store.save(model, path), qPrintable(store.errorString()));
    QVERIFY2(store.save(model, path), qPrintable(store.errorString()));
    ModelData loaded;
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    KT_COMPARE_MODELS(loaded, model);
    QCOMPARE(entriesOf(folder), QStringList{u"model.ktm"_s});
}

void TestStore::saveThroughSymbolicLink()
{
    const QString folder = freshFolder(u"symlink"_s);
    const QString target = folder + u"/target.ktm"_s;
    const QString link = folder + u"/link.ktm"_s;
    QVERIFY(saveModel(kt::test::emptyModel(), target));
    QVERIFY(QFile::link(target, link));

    const ModelData model = kt::test::sampleModel();
    QVERIFY(saveModel(model, link));
    QVERIFY(QFileInfo(link).isSymLink());
    KtmStore store;
    ModelData loaded;
    QVERIFY2(store.load(target, loaded), qPrintable(store.errorString()));
    KT_COMPARE_MODELS(loaded, model);
    QCOMPARE(entriesOf(folder), (QStringList{u"link.ktm"_s, u"target.ktm"_s}));
}

void TestStore::saveFailure_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder") << u"does not exist"_s;
    QTest::newRow("folder is a file") << u"is not a folder"_s;
    QTest::newRow("target is a folder") << u"is a folder"_s;
    QTest::newRow("read-only folder") << u"cannot create a file"_s;
    const QString notInModel = u"\"id-gone\", which the model does not hold"_s;
    QTest::newRow("relationship to a missing element") << notInModel;
    QTest::newRow("node of a missing element") << notInModel;
    QTest::newRow("connection to a missing node") << u"\"id-gone\", which the view does not hold"_s;
    QTest::newRow("no framework") << u"names no framework"_s;
}

void TestStore::saveFailure()
{
    QFETCH(QString, expected);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString folder = freshFolder(u"save-"_s + QString(tag).replace(u' ', u'-'));
    QString path = folder + u"/mô hình.ktm"_s;
    ModelData model = kt::test::sampleModel();
    auto restore = qScopeGuard([&folder] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (tag == u"missing folder") {
        path = folder + u"/missing/model.ktm"_s;
    } else if (tag == u"folder is a file") {
        writeBytes(folder + u"/file"_s, "x");
        path = folder + u"/file/model.ktm"_s;
    } else if (tag == u"target is a folder") {
        QVERIFY(QDir(folder).mkdir(u"mô hình.ktm"_s));
    } else {
        // An existing model that the failed save must leave as it was.
        QVERIFY(saveModel(kt::test::emptyModel(), path));
        backdate(path);
        if (tag == u"read-only folder") {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            QFile probe(folder + u"/probe"_s);
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QSKIP("this user may write into a read-only folder (root)");
            }
        } else if (tag == u"relationship to a missing element") {
            model.relationships.find(RelationshipId(u"id-r-2"_s))->target = ElementId(u"id-gone"_s);
        } else if (tag == u"node of a missing element") {
            View *view = model.views.find(ViewId(u"id-v-1"_s));
            view->nodes.find(NodeId(u"id-n-2"_s))->element = ElementId(u"id-gone"_s);
        } else if (tag == u"connection to a missing node") {
            View *view = model.views.find(ViewId(u"id-v-1"_s));
            view->connections.find(ConnectionId(u"id-c-2"_s))->target = NodeId(u"id-gone"_s);
        } else {
            model.info.frameworkId.clear();
        }
    }
    const FileState before = stateOf(path);
    const QStringList entries = entriesOf(folder);

    KtmStore store;
    QVERIFY(!store.save(model, path));
    const QString message = store.errorString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(stateOf(path), before);
    QCOMPARE(entriesOf(folder), entries);
}

void TestStore::loadFailure_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << u"does not exist"_s;
    QTest::newRow("folder") << u"is a folder"_s;
    QTest::newRow("empty") << u"is empty"_s;
    QTest::newRow("text") << u"it is not an SQLite database"_s;
    QTest::newRow("binary") << u"it is not an SQLite database"_s;
    QTest::newRow("short header") << u"incomplete"_s;
    QTest::newRow("header only") << u"incomplete"_s;
    QTest::newRow("truncated") << u"incomplete"_s;
    QTest::newRow("another application") << u"another application"_s;
    QTest::newRow("plain SQLite") << u"another application"_s;
    QTest::newRow("newer version") << u"newer version"_s;
    QTest::newRow("no version") << u"is damaged"_s;
    QTest::newRow("missing table") << u"is damaged: no such table: nodes"_s;
    QTest::newRow("corrupt pages") << u"is damaged"_s;
    QTest::newRow("unknown framework") << u"vn-egov-9.9"_s;
    QTest::newRow("unknown node kind") << u"\"circle\""_s;
    QTest::newRow("orphan property") << u"element_properties.element refers to 999999"_s;
    QTest::newRow("no model information") << u"no model information"_s;
    QTest::newRow("bad date") << u"\"tomorrow\""_s;
    QTest::newRow("id used twice") << u"“id-e-app” is used twice"_s;
    QTest::newRow("failed upgrade") << u"could not be upgraded from file format 1"_s;
    QTest::newRow("unfinished change") << u"left unfinished"_s;
}

void TestStore::loadFailure()
{
    QFETCH(QString, expected);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString folder = freshFolder(u"load-"_s + QString(tag).replace(u' ', u'-'));
    const QString path = folder + u"/mô hình.ktm"_s;
    const auto valid = [&path] { QVERIFY(saveModel(kt::test::sampleModel(), path)); };
    const auto doctor = [&](const QStringList &statements) {
        valid();
        QVERIFY(execute(path, statements));
    };
    if (tag == u"folder") {
        QVERIFY(QDir(folder).mkdir(u"mô hình.ktm"_s));
    } else if (tag == u"empty") {
        writeBytes(path, {});
    } else if (tag == u"text") {
        writeBytes(path, "<?xml version=\"1.0\"?>\n<model/>\n");
    } else if (tag == u"binary") {
        QByteArray bytes(4096, '\0');
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        writeBytes(path, bytes);
    } else if (tag == u"short header") {
        writeBytes(path, QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\0'));
    } else if (tag == u"header only" || tag == u"truncated" || tag == u"corrupt pages") {
        valid();
        QByteArray bytes = readBytes(path);
        QVERIFY(bytes.size() > 8 * 4096);
        if (tag == u"header only")
            bytes.truncate(100);
        else if (tag == u"truncated")
            bytes.truncate(bytes.size() / 2);
        else // every page but the first, which holds the header and the table list
            bytes.replace(4096, bytes.size() - 4096, QByteArray(bytes.size() - 4096, '\xA5'));
        writeBytes(path, bytes);
    } else if (tag == u"another application") {
        QVERIFY(execute(path, {u"PRAGMA application_id = 305419896"_s, u"CREATE TABLE t (x)"_s}));
    } else if (tag == u"plain SQLite") {
        QVERIFY(execute(path, {u"CREATE TABLE t (x)"_s}));
    } else if (tag == u"newer version") {
        doctor({KtmSchema::userVersionStatement(KtmStore::SchemaVersion + 1)});
        expected = u"(file format %1; this program reads up to %2)"_s.arg(
                KtmStore::SchemaVersion + 1).arg(KtmStore::SchemaVersion);
    } else if (tag == u"no version") {
        doctor({KtmSchema::userVersionStatement(0)});
    } else if (tag == u"missing table") {
        doctor({u"DROP TABLE nodes"_s});
    } else if (tag == u"unknown framework") {
        doctor({u"UPDATE model_info SET framework = 'vn-egov-9.9'"_s});
    } else if (tag == u"unknown node kind") {
        doctor({u"PRAGMA ignore_check_constraints = ON"_s, u"UPDATE nodes SET kind = 'circle'"_s});
    } else if (tag == u"orphan property") {
        doctor({u"INSERT INTO element_properties VALUES (999999, 'owner', 'x')"_s});
    } else if (tag == u"no model information") {
        doctor({u"DELETE FROM model_info"_s});
    } else if (tag == u"id used twice") {
        doctor({u"DROP INDEX elements_id"_s,
                u"UPDATE elements SET id = 'id-e-app' WHERE id = 'id-e-dc'"_s});
    } else if (tag == u"bad date") {
        doctor({u"UPDATE model_info SET decision_date = 'tomorrow'"_s});
    } else if (tag == u"unfinished change") {
        // The file and its journal as a program that stopped in the middle of a change
        // leaves them (the journal is "hot"): opening the file to write would roll the
        // change back, changing the file.
        const QString original = folder + u"/original.ktm"_s;
        QVERIFY(saveModel(generatedModel(3000), original));
        QVERIFY(withDatabase(original, [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            const bool copied = query.exec(u"PRAGMA cache_size = 1"_s) && query.exec(u"BEGIN"_s)
                    && query.exec(u"UPDATE elements SET name = 'x'"_s)
                    && QFile::copy(original, path)
                    && QFile::copy(original + u"-journal"_s, path + u"-journal"_s);
            return query.exec(u"ROLLBACK"_s) && copied;
        }));
        QVERIFY(QFile::remove(original));
        backdate(path + u"-journal"_s);
    } else if (tag == u"failed upgrade") {
        // A version 1 file that already holds the table the migration creates.
        QVERIFY(writeVersion1(path, kt::test::sampleModel()));
        const QStringList version1 = KtmSchema::createStatements(1);
        QVERIFY(execute(path, KtmSchema::createStatements(2).mid(version1.size())));
    }
    backdate(path);
    const FileState before = stateOf(path);
    const FileState journalBefore = stateOf(path + u"-journal"_s);
    const QStringList entries = entriesOf(folder);

    const ModelData untouched = kt::test::sampleModel();
    ModelData out = untouched;
    KtmStore store;
    QVERIFY(!store.load(path, out));
    const QString message = store.errorString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(stateOf(path), before);
    QCOMPARE(stateOf(path + u"-journal"_s), journalBefore);
    QCOMPARE(entriesOf(folder), entries);
    QVERIFY(out == untouched);
}

void TestStore::loadLeavesFileUnchanged()
{
    const QString folder = freshFolder(u"load-readonly"_s);
    const QString path = folder + u"/model.ktm"_s;
    QVERIFY(saveModel(kt::test::sampleModel(), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    backdate(path);
    const FileState before = stateOf(path);
    KtmStore store;
    ModelData loaded;
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    QCOMPARE(stateOf(path), before);
    QCOMPARE(entriesOf(folder), QStringList{u"model.ktm"_s});
}

void TestStore::schemaPerVersion()
{
    QVERIFY(KtmSchema::createStatements(0).isEmpty());
    QVERIFY(KtmSchema::createStatements(KtmStore::SchemaVersion + 1).isEmpty());
    const QStringList version1 = KtmSchema::createStatements(1);
    const QStringList version2 = KtmSchema::createStatements(2);
    QVERIFY(!version1.isEmpty());
    QVERIFY(!version1.join(u'\n').contains(u"baselines"_s));
    QCOMPARE(version2.mid(0, version1.size()), version1);
    QCOMPARE(version2.size(), version1.size() + 1);
    QVERIFY(version2.last().startsWith(u"CREATE TABLE baselines"_s));
}

void TestStore::migrateFromVersion1()
{
    const QString folder = freshFolder(u"version1"_s);
    const QString temporary = freshFolder(u"version1-tmp"_s);
    const QString path = folder + u"/cũ.ktm"_s;
    const ModelData model = kt::test::sampleModel();
    QVERIFY(writeVersion1(path, model));
    const QString hasBaselines = u"SELECT count(*) FROM sqlite_master WHERE name = 'baselines'"_s;
    QCOMPARE(valueOf(path, hasBaselines), u"0"_s);
    backdate(path);
    const FileState before = stateOf(path);
    const QStringList entries = entriesOf(folder);

    // The upgraded copy goes to the temporary folder, which must be empty again after.
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(temporary));
    auto restore = qScopeGuard([&oldTmp] {
        if (oldTmp.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", oldTmp);
    });
    QCOMPARE(QDir::tempPath(), temporary);
    KtmStore store;
    ModelData loaded;
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    KT_COMPARE_MODELS(loaded, model);
    QCOMPARE(entriesOf(temporary), QStringList());

    // The user's file is as it was: still version 1, no baselines, same bytes.
    QCOMPARE(stateOf(path), before);
    QCOMPARE(entriesOf(folder), entries);
    QCOMPARE(valueOf(path, u"PRAGMA user_version"_s), u"1"_s);
    QCOMPARE(valueOf(path, hasBaselines), u"0"_s);

    // Saving the model writes the current format.
    const QString saved = folder + u"/mới.ktm"_s;
    QVERIFY(saveModel(loaded, saved));
    QCOMPARE(valueOf(saved, u"PRAGMA user_version"_s).toInt(), KtmStore::SchemaVersion);
}

void TestStore::migratedSchemaEqualsNew()
{
    const QString folder = freshFolder(u"schema"_s);
    const QString old = folder + u"/old.ktm"_s;
    const QString fresh = folder + u"/new.ktm"_s;
    QVERIFY(execute(old, KtmSchema::createStatements(1) << KtmSchema::userVersionStatement(1)));
    QVERIFY(withDatabase(old, [](QSqlDatabase &db) {
        const Result<int> migrated = KtmSchema::migrate(db, 1);
        return migrated.ok() && migrated.value() == KtmSchema::LatestVersion;
    }));
    QVERIFY(execute(fresh, KtmSchema::createStatements(KtmSchema::LatestVersion)));
    const QString tables = u"SELECT type || ' ' || name || ' ' || ifnull(sql, '') "
                           u"FROM sqlite_master ORDER BY name"_s;
    QCOMPARE(column(old, tables), column(fresh, tables));
    QVERIFY(column(old, tables).join(u'\n').contains(u"table baselines CREATE TABLE"_s));
    QCOMPARE(valueOf(old, u"PRAGMA user_version"_s).toInt(), KtmSchema::LatestVersion);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
