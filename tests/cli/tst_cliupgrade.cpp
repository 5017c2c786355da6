// `kientruc upgrade FILE --framework vn-egov-2.0 -o OUT`, run as a user runs it:
// the Vĩnh Phúc 1.0 example becomes a 2.0 model that opens, with its ids; what
// cannot be mapped is listed on stderr with exit 0; a bad file, an unknown
// framework, a framework that maps nothing from the file's and an output that
// cannot be written exit 2 with a message and leave no file.
#include <model/meta/profileregistry.h>
#include <model/modelfile.h>

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

using kt::test::example;
using kt::test::kientruc;
using kt::test::Run;

class TestCliUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradesExample_data();
    void upgradesExample();
    void listsUnmapped();
    void errors_data();
    void errors();
    void listedInHelp();

private:
    QTemporaryDir m_dir;
};

void TestCliUpgrade::upgradesExample_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ktm") << u"vinhphuc-upgraded.ktm"_s;
    QTest::newRow("xml") << u"vinhphuc-upgraded.xml"_s;
}

void TestCliUpgrade::upgradesExample()
{
    QFETCH(QString, name);
    const QString in = example(u"vinhphuc-1.0.xml"_s);
    const QString out = m_dir.filePath(name);
    const Run run
        = kientruc({ u"upgrade"_s, in, u"--framework"_s, u"vn-egov-2.0"_s, u"-o"_s, out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(out), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"Every element and relationship was mapped"_s), qPrintable(run.err));

    const Result<ModelData> before = ModelFile::load(in);
    QVERIFY(before);
    const Result<ModelData> after = ModelFile::load(out);
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(after->info.frameworkId, u"vn-egov-2.0"_s);
    QCOMPARE(after->profile->id(), u"vn-egov-2.0"_s);
    QCOMPARE(after->elements.size(), before->elements.size());
    QCOMPARE(after->relationships.size(), before->relationships.size());
    QCOMPARE(after->views.size(), before->views.size());
    for (const Element &e : before->elements) {
        const Element *upgraded = after->elements.find(e.id);
        QVERIFY2(upgraded, qPrintable(e.id.toString()));
        QVERIFY(after->profile->elementType(upgraded->type));
    }
    QCOMPARE(after->elements.find(ElementId(u"id-vp-ngsp"_s))->type, u"ndxp"_s);
    // The input is untouched.
    QCOMPARE(ModelFile::load(in)->info.frameworkId, u"vn-egov-1.0"_s);
}

void TestCliUpgrade::listsUnmapped()
{
    // A 1.0 model with a portal function, which 2.0 has no type for.
    Result<ModelData> model = ModelFile::load(example(u"vinhphuc-1.0.xml"_s));
    QVERIFY(model);
    Element search;
    search.id = ElementId(u"id-vp-tim-kiem"_s);
    search.type = u"portal-function"_s;
    search.name = u"Tìm kiếm văn bản trên cổng"_s;
    model->elements.append(search);
    const QString in = m_dir.filePath(u"with-portal-function.ktm"_s);
    QString error;
    QVERIFY2(ModelFile::save(model.value(), in, &error), qPrintable(error));
    const QString out = m_dir.filePath(u"with-portal-function-2.0.ktm"_s);
    const Run run
        = kientruc({ u"upgrade"_s, in, u"--framework"_s, u"vn-egov-2.0"_s, u"-o"_s, out });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"could not be mapped to vn-egov-2.0"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"id-vp-tim-kiem"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"Tìm kiếm văn bản trên cổng"_s));
    QVERIFY(run.err.contains(u"portal-function"_s));
    const Result<ModelData> after = ModelFile::load(out);
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(after->elements.find(search.id)->type, u"generic-data-apps"_s);
}

void TestCliUpgrade::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString v10 = example(u"vinhphuc-1.0.xml"_s);
    const QString v20 = example(u"vinhphuc-2.0.xml"_s);
    const QString out = u"@out/upgraded.ktm"_s;
    QTest::newRow("unknown framework") << QStringList { v10, u"--framework"_s, u"vn-egov-9.9"_s,
        u"-o"_s, out } << u"vn-egov-9.9"_s;
    QTest::newRow("no mapping from the file's framework") << QStringList { v20, u"--framework"_s,
        u"vn-egov-2.0"_s, u"-o"_s, out } << u"no mapping from"_s;
    QTest::newRow("downgrade") << QStringList { v20, u"--framework"_s, u"vn-egov-1.0"_s, u"-o"_s,
        out } << u"no mapping from"_s;
    QTest::newRow("missing file") << QStringList { u"@out/none.ktm"_s, u"--framework"_s,
        u"vn-egov-2.0"_s, u"-o"_s, out }
                                  << u"none.ktm"_s;
    QTest::newRow("not a model") << QStringList { u"@out/file.xml"_s, u"--framework"_s,
        u"vn-egov-2.0"_s, u"-o"_s, out }
                                 << u"file.xml"_s;
    QTest::newRow("no framework") << QStringList { v10, u"-o"_s, out } << u"--framework"_s;
    QTest::newRow("no output") << QStringList { v10, u"--framework"_s, u"vn-egov-2.0"_s }
                               << u"-o OUT"_s;
    QTest::newRow("unknown extension") << QStringList { v10, u"--framework"_s, u"vn-egov-2.0"_s,
        u"-o"_s, u"@out/x.docx"_s } << u".ktm or .xml"_s;
    QTest::newRow("unwritable output") << QStringList { v10, u"--framework"_s, u"vn-egov-2.0"_s,
        u"-o"_s, u"@out/missing-folder/upgraded.ktm"_s }
                                       << u"missing-folder"_s;
}

void TestCliUpgrade::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString outDir = m_dir.filePath(
        u"errors-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(outDir));
    QFile notAModel(outDir + u"/file.xml"_s);
    QVERIFY(notAModel.open(QIODevice::WriteOnly));
    notAModel.write("<not-a-model/>");
    notAModel.close();
    QStringList args { u"upgrade"_s };
    for (QString argument : std::as_const(arguments))
        args.append(argument.replace(u"@out"_s, outDir));
    const Run run = kientruc(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing written, no temporary file left behind.
    QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { u"file.xml"_s });
}

void TestCliUpgrade::listedInHelp()
{
    const Run run = kientruc({ u"help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"upgrade FILE --framework ID -o OUT"_s), qPrintable(run.out));
}

QTEST_MAIN(TestCliUpgrade)
#include "tst_cliupgrade.moc"
