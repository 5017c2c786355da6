// `kientruc baseline`: add, list (text and JSON), extract (.ktm and .xml), remove;
// exit 0 when done, 2 on an error with a message naming the file; a refused add
// leaves the file as it was.

#include "clirunner.h"

#include <model/modelfile.h>
#include <model/store/baselinestore.h>
#include <support/filehash.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kt;
using kt::test::kientruc;

class TestCliBaseline : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void init();
    void addListExtractRemove();
    void listJson();
    void refusals_data();
    void refusals();
    void duplicateLeavesFileAsItWas();
    void convertKeepsBaselines();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    ModelData m_model;
};

void TestCliBaseline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"m.ktm"_s);
    m_model = test::sampleModel();
    QString error;
    QVERIFY2(ModelFile::save(m_model, m_file, &error), qPrintable(error));
}

void TestCliBaseline::addListExtractRemove()
{
    const test::Run added = kientruc({ u"baseline"_s, m_file, u"add"_s, u"--name"_s,
        u"Phiên bản 1.0"_s, u"--note"_s, u"Trước nâng cấp"_s, u"--author"_s, u"Sở TT&TT"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(u"Phiên bản 1.0"_s), qPrintable(added.out));

    const test::Run listed = kientruc({ u"baseline"_s, m_file, u"list"_s });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(u"Phiên bản 1.0"_s), qPrintable(listed.out));
    QVERIFY(listed.out.contains(u"Trước nâng cấp"_s));
    QVERIFY(listed.out.contains(u"Sở TT&TT"_s));
    QVERIFY(listed.out.contains(u"%1 elements"_s.arg(m_model.elements.size())));

    for (const QString &name : { u"out.ktm"_s, u"out.xml"_s }) {
        const QString output = m_dir->filePath(name);
        const test::Run extracted = kientruc(
            { u"baseline"_s, m_file, u"extract"_s, u"Phiên bản 1.0"_s, u"-o"_s, output });
        QVERIFY2(extracted.exitCode == 0, qPrintable(extracted.err));
        const Result<ModelData> model = ModelFile::load(output);
        QVERIFY2(model.ok(), qPrintable(model.error()));
        if (name.endsWith(u".ktm"_s))
            KT_COMPARE_MODELS(model.value(), m_model);
        else
            QCOMPARE(model->elements.size(), m_model.elements.size());
    }

    const test::Run removed = kientruc({ u"baseline"_s, m_file, u"remove"_s, u"Phiên bản 1.0"_s });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    const test::Run empty = kientruc({ u"baseline"_s, m_file, u"list"_s });
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(!empty.out.contains(u"Phiên bản 1.0"_s));
    const test::Run again = kientruc({ u"baseline"_s, m_file, u"remove"_s, u"Phiên bản 1.0"_s });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(m_file), qPrintable(again.err));
}

