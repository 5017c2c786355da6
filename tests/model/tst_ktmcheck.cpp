// A .ktm file that another tool (or a damaged disk) has changed is refused with a
// message that names the file, what is wrong and where, by the same rules the
// exchange reader applies (ModelCheck) and SQLite's own quick_check.

#include <model/core/limits.h>
#include <model/io/modelcheck.h>
#include <model/store/ktmstore.h>
#include <support/generatedmodel.h>
#include <support/sqlitedoctor.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;
using test::FirstElementNode;
using test::FirstNode;
using test::LastNodeOfFirstView;

namespace {

// Each inner list runs on a connection of its own (test::executeSql).
using Batches = QList<QStringList>;

// The NOT NULL of a column taken away by rewriting the schema, as a tool could.
QStringList relaxNotNull(const QString &table, const QString &column, const QString &type)
{
    return { u"PRAGMA writable_schema = ON"_s,
        u"UPDATE sqlite_schema SET sql = replace(sql, '%2 %3 NOT NULL', '%2 %3') WHERE name = '%1'"_s
            .arg(table, column, type) };
}

} // namespace

class TestKtmCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validFileLoads();
    void refused_data();
    void refused();
    void deepNesting();

private:
    QString freshModel(const QString &name);
    QTemporaryDir m_dir;
};

void TestKtmCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestKtmCheck::freshModel(const QString &name)
{
    const QString folder = m_dir.filePath(QString(name).replace(u' ', u'-'));
    if (!QDir().mkpath(folder))
        qFatal("cannot create %s", qPrintable(folder));
    const QString path = folder + u"/mô hình.ktm"_s;
    KtmStore store;
    if (!store.save(test::generatedModel(30), path))
        qFatal("%s", qPrintable(store.errorString()));
    return path;
}

void TestKtmCheck::validFileLoads()
{
    const QString path = freshModel(u"valid"_s);
    KtmStore store;
    ModelData data;
    QVERIFY2(store.load(path, data), qPrintable(store.errorString()));
    QCOMPARE(data.elements.size(), 30);
    QVERIFY(ModelCheck::check(data).isEmpty());
    // The generated model nests nodes: the walk of the nesting has something to do.
    bool nested = false;
    for (const View &view : data.views)
        for (const ViewNode &node : view.nodes)
            nested = nested || !node.parent.isNull();
    QVERIFY(nested);
}

