// Baselines inside a .ktm file (BaselineStore, BaselineCodec): added, listed,
// extracted equal to the model added, removed; kept by a save; a format 4 file
// upgraded; refusals that name the file and leave it as it was; compactness.

#include <model/modelfile.h>
#include <model/store/baselinecodec.h>
#include <model/store/baselinestore.h>
#include <model/store/ktmstore.h>
#include <support/generatedmodel.h>
#include <support/filehash.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace kt;

namespace {

// One value read with a connection of the test's own (what is really on disk).
QVariant valueOf(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool execute(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        done = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

QStringList namesOf(const QList<BaselineInfo> &baselines)
{
    QStringList names;
    for (const BaselineInfo &info : baselines)
        names.append(info.name);
    return names;
}

BaselineInfo baseline(const QString &name, const QString &note = {})
{
    BaselineInfo info;
    info.name = name;
    info.note = note;
    info.author = u"Sở TT&TT"_s;
    return info;
}

} // namespace

class TestBaselines : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addListExtractRemove();
    void extractedEqualsGeneratedModel();
    void saveKeepsBaselines();
    void saveElsewhereTakesBaselinesOfItsSource();
    void migratesFormat4();
    void duplicateNameRefused();
    void messagesNameTheFile_data();
    void messagesNameTheFile();
    void damagedDataRefused();
    void codecRefusesDanglingReference();
    void baselineIsCompact();

private:
    QString saveModel(const ModelData &data, const QString &fileName);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBaselines::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestBaselines::saveModel(const ModelData &data, const QString &fileName)
{
    const QString path = m_dir->filePath(fileName);
    KtmStore store;
    if (!store.save(data, path))
        qWarning("%s", qPrintable(store.errorString()));
    return path;
}

void TestBaselines::addListExtractRemove()
{
    const ModelData original = test::sampleModel();
    const QString path = saveModel(original, u"m.ktm"_s);
    QVERIFY(QFile::exists(path));
    QVERIFY(BaselineStore::list(path).ok());
    QVERIFY(BaselineStore::list(path)->isEmpty());

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result<BaselineInfo> added
        = BaselineStore::add(path, original, baseline(u"Phiên bản 1.0"_s, u"Trước nâng cấp"_s));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->elementCount, original.elements.size());
    QCOMPARE(added->relationshipCount, original.relationships.size());
    QCOMPARE(added->viewCount, original.views.size());
    QVERIFY(added->storedBytes > 0);

    // The model changes and a second baseline is taken.
    ModelData changed = original;
    changed.elements.find(changed.elements.at(0).id)->name = u"Tên mới"_s;
    QVERIFY(KtmStore().save(changed, path));
    QVERIFY(BaselineStore::add(path, changed, baseline(u"2.0"_s)).ok());

    const Result<QList<BaselineInfo>> listed = BaselineStore::list(path);
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QCOMPARE(listed->size(), 2);
    const BaselineInfo first = listed->first();
    QCOMPARE(first.name, u"Phiên bản 1.0"_s);
    QCOMPARE(first.note, u"Trước nâng cấp"_s);
    QCOMPARE(first.author, u"Sở TT&TT"_s);
    QCOMPARE(first.elementCount, original.elements.size());
    QCOMPARE(first.storedBytes, added->storedBytes);
    QVERIFY(first.created.isValid());
    QVERIFY(first.created >= before);
    QCOMPARE(first.created.timeSpec(), Qt::UTC);

    const Result<ModelData> one = BaselineStore::extract(path, u"Phiên bản 1.0"_s);
    QVERIFY2(one.ok(), qPrintable(one.error()));
    QVERIFY(one->profile);
    KT_COMPARE_MODELS(one.value(), original);
    const Result<ModelData> two = BaselineStore::extract(path, u"2.0"_s);
    QVERIFY2(two.ok(), qPrintable(two.error()));
    KT_COMPARE_MODELS(two.value(), changed);
    QVERIFY(!(one.value() == two.value()));
    // The file's own model is the one saved last, not a baseline.
    ModelData loaded;
    QVERIFY(KtmStore().load(path, loaded));
    KT_COMPARE_MODELS(loaded, changed);

    const Result<bool> removed = BaselineStore::remove(path, u"Phiên bản 1.0"_s);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(namesOf(BaselineStore::list(path).value()), QStringList { u"2.0"_s });
    const Result<ModelData> gone = BaselineStore::extract(path, u"Phiên bản 1.0"_s);
    QVERIFY(!gone.ok());
    QCOMPARE(
        gone.error(), u"%1 has no baseline “Phiên bản 1.0”."_s.arg(QDir::toNativeSeparators(path)));
    QVERIFY(!BaselineStore::remove(path, u"Phiên bản 1.0"_s).ok());
    // Nothing left beside the file.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"m.ktm"_s });
}

void TestBaselines::extractedEqualsGeneratedModel()
{
    // Every feature on many rows, fractional geometry, repeated keys, forward view links.
    const ModelData original = test::generatedModel(300);
    const QString path = saveModel(original, u"g.ktm"_s);
    const qint64 size = QFileInfo(path).size();
    QVERIFY(BaselineStore::add(path, original, baseline(u"g"_s)).ok());
    QVERIFY(QFileInfo(path).size() > size);
    const Result<ModelData> extracted = BaselineStore::extract(path, u"g"_s);
    QVERIFY2(extracted.ok(), qPrintable(extracted.error()));
    KT_COMPARE_MODELS(extracted.value(), original);
    // Removing gives the space back.
    QVERIFY(BaselineStore::remove(path, u"g"_s).ok());
    QVERIFY2(QFileInfo(path).size() <= size, qPrintable(QString::number(QFileInfo(path).size())));
}

void TestBaselines::saveKeepsBaselines()
{
    const ModelData original = test::sampleModel();
    const QString path = saveModel(original, u"m.ktm"_s);
    QVERIFY(BaselineStore::add(path, original, baseline(u"1.0"_s, u"ghi chú"_s)).ok());
    const QList<BaselineInfo> before = BaselineStore::list(path).value();

    ModelData changed = original;
    changed.info.name = u"Đổi tên"_s;
    QVERIFY(KtmStore().save(changed, path));
    QVERIFY(ModelFile::save(changed, path, nullptr));
    const Result<QList<BaselineInfo>> after = BaselineStore::list(path);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().name, before.first().name);
    QCOMPARE(after->first().note, before.first().note);
    QCOMPARE(after->first().created, before.first().created);
    QCOMPARE(after->first().storedBytes, before.first().storedBytes);
    KT_COMPARE_MODELS(BaselineStore::extract(path, u"1.0"_s).value(), original);
    ModelData loaded;
    QVERIFY(KtmStore().load(path, loaded));
    KT_COMPARE_MODELS(loaded, changed);
}

