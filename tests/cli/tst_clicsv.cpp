// `kientruc convert` with Archi CSV sets (PREFIXelements.csv and the files beside
// it) both ways, a set Archi refuses (exit 2, nothing written), and the
// spreadsheet inventory (--inventory: one CSV per component architecture).
#include <support/modelcompare.h>
#include <support/shareddir.h>

#include <model/io/archicsv.h>
#include <model/modelfile.h>

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

using kt::test::example;
using kt::test::kientruc;
using kt::test::Run;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleRoundTrip();
    void archiSetToKtm();
    void refusedSetWritesNothing();
    void badOutputName();
    void inventory();
};

void TestCliCsv::exampleRoundTrip()
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"vp-elements.csv"_s);
    Run run = kientruc({u"convert"_s, example(u"vinhphuc-2.0.xml"_s), csvPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"vp-elements.csv"_s));
    QVERIFY2(run.out.contains(u"vp-elements.csv: the CSV format has no views"_s), qPrintable(run.out));
    for (const QString &name : {u"vp-elements.csv"_s, u"vp-relations.csv"_s,
                                u"vp-properties.csv"_s})
        QVERIFY2(readAll(dir.filePath(name)).startsWith("\xEF\xBB\xBF\"ID\","), qPrintable(name));

    const QString back = dir.filePath(u"back.ktm"_s);
    run = kientruc({u"convert"_s, csvPath, back});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    Result<ModelData> original = ModelFile::load(example(u"vinhphuc-2.0.xml"_s));
    const Result<ModelData> reread = ModelFile::load(back);
    QVERIFY(original && reread);
    QVERIFY(original->elements.size() > 10);
    original->views = {}; // the CSV format has no views
    QCOMPARE(test::firstDifference(original.value(), reread.value()), QString());

    // info reads a set too.
    run = kientruc({u"info"_s, csvPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliCsv::archiSetToKtm()
{
    KT_SHARED_PATH_OR_SKIP(path, u"interop/archi/csv/test1-elements.csv"_s);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"t1.ktm"_s);
    const Run run = kientruc({u"convert"_s, path, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Result<ModelData> model = ModelFile::load(out);
    QVERIFY(model);
    QCOMPARE(model->elements.size(), 3);
    QCOMPARE(model->relationships.size(), 2);
    QCOMPARE(model->info.name, u"Test Model"_s);
}

void TestCliCsv::refusedSetWritesNothing()
{
    QTemporaryDir dir;
    const QString elements = dir.filePath(u"bad-elements.csv"_s);
    {
        QFile file(elements);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\"ID\",\"Type\",\"Name\",\"Documentation\",\"Specialization\"\r\n"
                   "\"e1\",\"BusinessActor\",\"A\",\"\",\"\"\r\n"
                   "\"e1\",\"BusinessRole\",\"B\",\"\",\"\"\r\n");
    }
    for (const QString &out : {dir.filePath(u"out.ktm"_s), dir.filePath(u"out.xml"_s),
                               dir.filePath(u"out-elements.csv"_s)}) {
        const Run run = kientruc({u"convert"_s, elements, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"bad-elements.csv, line 3"_s)
                         && run.err.contains(u"“e1” is used twice"_s),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }
    QVERIFY(!QFile::exists(dir.filePath(u"out-relations.csv"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"out-properties.csv"_s)));

    KT_SHARED_PATH_OR_SKIP(relations6, u"interop/archi/csv/test6-relations.csv"_s);
    const Run run = kientruc({u"convert"_s,
                              QFileInfo(relations6).dir().filePath(u"test6-elements.csv"_s),
                              dir.filePath(u"t6.ktm"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"test6-relations.csv, line 3"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(dir.filePath(u"t6.ktm"_s)));
}

void TestCliCsv::badOutputName()
{
    QTemporaryDir dir;
    const Run run = kientruc({u"convert"_s, example(u"vinhphuc-2.0.xml"_s),
                              dir.filePath(u"model.csv"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"elements.csv"_s), qPrintable(run.err));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestCliCsv::inventory()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"inventory"_s);
    Run run = kientruc({u"convert"_s, u"--inventory"_s, example(u"vinhphuc-2.0.xml"_s), folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Result<ModelData> model = ModelFile::load(example(u"vinhphuc-2.0.xml"_s));
    QVERIFY(model);
    const QStringList files = QDir(folder).entryList({u"*.csv"_s}, QDir::Files);
    QVERIFY2(files.contains(u"applications.csv"_s), qPrintable(files.join(u' ')));
    // Every element once, in the file of its component.
    qsizetype rows = 0;
    QSet<QString> ids;
    for (const QString &name : files) {
        const QByteArray bytes = readAll(QDir(folder).filePath(name));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QList<csv::Row> parsed;
        QCOMPARE(csv::parse(QString::fromUtf8(bytes.mid(3)), &parsed), QString());
        QVERIFY(parsed.size() >= 2);
        QCOMPARE(parsed.first().fields.mid(0, 3),
                 (QStringList{u"ID"_s, u"Name"_s, u"Type"_s}));
        for (const csv::Row &row : parsed.mid(1)) {
            ++rows;
            ids.insert(row.fields.at(0));
            const Element *element = model->elements.find(ElementId(row.fields.at(0)));
            QVERIFY(element);
            QCOMPARE(row.fields.at(1), element->name);
            QCOMPARE(row.fields.size(), parsed.first().fields.size());
        }
    }
    QCOMPARE(rows, model->elements.size());
    QCOMPARE(ids.size(), model->elements.size());
    // The framework's property names head the columns, in the interface language.
    const QByteArray applications = readAll(QDir(folder).filePath(u"applications.csv"_s));
    QVERIFY(applications.contains("\"Security level\""));
    QVERIFY(applications.contains("\"Owner agency\""));
    run = kientruc({u"convert"_s, u"--inventory"_s, example(u"vinhphuc-2.0.xml"_s),
                    dir.filePath(u"vi"_s)},
                   u"vi"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray vietnamese = readAll(dir.filePath(u"vi/applications.csv"_s));
    QVERIFY(vietnamese.contains(u"\"Cấp độ an toàn\""_s.toUtf8()));
    QVERIFY(vietnamese.contains(u"\"Cơ quan chủ quản\""_s.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliCsv)
#include "tst_clicsv.moc"
