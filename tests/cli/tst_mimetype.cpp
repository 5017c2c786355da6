// The shared-mime-info type installed for .ktm documents: a desktop that reads
// it (here Qt's QMimeDatabase, which reads the same XML) recognises a model by
// its content, the SQLite application_id, even under another name; a plain
// SQLite database is not taken for a model.
#include <support/samplemodel.h>

#include <model/modelfile.h>

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

class TestMimeType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byContent_data();
    void byContent();
    void byName();

private:
    QTemporaryDir m_dir;
};

static const QString ModelType = u"application/x-kientruc-model"_s;

void TestMimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The MIME database of this test, as after installing into /usr/share: the
    // system's types and ours in one folder, compiled into one cache (Qt, like
    // the desktops, takes the first magic match of each cache, so a separate
    // folder would not show the priorities at work).
    const QString packages = m_dir.filePath(u"share/mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s,
                        packages + u"/freedesktop.org.xml"_s));
    QVERIFY(QFile::copy(QStringLiteral(KT_MIME_FILE),
                        packages + u"/vn.kientruc.KienTrucStudio.xml"_s));
    // Compiled as a desktop does on installing a package (shared-mime-info).
    QProcess update;
    update.start(u"update-mime-database"_s, {m_dir.filePath(u"share/mime"_s)});
    QVERIFY(update.waitForFinished());
    QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
    QVERIFY(QFile::exists(m_dir.filePath(u"share/mime/mime.cache"_s)));
    qputenv("XDG_DATA_DIRS", m_dir.filePath(u"share"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"home"_s).toLocal8Bit());
    QVERIFY(QMimeDatabase().mimeTypeForName(ModelType).isValid());

    QString error;
    QVERIFY2(ModelFile::save(test::sampleModel(), m_dir.filePath(u"model.ktm"_s), &error),
             qPrintable(error));
    QVERIFY(QFile::copy(m_dir.filePath(u"model.ktm"_s), m_dir.filePath(u"renamed.dat"_s)));
    QVERIFY(QFile::copy(m_dir.filePath(u"model.ktm"_s), m_dir.filePath(u"no-extension"_s)));
    // A plain SQLite database, no model.
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {m_dir.filePath(u"plain.db"_s), u"CREATE TABLE t(x);"_s});
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.exitCode(), 0);
}

void TestMimeType::byContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("model");
    QTest::newRow("model.ktm") << u"model.ktm"_s << true;
    QTest::newRow("renamed.dat") << u"renamed.dat"_s << true;
    QTest::newRow("no extension") << u"no-extension"_s << true;
    QTest::newRow("plain SQLite") << u"plain.db"_s << false;
}

void TestMimeType::byContent()
{
    QFETCH(QString, file);
    QFETCH(bool, model);
    const QMimeType type =
            QMimeDatabase().mimeTypeForFile(m_dir.filePath(file), QMimeDatabase::MatchContent);
    QVERIFY2((type.name() == ModelType) == model, qPrintable(type.name()));
    if (model)
        QVERIFY(type.inherits(u"application/vnd.sqlite3"_s));
}

void TestMimeType::byName()
{
    QCOMPARE(QMimeDatabase().mimeTypeForFile(u"plan.ktm"_s, QMimeDatabase::MatchExtension).name(),
             ModelType);
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