void TestBaselines::saveElsewhereTakesBaselinesOfItsSource()
{
    const ModelData original = test::sampleModel();
    const QString path = saveModel(original, u"m.ktm"_s);
    QVERIFY(BaselineStore::add(path, original, baseline(u"1.0"_s)).ok());

    // A plain save to a new file starts it without baselines.
    const QString plain = m_dir->filePath(u"plain.ktm"_s);
    QVERIFY(KtmStore().save(original, plain));
    QVERIFY(BaselineStore::list(plain)->isEmpty());

    // Save As: the baselines come from the file the model was opened from, and
    // replace those of the file saved over.
    KtmStore store;
    store.setBaselineSource(path);
    const QString copy = m_dir->filePath(u"copy.ktm"_s);
    QVERIFY2(store.save(original, copy), qPrintable(store.errorString()));
    QCOMPARE(namesOf(BaselineStore::list(copy).value()), QStringList { u"1.0"_s });
    KT_COMPARE_MODELS(BaselineStore::extract(copy, u"1.0"_s).value(), original);

    QVERIFY(BaselineStore::add(plain, original, baseline(u"other"_s)).ok());
    QVERIFY(ModelFile::save(original, plain, nullptr, path));
    QCOMPARE(namesOf(BaselineStore::list(plain).value()), QStringList { u"1.0"_s });
}

