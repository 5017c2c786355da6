// Routes around obstacles (issue 9: connections routed orthogonally by default):
// in the component architectures of both examples no line crosses a box that is
// not one of its ends or holds one, nor the title of a band it passes over;
// every route is orthogonal and keeps an end segment at both ends; the same
// input gives the same bendpoints; a wall is gone around, a band is crossed,
// lines through one gap are spread, a walled-in end falls back at once.
#include <model/compose/geometry.h>
#include <model/compose/orthogonalrouter.h>
#include <model/export/componentdiagram.h>
#include <model/export/painter/diagramstyle.h>
#include <model/io/exchangereader.h>

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

ModelData example(const QString &name)
{
    ModelData data;
    ExchangeReader reader;
    if (!reader.readFile(QStringLiteral(KT_SOURCE_DIR "/resources/examples/") + name, data))
        qFatal("%s", qPrintable(reader.errorString()));
    return data;
}

// Written apart from the router's own test, so that a mistake there shows here.
// A point within a millionth of a unit of an edge is on it (a route's end is
// computed where the line from the centre leaves the box).
bool crossesInside(const QPointF &a, const QPointF &b, const QRectF &box)
{
    const QRectF r = box.adjusted(1e-6, 1e-6, -1e-6, -1e-6);
    const double left = std::min(a.x(), b.x());
    const double right = std::max(a.x(), b.x());
    const double top = std::min(a.y(), b.y());
    const double bottom = std::max(a.y(), b.y());
    const bool insideX = left > r.left() && left < r.right();
    const bool insideY = top > r.top() && top < r.bottom();
    if (left == right && top == bottom)
        return insideX && insideY;
    if (left == right)
        return insideX && top < r.bottom() && bottom > r.top();
    return insideY && left < r.right() && right > r.left();
}

QSet<NodeId> endsAndHolders(const View &view, const ViewConnection &c)
{
    QSet<NodeId> ids;
    for (NodeId id : {c.source, c.target})
        for (int depth = 0; !id.isNull() && depth < 100; ++depth) {
            ids.insert(id);
            const ViewNode *node = view.nodes.find(id);
            id = node ? node->parent : NodeId();
        }
    return ids;
}

// Where a connection may not pass: a box's inside, or of a band or group that
// is not an end, the title as drawn (measured in the diagram's title font).
QRectF forbidden(const ViewNode &node, const ViewConnection &c)
{
    if (node.kind != NodeKind::Group || node.id == c.source || node.id == c.target)
        return node.bounds;
    const double width = QFontMetricsF(DiagramStyle::groupFont()).horizontalAdvance(node.label);
    return QRectF(node.bounds.left() + 8, node.bounds.top() + 1,
                  std::min(width, node.bounds.width() - 16), DiagramStyle::groupHeaderHeight - 4);
}

// What is wrong with the drawn routes of the view's connections, or nothing.
QString problems(const View &view)
{
    for (const ViewConnection &c : view.connections) {
        const ViewNode *source = view.nodes.find(c.source);
        const ViewNode *target = view.nodes.find(c.target);
        if (!source || !target)
            continue;
        const QList<QPointF> route =
                geometry::connectionRoute(source->bounds, target->bounds, c.bendpoints);
        const QString name = c.id.toString() + u": "_s;
        for (qsizetype i = 0; i + 1 < route.size(); ++i)
            if (route.at(i).x() != route.at(i + 1).x() && route.at(i).y() != route.at(i + 1).y())
                return name + u"slanted segment %1"_s.arg(i);
        // Both ends keep a segment with a length for an arrowhead, ending on the box.
        const auto lastLength = [](const QList<QPointF> &points) {
            for (qsizetype i = points.size() - 1; i > 0; --i)
                if (QLineF(points.at(i - 1), points.at(i)).length() > 0.5)
                    return QLineF(points.at(i - 1), points.at(i)).length();
            return 0.0;
        };
        QList<QPointF> reversed(route.rbegin(), route.rend());
        if (lastLength(route) < 1 || lastLength(reversed) < 1)
            return name + u"an end without a segment"_s;
        const QSet<NodeId> allowed = endsAndHolders(view, c);
        for (const ViewNode &node : view.nodes) {
            if (allowed.contains(node.id) && node.id != c.source && node.id != c.target)
                continue;
            for (qsizetype i = 0; i + 1 < route.size(); ++i)
                if (crossesInside(route.at(i), route.at(i + 1), forbidden(node, c)))
                    return name + u"segment %1 crosses %2"_s.arg(i).arg(node.id.toString());
        }
    }
    return {};
}

ViewNode box(const QString &id, const QRectF &bounds)
{
    ViewNode node;
    node.id = NodeId(id);
    node.kind = NodeKind::Note;
    node.bounds = bounds;
    return node;
}

