// `kientruc export`, run as a user runs it, without a display: each format,
// views by name or id, all views into a folder with file names from the view
// names, and exit code 2 with a clear message (and no partial file) for an
// unknown view or format or a destination that cannot be written.
#include <support/samplemodel.h>

#include <model/modelfile.h>

#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

using kt::test::Run;
using kt::test::example;
using kt::test::kientruc;

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void formatFromExtension();
    void viewByNameOrId();
    void allViews();
    void errors_data();
    void errors();
    void failureKeepsExistingFile();
    void notation();
    void listedInHelp();

private:
    QTemporaryDir m_dir;
    QString m_model; // the sample model with views of awkward names, as .ktm
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ModelData data = test::sampleModel();
    // Names that are no file names as they are, one twice, one only unsafe characters.
    for (const auto &[id, name] : {std::pair{u"id-v-3"_s, u"Ki\u1ebfn tr\u00fac/d\u1eef li\u1ec7u: v2?"_s},
                                   std::pair{u"id-v-4"_s, u"Ki\u1ebfn tr\u00fac \u1ee9ng d\u1ee5ng"_s},
                                   std::pair{u"id-v-5"_s, u"<>|"_s}}) {
        View view = data.views.at(1);
        view.id = ViewId(id);
        view.name = name;
        view.nodes = {};
        view.nodes.append(ViewNode{NodeId(id + u"-n"_s), NodeKind::Element,
                                   ElementId(u"id-e-dc"_s), {}, QRectF(0, 0, 120, 50), {}, {}, {}, {}});
        data.views.append(view);
    }
    m_model = path(u"sample.ktm"_s);
    QString error;
    QVERIFY2(ModelFile::save(data, m_model, &error), qPrintable(error));
}

void TestCliExport::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("svg") << u"svg"_s << QByteArray("<?xml");
    QTest::newRow("png") << u"png"_s << QByteArray("\x89PNG");
    QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
}

void TestCliExport::formats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    const QString out = path(u"vinhphuc."_s + format);
    const Run run = kientruc({u"export"_s, example(u"vinhphuc-2.0.xml"_s), u"--format"_s, format,
                              u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains(out));
    QCOMPARE(head(out, magic.size()), magic);
}

