// The overall-diagram layout (model/layout) and the ReplaceView edit that commits
// it: bands and columns from the profile, tidy sorted grids, no overlaps, stable
// ids, refresh that keeps what the user did, and Vietnamese collation.
#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <model/compose/geometry.h>
#include <model/compose/orthogonalrouter.h>
#include <model/core/language.h>
#include <model/edit/replaceview.h>
#include <model/io/exchangereader.h>
#include <model/layout/bandheadings.h>
#include <model/layout/overalllayout.h>
#include <model/model.h>

#include <QCollator>
#include <QLocale>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace kt;

Q_DECLARE_METATYPE(kt::OverallConnections)
using namespace Qt::StringLiterals;

#include "layoutfixture.h"

using namespace kt::test::layout;

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vietnameseCollation_data();
    void vietnameseCollation();
    void estimatedMeasure();
    void invariants_data();
    void invariants();
    void columnSides_data();
    void columnSides();
    void sortedInGroups();
    void nodeSizes();
    void connections();
    void noConnectionsByDefault();
    void refreshWithoutConnections();
    void connectionsSetting_data();
    void connectionsSetting();
    void deterministic();
    void refreshKeepsUserChanges();
    void refreshGrowsBand();
    void refreshCreatesMissingGroups();
    void refreshBigModel();
    void labelsFollowLanguage();
    void replaceView_data();
    void replaceView();
    void replaceViewRefused();
};

void TestLayout::initTestCase()
{
    setUiLanguage(u"vi"_s);
}

void TestLayout::vietnameseCollation_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("a < \u0103") << u"az"_s << u"\u0103n"_s;
    QTest::newRow("\u0103 < \u00e2") << u"\u0103z"_s << u"\u00e2n"_s;
    QTest::newRow("d < \u0111") << u"dz"_s << u"\u0111a"_s;
    QTest::newRow("Đà Nẵng after D...") << u"D\u01b0\u01a1ng"_s << u"\u0110\u00e0 N\u1eb5ng"_s;
    QTest::newRow("Dzung < Đà Nẵng") << u"Dzung"_s << u"\u0110\u00e0 N\u1eb5ng"_s;
    QTest::newRow("e < \u00ea") << u"ez"_s << u"\u00ea"_s;
    QTest::newRow("o < \u00f4") << u"oz"_s << u"\u00f4"_s;
    QTest::newRow("\u00f4 < \u01a1") << u"\u00f4z"_s << u"\u01a1"_s;
    QTest::newRow("u < \u01b0") << u"uz"_s << u"\u01b0"_s;
    QTest::newRow("ngang < huy\u1ec1n") << u"ma"_s << u"m\u00e0"_s;
    QTest::newRow("huy\u1ec1n < h\u1ecfi") << u"m\u00e0"_s << u"m\u1ea3"_s;
    QTest::newRow("h\u1ecfi < ng\u00e3") << u"m\u1ea3"_s << u"m\u00e3"_s;
    QTest::newRow("ng\u00e3 < s\u1eafc") << u"m\u00e3"_s << u"m\u00e1"_s;
    QTest::newRow("s\u1eafc < n\u1eb7ng") << u"m\u00e1"_s << u"m\u1ea1"_s;
    QTest::newRow("tone after letters") << u"Ha Noi"_s << u"H\u00e0 N\u1ed9i"_s;
}

// The layout sorts names with QCollator(Vietnamese) because this Qt build (ICU)
// honours DOMAIN.md §6; if this fails on a platform, we need our own key.
void TestLayout::vietnameseCollation()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QCollator collator{QLocale(QLocale::Vietnamese)};
    QVERIFY(collator.compare(before, after) < 0);
    QVERIFY(collator.sortKey(before).compare(collator.sortKey(after)) < 0);
}

void TestLayout::estimatedMeasure()
{
    const TextMeasure measure = estimatedTextMeasure();
    const double line = measure(u"X"_s, 1000).height();
    QCOMPARE(line, 1.3 * 9);
    QCOMPARE(measure(u"abcd"_s, 1000).width(), 4 * 0.55 * 9);
    QCOMPARE(measure(u"aaaa bbbb cccc"_s, 10 * 0.55 * 9).height(), 2 * line); // wraps at words
    QCOMPARE(measure(u"aaaaaaaaaaaa"_s, 5 * 0.55 * 9).height(), 3 * line); // long word broken
    QCOMPARE(measure(u"a\nb"_s, 1000).height(), 2 * line);
    QCOMPARE(measure(QString(), 1000), QSizeF());
}

