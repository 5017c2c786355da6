// `kientruc diff`: exit 0 when equal, 1 when different, 2 on an error; the JSON
// shape of docs/COMPARISON.md on two small models and on the Vĩnh Phúc examples;
// the text grouped by component; --baseline; --report writing a PDF.

#include "clirunner.h"

#include <model/modelfile.h>
#include <support/samplemodel.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kt;
using kt::test::kientruc;

namespace {

QJsonObject parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return document.object();
}

// The entry of an array whose "id" is id.
QJsonObject entryOf(const QJsonValue &array, const QString &id)
{
    for (const QJsonValue &value : array.toArray())
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    return {};
}

const QStringList ElementKinds { u"added"_s, u"removed"_s, u"renamed"_s, u"retyped"_s, u"moved"_s,
    u"changed"_s };
const QStringList RelationshipKinds { u"added"_s, u"removed"_s, u"changed"_s };
const QStringList ViewKinds { u"added"_s, u"removed"_s, u"renamed"_s, u"changed"_s };

// Every array the issue names is there, and the summary counts what they list.
void checkShape(const QJsonObject &json)
{
    const QJsonObject summary = json.value(u"summary"_s).toObject();
    const auto check = [&](const QString &part, const QStringList &kinds) {
        QVERIFY2(json.value(part).isObject(), qPrintable(part));
        const QJsonObject counts = summary.value(part).toObject();
        for (const QString &kind : kinds) {
            const QJsonValue array = json.value(part).toObject().value(kind);
            QVERIFY2(array.isArray(), qPrintable(part + u'.' + kind));
            QVERIFY2(counts.value(kind).isDouble(), qPrintable(u"summary."_s + part + u'.' + kind));
            QCOMPARE(counts.value(kind).toInt(), array.toArray().size());
            for (const QJsonValue &entry : array.toArray()) {
                QVERIFY(!entry.toObject().value(u"id"_s).toString().isEmpty());
                QVERIFY(entry.toObject().contains(u"name"_s));
                if (part != u"views")
                    QVERIFY(!entry.toObject().value(u"type"_s).toString().isEmpty());
            }
        }
    };
    check(u"elements"_s, ElementKinds);
    check(u"relationships"_s, RelationshipKinds);
    check(u"views"_s, ViewKinds);
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void initTestCase();
    void init();
    void equalModels();
    void smallModels();
    void textGroupedByComponent();
    void examples();
    void baseline();
    void errors_data();
    void errors();
    void reportPdf();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ModelData m_old;
    ModelData m_new;
    QString m_oldFile;
    QString m_newFile;
};

void TestCliDiff::initTestCase()
{
    // old: the sample with an element that goes; new: renamed, added, changed.
    m_old = test::sampleModel();
    const Profile &profile = *m_old.profile;
    m_old.elements.append(Element { ElementId(u"id-e-old"_s),
        m_old.elements.find(ElementId(u"id-e-dc"_s))->type, u"Kho lưu trữ giấy"_s, {}, {}, {} });
    m_new = test::sampleModel();
    m_new.elements.find(ElementId(u"id-e-app"_s))->name = u"Hệ thống quản lý văn bản điện tử"_s;
    m_new.elements.find(ElementId(u"id-e-citizen"_s))
        ->properties.insert(u"owner"_s, u"Sở Nội vụ"_s);
    m_new.elements.append(
        Element { ElementId(u"id-e-new"_s), m_new.elements.find(ElementId(u"id-e-portal"_s))->type,
            u"Ứng dụng di động"_s, {}, {}, {} });
    QVERIFY(profile.elementType(m_new.elements.find(ElementId(u"id-e-new"_s))->type));
}

void TestCliDiff::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_oldFile = m_dir->filePath(u"old.ktm"_s);
    m_newFile = m_dir->filePath(u"new.xml"_s);
    QString error;
    QVERIFY2(ModelFile::save(m_old, m_oldFile, &error), qPrintable(error));
    QVERIFY2(ModelFile::save(m_new, m_newFile, &error), qPrintable(error));
}