void TestBaselines::migratesFormat4()
{
    const QString source = QStringLiteral(KT_TEST_DATA_DIR) + u"/store/vinhphuc-2.0-v4.ktm"_s;
    QVERIFY(QFile::exists(source));
    const QString path = m_dir->filePath(u"v4.ktm"_s);
    QVERIFY(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(valueOf(path, u"PRAGMA user_version"_s).toInt(), 4);

    ModelData model;
    KtmStore store;
    QVERIFY2(store.load(path, model), qPrintable(store.errorString()));
    QCOMPARE(model.elements.size(), 157);
    // Listing reads; it does not upgrade the file.
    const QByteArray hash = test::fileHash(path);
    QVERIFY(BaselineStore::list(path).ok());
    QVERIFY(BaselineStore::list(path)->isEmpty());
    QCOMPARE(test::fileHash(path), hash);
    QVERIFY(!BaselineStore::extract(path, u"x"_s).ok());

    // Adding upgrades the file to the current format, its model unchanged.
    const Result<BaselineInfo> added = BaselineStore::add(path, model, baseline(u"2.0"_s));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(valueOf(path, u"PRAGMA user_version"_s).toInt(), KtmStore::SchemaVersion);
    QCOMPARE(valueOf(path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    ModelData reloaded;
    QVERIFY2(store.load(path, reloaded), qPrintable(store.errorString()));
    KT_COMPARE_MODELS(reloaded, model);
    KT_COMPARE_MODELS(BaselineStore::extract(path, u"2.0"_s).value(), model);

    // A format 4 file saved over by the current program is of the current format.
    const QString saved = m_dir->filePath(u"v4-saved.ktm"_s);
    QVERIFY(QFile::copy(source, saved));
    QFile::setPermissions(saved, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(store.save(model, saved), qPrintable(store.errorString()));
    QCOMPARE(valueOf(saved, u"PRAGMA user_version"_s).toInt(), KtmStore::SchemaVersion);
    QVERIFY(BaselineStore::list(saved)->isEmpty());
}

void TestBaselines::duplicateNameRefused()
{
    const ModelData original = test::sampleModel();
    const QString path = saveModel(original, u"m.ktm"_s);
    QVERIFY(BaselineStore::add(path, original, baseline(u"1.0"_s)).ok());
    const QByteArray hash = test::fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    ModelData changed = original;
    changed.info.name = u"khác"_s;
    const Result<BaselineInfo> again = BaselineStore::add(path, changed, baseline(u" 1.0 "_s));
    QVERIFY(!again.ok());
    QCOMPARE(again.error(),
        u"Cannot add the baseline “1.0” to %1: a baseline of that name exists."_s.arg(
            QDir::toNativeSeparators(path)));
    QCOMPARE(test::fileHash(path), hash);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    KT_COMPARE_MODELS(BaselineStore::extract(path, u"1.0"_s).value(), original);

    const Result<BaselineInfo> unnamed = BaselineStore::add(path, changed, baseline(u"  "_s));
    QVERIFY(!unnamed.ok());
    QVERIFY(unnamed.error().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(test::fileHash(path), hash);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"m.ktm"_s });
}

void TestBaselines::messagesNameTheFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << u"missing.ktm"_s << QByteArray() << u"does not exist"_s;
    QTest::newRow("exchange file")
        << u"m.xml"_s << QByteArray("<model/>") << u"baselines are kept only in .ktm files"_s;
    QTest::newRow("text named .ktm")
        << u"text.ktm"_s << QByteArray("not a database at all\n") << u"not an SQLite database"_s;
}

void TestBaselines::messagesNameTheFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(fileName);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString name = QDir::toNativeSeparators(path);
    const QByteArray hash = test::fileHash(path);
    const auto check = [&](const QString &message) {
        QVERIFY2(message.contains(name), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    };
    check(BaselineStore::list(path).error());
    check(BaselineStore::add(path, test::sampleModel(), baseline(u"a"_s)).error());
    check(BaselineStore::extract(path, u"a"_s).error());
    check(BaselineStore::remove(path, u"a"_s).error());
    QCOMPARE(test::fileHash(path), hash);
}

void TestBaselines::damagedDataRefused()
{
    const ModelData original = test::sampleModel();
    const QString path = saveModel(original, u"m.ktm"_s);
    QVERIFY(BaselineStore::add(path, original, baseline(u"1.0"_s)).ok());
    QVERIFY(BaselineStore::add(path, original, baseline(u"cut"_s)).ok());
    QVERIFY(BaselineStore::add(path, original, baseline(u"future"_s)).ok());
    QVERIFY(execute(path, u"UPDATE baselines SET data = x'00112233' WHERE name = '1.0'"_s));
    QVERIFY(execute(path,
        u"UPDATE baselines SET data = substr(data, 1, length(data) / 2) "
        "WHERE name = 'cut'"_s));
    QVERIFY(execute(path, u"UPDATE baselines SET format = 99 WHERE name = 'future'"_s));
    for (const QString &name : { u"1.0"_s, u"cut"_s, u"future"_s }) {
        const Result<ModelData> extracted = BaselineStore::extract(path, name);
        QVERIFY(!extracted.ok());
        QVERIFY2(extracted.error().contains(QDir::toNativeSeparators(path)),
            qPrintable(extracted.error()));
        QVERIFY2(extracted.error().contains(u"“%1”"_s.arg(name)), qPrintable(extracted.error()));
    }

    // Data cut at any point is refused, never read as a model.
    const QByteArray bytes = BaselineCodec::encode(original).value();
    const QByteArray raw = qUncompress(bytes);
    QVERIFY(BaselineCodec::decode(bytes).ok());
    for (qsizetype size : { qsizetype(0), qsizetype(4), raw.size() / 3, raw.size() - 1 })
        QVERIFY2(!BaselineCodec::decode(qCompress(raw.left(size))).ok(),
            qPrintable(QString::number(size)));
    QVERIFY(!BaselineCodec::decode(qCompress(raw + QByteArray(1, 'x'))).ok());
}

void TestBaselines::codecRefusesDanglingReference()
{
    ModelData data = test::sampleModel();
    Relationship relationship = data.relationships.at(0);
    relationship.id = RelationshipId(u"id-dangling"_s);
    relationship.target = ElementId(u"id-nowhere"_s);
    data.relationships.append(relationship);
    const Result<QByteArray> encoded = BaselineCodec::encode(data);
    QVERIFY(!encoded.ok());
    QVERIFY2(encoded.error().contains(u"id-nowhere"_s), qPrintable(encoded.error()));
    const QString path = saveModel(test::sampleModel(), u"m.ktm"_s);
    const QByteArray hash = test::fileHash(path);
    QVERIFY(!BaselineStore::add(path, data, baseline(u"x"_s)).ok());
    QCOMPARE(test::fileHash(path), hash);
}

void TestBaselines::baselineIsCompact()
{
    // The requirement is stated for 100,000 elements (the benchmark measures M and L);
    // the ratio holds at this size too, where the fixed cost of a file weighs more.
    const ModelData model = test::generatedModel(5000);
    const QString path = saveModel(model, u"big.ktm"_s);
    const qint64 before = QFileInfo(path).size();
    const Result<BaselineInfo> added = BaselineStore::add(path, model, baseline(u"1.0"_s));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const qint64 after = QFileInfo(path).size();
    qInfo("model %lld bytes, baseline data %lld bytes, file grew by %lld bytes (%.2f)", before,
        added->storedBytes, after - before, double(after - before) / double(before));
    QVERIFY(after - before <= before);
    QVERIFY(added->storedBytes * 3 <= before);
}

QTEST_GUILESS_MAIN(TestBaselines)
#include "tst_baselines.moc"
