// Archi's .archimate files on the command line (`info`, `convert`), the zipped
// form with its images (unpacked by QuaZip, which only the application links),
// and the rule that every message names the file it is about.
#include <support/shareddir.h>

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using kt::test::example;
using kt::test::kientruc;
using kt::test::Run;

const QString Fixtures = QStringLiteral(KT_TEST_DATA_DIR "/archimate/");

} // namespace

class TestCliArchimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zippedInfo();
    void zippedConvert();
    void zipWithoutModel();
    void archisurance();
    void notWritten();
    void messagesNameTheFile_data();
    void messagesNameTheFile();

private:
    QTemporaryDir m_dir;
};

void TestCliArchimate::zippedInfo()
{
    const Run run = kientruc({u"info"_s, Fixtures + u"zipped.archimate"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Elements: 2   Relationships: 1   Views: 1"_s), qPrintable(run.out));
    // The image object and the image of an element: one finding, naming the file.
    QVERIFY2(run.err.contains(u"zipped.archimate: 2 images not imported"_s), qPrintable(run.err));
}

void TestCliArchimate::zippedConvert()
{
    const QString xml = m_dir.filePath(u"zipped.xml"_s);
    Run run = kientruc({u"convert"_s, Fixtures + u"zipped.archimate"_s, xml});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"2 elements, 1 relationship, 1 view"_s), qPrintable(run.out));
    QFile file(xml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    for (const char *id : {"identifier=\"a1\"", "identifier=\"r1\"", "identifier=\"v1\"",
                           "identifier=\"n2\"", "identifier=\"c1\""})
        QVERIFY2(text.contains(id), id);
    // And on to .ktm, read back by `info`.
    const QString ktm = m_dir.filePath(u"zipped.ktm"_s);
    run = kientruc({u"convert"_s, Fixtures + u"zipped.archimate"_s, ktm});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = kientruc({u"info"_s, ktm});
    QVERIFY2(run.out.contains(u"Elements: 2   Relationships: 1   Views: 1"_s), qPrintable(run.out));
}

void TestCliArchimate::zipWithoutModel()
{
    const QString out = m_dir.filePath(u"nomodel.ktm"_s);
    const Run run = kientruc({u"convert"_s, Fixtures + u"nomodel.archimate"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"nomodel.archimate is a zip file without model.xml"_s),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

void TestCliArchimate::archisurance()
{
    KT_SHARED_PATH_OR_SKIP(path, u"interop/archi/models/Archisurance.archimate"_s);
    const QString ktm = m_dir.filePath(u"archisurance.ktm"_s);
    Run run = kientruc({u"convert"_s, path, ktm});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // The element and relationship counts are checked against the XML in
    // tests/model/tst_archimate.cpp; here the command line's way.
    QVERIFY2(run.out.contains(u", 17 views."_s), qPrintable(run.out));
    const QString png = m_dir.filePath(u"layered.png"_s);
    run = kientruc({u"export"_s, ktm, u"--view"_s, u"Layered View"_s, u"--format"_s, u"png"_s,
                    u"-o"_s, png});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(png).size() > 10000);
}

void TestCliArchimate::notWritten()
{
    const QString out = m_dir.filePath(u"back.archimate"_s);
    const Run run = kientruc({u"convert"_s, Fixtures + u"nested.archimate"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"back.archimate: Archi's .archimate files are read, not written"_s),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

void TestCliArchimate::messagesNameTheFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString model = example(u"vinhphuc-2.0.xml"_s);
    const QString empty = m_dir.filePath(u"empty.ktm"_s);
    QTest::newRow("export --all, no views")
            << QStringList{u"export"_s, empty, u"--all"_s, u"--format"_s, u"png"_s, u"-o"_s,
                           m_dir.filePath(u"views"_s)}
            << empty + u" has no views."_s;
    QTest::newRow("export, no views")
            << QStringList{u"export"_s, empty, u"--format"_s, u"png"_s, u"-o"_s,
                           m_dir.filePath(u"x.png"_s)}
            << empty + u" has no views."_s;
    QTest::newRow("new, unknown framework")
            << QStringList{u"new"_s, u"--framework"_s, u"nope"_s, u"-o"_s,
                           m_dir.filePath(u"n.ktm"_s)}
            << m_dir.filePath(u"n.ktm"_s) + u": The framework “nope”"_s;
    QTest::newRow("layout, unknown component")
            << QStringList{u"layout"_s, model, u"--component"_s, u"nope"_s, u"-o"_s,
                           m_dir.filePath(u"l.ktm"_s)}
            << model + u": The framework has no component architecture “nope”"_s;
    QTest::newRow("upgrade, unknown framework")
            << QStringList{u"upgrade"_s, model, u"--framework"_s, u"nope"_s, u"-o"_s,
                           m_dir.filePath(u"u.ktm"_s)}
            << model + u": The framework “nope”"_s;
    QTest::newRow("convert, same file")
            << QStringList{u"convert"_s, empty, empty}
            << empty + u": the input and the output are the same file."_s;
}

void TestCliArchimate::messagesNameTheFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString empty = m_dir.filePath(u"empty.ktm"_s);
    if (!QFile::exists(empty)) {
        const Run made = kientruc({u"new"_s, u"-o"_s, empty});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }
    const Run run = kientruc(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliArchimate)
#include "tst_cliarchimate.moc"