ViewConnection line(const QString &id, const QString &source, const QString &target)
{
    return ViewConnection{ConnectionId(id), {}, NodeId(source), NodeId(target), {}, {}, {}, {}};
}

View routed(View view, qsizetype *fallbacks = nullptr)
{
    const OrthogonalRouter::Routes routes =
            OrthogonalRouter::routeAround(view, QList<ViewConnection>(view.connections.begin(),
                                                                      view.connections.end()));
    for (const ViewConnection &c : QList<ViewConnection>(view.connections.begin(),
                                                         view.connections.end()))
        view.connections.find(c.id)->bendpoints = routes.bendpoints.value(c.id);
    if (fallbacks)
        *fallbacks = routes.fallbacks;
    return view;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void componentViews_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("component");
        for (const QString &file : {u"vinhphuc-2.0.xml"_s, u"vinhphuc-1.0.xml"_s})
            for (const QString &component : {u"business"_s, u"data"_s, u"applications"_s,
                                             u"technology"_s, u"security"_s, u"information"_s})
                QTest::newRow(qPrintable(file + u' ' + component)) << file << component;
    }

    void componentViews()
    {
        QFETCH(QString, file);
        QFETCH(QString, component);
        const ModelData data = example(file);
        const ComponentArchitecture *c = data.profile->component(component);
        if (!c)
            QSKIP("the example's framework has no such component");
        const View view = ComponentDiagram::build(data, *c, nullptr, true);
        if (view.connections.isEmpty())
            QSKIP("no relationships in this component");
        const QString problem = problems(view);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Every connection went around: none kept the simple route for want of a way.
        qsizetype fallbacks = -1;
        routed(view, &fallbacks);
        QCOMPARE(fallbacks, 0);
        // The same input, the same bendpoints.
        const View again = ComponentDiagram::build(data, *c, nullptr, true);
        QCOMPARE(again.connections.size(), view.connections.size());
        for (const ViewConnection &line : view.connections)
            QCOMPARE(again.connections.find(line.id)->bendpoints, line.bendpoints);
    }

    void wallIsGoneAround()
    {
        View view;
        view.nodes.append(box(u"s"_s, QRectF(0, 0, 100, 60)));
        view.nodes.append(box(u"t"_s, QRectF(500, 0, 100, 60)));
        // A wall of touching boxes from y = -300 to 400 between them.
        for (int i = 0; i < 10; ++i)
            view.nodes.append(box(u"w"_s + QString::number(i), QRectF(250, -300 + 70 * i, 60, 70)));
        view.connections.append(line(u"c"_s, u"s"_s, u"t"_s));
        // The simple route runs straight through the wall.
        QVERIFY(OrthogonalRouter::route(QRectF(0, 0, 100, 60), QRectF(500, 0, 100, 60)).isEmpty());
        qsizetype fallbacks = -1;
        const View after = routed(view, &fallbacks);
        QCOMPARE(fallbacks, 0);
        const QString problem = problems(after);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QList<QPointF> &bends = after.connections.at(0).bendpoints;
        QVERIFY(bends.size() >= 2);
        // Over the top or below the bottom of the wall.
        bool around = false;
        for (const QPointF &p : bends)
            around = around || p.y() < -300 || p.y() > 400;
        QVERIFY(around);
    }

    // A band between the ends is crossed, below its title, not gone around.
    void bandsAreCrossedNotGoneAround()
    {
        View view;
        ViewNode band = box(u"band"_s, QRectF(-20, 200, 1040, 120));
        band.kind = NodeKind::Group;
        band.label = u"Các hệ thống ngoài"_s;
        view.nodes.append(band);
        view.nodes.append(box(u"s"_s, QRectF(420, 0, 100, 60)));
        view.nodes.append(box(u"t"_s, QRectF(450, 500, 100, 60)));
        // Where the straight route would pass the title, the title is in the way.
        view.nodes.append(box(u"far"_s, QRectF(40, 0, 100, 60)));
        view.nodes.append(box(u"under"_s, QRectF(40, 500, 100, 60)));
        view.connections.append(line(u"c"_s, u"s"_s, u"t"_s));
        view.connections.append(line(u"d"_s, u"far"_s, u"under"_s));
        qsizetype fallbacks = -1;
        const View after = routed(view, &fallbacks);
        QCOMPARE(fallbacks, 0);
        const QString problem = problems(after);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const ViewConnection &c : after.connections)
            for (const QPointF &p : c.bendpoints)
                QVERIFY2(p.x() > -20 && p.x() < 1020,
                         qPrintable(c.id.toString() + u" goes round the band"_s));
    }

    void linesThroughOneGapAreSpread()
    {
        View view;
        for (int i = 0; i < 3; ++i) {
            view.nodes.append(box(u"s"_s + QString::number(i), QRectF(0, 100 * i, 100, 60)));
            view.nodes.append(box(u"t"_s + QString::number(i), QRectF(700, 100 * i, 100, 60)));
            view.connections.append(line(u"c"_s + QString::number(i), u"s"_s + QString::number(i),
                                         u"t"_s + QString::number(i)));
        }
        // A wall with one gap, 40 high, at y 180..220.
        view.nodes.append(box(u"w1"_s, QRectF(330, -400, 60, 580)));
        view.nodes.append(box(u"w2"_s, QRectF(330, 220, 60, 580)));
        qsizetype fallbacks = -1;
        const View after = routed(view, &fallbacks);
        QCOMPARE(fallbacks, 0);
        const QString problem = problems(after);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Each passes the gap at its own height.
        QSet<double> heights;
        for (const ViewConnection &c : after.connections) {
            const QList<QPointF> route = geometry::connectionRoute(
                    after.nodes.find(c.source)->bounds, after.nodes.find(c.target)->bounds,
                    c.bendpoints);
            for (qsizetype i = 0; i + 1 < route.size(); ++i)
                if (route.at(i).y() == route.at(i + 1).y()
                    && std::min(route.at(i).x(), route.at(i + 1).x()) <= 330
                    && std::max(route.at(i).x(), route.at(i + 1).x()) >= 390)
                    heights.insert(route.at(i).y());
        }
        QCOMPARE(heights.size(), 3);
        for (double y : heights)
            QVERIFY2(y > 180 && y < 220, qPrintable(QString::number(y)));
    }

    void walledInFallsBack()
    {
        View view;
        view.nodes.append(box(u"s"_s, QRectF(-600, 0, 100, 60)));
        view.nodes.append(box(u"t"_s, QRectF(0, 0, 100, 60)));
        // A closed ring of touching boxes around the target.
        view.nodes.append(box(u"n"_s, QRectF(-100, -100, 300, 60)));
        view.nodes.append(box(u"s2"_s, QRectF(-100, 100, 300, 60)));
        view.nodes.append(box(u"w"_s, QRectF(-100, -40, 60, 140)));
        view.nodes.append(box(u"e"_s, QRectF(140, -40, 60, 140)));
        view.connections.append(line(u"c"_s, u"s"_s, u"t"_s));
        QElapsedTimer timer;
        timer.start();
        qsizetype fallbacks = -1;
        const View after = routed(view, &fallbacks);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(fallbacks, 1);
        // The simple route stands.
        QCOMPARE(after.connections.at(0).bendpoints,
                 OrthogonalRouter::route(QRectF(-600, 0, 100, 60), QRectF(0, 0, 100, 60)));
    }

    void unobstructedKeepTheSimpleShapes_data()
    {
        QTest::addColumn<QRectF>("target");
        QTest::newRow("in line") << QRectF(400, 0, 100, 60);
        QTest::newRow("Z") << QRectF(300, 200, 100, 60);
        QTest::newRow("L") << QRectF(500, 300, 100, 60);
        QTest::newRow("above, Z") << QRectF(40, -300, 100, 60);
    }

    void unobstructedKeepTheSimpleShapes()
    {
        QFETCH(QRectF, target);
        const QRectF source(0, 0, 100, 60);
        View view;
        view.nodes.append(box(u"s"_s, source));
        view.nodes.append(box(u"t"_s, target));
        view.nodes.append(box(u"far"_s, QRectF(-2000, -2000, 100, 60)));
        view.connections.append(line(u"c"_s, u"s"_s, u"t"_s));
        const View after = routed(view);
        QCOMPARE(after.connections.at(0).bendpoints, OrthogonalRouter::route(source, target));
    }

    void endsThatShareASideAreSpread()
    {
        View view;
        view.nodes.append(box(u"hub"_s, QRectF(0, 0, 200, 60)));
        for (int i = 0; i < 3; ++i) {
            view.nodes.append(box(u"t"_s + QString::number(i), QRectF(-300 + 300 * i, 300, 100, 60)));
            view.connections.append(line(u"c"_s + QString::number(i), u"hub"_s,
                                         u"t"_s + QString::number(i)));
        }
        const View after = routed(view);
        const QString problem = problems(after);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Three lines leave the hub at three places, not at one.
        QSet<QString> starts;
        for (const ViewConnection &c : after.connections) {
            const QList<QPointF> route = geometry::connectionRoute(
                    QRectF(0, 0, 200, 60), after.nodes.find(c.target)->bounds, c.bendpoints);
            const QPointF start = route.constFirst();
            QVERIFY(start.x() == 0 || start.x() == 200 || start.y() == 0 || start.y() == 60);
            starts.insert(u"%1 %2"_s.arg(start.x()).arg(start.y()));
        }
        QCOMPARE(starts.size(), 3);
    }
};

QTEST_MAIN(TestRouter)
#include "tst_router.moc"
