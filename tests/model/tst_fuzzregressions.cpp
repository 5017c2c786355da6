// The fuzz targets' code paths (support/fuzzchecks.h, docs/ROBUSTNESS.md) in the normal
// test suite: every input a fuzzer once found (tests/data/fuzz-regressions/<target>/)
// and the inputs the fuzzers start from (the test data, the examples, the profiles, the
// sample view copied) go through the same reading and the same promises. A crash or a
// hang fails the test as it failed the fuzzer.
#include <model/io/archicsv.h>
#include <support/fuzzchecks.h>
#include <support/samplemodel.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

enum class Target { Exchange, Ktm, Profile, Clipboard, ArchiCsv };

QString run(Target target, const QByteArray &input, const QString &scratch)
{
    namespace f = kt::test::fuzz;
    switch (target) {
    case Target::Exchange: return f::exchange(input);
    case Target::Ktm: return f::ktm(input, scratch);
    case Target::Profile: return f::profile(input);
    case Target::Clipboard: return f::clipboard(input);
    case Target::ArchiCsv: return f::archiCsv(input, scratch);
    }
    return {};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

Q_DECLARE_METATYPE(Target)

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void keepsPromises_data();
    void keepsPromises();
    void scratchFailureIsReported();
};

void TestFuzzRegressions::keepsPromises_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<QByteArray>("input");
    const QString data = QString::fromUtf8(KT_TEST_DATA_DIR);
    const QString source = QString::fromUtf8(KT_SOURCE_DIR);
    const struct
    {
        Target target;
        QString name;
        QStringList folders;
    } targets[] = {
        {Target::Exchange, u"exchange"_s, {data + u"/exchange"_s, source + u"/resources/examples"_s}},
        {Target::Ktm, u"ktm"_s, {data + u"/store"_s}},
        {Target::Profile, u"profile"_s, {source + u"/resources/frameworks"_s}},
        {Target::Clipboard, u"clipboard"_s, {}},
        {Target::ArchiCsv, u"archicsv"_s, {}},
    };
    for (const auto &t : targets) {
        QStringList folders = t.folders;
        folders.append(data + u"/fuzz-regressions/"_s + t.name);
        for (const QString &folder : folders) {
            const QDir dir(folder);
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                if (file == u"README.md"_s)
                    continue;
                QTest::addRow("%s/%s", qPrintable(t.name), qPrintable(file))
                        << t.target << contents(dir.filePath(file));
            }
        }
    }
    QTest::newRow("clipboard/sample-view") << Target::Clipboard << kt::test::fuzz::clipboardSeed();
    kt::ArchiCsvWriter::Texts csv;
    QVERIFY(kt::ArchiCsvWriter::compose(kt::test::sampleModel(), &csv).isEmpty());
    const QByteArray separator = kt::test::fuzz::csvSeparator();
    QTest::newRow("archicsv/sample-model")
            << Target::ArchiCsv
            << (csv.elements.toUtf8() + separator + csv.relations.toUtf8() + separator
                + csv.properties.toUtf8());
}

void TestFuzzRegressions::keepsPromises()
{
    QFETCH(Target, target);
    QFETCH(QByteArray, input);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString broken = run(target, input, scratch.path());
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

// A .ktm that is no SQLite file is refused with a message (no broken promise); a scratch
// folder that cannot be written is reported rather than taken for a refused input.
void TestFuzzRegressions::scratchFailureIsReported()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QCOMPARE(kt::test::fuzz::ktm("not a database", scratch.path()), QString());
    QVERIFY(!kt::test::fuzz::ktm("x", scratch.path() + u"/missing"_s).isEmpty());
    QVERIFY(!kt::test::fuzz::archiCsv("x", scratch.path() + u"/missing"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
