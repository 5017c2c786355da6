// The `kientruc` command line, run as a user runs it: exit codes, output, and
// bad input that must leave files on disk as they were.
#include "clirunner.h"

#include <model/compose/geometry.h>
#include <model/modelfile.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using kt::test::Run;
using kt::test::example;
using kt::test::kientruc;

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
}

// Runs SQL statements on an SQLite file (made or changed for a fixture) and returns its bytes.
QByteArray sqliteFile(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open fixture database");
        QSqlQuery query(db);
        for (const QString &statement : statements)
            if (!query.exec(statement))
                qFatal("fixture statement failed");
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture");
    return file.readAll();
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage();
    void newModel();
    void infoOfExample();
    void infoHumanSummary();
    void infoLeavesUnknownDateOut();
    void validateExitCodes();
    void validateFindsErrors();
    void convertRoundTrip();
    void layoutConnections();
    void layoutComponent();
    void badInput_data();
    void badInput();
    void nfdNamesComeOutNfc();
    void messagesAreTranslated();
    void qtMessagesAreTranslated();

private:
    QTemporaryDir m_dir;
    QString m_ktm; // the 2.0 example as .ktm
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(example(u"vinhphuc-2.0.xml"_s)));
    m_ktm = path(u"vinhphuc-2.0.ktm"_s);
    const Run run = kientruc({u"convert"_s, example(u"vinhphuc-2.0.xml"_s), m_ktm});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::usage()
{
    Run run = kientruc({u"help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"convert IN OUT"_s));
    run = kientruc({u"frobnicate"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"frobnicate"_s));
    run = kientruc({u"info"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"Usage"_s));
    run = kientruc({u"info"_s, m_ktm, u"--bogus"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"bogus"_s));
}

void TestCli::newModel()
{
    const QString file = path(u"new.ktm"_s);
    Run run = kientruc({u"new"_s, u"-o"_s, file, u"--province"_s, u"Hà Giang"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = kientruc({u"info"_s, file, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"framework"_s).toString(), u"vn-egov-2.0"_s);
    QCOMPARE(json(run).value(u"province"_s).toString(), u"Hà Giang"_s);
    QCOMPARE(json(run).value(u"elements"_s).toInt(), 0);

    const QByteArray before = fingerprint(file);
    run = kientruc({u"new"_s, u"-o"_s, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"--force"_s));
    QCOMPARE(fingerprint(file), before);
    QCOMPARE(kientruc({u"new"_s, u"-o"_s, file, u"--force"_s}).exitCode, 0);

    const QString xml = path(u"new.xml"_s);
    QCOMPARE(kientruc({u"new"_s, u"-o"_s, xml}).exitCode, 0);
    QCOMPARE(kientruc({u"info"_s, xml}).exitCode, 0);

    run = kientruc({u"new"_s, u"-o"_s, path(u"new.txt"_s)});
    QCOMPARE(run.exitCode, 2);
    run = kientruc({u"new"_s, u"-o"_s, path(u"x.ktm"_s), u"--framework"_s, u"vn-egov-9.9"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"vn-egov-9.9"_s));
    QVERIFY(!QFile::exists(path(u"x.ktm"_s)));
    run = kientruc({u"new"_s});
    QCOMPARE(run.exitCode, 2);
}

void TestCli::infoOfExample()
{
    for (const QString &file : {example(u"vinhphuc-2.0.xml"_s), m_ktm}) {
        const Run run = kientruc({u"info"_s, file, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = json(run);
        QVERIFY(o.value(u"name"_s).toString().contains(u"Vĩnh Phúc"_s));
        QCOMPARE(o.value(u"framework"_s).toString(), u"vn-egov-2.0"_s);
        QVERIFY(o.value(u"elements"_s).isDouble());
        QVERIFY(o.value(u"elements"_s).toInt() >= 60);
        QVERIFY(o.value(u"relationships"_s).toInt() >= 80);
        QVERIFY(o.value(u"views"_s).isDouble());
        const QJsonObject layers = o.value(u"layers"_s).toObject();
        QCOMPARE(layers.size(), 9); // the 7 of the overall diagram, business and data
        int sum = 0;
        for (const QJsonValue &v : layers) {
            QVERIFY(v.toInt() > 0); // all 9 are filled
            sum += v.toInt();
        }
        QCOMPARE(sum, o.value(u"elements"_s).toInt());
        int typeSum = 0;
        for (const QJsonValue &v : o.value(u"types"_s).toObject())
            typeSum += v.toInt();
        QCOMPARE(typeSum, sum);
        QCOMPARE(o.value(u"securityLevels"_s).toObject().value(u"none"_s).toInt(), 0);
    }
}

void TestCli::infoHumanSummary()
{
    const Run run = kientruc({u"info"_s, example(u"vinhphuc-2.0.xml"_s)}, u"vi"_s);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Vĩnh Phúc"_s));
    QVERIFY(run.out.contains(u"Người sử dụng"_s));
    QVERIFY(run.out.contains(u"An toàn thông tin"_s));
}

void TestCli::infoLeavesUnknownDateOut()
{
    // The day of QĐ 2795/QĐ-UBND is in no public source: the example leaves it
    // empty and info prints the decision without a date, never a guessed one.
    const Run run = kientruc({u"info"_s, example(u"vinhphuc-2.0.xml"_s)}, u"en"_s);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Approved by decision: 2795/QĐ-UBND\n"_s), qPrintable(run.out));
    const QJsonObject o = json(kientruc({u"info"_s, example(u"vinhphuc-2.0.xml"_s), u"--json"_s}));
    QCOMPARE(o.value(u"decision"_s).toString(), u"2795/QĐ-UBND"_s);
    QCOMPARE(o.value(u"decisionDate"_s).toString(), QString());
}

void TestCli::validateExitCodes()
{
    const QString empty = path(u"empty-model.ktm"_s);
    QCOMPARE(kientruc({u"new"_s, u"-o"_s, empty}).exitCode, 0);
    Run run = kientruc({u"validate"_s, empty});
    QCOMPARE(run.exitCode, 0);
    // The examples are clean: every element on the overall diagram.
    run = kientruc({u"validate"_s, example(u"vinhphuc-2.0.xml"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"errors"_s).toInt(), 0);
    QCOMPARE(json(run).value(u"warnings"_s).toInt(), 0);
    // An element in no view is a warning: exit 1, unless only errors count.
    const QString unseen = path(u"unseen.xml"_s);
    writeFile(unseen,
              QByteArray("<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/"
                         "archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                         " identifier=\"id-1\"><name>x</name><elements><element identifier=\"id-a\""
                         " xsi:type=\"BusinessActor\"><name>A</name></element></elements></model>\n"));
    run = kientruc({u"validate"_s, unseen, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(json(run).value(u"errors"_s).toInt(), 0);
    QCOMPARE(json(run).value(u"warnings"_s).toInt(), 1);
    QCOMPARE(kientruc({u"validate"_s, unseen, u"--errors-only"_s}).exitCode, 0);
    QCOMPARE(kientruc({u"validate"_s, path(u"nothing.ktm"_s)}).exitCode, 2);
}

void TestCli::validateFindsErrors()
{
    // An information system without a security level and a relationship the
    // framework does not allow, written as an exchange file.
    QFile source(example(u"vinhphuc-2.0.xml"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString xml = QString::fromUtf8(source.readAll());
    const qsizetype at = xml.indexOf(u"propid-kt-securityLevel"_s);
    QVERIFY(at > 0);
    const qsizetype start = xml.lastIndexOf(u"<property "_s, at);
    const qsizetype end = xml.indexOf(u"</property>"_s, at) + 11;
    xml.remove(start, end - start);
    const QString file = path(u"broken.xml"_s);
    writeFile(file, xml.toUtf8());
    const Run run = kientruc({u"validate"_s, file, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    bool found = false;
    for (const QJsonValue &v : json(run).value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"rule"_s).toString() == u"security-level-missing") {
            found = true;
            QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
            QVERIFY(!f.value(u"element"_s).toString().isEmpty());
        }
    }
    QVERIFY(found);
}

void TestCli::convertRoundTrip()
{
    const QString xml = path(u"again.xml"_s);
    const QString ktm = path(u"again.ktm"_s);
    QCOMPARE(kientruc({u"convert"_s, m_ktm, xml}).exitCode, 0);
    QCOMPARE(kientruc({u"convert"_s, xml, ktm}).exitCode, 0);
    const QJsonObject a = json(kientruc({u"info"_s, example(u"vinhphuc-2.0.xml"_s), u"--json"_s}));
    for (const QString &file : {xml, ktm}) {
        QJsonObject b = json(kientruc({u"info"_s, file, u"--json"_s}));
        b.insert(u"file"_s, a.value(u"file"_s));
        QCOMPARE(b, a);
    }
    Run run = kientruc({u"convert"_s, m_ktm, path(u"out.doc"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(path(u"out.doc"_s)));
    run = kientruc({u"convert"_s, path(u"missing.xml"_s), path(u"out.ktm"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"missing.xml"_s));
    QVERIFY(!QFile::exists(path(u"out.ktm"_s)));
    run = kientruc({u"convert"_s, m_ktm, u"/nonexistent-folder/out.ktm"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"/nonexistent-folder/out.ktm"_s));
}

void TestCli::layoutConnections()
{
    const kt::Result<kt::ModelData> source = kt::ModelFile::load(m_ktm);
    QVERIFY(source);
    const qsizetype relationships = source.value().relationships.size();
    QVERIFY(relationships > 0);
    // Those the overall diagram can show: between elements of its layers (the
    // business and data layers appear only in the component architectures).
    qsizetype shown = 0;
    {
        const kt::ModelData &data = source.value();
        const auto overallLayer = [&](const kt::ElementId &id) {
            const kt::ElementType *type = data.profile->elementType(data.elements.find(id)->type);
            return data.profile->layer(type->layer)->placement != kt::LayerPlacement::Component;
        };
        for (const kt::Relationship &r : data.relationships)
            shown += overallLayer(r.source) && overallLayer(r.target);
    }
    QVERIFY(shown > 0);
    const auto overall = [](const kt::ModelData &data) -> const kt::View * {
        for (const kt::View &view : data.views)
            if (view.kind == kt::ViewKind::Overall)
                return &view;
        return nullptr;
    };

    // The shipped overall diagram draws no connection (the default).
    const kt::View *shipped = overall(source.value());
    QVERIFY(shipped);
    QVERIFY(shipped->connections.isEmpty());

    // An overall diagram made before the choice existed (connections, no setting)
    // keeps what it shows.
    const QString kept = path(u"layout-kept.ktm"_s);
    Run run = kientruc({u"layout"_s, m_ktm, u"-o"_s, kept, u"--connections"_s, u"all"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    kt::Result<kt::ModelData> loaded = kt::ModelFile::load(kept);
    QVERIFY(loaded);
    {
        kt::ModelData old = loaded.value();
        old.views.find(overall(old)->id)->settings.remove(u"connections"_s);
        QString error;
        QVERIFY2(kt::ModelFile::save(old, kept, &error), qPrintable(error));
    }
    const qsizetype oldConnections = overall(loaded.value())->connections.size();
    QVERIFY(oldConnections > 0);
    run = kientruc({u"layout"_s, kept});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    loaded = kt::ModelFile::load(kept);
    QVERIFY(loaded);
    QVERIFY(!overall(loaded.value())->settings.contains(u"connections"_s)
            || overall(loaded.value())->settings.value(u"connections"_s) == u"all"_s);
    QCOMPARE(overall(loaded.value())->connections.size(), oldConnections);

    // All: one connection per relationship, routed orthogonally.
    const QString all = path(u"layout-all.ktm"_s);
    run = kientruc({u"layout"_s, m_ktm, u"-o"_s, all, u"--fresh"_s, u"--connections"_s,
                        u"all"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    loaded = kt::ModelFile::load(all);
    QVERIFY(loaded);
    const kt::View *view = overall(loaded.value());
    QVERIFY(view);
    QCOMPARE(view->connections.size(), shown);
    for (const kt::ViewConnection &c : view->connections) {
        QVERIFY(!c.relationship.isNull());
        const QRectF source = view->nodes.find(c.source)->bounds;
        const QRectF target = view->nodes.find(c.target)->bounds;
        // Orthogonal as drawn (the routes go around the other nodes: tst_router).
        const QList<QPointF> drawn = kt::geometry::connectionRoute(source, target, c.bendpoints);
        for (qsizetype i = 0; i + 1 < drawn.size(); ++i)
            QVERIFY(drawn.at(i).x() == drawn.at(i + 1).x() || drawn.at(i).y() == drawn.at(i + 1).y());
    }

    // A refresh keeps the remembered choice; with none the connections go, never
    // the relationships.
    run = kientruc({u"layout"_s, all});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    loaded = kt::ModelFile::load(all);
    QVERIFY(loaded);
    QCOMPARE(overall(loaded.value())->connections.size(), shown);
    run = kientruc({u"layout"_s, all, u"--connections"_s, u"none"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    loaded = kt::ModelFile::load(all);
    QVERIFY(loaded);
    QVERIFY(overall(loaded.value())->connections.isEmpty());
    QCOMPARE(loaded.value().relationships.size(), relationships);

    // none is remembered too.
    run = kientruc({u"layout"_s, all, u"--fresh"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    loaded = kt::ModelFile::load(all);
    QVERIFY(loaded);
    QVERIFY(overall(loaded.value())->connections.isEmpty());

    // The default for a new overall diagram is none.
    kt::ModelData noViews = source.value();
    noViews.views = {};
    const QString fresh = path(u"layout-default.ktm"_s);
    QString error;
    QVERIFY2(kt::ModelFile::save(noViews, fresh, &error), qPrintable(error));
    run = kientruc({u"layout"_s, fresh});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    loaded = kt::ModelFile::load(fresh);
    QVERIFY(loaded);
    QVERIFY(overall(loaded.value()));
    QVERIFY(overall(loaded.value())->connections.isEmpty());
    QCOMPARE(loaded.value().relationships.size(), relationships);

    // Anything else is refused, and nothing is written.
    const QByteArray before = fingerprint(all);
    run = kientruc({u"layout"_s, all, u"--connections"_s, u"some"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--connections"_s) && run.err.contains(u"some"_s),
             qPrintable(run.err));
    QCOMPARE(fingerprint(all), before);
    run = kientruc({u"help"_s});
    QVERIFY(run.out.contains(u"--connections none|all"_s));

    // Band headings: numbered in capitals by default, plain on request, remembered.
    const auto heading = [&](const QString &file) {
        const kt::Result<kt::ModelData> model = kt::ModelFile::load(file);
        for (const kt::ViewNode &node : overall(model.value())->nodes)
            if (node.kind == kt::NodeKind::Group && node.layer == u"users")
                return node.label;
        return QString();
    };
    QVERIFY2(heading(fresh).startsWith(u"1. "_s), qPrintable(heading(fresh)));
    run = kientruc({u"layout"_s, fresh, u"--headings"_s, u"plain"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(heading(fresh), u"Users"_s); // (the tests run the program in English)
    run = kientruc({u"layout"_s, fresh});
    QVERIFY(!heading(fresh).startsWith(u"1. "_s));
    run = kientruc({u"layout"_s, fresh, u"--headings"_s, u"numbered"_s});
    QVERIFY(heading(fresh).startsWith(u"1. "_s));
    run = kientruc({u"layout"_s, fresh, u"--headings"_s, u"bold"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--headings"_s), qPrintable(run.err));
}

void TestCli::layoutComponent()
{
    // The view of a component architecture: only its elements, all relationships
    // among them; a second run refreshes the same view.
    const QString out = path(u"layout-component.ktm"_s);
    kt::ModelData noComponents = kt::ModelFile::load(m_ktm).value();
    QList<kt::ViewId> components;
    for (const kt::View &view : noComponents.views)
        if (view.kind == kt::ViewKind::Component)
            components.append(view.id);
    for (const kt::ViewId &id : components)
        noComponents.views.take(id);
    QString error;
    QVERIFY2(kt::ModelFile::save(noComponents, out, &error), qPrintable(error));
    const qsizetype views = noComponents.views.size();
    Run run = kientruc({u"layout"_s, out, u"--component"_s, u"data"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Data architecture"_s));
    for (int pass = 0; pass < 2; ++pass) {
        const kt::Result<kt::ModelData> loaded = kt::ModelFile::load(out);
        QVERIFY(loaded);
        const kt::ModelData &data = loaded.value();
        QCOMPARE(data.views.size(), views + 1);
        const kt::View &view = data.views.at(data.views.size() - 1);
        QCOMPARE(view.kind, kt::ViewKind::Component);
        QCOMPARE(view.settings.value(u"component"_s), u"data"_s);
        QSet<kt::ElementId> shownElements;
        for (const kt::ViewNode &node : view.nodes) {
            if (node.kind != kt::NodeKind::Element)
                continue;
            shownElements.insert(node.element);
            const QString type = data.elements.find(node.element)->type;
            const kt::ElementType *t = data.profile->elementType(type);
            QVERIFY2(t->layer == u"data" || t->band == u"databases" || t->band == u"integration"
                             || type == u"ndxp" || type == u"national-database",
                     qPrintable(type));
        }
        QVERIFY(shownElements.size() >= 15);
        qsizetype among = 0;
        for (const kt::Relationship &r : data.relationships)
            among += shownElements.contains(r.source) && shownElements.contains(r.target);
        QCOMPARE(view.connections.size(), among);
        if (pass == 0) {
            run = kientruc({u"layout"_s, out, u"--component"_s, u"data"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }

    // An unknown component is refused, naming the known ones; nothing is written.
    const QByteArray before = fingerprint(out);
    run = kientruc({u"layout"_s, out, u"--component"_s, u"moon"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"moon"_s) && run.err.contains(u"business, data, applications"_s),
             qPrintable(run.err));
    QCOMPARE(fingerprint(out), before);
    run = kientruc({u"help"_s});
    QVERIFY(run.out.contains(u"--component ID"_s));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");

    QFile ktm(m_ktm);
    QVERIFY(ktm.open(QIODevice::ReadOnly));
    const QByteArray valid = ktm.readAll();

    QTest::newRow("empty .ktm") << u"empty.ktm"_s << QByteArray() << u"empty"_s;
    QTest::newRow("empty .xml") << u"empty.xml"_s << QByteArray() << u"empty"_s;
    QTest::newRow("text renamed .ktm")
            << u"notes.ktm"_s << QByteArray("Biên bản họp\nngày 5/1/2021\n") << u"SQLite"_s;
    QTest::newRow("SQLite file of another application")
            << u"other.ktm"_s
            << sqliteFile(path(u"fixture-other.sqlite"_s),
                          {u"PRAGMA application_id = 1234"_s,
                           u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s,
                           u"INSERT INTO invoices (total) VALUES (12.5)"_s})
            << u"another application"_s;
    QFile::copy(m_ktm, path(u"fixture-newer.ktm"_s));
    QTest::newRow(".ktm of a newer version")
            << u"newer.ktm"_s
            << sqliteFile(path(u"fixture-newer.ktm"_s), {u"PRAGMA user_version = 99"_s})
            << u"newer version"_s;
    QTest::newRow("truncated .ktm") << u"truncated.ktm"_s << valid.left(valid.size() / 2)
                                    << u"truncated"_s;
    QTest::newRow("XML not well formed")
            << u"malformed.xml"_s
            << QByteArray("<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/"
                          "archimate/3.0/\" identifier=\"id-1\">\n  <name>x</name>\n  <elements>\n"
                          "</model>\n")
            << u"line 5"_s;
    QTest::newRow("XML with DTD and entities")
            << u"dtd.xml"_s
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY x SYSTEM "
                          "\"file:///etc/passwd\"><!ENTITY lol \"lol\">]>\n<model xmlns=\"http://"
                          "www.opengroup.org/xsd/archimate/3.0/\" identifier=\"id-1\"><name>&x;"
                          "&lol;</name></model>\n")
            << u"DTD"_s;
    // (A relationship to a missing element now opens with a finding: tst_clifindings.)
    QTest::newRow("one identifier on an element and a relationship")
            << u"twice.xml"_s
            << QByteArray("<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/"
                          "archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                          " identifier=\"id-1\"><name>x</name><elements><element identifier=\"id-a\""
                          " xsi:type=\"BusinessActor\"><name>A</name></element></elements>"
                          "<relationships><relationship identifier=\"id-a\" source=\"id-a\" "
                          "target=\"id-a\" xsi:type=\"Serving\"/></relationships></model>\n")
            << u"used twice"_s;
    QTest::newRow("name of 1 MB")
            << u"huge.xml"_s
            << (QByteArray("<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/"
                           "archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                           " identifier=\"id-1\"><name>x</name><elements><element identifier=\"id-a\""
                           " xsi:type=\"BusinessActor\"><name>")
                + QByteArray(1 << 20, 'a') + QByteArray("</name></element></elements></model>\n"))
            << u"id-a"_s;
}

void TestCli::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    const QString file = path(name);
    writeFile(file, content);
    const QByteArray before = fingerprint(file);
    for (const QStringList &arguments :
         {QStringList{u"info"_s, file}, QStringList{u"validate"_s, file},
          QStringList{u"convert"_s, file, path(u"converted.ktm"_s)}}) {
        const Run run = kientruc(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"kientruc "_s + arguments.first() + u": "_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(file), qPrintable(run.err));
        QVERIFY2(run.err.contains(messagePart, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(fingerprint(file), before);
    QVERIFY(!QFile::exists(path(u"converted.ktm"_s)));
    QVERIFY(QDir(m_dir.path()).entryList({u"*.tmp*"_s, u"*-journal"_s}).isEmpty());
}

void TestCli::nfdNamesComeOutNfc()
{
    const QString nfc = u"Tỉnh Thừa Thiên Huế"_s;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    const QString file = path(u"nfd.xml"_s);
    writeFile(file, (u"<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/"
                     "archimate/3.0/\" identifier=\"id-1\"><name>"_s
                     + nfd + u"</name></model>\n"_s)
                            .toUtf8());
    const Run run = kientruc({u"info"_s, file, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"name"_s).toString(), nfc);
}

void TestCli::messagesAreTranslated()
{
    const QString missing = path(u"khong-co.ktm"_s);
    const Run en = kientruc({u"info"_s, missing}, u"en"_s);
    const Run vi = kientruc({u"info"_s, missing}, u"vi"_s);
    QCOMPARE(en.exitCode, 2);
    QCOMPARE(vi.exitCode, 2);
    QVERIFY(vi.err.contains(missing));
    QVERIFY2(vi.err != en.err, qPrintable(vi.err));
    const Run help = kientruc({u"help"_s}, u"vi"_s);
    QVERIFY2(help.out.contains(u"Cách dùng"_s) || help.out.contains(u"Cách sử dụng"_s),
             qPrintable(help.out));
}

// Qt's own texts (here the system error of a missing file) come from our qt_vi.ts,
// installed on the command line as in the editor.
void TestCli::qtMessagesAreTranslated()
{
    const QString missing = path(u"khong-co-thu-muc/mo-hinh.xml"_s);
    const Run en = kientruc({u"info"_s, missing}, u"en"_s);
    const Run vi = kientruc({u"info"_s, missing}, u"vi"_s);
    QCOMPARE(vi.exitCode, 2);
    QVERIFY2(en.err.contains(u"No such file or directory"_s), qPrintable(en.err));
    QVERIFY2(vi.err.contains(u"Không có tệp hoặc thư mục này"_s), qPrintable(vi.err));
    QVERIFY2(!vi.err.contains(u"No such file"_s), qPrintable(vi.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