void TestLayout::invariants_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("sample model") << QString();
    QTest::newRow("vinhphuc-2.0") << u"vinhphuc-2.0.xml"_s;
    QTest::newRow("vinhphuc-1.0") << u"vinhphuc-1.0.xml"_s;
    QTest::newRow("generated 5000") << u"5000"_s;
}

void TestLayout::invariants()
{
    QFETCH(QString, source);
    const ModelData data = source.isEmpty() ? test::sampleModel()
            : source.endsWith(u".xml")      ? example(source)
                                            : generatedModel(source.toInt());
    const View view = layout(data);
    const QString problem = checkLayout(data, view, true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(view.kind, ViewKind::Overall);
    QRectF all;
    for (const ViewNode &node : view.nodes)
        all |= node.bounds;
    qInfo("%s: %g x %g, aspect %.2f", qPrintable(source), all.width() + 40, all.height() + 40,
          aspect(view));
    if (source.endsWith(u".xml")) {
        QVERIFY2(aspect(view) >= 1.4 && aspect(view) <= 2.0,
                 qPrintable(QString::number(aspect(view))));
        QCOMPARE(elementNodes(view).size(), overallElementCount(data));
    }
}



void TestLayout::columnSides_data()
{
    QTest::addColumn<QString>("security");
    QTest::addColumn<QString>("governance");
    QTest::addColumn<QString>("external");
    QTest::newRow("swapped") << u"right"_s << u"left"_s << QString();
    QTest::newRow("both left") << u"left"_s << u"left"_s << QString();
    QTest::newRow("both right") << u"right"_s << QString() << QString();
    QTest::newRow("external bottom") << QString() << QString() << u"bottom"_s;
}

void TestLayout::columnSides()
{
    QFETCH(QString, security);
    QFETCH(QString, governance);
    QFETCH(QString, external);
    const ModelData data = example(u"vinhphuc-2.0.xml"_s);
    View settings;
    settings.id = ViewId(u"id-overall"_s);
    settings.kind = ViewKind::Overall;
    if (!security.isEmpty())
        settings.settings.insert(u"securityColumn"_s, security);
    if (!governance.isEmpty())
        settings.settings.insert(u"governanceColumn"_s, governance);
    if (!external.isEmpty())
        settings.settings.insert(u"externalPlacement"_s, external);
    const View view = layout(data, &settings);
    QCOMPARE(view.settings, settings.settings);
    const QString problem = checkLayout(data, view, true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QRectF bands = group(view, u"users"_s)->bounds;
    const auto isLeft = [&](const QString &layer) {
        return group(view, layer)->bounds.right() < bands.left();
    };
    QCOMPARE(isLeft(u"security"_s), security != u"right");
    QCOMPARE(isLeft(u"governance"_s), governance == u"left");
    const QRectF s = group(view, u"security"_s)->bounds;
    const QRectF g = group(view, u"governance"_s)->bounds;
    QCOMPARE(s.height(), g.height());
    QVERIFY(s.right() < g.left() || g.right() < s.left()); // side by side
    const QRectF e = group(view, u"external"_s)->bounds;
    if (external == u"bottom") {
        QVERIFY(e.top() > s.bottom());
        QCOMPARE(e.left(), std::min(s.left(), g.left()));
    } else {
        QVERIFY(e.left() > std::max({s.right(), g.right(), bands.right()}));
    }
}

void TestLayout::sortedInGroups()
{
    ModelData data = test::emptyModel();
    // Added in an order the layout must not keep.
    const QStringList names = {u"\u0110\u00e0 N\u1eb5ng"_s,
                               u"D\u01b0\u01a1ng"_s,
                               u"Dzung"_s,
                               u"m\u1ea1"_s,
                               u"m\u00e1"_s,
                               u"ma"_s,
                               u"\u0103n"_s,
                               u"an"_s};
    for (qsizetype i = 0; i < names.size(); ++i)
        data.elements.append(element(u"id-c"_s + QString::number(i), u"citizen"_s, names.at(i)));
    data.elements.append(element(u"id-z"_s, u"business"_s, u"A"_s)); // later type, first name
    data.elements.append(element(u"id-b"_s, u"citizen"_s, u"zz"_s)); // same name: by id
    data.elements.append(element(u"id-a"_s, u"citizen"_s, u"zz"_s));
    const View view = layout(data);
    QStringList order;
    const ViewNode *users = group(view, u"users"_s);
    for (const ViewNode *node : elementNodes(view)) {
        QCOMPARE(node->parent, users->id);
        order.append(node->element.toString());
    }
    QCOMPARE(order,
             QStringList({u"id-c7"_s, u"id-c6"_s, u"id-c1"_s, u"id-c2"_s, u"id-c0"_s, u"id-c5"_s,
                          u"id-c4"_s, u"id-c3"_s, u"id-a"_s, u"id-b"_s, u"id-z"_s}));
    // Reading order on the canvas is the same: row by row, left to right.
    const QList<const ViewNode *> nodes = elementNodes(view);
    for (qsizetype i = 1; i < nodes.size(); ++i) {
        const QRectF a = nodes.at(i - 1)->bounds, b = nodes.at(i)->bounds;
        QVERIFY(a.top() < b.top() || (a.top() == b.top() && a.right() < b.left()));
    }
}

void TestLayout::nodeSizes()
{
    ModelData data = test::emptyModel();
    data.elements.append(element(u"id-short"_s, u"citizen"_s, u"A"_s));
    data.elements.append(element(u"id-long"_s, u"soc"_s, QString(60, u'x').replace(10, 1, u" "_s)));
    data.elements.append(element(u"id-huge"_s, u"policy"_s, QString(400, u'w')));
    // A second name too long for the widest node in the same group keeps the widest
    // (it once made the group a grid step wider per such name).
    data.elements.append(element(u"id-huge2"_s, u"policy"_s, QString(300, u'v')));
    const LayoutOptions o;
    const View view = layout(data);
    const TextMeasure measure = estimatedTextMeasure();
    const double line = measure(u"X"_s, 1000).height();
    for (const ViewNode *node : elementNodes(view)) {
        const QRectF r = node->bounds;
        QVERIFY(r.width() >= o.minNodeWidth && r.width() <= o.maxNodeWidth);
        QVERIFY(r.height() >= o.nodeHeight);
        const QString &name = data.elements.find(node->element)->name;
        const double text = measure(name, r.width() - o.iconSize - 3 * o.nodePadding).height();
        QVERIFY(text <= r.height()); // the label always fits, if need be taller
        // A band's node ("citizen") is as narrow as three lines allow; a column's
        // ("soc", "policy") takes the column's width, where four lines are allowed.
        const bool column = node->element != ElementId(u"id-short"_s);
        const int lines = column ? o.columnLabelLines : o.maxLabelLines;
        if (r.width() < o.maxNodeWidth) // narrower than the maximum: at most that many lines
            QVERIFY(text <= lines * line + 0.01);
        if (!column && r.width() > o.minNodeWidth) // no narrower width on the grid would do
            QVERIFY(measure(name, r.width() - 10 - o.iconSize - 3 * o.nodePadding).height()
                    > 3 * line);
    }
    QCOMPARE(nodeOf(view, ElementId(u"id-short"_s))->bounds.size(),
             QSizeF(o.minNodeWidth, o.nodeHeight));
    QCOMPARE(nodeOf(view, ElementId(u"id-huge"_s))->bounds.width(), o.maxNodeWidth);
    QVERIFY(nodeOf(view, ElementId(u"id-huge"_s))->bounds.height() > o.nodeHeight);
    QCOMPARE(nodeOf(view, ElementId(u"id-huge2"_s))->bounds.width(), o.maxNodeWidth);
}

void TestLayout::connections()
{
    const ModelData data = example(u"vinhphuc-2.0.xml"_s);
    const View view = layout(data, nullptr, withConnections());
    QCOMPARE(view.connections.size(), overallRelationshipCount(data));
    int bent = 0;
    for (const Relationship &r : data.relationships) {
        const ViewConnection *c = view.connections.find(ConnectionId(u"c-"_s + r.id.toString()));
        if (!inOverall(data, r.source) || !inOverall(data, r.target))
            continue; // an end only in the component architectures (business, data)
        QVERIFY(c);
        QCOMPARE(c->relationship, r.id);
        const ViewNode *source = view.nodes.find(c->source);
        const ViewNode *target = view.nodes.find(c->target);
        QCOMPARE(source->element, r.source);
        QCOMPARE(target->element, r.target);
        // Routed orthogonally around the other nodes: every segment as drawn
        // horizontal or vertical, none through a node that is not an end or holds one;
        // bands are crossed below their titles (tst_router checks the routes in
        // detail, titles included).
        const QList<QPointF> drawn =
                geometry::connectionRoute(source->bounds, target->bounds, c->bendpoints);
        QSet<NodeId> holders;
        for (const ViewNode *n : {source, target})
            for (NodeId p = n->parent; !p.isNull() && !holders.contains(p);
                 p = view.nodes.find(p) ? view.nodes.find(p)->parent : NodeId())
                holders.insert(p);
        for (qsizetype i = 0; i + 1 < drawn.size(); ++i) {
            QVERIFY(drawn.at(i).x() == drawn.at(i + 1).x() || drawn.at(i).y() == drawn.at(i + 1).y());
            for (const ViewNode &other : view.nodes)
                if (!holders.contains(other.id) && other.kind != NodeKind::Group)
                    QVERIFY2(!geometry::segmentEntersInterior(drawn.at(i), drawn.at(i + 1),
                                                              other.bounds),
                             qPrintable(c->id.toString() + u" crosses "_s + other.id.toString()));
        }
        if (!c->bendpoints.isEmpty())
            ++bent;
    }
    QVERIFY(bent > 0); // not all straight by chance: the routes were really made
    QCOMPARE(view.settings.value(u"connections"_s), u"all"_s);
    for (const ViewNode *node : elementNodes(view))
        QCOMPARE(node->id, NodeId(u"n-"_s + node->element.toString()));
}

void TestLayout::noConnectionsByDefault()
{
    const ModelData data = example(u"vinhphuc-2.0.xml"_s);
    QVERIFY(!data.relationships.isEmpty());
    const View view = layout(data);
    QVERIFY(view.connections.isEmpty());
    QVERIFY(!view.settings.contains(u"connections"_s));
    QCOMPARE(elementNodes(view).size(), overallElementCount(data));
}

void TestLayout::refreshWithoutConnections()
{
    // A view with all connections and a plain line from a note; a refresh with None
    // takes the relationship connections away, and only those.
    const ModelData data = example(u"vinhphuc-2.0.xml"_s);
    View view = layout(data, nullptr, withConnections());
    QVERIFY(!view.connections.isEmpty());
    const ViewNode *first = elementNodes(view).first();
    const NodeId firstId = first->id;
    view.nodes.append(ViewNode{NodeId(u"id-note"_s),
                               NodeKind::Note,
                               {},
                               {},
                               QRectF(5, 5, 50, 30),
                               u"note"_s,
                               {},
                               {},
                               {}});
    const ViewConnection line{ConnectionId(u"id-line"_s), {}, NodeId(u"id-note"_s), firstId,
                              {}, {}, {}, {}};
    view.connections.append(line);
    const View refreshed = layout(data, &view, withConnections(OverallConnections::None));
    QCOMPARE(refreshed.connections.size(), 1);
    QCOMPARE(refreshed.connections.at(0), line);
    QCOMPARE(refreshed.nodes.size(), view.nodes.size());
    QVERIFY(!refreshed.settings.contains(u"connections"_s));
    // And back: all relationships shown again, the plain line kept.
    const View again = layout(data, &refreshed, withConnections());
    QCOMPARE(again.connections.size(), overallRelationshipCount(data) + 1);
    QVERIFY(again.connections.contains(ConnectionId(u"id-line"_s)));
}

void TestLayout::connectionsSetting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<OverallConnections>("expected");
    QTest::newRow("none") << u"none"_s << true << OverallConnections::None;
    QTest::newRow("all") << u"all"_s << true << OverallConnections::All;
    QTest::newRow("capitals") << u"All"_s << false << OverallConnections::None;
    QTest::newRow("empty") << QString() << false << OverallConnections::None;
    QTest::newRow("other") << u"some"_s << false << OverallConnections::None;
}

void TestLayout::connectionsSetting()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(OverallConnections, expected);
    const std::optional<OverallConnections> parsed = OverallLayout::parseConnections(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(OverallLayout::connectionsName(expected), text);
    }
    QCOMPARE(OverallLayout::connectionsOf({{OverallLayout::connectionsSetting(), text}}),
             expected);
}

