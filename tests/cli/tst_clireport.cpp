// `kientruc report`, run as a user runs it, without a display: the three reports
// of the Vĩnh Phúc example as PDF and HTML (and the office formats by extension),
// options from the model, from --options and from the flags in that order, and
// exit code 2 with a message naming the problem (and no file, no partial file,
// an existing file untouched) for a bad option, value or file.
#include <model/modelfile.h>
#include <model/report/reportoptions.h>

#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

using kt::test::Run;
using kt::test::example;
using kt::test::kientruc;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray optionsJson(const ReportOptions &options)
{
    return QJsonDocument(options.toJson()).toJson();
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reports_data();
    void reports();
    void officeFormatsByExtension_data();
    void officeFormatsByExtension();
    void sameBytesEveryRun_data();
    void sameBytesEveryRun();
    void optionsInOrder();
    void errors_data();
    void errors();
    void failureKeepsExistingFile();
    void help();

private:
    QTemporaryDir m_dir;
    QString m_example;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_example = example(u"vinhphuc-2.0.xml"_s);
    QVERIFY(QFile::exists(m_example));
}

void TestCliReport::reports_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("format");
    for (const QString &report : {u"architecture"_s, u"decision"_s, u"inventory"_s})
        for (const QString &format : {u"pdf"_s, u"html"_s})
            QTest::addRow("%s %s", qPrintable(report), qPrintable(format)) << report << format;
}

void TestCliReport::reports()
{
    QFETCH(QString, report);
    QFETCH(QString, format);
    const QString out = path(report + u'.' + format);
    const Run run = kientruc({u"report"_s, m_example, u"--report"_s, report, u"--format"_s,
                              format, u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.contains(out));
    const QByteArray bytes = contents(out);
    QVERIFY(bytes.size() > 500);
    if (format == u"pdf")
        QVERIFY(bytes.startsWith("%PDF"));
    else
        QVERIFY(bytes.left(2000).toLower().contains("<html"));
}

void TestCliReport::officeFormatsByExtension_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("docx") << u"document.docx"_s;
    QTest::newRow("odt") << u"document.ODT"_s;
    QTest::newRow("htm") << u"document.htm"_s;
}

void TestCliReport::officeFormatsByExtension()
{
    QFETCH(QString, file);
    const QString out = path(file);
    const Run run = kientruc({u"report"_s, m_example, u"--report"_s, u"decision"_s, u"--lang"_s,
                              u"en"_s, u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray bytes = contents(out);
    if (file.endsWith(u"htm"_s))
        QVERIFY(bytes.left(2000).toLower().contains("<html"));
    else
        QVERIFY(bytes.startsWith("PK\x03\x04")); // a zip: the office formats
}

void TestCliReport::sameBytesEveryRun_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : {u"pdf"_s, u"docx"_s, u"odt"_s, u"html"_s})
        QTest::newRow(qPrintable(format)) << format;
}