void TestKtmCheck::refused_data()
{
    QTest::addColumn<Batches>("damage");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nodes nested in a circle")
        << Batches { { u"UPDATE nodes SET parent = %1 WHERE seq = %2"_s.arg(FirstNode, LastNodeOfFirstView),
               u"UPDATE nodes SET parent = %1 WHERE seq = %2"_s.arg(LastNodeOfFirstView, FirstNode) } }
        << QStringList { u"is nested in itself"_s, u"of view “"_s, u" → "_s };
    QTest::newRow("node nested in itself")
        << Batches { { u"UPDATE nodes SET parent = seq WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"is nested in itself"_s };
    QTest::newRow("element node with NULL element")
        << Batches { { u"UPDATE nodes SET element = NULL WHERE seq = %1"_s.arg(FirstElementNode) } }
        << QStringList { u"shows no element"_s };
    QTest::newRow("element node with a missing element")
        << Batches { { u"UPDATE nodes SET element = 999999 WHERE seq = %1"_s.arg(FirstElementNode) } }
        << QStringList { u"nodes.element refers to 999999"_s };
    QTest::newRow("x +infinite")
        << Batches { { u"UPDATE nodes SET x = 1e999 WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"the node “"_s, u"has a coordinate or size that is not a number"_s };
    QTest::newRow("y -infinite")
        << Batches { { u"UPDATE nodes SET y = -1e999 WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"has a coordinate or size that is not a number"_s };
    QTest::newRow("x beyond the limit")
        << Batches { { u"UPDATE nodes SET x = 5e8 WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"has a coordinate or size that is not a number"_s };
    QTest::newRow("negative width")
        << Batches { { u"UPDATE nodes SET width = -5 WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"has a coordinate or size that is not a number"_s };
    QTest::newRow("x NaN as text")
        << Batches { { u"UPDATE nodes SET x = 'NaN' WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"nodes.x of “"_s, u"“NaN”, which is not a number"_s };
    QTest::newRow("x NULL")
        << Batches { relaxNotNull(u"nodes"_s, u"x"_s, u"REAL"_s),
               { u"UPDATE nodes SET x = NULL WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"nodes.x of “"_s, u"holds NULL, which is not a number"_s };
    QTest::newRow("font size +infinite")
        << Batches { { u"UPDATE nodes SET font_size = 1e999 WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"font size inf"_s };
    QTest::newRow("font size NULL")
        << Batches { relaxNotNull(u"nodes"_s, u"font_size"_s, u"REAL"_s),
               { u"UPDATE nodes SET font_size = NULL WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"nodes.font_size"_s, u"holds NULL"_s };
    QTest::newRow("connection font size -infinite")
        << Batches { { u"UPDATE connections SET font_size = -1e999 WHERE seq = (SELECT min(seq) FROM connections)"_s } }
        << QStringList { u"the connection “"_s, u"font size -inf"_s };
    QTest::newRow("line width too wide")
        << Batches { { u"UPDATE nodes SET line_width = 1000 WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"line width 1000"_s };
    QTest::newRow("bendpoint infinite")
        << Batches { { u"UPDATE bendpoints SET x = 1e999 WHERE (connection, position) = "
                       "(SELECT connection, position FROM bendpoints LIMIT 1)"_s } }
        << QStringList { u"the connection “"_s, u"has a coordinate or size that is not a number"_s };
    QTest::newRow("element id used twice")
        << Batches { { u"DROP INDEX elements_id"_s,
               u"UPDATE elements SET id = (SELECT id FROM elements WHERE seq = 1) WHERE seq = 2"_s } }
        << QStringList { u"is used twice"_s };
    QTest::newRow("relationship with an element's id")
        << Batches { { u"UPDATE relationships SET id = (SELECT id FROM elements LIMIT 1) "
                       "WHERE seq = (SELECT min(seq) FROM relationships)"_s } }
        << QStringList { u"is used twice"_s };
    QTest::newRow("node with an element's id")
        << Batches { { u"UPDATE nodes SET id = (SELECT id FROM elements LIMIT 1) WHERE seq = %1"_s.arg(FirstNode) } }
        << QStringList { u"is used twice"_s };
    QTest::newRow("empty id")
        << Batches { { u"UPDATE elements SET id = '' WHERE seq = 1"_s } }
        << QStringList { u"the identifier “” of an element is empty"_s };
    QTest::newRow("NULL id")
        << Batches { relaxNotNull(u"views"_s, u"id"_s, u"TEXT"_s),
               { u"UPDATE views SET id = NULL WHERE seq = (SELECT min(seq) FROM views)"_s } }
        << QStringList { u"the identifier “” of a view is empty"_s };
    QTest::newRow("control characters in an id")
        << Batches { { u"UPDATE elements SET id = 'id-' || char(1) || char(27) || '[31m' WHERE seq = 1"_s } }
        << QStringList { u"“id-\\u{1}\\u{1b}[31m”"_s, u"holds control characters"_s };
    QTest::newRow("id of 6,000 characters")
        << Batches { { u"UPDATE elements SET id = 'x' || hex(zeroblob(3000)) WHERE seq = 1"_s } }
        << QStringList { u"“x000000"_s, u"…”"_s, u"longer than 1024 characters (it has 6001)"_s };
    QTest::newRow("name too long")
        << Batches { { u"UPDATE elements SET name = hex(zeroblob(2100)) WHERE seq = 1"_s } }
        << QStringList { u"longer than 4096 characters"_s };
    QTest::newRow("relationship to a missing element")
        << Batches { { u"UPDATE relationships SET target = 999999 WHERE seq = (SELECT min(seq) FROM relationships)"_s } }
        << QStringList { u"relationships.target refers to 999999"_s };
    QTest::newRow("connection to a missing node")
        << Batches { { u"UPDATE connections SET source = 999999 WHERE seq = (SELECT min(seq) FROM connections)"_s } }
        << QStringList { u"connections.source refers to 999999"_s };
    QTest::newRow("connection of a missing relationship")
        << Batches { { u"UPDATE connections SET relationship = 999999 "
                       "WHERE seq = (SELECT min(seq) FROM connections WHERE relationship IS NOT NULL)"_s } }
        << QStringList { u"connections.relationship refers to 999999"_s };
    // NOT NULL broken behind the schema's back: SQLite's quick_check finds it.
    QTest::newRow("NULL found by quick_check")
        << Batches { relaxNotNull(u"nodes"_s, u"y"_s, u"REAL"_s),
               { u"UPDATE nodes SET y = NULL WHERE seq = %1"_s.arg(FirstNode) },
               { u"PRAGMA writable_schema = ON"_s,
                   u"UPDATE sqlite_schema SET sql = replace(sql, 'y REAL,', 'y REAL NOT NULL,') "
                   "WHERE name = 'nodes'"_s } }
        << QStringList { u"SQLite finds it corrupt"_s, u"nodes.y"_s };
}

void TestKtmCheck::refused()
{
    QFETCH(Batches, damage);
    QFETCH(QStringList, expected);
    const QString path = freshModel(QString::fromLatin1(QTest::currentDataTag()));
    for (const QStringList &batch : damage)
        QVERIFY(test::executeSql(path, batch));
    KtmStore store;
    ModelData data;
    QVERIFY2(!store.load(path, data), "a damaged file was read as a good one");
    const QString error = store.errorString();
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + u" is damaged: "_s), qPrintable(error));
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(u"“%1” not in: %2"_s.arg(part, error)));
    // Untrusted text is shortened: the message stays readable.
    QVERIFY2(error.size() < 600, qPrintable(error));
    QVERIFY(!error.contains(QChar(1)));
}

// The nesting bound: a chain of limits::MaxNestingDepth groups loads; put in one
// more group by SQL (a save refuses to write it), it is refused.
void TestKtmCheck::deepNesting()
{
    ModelData model = test::generatedModel(30);
    View &view = *model.views.find(model.views.at(0).id);
    const auto group = [](const QString &id, const NodeId &parent, int i) {
        ViewNode node;
        node.id = NodeId(id);
        node.kind = NodeKind::Group;
        node.parent = parent;
        node.bounds = QRectF(i, i, 1000 - 2 * i, 1000 - 2 * i);
        return node;
    };
    view.nodes.append(group(u"id-top"_s, NodeId(), 0));
    NodeId parent;
    for (int i = 0; i < limits::MaxNestingDepth; ++i) {
        view.nodes.append(group(u"id-deep-%1"_s.arg(i), parent, i));
        parent = NodeId(u"id-deep-%1"_s.arg(i));
    }
    const QString path = freshModel(u"deep"_s);
    KtmStore store;
    QVERIFY2(store.save(model, path), qPrintable(store.errorString()));
    ModelData data;
    QVERIFY2(store.load(path, data), qPrintable(store.errorString()));

    QVERIFY(test::executeSql(path, { u"UPDATE nodes SET parent = (SELECT seq FROM nodes WHERE id = 'id-top') "
                            "WHERE id = 'id-deep-0'"_s }));
    QVERIFY(!store.load(path, data));
    const QString error = store.errorString();
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(u"the node “id-deep-%1” of the view “"_s.arg(limits::MaxNestingDepth - 1)),
        qPrintable(error));
    QVERIFY2(error.contains(u"more than %1 levels"_s.arg(limits::MaxNestingDepth)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestKtmCheck)
#include "tst_ktmcheck.moc"
