// Every writer of the command line on a full disk, a read-only target file, a
// read-only folder and a read-only disk (issue 13): exit code 2, a message that
// names the file and the fault, the previous file at the path byte for byte as it
// was, and nothing partial left beside it.
//
// The full disk is a small tmpfs filled up where this process may mount one (root
// with CAP_SYS_ADMIN), else tests/faults/failwrite.c loaded with LD_PRELOAD, which
// fails writes under the folder with ENOSPC (KT_FAULTS_DISK=shim forces it). As
// root, permissions do not stop writing: the read-only rows run kientruc as the
// user nobody; the read-only disk is a read-only bind mount, skipped where the
// test may not mount.
#include <support/generatedmodel.h>

#include <model/modelfile.h>

#include "clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <unistd.h>

using namespace kt;
using namespace kt::test;
using namespace Qt::StringLiterals;

namespace {

enum class Fault { DiskFull, ReadOnlyFile, ReadOnlyFolder, ReadOnlyDisk };

// Every file under folder (relative path -> content), but the filler of a full disk.
using Snapshot = QMap<QString, QByteArray>;
const QString Filler = u"filler"_s;

Snapshot snapshot(const QString &folder)
{
    Snapshot files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        if (relative == Filler)
            continue;
        QFile file(path);
        files.insert(relative, file.open(QIODevice::ReadOnly) ? file.readAll() : "(unreadable)");
    }
    // Folders too: an empty one left behind is a partial output as well.
    QDirIterator folders(folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                         QDirIterator::Subdirectories);
    while (folders.hasNext())
        files.insert(QDir(folder).relativeFilePath(folders.next()) + u'/', {});
    return files;
}

QString describe(const Snapshot &before, const Snapshot &after)
{
    QStringList lines;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.contains(it.key()))
            lines << u"new: "_s + it.key();
        else if (before.value(it.key()) != it.value())
            lines << u"changed: "_s + it.key();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            lines << u"gone: "_s + it.key();
    return lines.join(u", "_s);
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
}

void setPermissionsUnder(const QString &folder, QFile::Permissions files,
                         QFile::Permissions folders)
{
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile::setPermissions(path, it.fileInfo().isDir() ? folders : files);
    }
}

const QFile::Permissions ReadOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
const QFile::Permissions ReadWrite = ReadOnly | QFile::WriteOwner | QFile::WriteGroup
        | QFile::WriteOther;
const QFile::Permissions Traversable = ReadOnly | QFile::ExeOwner | QFile::ExeGroup
        | QFile::ExeOther;
const QFile::Permissions Open = Traversable | QFile::WriteOwner | QFile::WriteGroup
        | QFile::WriteOther;

// The generated model without its notes far away (at y = -10^6): a PNG of
// a view of the model would be too large.
ModelData modelOf(int elements)
{
    ModelData data = generatedModel(elements);
    for (const View &view : data.views.items()) {
        QSet<NodeId> far;
        for (const ViewNode &node : view.nodes)
            if (node.bounds.y() < -1000)
                far.insert(node.id);
        data.views.find(view.id)->nodes.takeAll(far);
    }
    return data;
}

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void faults_data();
    void faults();

private:
    // The writer's command line writing model to out.
    static QStringList command(const QString &writer, const QString &model, const QString &out);
    void clearDisk();
    bool fillDisk();
    void emptyDisk();

    QTemporaryDir m_dir;
    QString m_first;  // the model of the previous file
    QString m_second; // the model the failing command writes
    QString m_disk;   // the folder of the outputs (a tmpfs when m_mounted)
    bool m_mounted = false;
    bool m_canMount = false;
};

void TestCliFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Readable by the user nobody (the read-only rows as root).
    QVERIFY(QFile::setPermissions(m_dir.path(), Traversable | QFile::WriteOwner));
    m_first = m_dir.filePath(u"first.ktm"_s);
    m_second = m_dir.filePath(u"second.ktm"_s);
    QString error;
    QVERIFY2(ModelFile::save(modelOf(200), m_first, &error), qPrintable(error));
    QVERIFY2(ModelFile::save(modelOf(150), m_second, &error), qPrintable(error));
    m_disk = m_dir.filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(m_disk));
    const bool shim = qEnvironmentVariable("KT_FAULTS_DISK") == u"shim"_s;
    m_canMount = ::geteuid() == 0
            && run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=16m,mode=0777"_s,
                                u"kt-faults"_s, m_disk});
    if (m_canMount && shim)
        QVERIFY(run(u"umount"_s, {m_disk}));
    m_mounted = m_canMount && !shim;
    qInfo("full disk: %s", m_mounted ? "a 16 MiB tmpfs, filled" : "the LD_PRELOAD shim");
}

void TestCliFaults::cleanupTestCase()
{
    if (m_mounted)
        QVERIFY(run(u"umount"_s, {m_disk}));
}

QStringList TestCliFaults::command(const QString &writer, const QString &model,
                                   const QString &out)
{
    if (writer == u"ktm"_s || writer == u"xml"_s || writer == u"archi-csv"_s)
        return {u"convert"_s, model, out};
    if (writer == u"inventory"_s)
        return {u"convert"_s, u"--inventory"_s, model, out};
    if (writer.startsWith(u"report-"_s))
        return {u"report"_s, model, u"--report"_s, u"architecture"_s, u"--format"_s,
                writer.mid(7), u"-o"_s, out};
    return {u"export"_s, model, u"--view"_s, u"id-v-0"_s, u"--format"_s, writer, u"-o"_s, out};
}

void TestCliFaults::faults_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<QString>("output");
    QTest::addColumn<Fault>("fault");
    const QList<std::pair<QString, QString>> writers = {
            {u"ktm"_s, u"model.ktm"_s},          {u"xml"_s, u"model.xml"_s},
            {u"svg"_s, u"view.svg"_s},           {u"png"_s, u"view.png"_s},
            {u"pdf"_s, u"view.pdf"_s},           {u"report-pdf"_s, u"report.pdf"_s},
            {u"report-docx"_s, u"report.docx"_s}, {u"report-odt"_s, u"report.odt"_s},
            {u"report-html"_s, u"report.html"_s}, {u"archi-csv"_s, u"archi-elements.csv"_s},
            {u"inventory"_s, u"inventory"_s}};
    const QList<std::pair<const char *, Fault>> faults = {
            {"full disk", Fault::DiskFull},
            {"read-only file", Fault::ReadOnlyFile},
            {"read-only folder", Fault::ReadOnlyFolder},
            {"read-only disk", Fault::ReadOnlyDisk}};
    for (const auto &[fault, kind] : faults)
        for (const auto &[writer, output] : writers)
            QTest::addRow("%s, %s", fault, qPrintable(writer)) << writer << output << kind;
}

void TestCliFaults::clearDisk()
{
    setPermissionsUnder(m_disk, ReadWrite, Open);
    QFile::setPermissions(m_disk, Open);
    const QStringList entries = QDir(m_disk).entryList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                       | QDir::Hidden);
    for (const QString &entry : entries) {
        const QString path = QDir(m_disk).filePath(entry);
        if (QFileInfo(path).isDir())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
}

// The tmpfs filled up to one page, or the shim told to allow as much.
bool TestCliFaults::fillDisk()
{
    constexpr int Left = 4096;
    if (!m_mounted) {
        qputenv("LD_PRELOAD", KT_FAILWRITE_LIB);
        qputenv("KT_FAILWRITE_DIR", QFile::encodeName(m_disk));
        qputenv("KT_FAILWRITE_AFTER", QByteArray::number(Left));
        return true;
    }
    QFile filler(QDir(m_disk).filePath(Filler));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) > 0) {
    }
    // Pages that a block did not fit in.
    while (filler.write(block.constData(), 4096) > 0) {
    }
    return filler.resize(qMax<qint64>(0, filler.size() - Left));
}

