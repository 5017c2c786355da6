// Copy and paste of diagram parts (model/compose/diagramclipboard): a paste lands on
// the grid, keeps every field of a style, and refuses a fragment beyond the limits every
// model keeps, as a file would be refused (the clipboard holds what any program put there).
#include <support/samplemodel.h>

#include <model/compose/diagramclipboard.h>
#include <model/edit/viewedits.h>
#include <model/model.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTest>

#include <limits>
#include <memory>

using namespace kt;
using namespace Qt::StringLiterals;

class TestClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyAndPaste();
    void pasteRefusesWhatNoModelHolds_data();
    void pasteRefusesWhatNoModelHolds();
    void pasteKeepsTheWholeStyle();
    void addNodeRefusesStyleBeyondLimits();
};

static const ViewId Overall(u"id-v-1"_s);
static const ViewId Second(u"id-v-2"_s);
static const NodeId N2(u"id-n-2"_s); // portal
static const NodeId N3(u"id-n-3"_s); // app

static const ViewNode &node(const Model &model, const NodeId &id, const ViewId &view = Overall)
{
    return *model.view(view)->nodes.find(id);
}

// Copied nodes paste into another view with their top left on the grid point nearest
// the place given.
void TestClipboard::copyAndPaste()
{
    Model model(test::sampleModel());
    std::unique_ptr<QMimeData> mime(DiagramClipboard::copy(model.data(), Overall, {N2, N3}));
    QVERIFY(DiagramClipboard::canPaste(mime.get()));
    QList<NodeId> pasted;
    QString error;
    auto paste = DiagramClipboard::paste(model.data(), Second, mime.get(), QPointF(503, 498),
                                         &pasted, &error);
    QVERIFY2(paste, qPrintable(error));
    QVERIFY(model.apply(*paste));
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(node(model, pasted.first(), Second).bounds.topLeft(), QPointF(500, 500));
}

// A pasted fragment is input like a file: a style, text or coordinate no model may hold
// is refused with a message, before an edit exists (found by fuzz_clipboard: a node's
// font size of 1.7e12 pasted into a model that ModelCheck then refused).
void TestClipboard::pasteRefusesWhatNoModelHolds_data()
{
    QTest::addColumn<QString>("kind"); // nodes or connections
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // in the message
    QTest::newRow("node font size") << u"nodes"_s << u"style/fontSize"_s << QJsonValue(1.7e12)
                                    << u"font size"_s;
    QTest::newRow("node line width") << u"nodes"_s << u"style/lineWidth"_s << QJsonValue(-3)
                                     << u"line width"_s;
    QTest::newRow("connection font size") << u"connections"_s << u"style/fontSize"_s
                                          << QJsonValue(1e300) << u"font size"_s;
    QTest::newRow("node label combining marks")
            << u"nodes"_s << u"label"_s << QJsonValue(u"a"_s + QString(40, QChar(0x0301)))
            << u"a text of the node"_s;
    QTest::newRow("node far away") << u"nodes"_s << u"bounds"_s
                                   << QJsonValue(QJsonArray{2e8, 0, 100, 50}) << u"coordinate"_s;
}

void TestClipboard::pasteRefusesWhatNoModelHolds()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const Model model(test::sampleModel());
    std::unique_ptr<QMimeData> mime(DiagramClipboard::copy(model.data(), Overall, {N2, N3}));
    QVERIFY(mime);
    QJsonObject root = QJsonDocument::fromJson(mime->data(DiagramClipboard::mimeType())).object();
    QJsonArray list = root[kind].toArray();
    QVERIFY(!list.isEmpty());
    QJsonObject first = list.first().toObject();
    const QStringList path = field.split(u'/');
    if (path.size() == 2) {
        QJsonObject inner = first[path.first()].toObject();
        inner[path.last()] = value;
        first[path.first()] = inner;
    } else {
        first[field] = value;
    }
    list[0] = first;
    root[kind] = list;
    mime->setData(DiagramClipboard::mimeType(), QJsonDocument(root).toJson());

    QString error;
    QList<NodeId> pasted;
    const auto paste = DiagramClipboard::paste(model.data(), Second, mime.get(), QPointF(0, 0),
                                               &pasted, &error);
    QVERIFY(!paste);
    QVERIFY2(error.contains(u"cannot be pasted"_s) && error.contains(expected), qPrintable(error));
}

// Every field of a style survives copy and paste (line width and text alignment were
// lost before).
void TestClipboard::pasteKeepsTheWholeStyle()
{
    ModelData data = test::sampleModel();
    View &overall = *data.views.find(Overall);
    NodeStyle style;
    style.fillColor = u"#ffeedd"_s;
    style.lineColor = u"#112233"_s;
    style.fontName = u"Liberation Serif"_s;
    style.fontSize = 11;
    style.fontColor = u"#445566"_s;
    style.textAlignment = TextAlignment::Right;
    style.lineWidth = 3;
    overall.nodes.find(N2)->style = style;
    const ConnectionId line(u"id-c-1"_s);
    QVERIFY(overall.connections.find(line));
    overall.connections.find(line)->style = style;
    const QList<NodeId> copied{overall.connections.find(line)->source,
                               overall.connections.find(line)->target};
    QVERIFY(copied.contains(N2));
    Model model(data);

    std::unique_ptr<QMimeData> mime(DiagramClipboard::copy(model.data(), Overall, copied));
    QList<NodeId> pasted;
    QString error;
    auto paste = DiagramClipboard::paste(model.data(), Second, mime.get(), QPointF(500, 500),
                                         &pasted, &error);
    QVERIFY2(paste, qPrintable(error));
    QVERIFY(model.apply(*paste));
    bool nodeSeen = false;
    for (const NodeId &id : pasted)
        nodeSeen = nodeSeen || node(model, id, Second).style == style;
    QVERIFY(nodeSeen);
    bool lineSeen = false;
    for (const ViewConnection &c : model.view(Second)->connections)
        if (pasted.contains(c.source) && pasted.contains(c.target) && c.style == style)
            lineSeen = true;
    QVERIFY(lineSeen);
}

// The edits that add nodes and connections keep the style rule every file keeps.
void TestClipboard::addNodeRefusesStyleBeyondLimits()
{
    Model model(test::sampleModel());
    ViewNode n = node(model, N2);
    n.id = NodeId::create();
    n.style.fontSize = 2e6;
    AddNode addNode(Second, n);
    QVERIFY(!model.apply(addNode));
    QCOMPARE(model.view(Second)->nodes.contains(n.id), false);

    const View *overall = model.view(Overall);
    QVERIFY(!overall->connections.isEmpty());
    ViewConnection c = overall->connections.at(0);
    c.id = ConnectionId::create();
    c.style.lineWidth = std::numeric_limits<double>::infinity();
    AddConnection addConnection(Overall, c);
    QVERIFY(!model.apply(addConnection));
    QCOMPARE(model.view(Overall)->connections.contains(c.id), false);
}

QTEST_GUILESS_MAIN(TestClipboard)
#include "tst_clipboard.moc"
