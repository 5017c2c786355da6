// Issue 12 on the command line: an exchange file with things the model cannot take
// opens with the rest; `info` and `convert` say what was left out on stderr and
// succeed, `validate` counts each as a warning (exit 1, rule "import"); a file that
// is no exchange file is still refused with exit 2. ArchiMate 2.1 files convert.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kt::test::kientruc;

namespace {

const QString Partial = QStringLiteral(KT_TEST_DATA_DIR "/exchange/partial-unsupported.xml");

} // namespace

class TestCliFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void info();
    void validate();
    void validateJson();
    void convert();
    void notExchangeStillRefused();
    void version21Converts();
};

void TestCliFindings::info()
{
    const auto run = kientruc({u"info"_s, Partial});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err.count(u"kientruc info: "_s + Partial + u", line "_s), 14);
    QVERIFY2(run.err.contains(u"the relationship “id-r2” joins “id-nowhere”"_s), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Elements: 3"_s), qPrintable(run.out));
}

void TestCliFindings::validate()
{
    const auto run = kientruc({u"validate"_s, Partial});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.count(u"[import]"_s), 14);
    QVERIFY2(run.out.contains(Partial + u": warning: "_s + Partial + u", line 34: the node “id-nx”"_s),
             qPrintable(run.out));
    // Errors only: what was left out is no error.
    const auto errors = kientruc({u"validate"_s, Partial, u"--errors-only"_s});
    QVERIFY(!errors.out.contains(u"[import]"_s));
    // A file that reads whole has no such warning.
    const auto whole = kientruc(
            {u"validate"_s, QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml")});
    QVERIFY(!whole.out.contains(u"[import]"_s));
}

void TestCliFindings::validateJson()
{
    const auto run = kientruc({u"validate"_s, Partial, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    int imported = 0;
    for (const QJsonValue &v : result.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"rule"_s).toString() != u"import")
            continue;
        ++imported;
        QCOMPARE(f.value(u"severity"_s).toString(), u"warning"_s);
        QVERIFY(f.value(u"message"_s).toString().startsWith(Partial));
    }
    QCOMPARE(imported, 14);
    QVERIFY(result.value(u"warnings"_s).toInt() >= 14);
}

void TestCliFindings::convert()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.ktm"_s);
    const auto run = kientruc({u"convert"_s, Partial, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err.count(u"kientruc convert: "_s + Partial), 14);
    QVERIFY2(run.out.contains(u"3 elements, 2 relationships, 1 view."_s), qPrintable(run.out));
    const auto again = kientruc({u"info"_s, out});
    QVERIFY2(again.exitCode == 0 && again.err.isEmpty(), qPrintable(again.err));
}

void TestCliFindings::notExchangeStillRefused()
{
    for (const char *file : {"bad-root.xml", "bad-dtd-internal.xml", "bad-duplicate-element.xml",
                             "bad-coordinate.xml"}) {
        const QString path = QStringLiteral(KT_TEST_DATA_DIR "/exchange/") + QLatin1String(file);
        const auto run = kientruc({u"info"_s, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
    }
}

void TestCliFindings::version21Converts()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.xml"_s);
    const auto run = kientruc(
            {u"convert"_s, QStringLiteral(KT_TEST_DATA_DIR "/exchange/archimate21.xml"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"10 elements, 8 relationships, 1 view."_s), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliFindings)
#include "tst_clifindings.moc"
