// Robustness of the .ktm store and of the readers (issue 13): the table of limits
// (core/limits.h) enforced on open and on save, stale temporary files of killed
// saves removed, a second process saving the same target told so, read-only and
// non-regular files refused with a clear message, untrusted text quoted
// shortened and escaped, runs of combining marks refused before normalising.
#include <model/core/text.h>
#include <model/edit/elementedits.h>
#include <model/io/exchangereader.h>
#include <model/io/exchangewriter.h>
#include <model/store/ktmstore.h>
#include <model/store/stalefiles.h>
#include <support/samplemodel.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <fcntl.h>
#include <support/sqlitedoctor.h>

#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace kt;

namespace {

using test::executeSql;

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void touch(const QString &path, const QByteArray &content = "x")
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// What a killed save of target leaves beside it: a temporary file (returned) and
// its journal, and a journal alone.
QString leaveKilledSave(const QString &target, const QString &hex)
{
    const QFileInfo info(target);
    const QString prefix = info.path() + u"/."_s + info.fileName();
    const QString stale = prefix + u'.' + hex + u".tmp"_s;
    touch(stale, "half a database");
    touch(stale + u"-journal"_s);
    touch(prefix + u".abc.tmp-journal"_s);
    return stale;
}

QStringList hiddenEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestStoreRobust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openRefusesBeyondLimits_data();
    void openRefusesBeyondLimits();
    void saveRefusesBeyondLimits();
    void staleTemporariesRemoved();
    void liveTemporaryKept();
    void staleTemporariesRemovedOnOpen();
    void readOnlyTarget();
    void fifoRefused();
    void quotedText_data();
    void quotedText();
    void combiningMarks();
    void editsRefuseBeyondLimits();

private:
    QString fresh(const QString &name);
    QTemporaryDir m_dir;
    int m_folders = 0;
};

void TestStoreRobust::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestStoreRobust::fresh(const QString &name)
{
    const QString folder = m_dir.filePath(QString::number(++m_folders));
    QDir().mkpath(folder);
    return folder + u'/' + name;
}

void TestStoreRobust::openRefusesBeyondLimits_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name of 5000 characters")
            << u"UPDATE elements SET name = '%1' WHERE id = 'id-e-app'"_s.arg(QString(5000, u'n'))
            << u"the name of the element “id-e-app” is longer than 4096 characters (it has 5000)"_s;
    QTest::newRow("id of 2000 characters")
            << u"UPDATE elements SET id = '%1' WHERE id = 'id-e-app'"_s.arg(QString(2000, u'i'))
            << u"the id of the element “%1…” is longer than 1024 characters (it has 2000)"_s.arg(
                       QString(60, u'i'));
    QTest::newRow("coordinate 1e12")
            << u"UPDATE nodes SET x = 1e12 WHERE id = 'id-n-1'"_s
            << u"the node “id-n-1” of the view “id-v-1” has a coordinate or size that is not a "
               "number from -100000000 to 100000000"_s;
    QTest::newRow("documentation of stacked marks")
            << u"UPDATE elements SET documentation = 'a%1' WHERE id = 'id-e-app'"_s.arg(
                       QString(40, QChar(0x0301)))
            << u"the documentation of the element “id-e-app” has a run of 40 combining marks"_s;
}

void TestStoreRobust::openRefusesBeyondLimits()
{
    QFETCH(QString, statement);
    QFETCH(QString, expected);
    const QString path = fresh(u"model.ktm"_s);
    KtmStore store;
    QVERIFY2(store.save(test::sampleModel(), path), qPrintable(store.errorString()));
    ModelData reread;
    QVERIFY2(store.load(path, reread), qPrintable(store.errorString()));
    QVERIFY(executeSql(path, {statement}));
    ModelData data;
    QVERIFY(!store.load(path, data));
    const QString message = store.errorString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.size() < 400, qPrintable(message));
}