void TestCliDiff::equalModels()
{
    for (const QString &file : { m_oldFile, test::example(u"vinhphuc-2.0.xml"_s) }) {
        const test::Run text = kientruc({ u"diff"_s, file, file });
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(u"The two models are the same."_s));
        const test::Run json = kientruc({ u"diff"_s, file, file, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = parse(json.out);
        checkShape(object);
        QCOMPARE(object.value(u"summary"_s).toObject().value(u"equal"_s).toBool(), true);
        for (const QString &kind : ElementKinds)
            QVERIFY(object.value(u"elements"_s).toObject().value(kind).toArray().isEmpty());
    }
}

void TestCliDiff::smallModels()
{
    const test::Run run = kientruc({ u"diff"_s, m_oldFile, m_newFile, u"--json"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.err));
    const QJsonObject json = parse(run.out);
    checkShape(json);
    const QJsonObject elements = json.value(u"elements"_s).toObject();
    QCOMPARE(json.value(u"summary"_s).toObject().value(u"equal"_s).toBool(), false);

    const QJsonObject added = entryOf(elements.value(u"added"_s), u"id-e-new"_s);
    QCOMPARE(added.value(u"name"_s).toString(), u"Ứng dụng di động"_s);
    QCOMPARE(
        added.value(u"type"_s).toString(), m_new.elements.find(ElementId(u"id-e-new"_s))->type);
    QCOMPARE(elements.value(u"added"_s).toArray().size(), 1);

    const QJsonObject removed = entryOf(elements.value(u"removed"_s), u"id-e-old"_s);
    QCOMPARE(removed.value(u"name"_s).toString(), u"Kho lưu trữ giấy"_s);
    QCOMPARE(elements.value(u"removed"_s).toArray().size(), 1);

    const QJsonObject renamed = entryOf(elements.value(u"renamed"_s), u"id-e-app"_s);
    QCOMPARE(renamed.value(u"oldName"_s).toString(), u"Hệ thống quản lý văn bản và điều hành"_s);
    QCOMPARE(renamed.value(u"newName"_s).toString(), u"Hệ thống quản lý văn bản điện tử"_s);
    QCOMPARE(renamed.value(u"name"_s).toString(), u"Hệ thống quản lý văn bản điện tử"_s);
    QVERIFY(!renamed.value(u"type"_s).toString().isEmpty());
    QCOMPARE(elements.value(u"renamed"_s).toArray().size(), 1);

    const QJsonObject changed = entryOf(elements.value(u"changed"_s), u"id-e-citizen"_s);
    const QJsonArray fields = changed.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().toObject(),
        (QJsonObject { { u"key"_s, u"owner"_s }, { u"old"_s, u"UBND tỉnh"_s },
            { u"new"_s, u"Sở Nội vụ"_s } }));
    QCOMPARE(elements.value(u"retyped"_s).toArray().size(), 0);
    QCOMPARE(elements.value(u"moved"_s).toArray().size(), 0);

    // The inverse: what was added is removed.
    const QJsonObject inverse
        = parse(kientruc({ u"diff"_s, m_newFile, m_oldFile, u"--json"_s }).out);
    QVERIFY(!entryOf(inverse.value(u"elements"_s).toObject().value(u"removed"_s), u"id-e-new"_s)
                 .isEmpty());
}

void TestCliDiff::textGroupedByComponent()
{
    const test::Run run = kientruc({ u"diff"_s, m_oldFile, m_newFile });
    QCOMPARE(run.exitCode, 1);
    const Profile &profile = *m_new.profile;
    const auto layerName = [&](const QString &elementId, const ModelData &model) {
        const QString type = model.elements.find(ElementId(elementId))->type;
        return profile.layer(profile.elementType(type)->layer)->name.text(u"en"_s);
    };
    const QString channels = layerName(u"id-e-new"_s, m_new);
    const QString apps = layerName(u"id-e-app"_s, m_new);
    QVERIFY2(run.out.contains(channels + u'\n'), qPrintable(run.out));
    QVERIFY2(run.out.contains(apps + u'\n'), qPrintable(run.out));
    // The added element is listed under its component, with its id, and the rename
    // shows the old name.
    const qsizetype group = run.out.indexOf(channels + u'\n');
    QVERIFY(run.out.indexOf(u"id-e-new"_s, group) > group);
    QVERIFY(run.out.contains(u"“Hệ thống quản lý văn bản và điều hành”"_s));
    // Properties by their names in the profile, values as the profile shows them.
    QVERIFY(run.out.contains(u"Owner agency: UBND tỉnh → Sở Nội vụ"_s));
    QVERIFY(run.out.contains(u"Summary: elements 1 added, 1 removed, 1 renamed"_s));

    // In Vietnamese, the component is named in Vietnamese.
    const test::Run vi = kientruc({ u"diff"_s, m_oldFile, m_newFile }, u"vi"_s);
    QCOMPARE(vi.exitCode, 1);
    QVERIFY2(
        vi.out.contains(
            profile
                .layer(
                    profile.elementType(m_new.elements.find(ElementId(u"id-e-new"_s))->type)->layer)
                ->name.text(u"vi"_s)),
        qPrintable(vi.out));
}