void TestCliFaults::emptyDisk()
{
    qunsetenv("LD_PRELOAD");
    qunsetenv("KT_FAILWRITE_DIR");
    qunsetenv("KT_FAILWRITE_AFTER");
    QFile::remove(QDir(m_disk).filePath(Filler));
}

void TestCliFaults::faults()
{
    QFETCH(QString, writer);
    QFETCH(QString, output);
    QFETCH(Fault, fault);
    const bool root = ::geteuid() == 0;
    if (fault == Fault::ReadOnlyDisk && !m_canMount)
        QSKIP("this process may not mount (not root with CAP_SYS_ADMIN): no read-only disk");

    clearDisk();
    const QString out = QDir(m_disk).filePath(output);
    const Run previous = kientruc(command(writer, m_first, out));
    QVERIFY2(previous.exitCode == 0, qPrintable(previous.err));
    const Snapshot before = snapshot(m_disk);
    QVERIFY(!before.isEmpty());

    // As root, the failing command runs as nobody (permissions bind it).
    std::function<void()> asNobody;
    if (root && fault != Fault::DiskFull && fault != Fault::ReadOnlyDisk)
        asNobody = [] {
            ::setgroups(0, nullptr);
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        };
    bool remounted = false;
    switch (fault) {
    case Fault::DiskFull:
        QVERIFY(fillDisk());
        break;
    case Fault::ReadOnlyFile:
        // The folder open to all, every file of the output read-only.
        QFile::setPermissions(m_disk, Open);
        setPermissionsUnder(m_disk, ReadOnly, Open);
        break;
    case Fault::ReadOnlyFolder:
        // Files writable by all in folders no one may add to.
        setPermissionsUnder(m_disk, ReadWrite, Traversable);
        QFile::setPermissions(m_disk, Traversable);
        break;
    case Fault::ReadOnlyDisk: {
        remounted = run(u"mount"_s, {u"--bind"_s, m_disk, m_disk})
                && run(u"mount"_s, {u"-o"_s, u"remount,bind,ro"_s, m_disk});
        QVERIFY(remounted);
        break;
    }
    }
    const Run failed = kientruc(command(writer, m_second, out), u"en"_s, asNobody);
    if (fault == Fault::DiskFull)
        emptyDisk();
    if (remounted)
        QVERIFY(run(u"umount"_s, {m_disk}));
    const Snapshot after = snapshot(m_disk);
    clearDisk();

    QVERIFY2(failed.exitCode != 99, "cannot run kientruc as the user nobody");
    QVERIFY2(failed.exitCode == 2, qPrintable(u"exit code %1: %2"_s.arg(failed.exitCode)
                                                      .arg(failed.err)));
    QVERIFY2(failed.err.contains(QDir::toNativeSeparators(out)), qPrintable(failed.err));
    // The reason, in words: not the system's bare "Permission denied".
    static const QHash<Fault, QRegularExpression> reasons = {
            {Fault::DiskFull,
             QRegularExpression(u"no space left on the disk|disk is full"_s,
                                QRegularExpression::CaseInsensitiveOption)},
            {Fault::ReadOnlyFile, QRegularExpression(u"the file is read-only"_s)},
            {Fault::ReadOnlyFolder,
             QRegularExpression(u"cannot create a file in the folder .*permission denied"_s,
                                QRegularExpression::CaseInsensitiveOption)},
            {Fault::ReadOnlyDisk, QRegularExpression(u"the disk is read-only"_s)}};
    QVERIFY2(reasons.value(fault).match(failed.err).hasMatch(), qPrintable(failed.err));
    QVERIFY2(!failed.err.contains(u"Unknown error"_s), qPrintable(failed.err));
    QVERIFY2(after == before, qPrintable(describe(before, after) + u"; "_s + failed.err));
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