void TestStoreRobust::saveRefusesBeyondLimits()
{
    const QString path = fresh(u"model.ktm"_s);
    ModelData data = test::sampleModel();
    data.elements.find(ElementId(u"id-e-app"_s))->name = QString(5000, u'n');
    KtmStore store;
    QVERIFY(!store.save(data, path));
    QVERIFY2(store.errorString().contains(u"the name of the element “id-e-app” is longer than "
                                          "4096 characters"_s),
             qPrintable(store.errorString()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(hiddenEntries(QFileInfo(path).path()), QStringList());
}

void TestStoreRobust::staleTemporariesRemoved()
{
    const QString path = fresh(u"mô hình.ktm"_s);
    const QString folder = QFileInfo(path).path();
    KtmStore store;
    QVERIFY2(store.save(test::sampleModel(), path), qPrintable(store.errorString()));
    const QString stale = leaveKilledSave(path, u"1f2e3d4c"_s);
    // Not of the pattern, or of another target: kept.
    const QStringList kept = {u".mô hình.ktm.notes.tmp"_s, u".other.ktm.1f2e3d4c.tmp"_s,
                              u"mô hình.ktm.1f2e3d4c.tmp"_s};
    for (const QString &name : kept)
        touch(folder + u'/' + name);
    QCOMPARE(SaveTemporary::temporariesOf(path), QStringList{stale});

    QVERIFY2(store.save(test::sampleModel(), path), qPrintable(store.errorString()));
    QStringList expected = kept;
    expected << u"mô hình.ktm"_s;
    expected.sort();
    QCOMPARE(hiddenEntries(folder), expected);
}

void TestStoreRobust::liveTemporaryKept()
{
    const QString path = fresh(u"model.ktm"_s);
    const QString folder = QFileInfo(path).path();
    KtmStore store;
    QVERIFY2(store.save(test::emptyModel(), path), qPrintable(store.errorString()));
    const QByteArray before = contentOf(path);
    // Another process's save, in progress: its temporary file locked.
    const QString live = folder + u"/.model.ktm.77aa.tmp"_s;
    touch(live, "being written");
    const int fd = ::open(QFile::encodeName(live).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
    QVERIFY(!store.save(test::sampleModel(), path));
    QVERIFY2(store.errorString().contains(u"model.ktm: it is being saved by another process"_s),
             qPrintable(store.errorString()));
    QCOMPARE(contentOf(path), before);
    QVERIFY(QFile::exists(live));
    QCOMPARE(hiddenEntries(folder), (QStringList{u".model.ktm.77aa.tmp"_s, u"model.ktm"_s}));
    // Once that process is gone (its lock with it), the file is stale.
    ::close(fd);
    QVERIFY2(store.save(test::sampleModel(), path), qPrintable(store.errorString()));
    QCOMPARE(hiddenEntries(folder), QStringList{u"model.ktm"_s});
}

// Opening (not only saving) removes what killed saves left; a save in progress in
// another process (its temporary file locked) is left alone.
void TestStoreRobust::staleTemporariesRemovedOnOpen()
{
    const QString path = fresh(u"opened.ktm"_s);
    const QString folder = QFileInfo(path).path();
    KtmStore store;
    QVERIFY2(store.save(test::sampleModel(), path), qPrintable(store.errorString()));
    leaveKilledSave(path, u"5eed"_s);
    const QString live = folder + u"/.opened.ktm.77aa.tmp"_s;
    touch(live, "being written");
    const int fd = ::open(QFile::encodeName(live).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
    // Through a symbolic link: the temporaries beside the file it points to.
    const QString link = fresh(u"link.ktm"_s);
    QVERIFY(QFile::link(path, link));

    ModelData loaded;
    QVERIFY2(store.load(link, loaded), qPrintable(store.errorString()));
    QCOMPARE(hiddenEntries(folder), (QStringList{u".opened.ktm.77aa.tmp"_s, u"opened.ktm"_s}));
    ::close(fd);
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    QCOMPARE(hiddenEntries(folder), QStringList{u"opened.ktm"_s});
}

void TestStoreRobust::readOnlyTarget()
{
    const QString path = fresh(u"model.ktm"_s);
    KtmStore store;
    QVERIFY2(store.save(test::emptyModel(), path), qPrintable(store.errorString()));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = contentOf(path);
    if (::geteuid() == 0 || QFileInfo(path).isWritable())
        QSKIP("running as root: permissions do not stop this user writing a 0444 file");
    QVERIFY(!store.save(test::sampleModel(), path));
    QVERIFY2(store.errorString().contains(u"the file is read-only (permission denied)"_s),
             qPrintable(store.errorString()));
    QVERIFY(!store.errorString().contains(u"cannot write it to the disk"_s));
    QCOMPARE(contentOf(path), before);
    // The exchange writer says the same.
    const QString xml = fresh(u"model.xml"_s);
    ExchangeWriter writer;
    QVERIFY(writer.writeFile(test::sampleModel(), xml));
    QVERIFY(QFile::setPermissions(xml, QFile::ReadOwner));
    QVERIFY(!writer.writeFile(test::emptyModel(), xml));
    QVERIFY2(writer.errorString().contains(u"read-only (permission denied)"_s),
             qPrintable(writer.errorString()));
}

void TestStoreRobust::fifoRefused()
{
    for (const QString &name : {u"pipe.ktm"_s, u"pipe.xml"_s}) {
        const QString path = fresh(name);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        // As input: refused at once (opening it would wait for a writer forever).
        ModelData data;
        QString message;
        if (name.endsWith(u".ktm")) {
            KtmStore store;
            QVERIFY(!store.load(path, data));
            message = store.errorString();
        } else {
            ExchangeReader reader;
            QVERIFY(!reader.readFile(path, data));
            message = reader.errorString();
        }
        QVERIFY2(message.contains(QDir::toNativeSeparators(path) + u" is not a regular file"_s),
                 qPrintable(message));
        // As output: refused, and the FIFO is not replaced by a file.
        if (name.endsWith(u".ktm")) {
            KtmStore store;
            QVERIFY(!store.save(test::sampleModel(), path));
            message = store.errorString();
        } else {
            ExchangeWriter writer;
            QVERIFY(!writer.writeFile(test::sampleModel(), path));
            message = writer.errorString();
        }
        QVERIFY2(message.contains(u"it is not a regular file"_s), qPrintable(message));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        QCOMPARE(hiddenEntries(QFileInfo(path).path()), QStringList{name});
    }
}

void TestStoreRobust::quotedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"id-a Hệ thống"_s << u"id-a Hệ thống"_s;
    QTest::newRow("controls") << u"a\nb\tc\rd\x01\x7f"_s << u"a\\nb\\tc\\rd\\u{1}\\u{7f}"_s;
    QTest::newRow("long") << QString(1000, u'x') << QString(60, u'x') + u'…';
    QTest::newRow("binary") << QString(186 * 1024, QChar(0x01))
                            << QString(u"\\u{1}"_s).repeated(60) + u'…';
    QTest::newRow("surrogate pair not cut")
            << QString(59, u'x') + u"😀😀"_s << QString(59, u'x') + u'…';
    QTest::newRow("unpaired surrogate") << u"a"_s + QChar(0xd800) + u"b"_s << u"a\\u{d800}b"_s;
}

void TestStoreRobust::quotedText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(kt::quotedText(text), expected);
}

void TestStoreRobust::combiningMarks()
{
    QString stacked = u"a"_s;
    for (int i = 0; i < 200000; ++i)
        stacked += QChar(0x0300 + i % 0x30);
    QCOMPARE(longestCombiningRun(stacked), 200000);
    QCOMPARE(longestCombiningRun(u"Tie\u0302\u0301ng Vie\u0323\u0302t"_s), 2);
    QCOMPARE(longestCombiningRun(QString(u"a"_s + QString(limits::MaxCombiningMarks, QChar(0x0301)))),
             limits::MaxCombiningMarks);
    // Refused before normalising (which is quadratic in the run), and left as it is
    // by normalizedText() rather than normalised.
    QString text = stacked;
    QCOMPARE(checkedText(text, limits::MaxDocumentationLength), TextFault::TooManyMarks);
    QCOMPARE(text, stacked);
    QCOMPARE(normalizedText(stacked), stacked);
    // Real text is normalised.
    QString vietnamese = u"Tie\u0302\u0301ng"_s;
    QCOMPARE(checkedText(vietnamese, limits::MaxNameLength), TextFault::None);
    QCOMPARE(vietnamese, u"Tiếng"_s);
    QString tooLong = QString(limits::MaxNameLength + 1, u'a');
    QCOMPARE(checkedText(tooLong, limits::MaxNameLength), TextFault::TooLong);
}

void TestStoreRobust::editsRefuseBeyondLimits()
{
    QString error;
    QString name = u"a"_s + QString(40, QChar(0x0301));
    QVERIFY(!checkName(name, error));
    QVERIFY2(error.contains(u"a run of 40 combining marks"_s), qPrintable(error));
    QString documentation = QString(limits::MaxDocumentationLength + 1, u'd');
    QVERIFY(!checkDocumentation(documentation, error));
    QVERIFY2(error.contains(u"too long"_s), qPrintable(error));
    QString fine = u"Tie\u0302\u0301ng"_s;
    QVERIFY(checkName(fine, error));
    QCOMPARE(fine, u"Tiếng"_s);
}

QTEST_GUILESS_MAIN(TestStoreRobust)
#include "tst_storerobust.moc"