// Two runs of the program (each with its own hash seed, fonts embedded in its
// own order) write the same bytes for the same model and options.
void TestCliReport::sameBytesEveryRun()
{
    QFETCH(QString, format);
    QList<QByteArray> outputs;
    for (int run = 0; run < 2; ++run) {
        const QString out = path(u"again-%1.%2"_s.arg(run).arg(format));
        const Run result = kientruc({u"report"_s, m_example, u"-o"_s, out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        outputs.append(contents(out));
    }
    QVERIFY(outputs.at(0).size() > 500);
    QVERIFY(outputs.at(0) == outputs.at(1));
}

void TestCliReport::optionsInOrder()
{
    // Stored in the model ...
    Result<ModelData> loaded = ModelFile::load(m_example);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    ModelData data = loaded.value();
    ReportOptions stored = ReportOptions::fromProperties(data.info.extraProperties);
    stored.kind = ReportKind::Decision;
    stored.documentNumber = u"5151"_s;
    stored.signerName = u"Stored Signer"_s;
    data.info.extraProperties = stored.toProperties(data.info.extraProperties);
    const QString model = path(u"with-options.ktm"_s);
    QString error;
    QVERIFY2(ModelFile::save(data, model, &error), qPrintable(error));
    const QString out = path(u"ordered.html"_s);
    Run run = kientruc({u"report"_s, model, u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QByteArray html = contents(out);
    QVERIFY(html.contains("5151"));
    QVERIFY(html.contains("Stored Signer"));

    // ... then the JSON file over them (what it does not name stays) ...
    ReportOptions fromFile = stored;
    fromFile.documentNumber = u"4242"_s;
    const QString json = path(u"options.json"_s);
    QVERIFY(writeFile(json, optionsJson(fromFile)));
    run = kientruc({u"report"_s, model, u"--options"_s, json, u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    html = contents(out);
    QVERIFY(html.contains("4242"));
    QVERIFY(!html.contains("5151"));
    QVERIFY(html.contains("Stored Signer"));

    // ... then the flags: another report than the stored one.
    run = kientruc({u"report"_s, model, u"--options"_s, json, u"--report"_s, u"inventory"_s,
                    u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(contents(out) != html);
}

void TestCliReport::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = u"@out/x.pdf"_s;
    QTest::newRow("unknown report")
            << QStringList{u"--report"_s, u"budget"_s, u"-o"_s, out} << u"unknown report \u201cbudget\u201d"_s;
    QTest::newRow("unknown format")
            << QStringList{u"--format"_s, u"rtf"_s, u"-o"_s, u"@out/x.rtf"_s} << u"unknown format \u201crtf\u201d"_s;
    QTest::newRow("unknown extension")
            << QStringList{u"-o"_s, u"@out/x.txt"_s} << u"unknown format \u201ctxt\u201d"_s;
    QTest::newRow("no format") << QStringList{u"-o"_s, u"@out/x"_s} << u"--format"_s;
    QTest::newRow("format against extension")
            << QStringList{u"--format"_s, u"docx"_s, u"-o"_s, out} << u"ends in .pdf, but --format is docx"_s;
    QTest::newRow("unknown language")
            << QStringList{u"--lang"_s, u"fr"_s, u"-o"_s, out} << u"unknown language \u201cfr\u201d"_s;
    QTest::newRow("no output") << QStringList{u"--format"_s, u"pdf"_s} << u"-o OUT"_s;
    QTest::newRow("unknown flag") << QStringList{u"--colour"_s, u"-o"_s, out} << u"colour"_s;
    QTest::newRow("missing options file")
            << QStringList{u"--options"_s, u"@out/none.json"_s, u"-o"_s, out} << u"none.json"_s;
    QTest::newRow("bad JSON")
            << QStringList{u"--options"_s, u"@out/bad.json"_s, u"-o"_s, out} << u"bad.json"_s;
    QTest::newRow("bad option value")
            << QStringList{u"--options"_s, u"@out/badvalue.json"_s, u"-o"_s, out} << u"badvalue.json"_s;
    QTest::newRow("missing model")
            << QStringList{u"@model-none"_s, u"-o"_s, out} << u"none.ktm"_s;
    QTest::newRow("unwritable")
            << QStringList{u"-o"_s, u"@out/file/x.pdf"_s} << u"x.pdf"_s;
}

void TestCliReport::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString outDir = path(u"errors"_s);
    QVERIFY(QDir().mkpath(outDir));
    // A file where a folder is wanted, a file that is no JSON and one whose value is wrong.
    const QStringList inputs{u"file"_s, u"bad.json"_s, u"badvalue.json"_s};
    QVERIFY(writeFile(outDir + u"/file"_s, "x"));
    QVERIFY(writeFile(outDir + u"/bad.json"_s, "{ \"documentNumber\": "));
    QVERIFY(writeFile(outDir + u"/badvalue.json"_s, "{ \"language\": \"klingon\" }"));
    QStringList args{u"report"_s};
    if (!arguments.contains(u"@model-none"_s))
        args.append(m_example);
    for (QString argument : std::as_const(arguments)) {
        argument.replace(u"@model-none"_s, outDir + u"/none.ktm"_s);
        args.append(argument.replace(u"@out"_s, outDir));
    }
    const Run run = kientruc(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing written, no temporary file of QSaveFile left behind either.
    QStringList files = QDir(outDir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QStringList expected = inputs;
    expected.sort();
    QCOMPARE(files, expected);
}

void TestCliReport::failureKeepsExistingFile()
{
    const QString out = path(u"keep.pdf"_s);
    QVERIFY(writeFile(out, "an older report"));
    const QString bad = path(u"broken.json"_s);
    QVERIFY(writeFile(bad, "[1, 2"));
    Run run = kientruc({u"report"_s, m_example, u"--options"_s, bad, u"-o"_s, out});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(contents(out), QByteArray("an older report"));
    run = kientruc({u"report"_s, m_example, u"--report"_s, u"nothing"_s, u"-o"_s, out});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(contents(out), QByteArray("an older report"));
}

void TestCliReport::help()
{
    Run run = kientruc({u"help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"report FILE [--report architecture|decision|inventory]"_s));
    run = kientruc({u"report"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString &option : {u"--report"_s, u"--format"_s, u"--lang"_s, u"--options"_s,
                                  u"--final"_s, u"-o, --output"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option));
}

QTEST_MAIN(TestCliReport)
#include "tst_clireport.moc"
