// The command line on input that hung it or gave poor messages (issue 13): a
// 4,096-character name without spaces exports; a write that fails (a file too
// large for the process's limit, as a full disk would fail it) gives the
// system's reason, names the file and leaves nothing behind; a FIFO given as
// input or output is refused rather than blocking or being replaced.
#include <support/samplemodel.h>

#include <model/core/filechecks.h>
#include <model/modelfile.h>

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kt;
using namespace kt::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray head(const QString &path, qsizetype size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

// kientruc with files limited to `bytes` (RLIMIT_FSIZE): a write beyond fails
// with EFBIG, as one on a full disk fails with ENOSPC.
Run kientrucLimited(const QStringList &arguments, rlim_t bytes)
{
    return kientruc(arguments, u"en"_s, [bytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
}

} // namespace

class TestCliRobust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void longUnbrokenName_data();
    void longUnbrokenName();
    void writeFailureGivesReasonAndLeavesNothing_data();
    void writeFailureGivesReasonAndLeavesNothing();
    void exchangeWriteFailure();
    void reasonOfErrorCodes();
    void fifoRefused();
    void readOnlyOutput();

private:
    QTemporaryDir m_dir;
    QString m_model;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCliRobust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ModelData data = test::sampleModel();
    // A valid name of the longest length, without a space to break it at.
    QString name;
    const QString pattern = u"HệThốngThôngTinĐấtĐai-LGSP_2026."_s;
    while (name.size() < 4096)
        name += pattern;
    data.elements.find(ElementId(u"id-e-app"_s))->name = name.left(4096);
    m_model = path(u"long-name.ktm"_s);
    QString error;
    QVERIFY2(ModelFile::save(data, m_model, &error), qPrintable(error));
}

void TestCliRobust::longUnbrokenName_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("svg") << u"svg"_s << QByteArray("<?xml");
    QTest::newRow("png") << u"png"_s << QByteArray("\x89PNG");
}

// Took minutes before (each line of the broken word measured every prefix again).
void TestCliRobust::longUnbrokenName()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    for (const QString &view : {u"id-v-1"_s, u"id-v-2"_s}) {
        const QString out = path(u"long-%1.%2"_s.arg(view, format));
        const Run run = kientruc({u"export"_s, m_model, u"--view"_s, view, u"-o"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(head(out, magic.size()), magic);
    }
}

void TestCliRobust::writeFailureGivesReasonAndLeavesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("svg") << u"svg"_s;
    QTest::newRow("png") << u"png"_s;
}

void TestCliRobust::writeFailureGivesReasonAndLeavesNothing()
{
    QFETCH(QString, format);
    // --all into a folder the export creates: a failed write removes it again.
    const QString folder = path(u"all-"_s + format);
    Run run = kientrucLimited({u"export"_s, m_model, u"--all"_s, u"--format"_s, format,
                               u"-o"_s, folder},
                              1500);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(folder)), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"File too large"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"Unknown error"_s), qPrintable(run.err));
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(run.err));
    // One file: nothing left beside it, an existing file unchanged.
    const QString one = path(u"one."_s + format);
    run = kientrucLimited({u"export"_s, m_model, u"--view"_s, u"id-v-1"_s, u"-o"_s, one}, 1500);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Cannot write %1: File too large"_s.arg(
                     QDir::toNativeSeparators(one))),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(one));
    QCOMPARE(QDir(m_dir.path()).entryList({u".one*"_s, u"one*"_s}, QDir::Files | QDir::Hidden),
             QStringList());
}

// The exchange writer: the file was left cut short (QFileDevice's buffer lost the
// error of the short write) and the command said it had written it.
void TestCliRobust::exchangeWriteFailure()
{
    const QString out = path(u"converted.xml"_s);
    const Run run = kientrucLimited({u"convert"_s, m_model, out}, 1500);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Cannot write %1: File too large"_s.arg(out)), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(QDir(m_dir.path()).entryList({u"*converted*"_s}, QDir::Files | QDir::Hidden),
             QStringList());
}

// A full disk cannot be made without mounting a small file system (root): the
// reason a message gives for each error code is checked instead.
void TestCliRobust::reasonOfErrorCodes()
{
    QVERIFY2(writeErrorReason(ENOSPC).contains(u"No space left on device"_s),
             qPrintable(writeErrorReason(ENOSPC)));
    QVERIFY(writeErrorReason(ENOSPC).contains(u"no space left on the disk"_s));
    QCOMPARE(writeErrorReason(EACCES), u"permission denied"_s);
    QCOMPARE(writeErrorReason(EROFS), u"the disk is read-only"_s);
    QVERIFY(!writeErrorReason(EIO).contains(u"Unknown error"_s));
}

void TestCliRobust::fifoRefused()
{
    const QString input = path(u"input.ktm"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(input).constData(), 0600), 0);
    Run run = kientruc({u"export"_s, input, u"-o"_s, path(u"from-fifo.svg"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(input) + u" is not a regular file"_s),
             qPrintable(run.err));
    const QString inputXml = path(u"input.xml"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(inputXml).constData(), 0600), 0);
    run = kientruc({u"info"_s, inputXml});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"is not a regular file"_s), qPrintable(run.err));

    const QString output = path(u"output.svg"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(output).constData(), 0600), 0);
    run = kientruc({u"export"_s, m_model, u"-o"_s, output});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Cannot write %1: it is not a regular file"_s.arg(
                     QDir::toNativeSeparators(output))),
             qPrintable(run.err));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(output).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
}

void TestCliRobust::readOnlyOutput()
{
    const QString out = path(u"read-only.png"_s);
    QFile file(out);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();
    QVERIFY(QFile::setPermissions(out, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (::geteuid() == 0 || QFileInfo(out).isWritable())
        QSKIP("running as root: permissions do not stop this user writing a 0444 file");
    const Run run = kientruc({u"export"_s, m_model, u"-o"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"the file is read-only (permission denied)"_s), qPrintable(run.err));
    QCOMPARE(head(out, 10), QByteArray("old"));
}

QTEST_GUILESS_MAIN(TestCliRobust)
#include "tst_clirobust.moc"