void TestCliBaseline::listJson()
{
    QCOMPARE(kientruc({ u"baseline"_s, m_file, u"add"_s, u"--name"_s, u"a"_s }).exitCode, 0);
    QCOMPARE(kientruc({ u"baseline"_s, m_file, u"add"_s, u"--name"_s, u"b"_s, u"--note"_s, u"n"_s,
                          u"--author"_s, u"x"_s })
                 .exitCode,
        0);
    const test::Run listed = kientruc({ u"baseline"_s, m_file, u"list"_s, u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(listed.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(listed.out));
    QCOMPARE(document.object().value(u"file"_s).toString(), m_file);
    const QJsonArray baselines = document.object().value(u"baselines"_s).toArray();
    QCOMPARE(baselines.size(), 2);
    const QJsonObject b = baselines.at(1).toObject();
    QCOMPARE(b.value(u"name"_s).toString(), u"b"_s);
    QCOMPARE(b.value(u"note"_s).toString(), u"n"_s);
    QCOMPARE(b.value(u"author"_s).toString(), u"x"_s);
    QCOMPARE(b.value(u"elements"_s).toInteger(), m_model.elements.size());
    QCOMPARE(b.value(u"relationships"_s).toInteger(), m_model.relationships.size());
    QCOMPARE(b.value(u"views"_s).toInteger(), m_model.views.size());
    QVERIFY(b.value(u"storedBytes"_s).toInteger() > 0);
    QVERIFY(QDateTime::fromString(b.value(u"created"_s).toString(), Qt::ISODate).isValid());
}

void TestCliBaseline::refusals_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE stands for the model file
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a .ktm") << QStringList { u"baseline"_s, u"DIR/m.xml"_s, u"list"_s }
                                << u"DIR/m.xml is not a .ktm model file"_s;
    QTest::newRow("missing file") << QStringList { u"baseline"_s, u"DIR/none.ktm"_s, u"list"_s }
                                  << u"DIR/none.ktm does not exist"_s;
    QTest::newRow("no action") << QStringList { u"baseline"_s, u"FILE"_s } << u"add, list"_s;
    QTest::newRow("unknown action")
        << QStringList { u"baseline"_s, u"FILE"_s, u"show"_s } << u"unknown action “show”"_s;
    QTest::newRow("add without name")
        << QStringList { u"baseline"_s, u"FILE"_s, u"add"_s } << u"--name"_s;
    QTest::newRow("extract without -o")
        << QStringList { u"baseline"_s, u"FILE"_s, u"extract"_s, u"a"_s } << u"-o OUT"_s;
    QTest::newRow("extract unknown")
        << QStringList { u"baseline"_s, u"FILE"_s, u"extract"_s, u"zz"_s, u"-o"_s, u"DIR/x.ktm"_s }
        << u"FILE has no baseline “zz”"_s;
    QTest::newRow("extract onto itself") << QStringList { u"baseline"_s, u"FILE"_s, u"extract"_s,
        u"a"_s, u"-o"_s, u"FILE"_s } << u"another file"_s;
    QTest::newRow("remove without name")
        << QStringList { u"baseline"_s, u"FILE"_s, u"remove"_s } << u"remove needs the name"_s;
    QTest::newRow("option of another action") << QStringList { u"baseline"_s, u"FILE"_s, u"list"_s,
        u"--name"_s, u"a"_s } << u"--name goes with add"_s;
}

void TestCliBaseline::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFile xml(m_dir->filePath(u"m.xml"_s));
    QVERIFY(xml.open(QIODevice::WriteOnly));
    xml.close();
    QCOMPARE(kientruc({ u"baseline"_s, m_file, u"add"_s, u"--name"_s, u"a"_s }).exitCode, 0);
    const QByteArray hash = test::fileHash(m_file);
    for (QString &argument : arguments)
        argument.replace(u"FILE"_s, m_file).replace(u"DIR"_s, m_dir->path());
    expected.replace(u"FILE"_s, m_file).replace(u"DIR"_s, m_dir->path());
    const test::Run run = kientruc(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(test::fileHash(m_file), hash);
}

void TestCliBaseline::duplicateLeavesFileAsItWas()
{
    QCOMPARE(kientruc({ u"baseline"_s, m_file, u"add"_s, u"--name"_s, u"1.0"_s }).exitCode, 0);
    const QByteArray hash = test::fileHash(m_file);
    const test::Run again = kientruc({ u"baseline"_s, m_file, u"add"_s, u"--name"_s, u"1.0"_s });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"Cannot add the baseline “1.0” to %1: a baseline of that name "
                                "exists."_s.arg(m_file)),
        qPrintable(again.err));
    QCOMPARE(test::fileHash(m_file), hash);
}

void TestCliBaseline::convertKeepsBaselines()
{
    QCOMPARE(kientruc({ u"baseline"_s, m_file, u"add"_s, u"--name"_s, u"1.0"_s }).exitCode, 0);
    const QString copy = m_dir->filePath(u"copy.ktm"_s);
    QCOMPARE(kientruc({ u"convert"_s, m_file, copy }).exitCode, 0);
    const Result<QList<BaselineInfo>> baselines = BaselineStore::list(copy);
    QVERIFY(baselines.ok());
    QCOMPARE(baselines->size(), 1);
    QCOMPARE(baselines->first().name, u"1.0"_s);
}

void TestCliBaseline::help()
{
    const test::Run run = kientruc({ u"baseline"_s, u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Usage: kientruc baseline"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"extract N -o OUT"_s));
    QVERIFY(run.out.contains(u"--help"_s));
    QVERIFY(run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliBaseline)
#include "tst_clibaseline.moc"