void TestLayout::deterministic()
{
    const ModelData data = generatedModel(500);
    const View first = layout(data);
    QCOMPARE(layout(data), first);
    QCOMPARE(layout(data, &first), first); // a refresh with nothing new changes nothing
}

void TestLayout::refreshKeepsUserChanges()
{
    ModelData data = example(u"vinhphuc-2.0.xml"_s);
    View view = layout(data, nullptr, withConnections());
    view.name = u"My diagram"_s;
    view.settings.insert(u"securityColumn"_s, u"left"_s);
    // The user moves one node within its band, resizes another and adds a note.
    const ViewNode *user = elementNodes(view).first();
    const NodeId usersId = user->parent;
    const QRectF users = view.nodes.find(usersId)->bounds;
    // (Within the gap to its neighbour: the nodes of a fresh band are spread over it.)
    const QRectF moved = user->bounds.translated(7, 3);
    view.nodes.find(user->id)->bounds = moved;
    const NodeId movedId = user->id;
    const ViewNode *other = elementNodes(view).at(40);
    const NodeId resizedId = other->id;
    const QRectF resized = other->bounds.adjusted(0, 0, 10, 10);
    view.nodes.find(resizedId)->bounds = resized;
    view.nodes.append(ViewNode{NodeId(u"id-note"_s),
                               NodeKind::Note,
                               {},
                               {},
                               QRectF(5, 5, 50, 30),
                               u"note"_s,
                               {},
                               {},
                               {}});

    // The model changes: two users more, one channel less.
    const ElementId removed =
            view.nodes.at(view.nodes.indexOf(group(view, u"channels"_s)->id) + 1).element;
    // The model stays whole: the element goes with its relationships.
    Collection<RelationshipId, Relationship> relationships;
    for (const Relationship &r : data.relationships)
        if (r.source != removed && r.target != removed)
            relationships.append(r);
    const qsizetype removedConnections = data.relationships.size() - relationships.size();
    QVERIFY(removedConnections > 0);
    data.relationships = relationships;
    data.elements.take(removed);
    data.elements.append(
            element(u"id-new-1"_s, u"citizen"_s, u"Ng\u01b0\u1eddi d\u00e2n m\u1edbi"_s));
    data.elements.append(element(u"id-new-2"_s, u"firewall"_s, u"T\u01b0\u1eddng l\u1eeda"_s));
    data.relationships.append(
            relationship(u"id-new-r"_s, ElementId(u"id-new-1"_s), ElementId(u"id-new-2"_s)));

    const View refreshed = layout(data, &view, withConnections());
    const QString problem = checkLayout(data, refreshed, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(refreshed.id, view.id);
    QCOMPARE(refreshed.name, view.name);
    QCOMPARE(refreshed.settings, view.settings);
    QCOMPARE(refreshed.nodes.find(movedId)->bounds, moved);
    QCOMPARE(refreshed.nodes.find(resizedId)->bounds.size(), resized.size()); // moved: below
    QCOMPARE(*refreshed.nodes.find(NodeId(u"id-note"_s)), *view.nodes.find(NodeId(u"id-note"_s)));
    QVERIFY(!nodeOf(refreshed, removed));
    QCOMPARE(refreshed.connections.size(), view.connections.size() - removedConnections + 1);
    for (const ViewConnection &c : refreshed.connections)
        QVERIFY(c.id == ConnectionId(u"c-id-new-r"_s) || view.connections.contains(c.id));
    QCOMPARE(nodeOf(refreshed, ElementId(u"id-new-1"_s))->parent, usersId);
    QCOMPARE(nodeOf(refreshed, ElementId(u"id-new-2"_s))->parent, group(view, u"security"_s)->id);
    // Nothing else moved, but for the users band's growth: its row is spread over
    // the band (issue 9), so the new user opens a row; what lies below it in the
    // bands moves down by as much, the columns grow along.
    const double grown = group(refreshed, u"users"_s)->bounds.height() - users.height();
    QVERIFY(grown >= 0);
    for (const ViewNode &node : view.nodes) {
        if (node.kind == NodeKind::Element && node.element == removed)
            continue;
        QRectF expected = node.bounds;
        const bool central = node.bounds.left() >= users.left() && node.bounds.right() <= users.right();
        if (node.id == usersId || (node.kind == NodeKind::Group && !central))
            expected.setHeight(expected.height() + grown);
        else if (central && node.bounds.top() >= users.bottom())
            expected.translate(0, grown);
        QCOMPARE(refreshed.nodes.find(node.id)->bounds, expected);
    }
}

void TestLayout::refreshGrowsBand()
{
    ModelData data = example(u"vinhphuc-2.0.xml"_s);
    const View before = layout(data);
    // A channel node dragged into the users band, where new users would go.
    View view = before;
    const QRectF users = group(view, u"users"_s)->bounds;
    // (the canvas nests a node in the group it is dropped on). Off the grid, as a
    // drag may leave it.
    double room = 0;
    const double middle = widestGap(view, group(view, u"users"_s)->id, &room);
    QVERIFY(room >= 40);
    const NodeId channel = view.nodes.at(view.nodes.indexOf(group(view, u"channels"_s)->id) + 1).id;
    const double narrow = std::floor(room - 25);
    view.nodes.find(channel)->bounds = QRectF(middle - narrow / 2 + 3, users.top() + 30, narrow, 60);
    view.nodes.find(channel)->parent = group(view, u"users"_s)->id;
    for (int i = 0; i < 40; ++i)
        data.elements.append(element(u"id-u"_s + QString::number(i), u"leader"_s,
                                     u"L\u00e3nh \u0111\u1ea1o "_s + QString::number(i)));
    const View refreshed = layout(data, &view);
    const QString problem = checkLayout(data, refreshed, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const double grown = group(refreshed, u"users"_s)->bounds.height() - users.height();
    QVERIFY(grown > 0);
    QCOMPARE(std::fmod(grown, 10), 0.0);
    for (const QString &layer :
         {u"channels"_s, u"data-apps"_s, u"data-apps/databases"_s, u"technology"_s})
        QCOMPARE(group(refreshed, layer)->bounds, group(view, layer)->bounds.translated(0, grown));
    for (const QString &layer : {u"security"_s, u"governance"_s, u"external"_s}) {
        QCOMPARE(group(refreshed, layer)->bounds.top(), group(view, layer)->bounds.top());
        QCOMPARE(group(refreshed, layer)->bounds.height(),
                 group(view, layer)->bounds.height() + grown);
    }
    // The nodes in the columns stay; those in the bands below move with them.
    for (const ViewNode *node : elementNodes(view)) {
        const ViewNode *parent = view.nodes.find(node->parent);
        const QRectF now = refreshed.nodes.find(node->id)->bounds;
        if (node->id == channel || parent->layer == u"users")
            QCOMPARE(now, node->bounds);
        else if (parent->bounds.left() >= users.left() && parent->bounds.right() <= users.right())
            QCOMPARE(now, node->bounds.translated(0, grown));
        else
            QCOMPARE(now, node->bounds);
    }
}

void TestLayout::refreshCreatesMissingGroups()
{
    // The sample's overall view has only the users band, plus nodes and a note of
    // its own; every other group comes, below all it has.
    const ModelData data = test::sampleModel();
    const View &view = data.views.at(0);
    const View refreshed = layout(data, &view, withConnections());
    const QString problem = checkLayout(data, refreshed, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    double bottom = 0;
    for (const ViewNode &node : view.nodes) {
        // All kept as they were, but for the layout's headings: numbered by default
        // in the overall diagram (issue 9).
        ViewNode kept = *refreshed.nodes.find(node.id);
        if (node.kind == NodeKind::Group && !node.layer.isEmpty()) {
            QVERIFY(kept.label.startsWith(u"1. "_s) || kept.label == node.label);
            kept.label = node.label;
        }
        QCOMPARE(kept, node);
        bottom = std::max(bottom, node.bounds.bottom());
    }
    QCOMPARE(refreshed.connections.items().mid(0, 3), view.connections.items());
    // (Only layers that hold elements get a group; the sample has no security layer.)
    int created = 0;
    for (const ViewNode &node : refreshed.nodes)
        if (node.kind == NodeKind::Group && node.parent.isNull() && !view.nodes.contains(node.id)) {
            QVERIFY(node.bounds.top() > bottom);
            ++created;
        }
    QVERIFY(created >= 2);
    QCOMPARE(group(refreshed, u"users"_s)->id, NodeId(u"id-n-band"_s));
    // A sub-band deleted by the user comes back inside its band, which grows.
    const ModelData example2 = example(u"vinhphuc-2.0.xml"_s);
    View lacking = layout(example2);
    const NodeId databases = group(lacking, u"data-apps/databases"_s)->id;
    lacking.nodes.take(databases);
    const View again = layout(example2, &lacking);
    QVERIFY2(checkLayout(example2, again, false).isEmpty(),
             qPrintable(checkLayout(example2, again, false)));
    QCOMPARE(group(again, u"data-apps/databases"_s)->parent, group(again, u"data-apps"_s)->id);
}

void TestLayout::refreshBigModel()
{
    ModelData data = generatedModel(5000);
    const View before = layout(data);
    const ModelData more = generatedModel(5300);
    for (qsizetype i = 5000; i < more.elements.size(); ++i)
        data.elements.append(more.elements.at(i));
    const View after = layout(data, &before);
    const QString problem = checkLayout(data, after, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Every new element of a layer the overall diagram shows gets its node.
    const qsizetype added = overallElementCount(data) - overallElementCount(generatedModel(5000));
    QVERIFY(added > 250);
    QCOMPARE(after.nodes.size(), before.nodes.size() + added);
}


void TestLayout::labelsFollowLanguage()
{
    const ModelData data = example(u"vinhphuc-2.0.xml"_s);
    setUiLanguage(u"en"_s);
    const View english = layout(data);
    setUiLanguage(u"vi"_s);
    const View vietnamese = layout(data);
    QCOMPARE(group(english, u"users"_s)->label, u"1. USERS"_s);
    QCOMPARE(group(vietnamese, u"users"_s)->label,
             BandHeadings::heading(data.profile->layer(u"users"_s)->name.vi, 1));
    QCOMPARE(group(english, u"data-apps/databases"_s)->label, u"Databases"_s);
    // The LGSP band is part of data and applications (component 3): capitals, no
    // number; the components after it keep the framework's numbers.
    QCOMPARE(group(english, u"data-apps/integration"_s)->label,
             u"INTEGRATION AND DATA-SHARING PLATFORM (LGSP)"_s);
    QVERIFY(group(english, u"technology"_s)->label.startsWith(u"4. "_s));
}

void TestLayout::replaceView_data()
{
    QTest::addColumn<bool>("replace");
    QTest::newRow("new view") << false;
    QTest::newRow("refresh existing") << true;
}

void TestLayout::replaceView()
{
    QFETCH(bool, replace);
    Model model(test::sampleModel());
    const ModelData original = model.data();
    const View view = layout(original, replace ? &original.views.at(0) : nullptr);
    ReplaceView edit(view);
    QCOMPARE(edit.text(), u"Create/refresh the overall diagram"_s);
    QString error;
    QVERIFY2(model.apply(edit, &error), qPrintable(error));
    QCOMPARE(*model.view(view.id), view);
    QCOMPARE(model.data().views.indexOf(view.id), replace ? 0 : original.views.size());
    model.revert(edit);
    KT_COMPARE_MODELS(model.data(), original);
    QVERIFY(model.apply(edit, &error)); // redo
    QCOMPARE(*model.view(view.id), view);
}

void TestLayout::replaceViewRefused()
{
    Model model(test::sampleModel());
    const ModelData original = model.data();
    View view = layout(original);
    view.nodes.append(ViewNode{NodeId(u"id-bad"_s),
                               NodeKind::Element,
                               ElementId(u"id-none"_s),
                               {},
                               QRectF(0, 0, 10, 10),
                               {},
                               {},
                               {},
                               {}});
    ReplaceView edit(view);
    QString error;
    QVERIFY(!model.apply(edit, &error));
    QVERIFY(error.contains(u"id-none"_s));
    KT_COMPARE_MODELS(model.data(), original);
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