void TestCliDiff::examples()
{
    const QString v1 = test::example(u"vinhphuc-1.0.xml"_s);
    const QString v2 = test::example(u"vinhphuc-2.0.xml"_s);
    const test::Run json = kientruc({ u"diff"_s, v1, v2, u"--json"_s });
    QVERIFY2(json.exitCode == 1, qPrintable(json.err));
    const QJsonObject object = parse(json.out);
    checkShape(object);
    QCOMPARE(object.value(u"framework"_s).toString(), u"vn-egov-2.0"_s);
    const test::Run text = kientruc({ u"diff"_s, v1, v2 });
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains(u"Summary: "_s));
}

void TestCliDiff::baseline()
{
    const QString file = m_dir->filePath(u"f.ktm"_s);
    QString error;
    QVERIFY(ModelFile::save(m_old, file, &error));
    QCOMPARE(kientruc({ u"baseline"_s, file, u"add"_s, u"--name"_s, u"1.0"_s }).exitCode, 0);
    const test::Run same = kientruc({ u"diff"_s, file, u"--baseline"_s, u"1.0"_s });
    QVERIFY2(same.exitCode == 0, qPrintable(same.err + same.out));

    QVERIFY(ModelFile::save(m_new, file, &error)); // keeps the baseline
    const test::Run run = kientruc({ u"diff"_s, file, u"--baseline"_s, u"1.0"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.err));
    const QJsonObject json = parse(run.out);
    checkShape(json);
    QVERIFY(!entryOf(json.value(u"elements"_s).toObject().value(u"renamed"_s), u"id-e-app"_s)
                 .isEmpty());

    const test::Run missing = kientruc({ u"diff"_s, file, u"--baseline"_s, u"2.0"_s });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(
        missing.err.contains(u"%1 has no baseline “2.0”"_s.arg(file)), qPrintable(missing.err));
}

void TestCliDiff::errors_data()
{
    QTest::addColumn<QStringList>("arguments"); // OLD, NEW, DIR stand for the files
    QTest::addColumn<QString>("expected");
    QTest::newRow("one file") << QStringList { u"diff"_s, u"OLD"_s } << u"two files"_s;
    QTest::newRow("three files") << QStringList { u"diff"_s, u"OLD"_s, u"NEW"_s, u"NEW"_s }
                                 << u"two files"_s;
    QTest::newRow("baseline with two files") << QStringList { u"diff"_s, u"OLD"_s, u"OLD"_s,
        u"--baseline"_s, u"a"_s } << u"give one .ktm file"_s;
    QTest::newRow("missing file") << QStringList { u"diff"_s, u"DIR/none.ktm"_s, u"NEW"_s }
                                  << u"DIR/none.ktm does not exist"_s;
    QTest::newRow("unknown extension")
        << QStringList { u"diff"_s, u"OLD"_s, u"DIR/a.txt"_s } << u"DIR/a.txt: unknown file type"_s;
    QTest::newRow("format without report") << QStringList { u"diff"_s, u"OLD"_s, u"NEW"_s,
        u"--format"_s, u"pdf"_s } << u"--report OUT"_s;
    QTest::newRow("unknown report format") << QStringList { u"diff"_s, u"OLD"_s, u"NEW"_s,
        u"--report"_s, u"DIR/r.xyz"_s, u"--format"_s, u"xyz"_s }
                                           << u"unknown format “xyz”"_s;
    QTest::newRow("unknown option")
        << QStringList { u"diff"_s, u"OLD"_s, u"NEW"_s, u"--fast"_s } << u"fast"_s;
}

void TestCliDiff::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    for (QString &argument : arguments)
        argument.replace(u"OLD"_s, m_oldFile)
            .replace(u"NEW"_s, m_newFile)
            .replace(u"DIR"_s, m_dir->path());
    expected.replace(u"DIR"_s, m_dir->path());
    const test::Run run = kientruc(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(u"r.xyz"_s)));
}

void TestCliDiff::reportPdf()
{
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const QString out = m_dir->filePath(u"comparison.pdf"_s);
    const test::Run run = kientruc({ u"diff"_s, test::example(u"vinhphuc-1.0.xml"_s),
        test::example(u"vinhphuc-2.0.xml"_s), u"--report"_s, out, u"--format"_s, u"pdf"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Summary: "_s));
    QProcess info;
    info.start(pdfinfo, { out });
    QVERIFY(info.waitForFinished(60000));
    QCOMPARE(info.exitCode(), 0);
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    const qsizetype at = text.indexOf(u"Pages:"_s);
    QVERIFY2(at >= 0, qPrintable(text));
    QVERIFY(text.mid(at + 6).trimmed().section(u'\n', 0, 0).toInt() >= 2);
}

void TestCliDiff::help()
{
    const test::Run run = kientruc({ u"diff"_s, u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Usage: kientruc diff"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"--baseline NAME"_s));
    QVERIFY(run.out.contains(u"--help"_s));
    QVERIFY(run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_clidiff.moc"