void TestCliExport::formatFromExtension()
{
    const QString out = path(u"by-extension.PNG"_s);
    Run run = kientruc({u"export"_s, m_model, u"-o"_s, out, u"--dpi"_s, u"192"_s,
                        u"--background"_s, u"transparent"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(head(out, 4), QByteArray("\x89PNG"));
    run = kientruc({u"export"_s, m_model, u"-o"_s, path(u"noextension"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"--format"_s));
}

void TestCliExport::viewByNameOrId()
{
    const QString out = path(u"one.svg"_s);
    // By name (in NFD as a shell may pass it), by id; a different view each time.
    const QString name = u"Ki\u1ebfn tr\u00fac/d\u1eef li\u1ec7u: v2?"_s;
    Run run = kientruc({u"export"_s, m_model, u"--view"_s,
                        name.normalized(QString::NormalizationForm_D), u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QString::fromUtf8(head(out, 4000)).contains(u"<title>"_s + name + u"</title>"_s));
    // Two views of one name: the ids to choose from.
    run = kientruc({u"export"_s, m_model, u"--view"_s, u"Ki\u1ebfn tr\u00fac \u1ee9ng d\u1ee5ng"_s,
                    u"-o"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"id-v-2"_s));
    QVERIFY(run.err.contains(u"id-v-4"_s));
    run = kientruc({u"export"_s, m_model, u"--view"_s, u"id-v-1"_s, u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const ModelData data = test::sampleModel();
    QVERIFY(QString::fromUtf8(head(out, 4000)).contains(u"<title>"_s + data.views.at(0).name));
    // Without --view: the overall diagram.
    run = kientruc({u"export"_s, m_model, u"-o"_s, out});
    QVERIFY(run.out.contains(data.views.at(0).name));
}

void TestCliExport::allViews()
{
    const QString folder = path(u"all/new/folder"_s);
    const Run run = kientruc({u"export"_s, m_model, u"--all"_s, u"--format"_s, u"pdf"_s,
                              u"-o"_s, folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QStringList expected{u"S\u01a1 \u0111\u1ed3 t\u1ed5ng th\u1ec3.pdf"_s,
                         u"Ki\u1ebfn tr\u00fac \u1ee9ng d\u1ee5ng.pdf"_s,
                         u"Ki\u1ebfn tr\u00fac_d\u1eef li\u1ec7u_ v2_.pdf"_s,
                         u"Ki\u1ebfn tr\u00fac \u1ee9ng d\u1ee5ng (2).pdf"_s,
                         u"___.pdf"_s};
    expected.sort();
    files.sort();
    QCOMPARE(files, expected);
    for (const QString &file : std::as_const(files))
        QCOMPARE(head(QDir(folder).filePath(file), 4), QByteArray("%PDF"));
}

void TestCliExport::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("mustNotExist");
    const QString model = u"@model"_s;
    const QString out = u"@out/x.png"_s;
    QTest::newRow("unknown view") << QStringList{model, u"--view"_s, u"Nowhere"_s, u"-o"_s, out}
                                  << u"no view \u201cNowhere\u201d"_s << out;
    QTest::newRow("unknown format") << QStringList{model, u"--format"_s, u"gif"_s, u"-o"_s, out}
                                    << u"unknown format \u201cgif\u201d"_s << out;
    QTest::newRow("unknown extension") << QStringList{model, u"-o"_s, u"@out/x.bmp"_s}
                                       << u"unknown format \u201cbmp\u201d"_s << u"@out/x.bmp"_s;
    QTest::newRow("PDF into .png") << QStringList{model, u"--format"_s, u"pdf"_s, u"-o"_s, out}
                                   << u"x.png ends in .png, but --format is pdf"_s << out;
    QTest::newRow("PNG into .jpg") << QStringList{model, u"--format"_s, u"png"_s, u"-o"_s, u"@out/x.jpg"_s}
                                   << u"ends in .jpg, but --format is png"_s << u"@out/x.jpg"_s;
    QTest::newRow("unwritable") << QStringList{model, u"-o"_s, u"@out/file/x.png"_s}
                                << u"Cannot write"_s << u"@out/file/x.png"_s;
    QTest::newRow("no output") << QStringList{model, u"--format"_s, u"png"_s} << u"-o OUT"_s
                               << out;
    QTest::newRow("view and all") << QStringList{model, u"--all"_s, u"--view"_s, u"x"_s, u"-o"_s, out}
                                  << u"not both"_s << out;
    QTest::newRow("all into a file") << QStringList{model, u"--all"_s, u"--format"_s, u"svg"_s,
                                                    u"-o"_s, u"@out/file"_s}
                                     << u"is a file"_s << u"@out/file/x.svg"_s;
    QTest::newRow("bad dpi") << QStringList{model, u"--dpi"_s, u"lots"_s, u"-o"_s, out}
                             << u"--dpi"_s << out;
    QTest::newRow("bad scale") << QStringList{model, u"--scale"_s, u"0"_s, u"-o"_s, out}
                               << u"--scale"_s << out;
    QTest::newRow("bad background") << QStringList{model, u"--background"_s, u"pink"_s, u"-o"_s, out}
                                    << u"pink"_s << out;
    QTest::newRow("bad notation") << QStringList{model, u"--notation"_s, u"uml"_s, u"-o"_s, out}
                                  << u"--notation is framework or archimate, not \u201cuml\u201d"_s
                                  << out;
    QTest::newRow("bad paper") << QStringList{model, u"--paper"_s, u"B52"_s, u"-o"_s, u"@out/x.pdf"_s}
                               << u"B52"_s << u"@out/x.pdf"_s;
    QTest::newRow("missing model") << QStringList{u"@out/none.ktm"_s, u"-o"_s, out}
                                   << u"none.ktm"_s << out;
    QTest::newRow("too large") << QStringList{model, u"--dpi"_s, u"2400"_s, u"--scale"_s, u"1"_s,
                                              u"-o"_s, out}
                               << u"too large"_s << out;
}

void TestCliExport::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(QString, mustNotExist);
    const QString outDir = path(u"errors"_s);
    QVERIFY(QDir().mkpath(outDir));
    QFile file(outDir + u"/file"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto resolve = [&](QString text) {
        return text.replace(u"@model"_s, m_model).replace(u"@out"_s, outDir);
    };
    QStringList args{u"export"_s};
    for (const QString &argument : std::as_const(arguments))
        args.append(resolve(argument));
    if (QTest::currentDataTag() == QByteArrayLiteral("too large")) {
        // Big enough at 2400 dpi: the overall diagram of the example.
        args[1] = example(u"vinhphuc-2.0.xml"_s);
    }
    const Run run = kientruc(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(resolve(mustNotExist)));
    // No temporary file of QSaveFile left behind either.
    QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden), QStringList{u"file"_s});
}

void TestCliExport::failureKeepsExistingFile()
{
    const QString out = path(u"keep.png"_s);
    QVERIFY(kientruc({u"export"_s, m_model, u"-o"_s, out}).exitCode == 0);
    const QByteArray before = fingerprint(out);
    const Run run = kientruc({u"export"_s, example(u"vinhphuc-2.0.xml"_s), u"--dpi"_s, u"2400"_s,
                              u"-o"_s, out});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(fingerprint(out), before);
}

void TestCliExport::notation()
{
    // --notation archimate draws the view in ArchiMate's notation for this export
    // (another picture), --notation framework as the framework does (the picture
    // without the flag: the sample's views have no setting); the model file is
    // not touched.
    const QByteArray before = fingerprint(m_model);
    const auto exported = [&](const QString &name, const QStringList &extra) {
        const QString out = path(name);
        const Run run = kientruc(QStringList{u"export"_s, m_model, u"--view"_s, u"id-v-2"_s,
                                             u"-o"_s, out}
                                 + extra);
        return run.exitCode == 0 ? fingerprint(out) : QByteArray("failed: ") + run.err.toUtf8();
    };
    const QByteArray plain = exported(u"plain.png"_s, {});
    const QByteArray framework = exported(u"framework.png"_s, {u"--notation"_s, u"framework"_s});
    const QByteArray archimate = exported(u"archimate.png"_s, {u"--notation"_s, u"archimate"_s});
    QVERIFY2(!plain.startsWith("failed"), plain.constData());
    QCOMPARE(framework, plain);
    QVERIFY2(!archimate.startsWith("failed"), archimate.constData());
    QVERIFY(archimate != plain);
    QCOMPARE(fingerprint(m_model), before);
}

void TestCliExport::listedInHelp()
{
    const Run run = kientruc({u"help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"export FILE [--view NAME|ID | --all] --format svg|png|pdf"_s));
}

QTEST_MAIN(TestCliExport)
#include "tst_cliexport.moc"
