// Clipboard, arrangement, orthogonal routing and the overview of the canvas.

#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <model/edit/edit.h>
#include <model/edit/viewedits.h>
#include <model/export/painter/diagrampainter.h>
#include <model/compose/arrangement.h>
#include <model/compose/diagramclipboard.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <model/compose/orthogonalrouter.h>
#include <widgets/canvas/overviewwidget.h>
#include <widgets/document/document.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace kt;

namespace {

const ViewId MainView(u"id-v-1"_s);
const ViewId SecondView(u"id-v-2"_s);
const NodeId BandNode(u"id-n-band"_s);
const NodeId N1(u"id-n-1"_s);
const NodeId N2(u"id-n-2"_s);
const NodeId N3(u"id-n-3"_s);
const NodeId Note(u"id-n-note"_s);
const ElementId Citizen(u"id-e-citizen"_s);
const ElementId Portal(u"id-e-portal"_s);
const ElementId App(u"id-e-app"_s);
const RelationshipId R1(u"id-r-1"_s);

// A document of the sample model (or a variant) with a scene on its main view.
struct Canvas
{
    explicit Canvas(ModelData data = test::sampleModel()) :
        document(std::move(data)), scene(&document, MainView)
    {
    }
    const ModelData &data() const { return document.model().data(); }
    const View &view(const ViewId &id = MainView) const { return *document.model().view(id); }
    const ViewNode &node(const NodeId &id, const ViewId &v = MainView) const
    {
        return *view(v).nodes.find(id);
    }

    Document document;
    DiagramScene scene;
};

// Empty when every node's parent comes before it with only its subtree between.
QString preOrderProblem(const View &view)
{
    QList<NodeId> open;
    for (const ViewNode &node : view.nodes) {
        while (!open.isEmpty() && open.last() != node.parent)
            open.removeLast();
        if (!node.parent.isNull() && open.isEmpty())
            return u"node %1 is not inside its parent's subtree"_s.arg(node.id.toString());
        open.append(node.id);
    }
    return {};
}

const ViewConnection *connectionFrom(const View &view, const NodeId &source)
{
    for (const ViewConnection &c : view.connections)
        if (c.source == source)
            return &c;
    return nullptr;
}

// Copies nodes of the main view of `from` and pastes them into a view of `to`;
// empty, or why it failed.
QString copyPaste(const Document &from, Document &to, const ViewId &view,
                  const QList<NodeId> &nodes, const QPointF &at, QList<NodeId> &newNodes)
{
    std::unique_ptr<QMimeData> mime(DiagramClipboard::copy(from.model().data(), MainView, nodes));
    QString error;
    auto edit = mime ? DiagramClipboard::paste(to.model().data(), view, mime.get(), at, &newNodes,
                                               &error)
                     : nullptr;
    if (!edit || !to.push(std::move(edit), &error))
        return error.isEmpty() ? u"nothing pasted"_s : error;
    return {};
}

// Sets a field of the first item of an array of the fragment's JSON.
void alter(QMimeData *mime, const QString &array, const QString &key, const QString &value)
{
    QJsonObject root = QJsonDocument::fromJson(mime->data(DiagramClipboard::mimeType())).object();
    QJsonArray items = root[array].toArray();
    QJsonObject item = items.at(0).toObject();
    item[key] = value;
    items[0] = item;
    root[array] = items;
    mime->setData(DiagramClipboard::mimeType(), QJsonDocument(root).toJson());
}

// Every segment horizontal or vertical, none running through a rectangle's inside.
QString routeProblem(const QPolygonF &route, const QList<QRectF> &rects)
{
    if (route.size() < 2)
        return u"no route"_s;
    for (qsizetype i = 0; i + 1 < route.size(); ++i) {
        const QPointF a = route.at(i);
        const QPointF b = route.at(i + 1);
        if (std::abs(a.x() - b.x()) > 1e-9 && std::abs(a.y() - b.y()) > 1e-9)
            return u"segment %1 is slanted"_s.arg(i);
        for (const QRectF &r : rects)
            for (int k = 0; k <= 400; ++k)
                if (r.adjusted(0.5, 0.5, -0.5, -0.5).contains(a + (b - a) * (k / 400.0)))
                    return u"segment %1 runs through a rectangle"_s.arg(i);
    }
    return {};
}

} // namespace

class TestCanvasFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyPasteSameView()
    {
        Canvas canvas;
        const ModelData before = canvas.data();
        std::unique_ptr<QMimeData> mime(DiagramClipboard::copy(before, MainView, {BandNode, N2}));
        QVERIFY(DiagramClipboard::canPaste(mime.get()));
        QCOMPARE(mime->text(), u"Người dân\nCổng dịch vụ công"_s);
        QList<NodeId> newNodes;
        QString error;
        auto edit = DiagramClipboard::paste(before, MainView, mime.get(), QPointF(703, 408),
                                            &newNodes, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->text(), u"Paste"_s);
        QVERIFY(canvas.scene.push(std::move(edit)));

        QCOMPARE(newNodes.size(), 3); // the band, the node nested in it, n-2
        for (const NodeId &id : newNodes)
            QVERIFY(!before.views.find(MainView)->nodes.contains(id) && canvas.scene.nodeItem(id));
        const ViewNode &band = canvas.node(newNodes.at(0));
        const ViewNode &n1 = canvas.node(newNodes.at(1));
        const ViewNode &n2 = canvas.node(newNodes.at(2));
        QCOMPARE(band.label, canvas.node(BandNode).label);
        QCOMPARE(band.bounds, QRectF(700, 410, 600, 200)); // snapped to 10
        QCOMPARE(n1.parent, band.id);
        QVERIFY(n2.parent.isNull());
        QCOMPARE(n1.bounds, canvas.node(N1).bounds.translated(700, 410));
        QCOMPARE(n2.bounds, canvas.node(N2).bounds.translated(700, 410));
        QCOMPARE(n2.style, canvas.node(N2).style);
        QCOMPARE(preOrderProblem(canvas.view()), QString());

        const ModelData &data = canvas.data();
        QCOMPARE(data.elements.size(), before.elements.size() + 2);
        const Element *citizen = data.elements.find(n1.element);
        const Element *portal = data.elements.find(n2.element);
        QVERIFY(citizen && portal && citizen->id != Citizen && portal->id != Portal);
        QCOMPARE(citizen->name, u"Người dân (copy)"_s);
        Element expected = *data.elements.find(Portal);
        expected.id = portal->id;
        expected.name = u"Cổng dịch vụ công (copy)"_s;
        QCOMPARE(*portal, expected); // every other field copied

        QCOMPARE(data.relationships.size(), before.relationships.size() + 1);
        const ViewConnection *c = connectionFrom(canvas.view(), n1.id);
        QVERIFY(c && c->target == n2.id);
        QCOMPARE(c->bendpoints, QList<QPointF>{QPointF(800, 590)});
        const Relationship *r = data.relationships.find(c->relationship);
        QVERIFY(r && r->id != R1);
        QCOMPARE(r->source, citizen->id);
        QCOMPARE(r->target, portal->id);
        QCOMPARE(r->name, data.relationships.find(R1)->name);

        // Undo gives the model back exactly; redo brings the same nodes back.
        canvas.document.undoStack()->undo();
        KT_COMPARE_MODELS(canvas.data(), before);
        QVERIFY(!canvas.scene.nodeItem(newNodes.first()));
        canvas.document.undoStack()->redo();
        QVERIFY(canvas.scene.nodeItem(newNodes.first()));
        canvas.document.undoStack()->undo();
        KT_COMPARE_MODELS(canvas.data(), before);
    }

    void pasteIntoOtherView()
    {
        Canvas canvas;
        const ModelData before = canvas.data();
        QList<NodeId> newNodes;
        // The second view shows the application already, not the citizen and the portal.
        const QString error = copyPaste(canvas.document, canvas.document, SecondView, {N1, N2, N3},
                                        QPointF(300, 0), newNodes);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ModelData &data = canvas.data();
        QCOMPARE(data.elements.size(), before.elements.size() + 1); // the application's copy
        QCOMPARE(data.relationships.size(), before.relationships.size() + 1); // r-2's copy
        QCOMPARE(newNodes.size(), 3);
        const ViewNode &n1 = canvas.node(newNodes.at(0), SecondView);
        const ViewNode &n2 = canvas.node(newNodes.at(1), SecondView);
        const ViewNode &app = canvas.node(newNodes.at(2), SecondView);
        QCOMPARE(n1.element, Citizen);
        QCOMPARE(n2.element, Portal);
        QVERIFY(app.element != App);
        QCOMPARE(data.elements.find(app.element)->name,
                 data.elements.find(App)->name + u" (copy)"_s);
        QVERIFY(n1.parent.isNull()); // its band was not copied
        QCOMPARE(n1.bounds.topLeft(), QPointF(300, 0));
        QCOMPARE(n2.bounds.topLeft(), QPointF(300, 220));
        const ViewConnection *c = connectionFrom(canvas.view(SecondView), n1.id);
        QVERIFY(c && c->relationship == R1);
        QCOMPARE(c->bendpoints, QList<QPointF>{QPointF(380, 140)});
        c = connectionFrom(canvas.view(SecondView), n2.id);
        const Relationship *r = c ? data.relationships.find(c->relationship) : nullptr;
        QVERIFY(r && r->source == Portal && r->target == app.element);
    }

    void pasteIntoOtherModel()
    {
        Canvas source;
        ModelData other = test::sampleModel();
        other.info.id = ModelId(u"id-other-model"_s);
        Canvas target(other);
        const ModelData &from = source.data();
        const ModelData &to = target.data();
        const ModelData before = to;
        QList<NodeId> newNodes;
        const QString error = copyPaste(source.document, target.document, MainView, {N1, N2},
                                        QPointF(0, 400), newNodes);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(to.elements.size(), before.elements.size() + 2);
        QCOMPARE(to.relationships.size(), before.relationships.size() + 1);
        const ViewNode &n1 = target.node(newNodes.at(0));
        const ViewNode &n2 = target.node(newNodes.at(1));
        QVERIFY(target.scene.nodeItem(n1.id));
        const Element *citizen = to.elements.find(n1.element);
        const Element *portal = to.elements.find(n2.element);
        QVERIFY(citizen && portal);
        QCOMPARE(citizen->name, u"Người dân"_s); // a new model: no "(copy)"
        QCOMPARE(portal->properties, from.elements.find(Portal)->properties);
        const ViewConnection *c = connectionFrom(target.view(), n1.id);
        const Relationship *r = c ? to.relationships.find(c->relationship) : nullptr;
        QVERIFY(r);
        QCOMPARE(r->source, citizen->id);
        QCOMPARE(r->target, portal->id);
        QCOMPARE(r->type, from.relationships.find(R1)->type);
        // Nothing keeps an id of the source model.
        QVERIFY(!source.view().nodes.contains(n1.id) && !source.view().nodes.contains(n2.id));
        QVERIFY(!source.view().connections.contains(c->id) && !from.relationships.contains(r->id));
        QVERIFY(!from.elements.contains(citizen->id) && !from.elements.contains(portal->id));
    }

    void pasteRefuses()
    {
        Canvas canvas;
        std::unique_ptr<QMimeData> unknown(
                DiagramClipboard::copy(canvas.data(), MainView, {N1, N2}));
        alter(unknown.get(), u"elements"_s, u"type"_s, u"no-such-element-type"_s);
        alter(unknown.get(), u"relationships"_s, u"type"_s, u"no-such-relationship-type"_s);
        QString error;
        QVERIFY(!DiagramClipboard::paste(canvas.data(), MainView, unknown.get(), {}, nullptr,
                                         &error));
        QVERIFY2(error.contains(u"no-such-element-type"_s), qPrintable(error));
        QVERIFY2(error.contains(u"no-such-relationship-type"_s), qPrintable(error));

        QMimeData text;
        text.setText(u"Người dân"_s);
        QMimeData damaged;
        damaged.setData(DiagramClipboard::mimeType(), "{\"format\": 1, \"nodes\": [");
        std::unique_ptr<QMimeData> dangling(
                DiagramClipboard::copy(canvas.data(), MainView, {N1, N2}));
        alter(dangling.get(), u"connections"_s, u"target"_s, u"id-n-3"_s); // not in the fragment
        for (const QMimeData *mime : {&text, &damaged, dangling.get()}) {
            error.clear();
            QVERIFY(!DiagramClipboard::paste(canvas.data(), MainView, mime, {}, nullptr, &error));
            QVERIFY(!error.isEmpty());
        }
    }

    void duplicate()
    {
        Canvas canvas;
        QList<NodeId> newNodes;
        auto edit = DiagramClipboard::duplicate(canvas.data(), MainView, {N1, N2}, &newNodes);
        QVERIFY(edit);
        QCOMPARE(edit->text(), u"Duplicate"_s);
        QVERIFY(canvas.scene.push(std::move(edit)));
        QCOMPARE(newNodes.size(), 2);
        const ViewNode &n1 = canvas.node(newNodes.at(0));
        const ViewNode &n2 = canvas.node(newNodes.at(1));
        QCOMPARE(n1.bounds, canvas.node(N1).bounds.translated(20, 20));
        QCOMPARE(n2.bounds, canvas.node(N2).bounds.translated(20, 20));
        QCOMPARE(n1.parent, BandNode); // it lands inside the band
        QVERIFY(n2.parent.isNull());
        QCOMPARE(canvas.data().elements.find(n2.element)->name, u"Cổng dịch vụ công (copy)"_s);
        QCOMPARE(preOrderProblem(canvas.view()), QString());
        QVERIFY(connectionFrom(canvas.view(), n1.id));
    }

    void align_data()
    {
        QTest::addColumn<Arrangement::Alignment>("alignment");
        QTest::addColumn<double>("expected");
        // n-2 (20,260 160x60), n-3 (240,260 200x70), note (480,300 120x40): box 20..600 x 260..340
        QTest::newRow("left") << Arrangement::Alignment::Left << 20.0;
        QTest::newRow("centre") << Arrangement::Alignment::Centre << 310.0;
        QTest::newRow("right") << Arrangement::Alignment::Right << 600.0;
        QTest::newRow("top") << Arrangement::Alignment::Top << 260.0;
        QTest::newRow("middle") << Arrangement::Alignment::Middle << 300.0;
        QTest::newRow("bottom") << Arrangement::Alignment::Bottom << 340.0;
    }

    void align()
    {
        QFETCH(Arrangement::Alignment, alignment);
        QFETCH(double, expected);
        using A = Arrangement::Alignment;
        ModelData data = test::sampleModel();
        data.views.find(MainView)->nodes.find(Note)->bounds = QRectF(480, 300, 120, 40);
        Canvas canvas(data);
        QVERIFY(canvas.scene.push(Arrangement::align(data, MainView, {N2, N3, Note}, alignment)));
        const bool horizontal
                = alignment == A::Left || alignment == A::Centre || alignment == A::Right;
        for (const NodeId &id : {N2, N3, Note}) {
            const QRectF r = canvas.node(id).bounds;
            const QRectF o = data.views.find(MainView)->nodes.find(id)->bounds;
            const QMap<A, double> measured{{A::Left, r.left()},         {A::Centre, r.center().x()},
                                           {A::Right, r.right()},       {A::Top, r.top()},
                                           {A::Middle, r.center().y()}, {A::Bottom, r.bottom()}};
            QCOMPARE(measured.value(alignment), expected);
            QCOMPARE(r.size(), o.size());
            QCOMPARE(horizontal ? r.top() : r.left(), horizontal ? o.top() : o.left());
            QCOMPARE(r.topLeft(), QPointF(std::round(r.left()), std::round(r.top())));
        }
        QVERIFY(!Arrangement::align(canvas.data(), MainView, {N2}, alignment));
    }

    void distribute_data()
    {
        QTest::addColumn<Qt::Orientation>("orientation");
        QTest::addColumn<double>("gap");
        QTest::newRow("horizontally") << Qt::Horizontal << 50.0;
        QTest::newRow("vertically") << Qt::Vertical << 120.0;
    }

    void distribute()
    {
        QFETCH(Qt::Orientation, orientation);
        QFETCH(double, gap);
        const bool horizontal = orientation == Qt::Horizontal;
        ModelData data = test::sampleModel();
        View *old = data.views.find(MainView);
        old->nodes.find(N3)->bounds = QRectF(240, 600, 200, 70);
        old->nodes.find(Note)->bounds = QRectF(480, 340, 120, 40);
        Canvas canvas(data);
        QVERIFY(canvas.scene.push(
                Arrangement::distribute(data, MainView, {Note, N3, N2}, orientation)));
        // In order: n-2, n-3, note horizontally; n-2, note, n-3 vertically.
        QList<QRectF> r;
        for (const NodeId &id : horizontal ? QList{N2, N3, Note} : QList{N2, Note, N3})
            r.append(canvas.node(id).bounds);
        const auto gapAfter = [&](int i) {
            return horizontal ? r.at(i + 1).left() - r.at(i).right()
                              : r.at(i + 1).top() - r.at(i).bottom();
        };
        QCOMPARE(gapAfter(0), gap);
        QCOMPARE(gapAfter(1), gap);
        // The outermost stay; the other axis does not change.
        QCOMPARE(r.first(), old->nodes.find(N2)->bounds);
        QCOMPARE(r.last(), old->nodes.find(horizontal ? Note : N3)->bounds);
        const QRectF middle = old->nodes.find(horizontal ? N3 : Note)->bounds;
        QCOMPARE(horizontal ? r.at(1).y() - middle.y() : r.at(1).x() - middle.x(), 0.0);
        QVERIFY(!Arrangement::distribute(canvas.data(), MainView, {N2, N3}, orientation));
    }

    void alignMovesNestedNodes()
    {
        Canvas canvas;
        const ModelData before = canvas.data();
        // n-1 is listed too, but it moves with its band rather than on its own.
        QVERIFY(canvas.scene.push(Arrangement::align(before, MainView, {BandNode, N1, N3},
                                                     Arrangement::Alignment::Bottom)));
        QCOMPARE(canvas.node(BandNode).bounds, QRectF(0, 130, 600, 200));
        QCOMPARE(canvas.node(N1).bounds, QRectF(20, 170, 160, 60));
        QCOMPARE(canvas.node(N3).bounds, QRectF(240, 260, 200, 70));
        QCOMPARE(canvas.node(N1).parent, BandNode);
        canvas.document.undoStack()->undo();
        KT_COMPARE_MODELS(canvas.data(), before);
    }

    void sameSize()
    {
        Canvas canvas;
        QVERIFY(canvas.scene.push(Arrangement::makeSameSize(canvas.data(), MainView, {N3, N2, Note},
                                                            Arrangement::Sizing::Both)));
        QCOMPARE(canvas.node(N2).bounds, QRectF(20, 260, 200, 70));
        QCOMPARE(canvas.node(Note).bounds, QRectF(480, 260, 200, 70));
        canvas.document.undoStack()->undo();
        QVERIFY(canvas.scene.push(Arrangement::makeSameSize(canvas.data(), MainView, {N2, Note},
                                                            Arrangement::Sizing::Width)));
        QCOMPARE(canvas.node(Note).bounds, QRectF(480, 260, 160, 40));
        QVERIFY(!Arrangement::makeSameSize(canvas.data(), MainView, {N2, Note},
                                           Arrangement::Sizing::Width));
    }

    void orthogonalRoute_data()
    {
        QTest::addColumn<QRectF>("target");
        QTest::addColumn<int>("bendpoints");
        // The source is always (100,100 100x60), centre (150,130).
        QTest::newRow("right, in line") << QRectF(300, 100, 100, 60) << 0;
        QTest::newRow("left, in line") << QRectF(-200, 110, 100, 40) << 0;
        QTest::newRow("below, in line") << QRectF(100, 300, 100, 60) << 0;
        QTest::newRow("above, in line") << QRectF(120, -150, 60, 60) << 0;
        QTest::newRow("right, overlapping in y") << QRectF(300, 130, 100, 60) << 2;
        QTest::newRow("left, overlapping in y") << QRectF(-150, 80, 120, 40) << 2;
        QTest::newRow("below, overlapping in x") << QRectF(150, 260, 120, 60) << 2;
        QTest::newRow("above, overlapping in x") << QRectF(40, -100, 100, 60) << 2;
        QTest::newRow("diagonal, down right, wide") << QRectF(400, 250, 100, 60) << 1;
        QTest::newRow("diagonal, down right, tall") << QRectF(250, 400, 100, 60) << 1;
        QTest::newRow("diagonal, up left") << QRectF(-200, -200, 100, 60) << 1;
        QTest::newRow("diagonal, up right") << QRectF(300, -300, 80, 40) << 1;
        QTest::newRow("diagonal, down left") << QRectF(-100, 300, 60, 60) << 1;
        QTest::newRow("intersecting") << QRectF(150, 130, 100, 60) << 2;
        QTest::newRow("intersecting, wider") << QRectF(50, 120, 300, 100) << 2;
        QTest::newRow("itself") << QRectF(100, 100, 100, 60) << 3;
    }

    void orthogonalRoute()
    {
        QFETCH(QRectF, target);
        QFETCH(int, bendpoints);
        const QRectF source(100, 100, 100, 60);
        const QList<QPointF> bends = OrthogonalRouter::route(source, target);
        QCOMPARE(bends.size(), bendpoints);
        // The route as drawn: from the source's edge through the bendpoints to the target's.
        View view;
        view.nodes.append(ViewNode{N1, NodeKind::Note, {}, {}, source, {}, {}, {}, {}});
        view.nodes.append(ViewNode{N2, NodeKind::Note, {}, {}, target, {}, {}, {}, {}});
        const NodeId end = target == source ? N1 : N2;
        const QPolygonF route = DiagramPainter().connectionRoute(
                view, ViewConnection{ConnectionId(u"c"_s), {}, N1, end, bends, {}, {}, {}});
        QCOMPARE(route.size(), bendpoints + 2);
        const QString problem = routeProblem(route, {source, target});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Both end segments have a length, so both arrowheads show.
        QVERIFY(QLineF(route.at(0), route.at(1)).length() >= 1);
        QVERIFY(QLineF(route.at(route.size() - 2), route.last()).length() >= 1);
        // No orthogonal route leaves a rectangle inside another.
        QVERIFY(OrthogonalRouter::route(QRectF(0, 0, 400, 300), QRectF(99, 99, 50, 50)).isEmpty());
    }

    void routeConnections()
    {
        Canvas canvas;
        const ModelData before = canvas.data();
        QList<ConnectionId> all;
        for (const ViewConnection &c : canvas.view().connections)
            all.append(c.id);
        QVERIFY(canvas.scene.push(OrthogonalRouter::routeConnections(before, MainView, all)));
        const View &view = canvas.view();
        for (const ViewConnection &c : view.connections) {
            const QPolygonF route = canvas.scene.painter().connectionRoute(view, c);
            const QString problem = routeProblem(
                    route, {view.nodes.find(c.source)->bounds, view.nodes.find(c.target)->bounds});
            QVERIFY2(problem.isEmpty(), qPrintable(c.id.toString() + u": "_s + problem));
        }
        QVERIFY(view.connections.find(ConnectionId(u"id-c-1"_s))->bendpoints.isEmpty()); // in line
        QVERIFY(!OrthogonalRouter::routeConnections(canvas.data(), MainView, all));
        canvas.document.undoStack()->undo();
        KT_COMPARE_MODELS(canvas.data(), before);

        QVERIFY(canvas.scene.push(OrthogonalRouter::clearBendpoints(before, MainView, all)));
        for (const ViewConnection &c : view.connections)
            QVERIFY(c.bendpoints.isEmpty());
        QVERIFY(!OrthogonalRouter::clearBendpoints(canvas.data(), MainView, all));
    }

    void overview()
    {
        Canvas canvas;
        DiagramView view(&canvas.scene);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.centerOn(-600, -600); // as far to the top left as it goes
        OverviewWidget overview;
        overview.setView(&view);
        overview.resize(overview.sizeHint());
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));

        // The picture: white between the band and the nodes, n-2 drawn.
        const auto pixelAt = [&](const QPointF &scenePos) {
            const QImage image = overview.grab().toImage();
            return image.pixelColor(
                    (overview.mapFromScene(scenePos) * image.devicePixelRatio()).toPoint());
        };
        const QPointF n2 = canvas.node(N2).bounds.center();
        QCOMPARE(pixelAt(QPointF(300, 230)), QColor(Qt::white));
        QVERIFY(pixelAt(n2) != QColor(Qt::white));
        // Painting shows the cached picture until the refresh interval has passed.
        QVERIFY(canvas.scene.push(
                std::make_unique<MoveNodes>(MainView, QSet<NodeId>{N2}, QPointF(700, 0))));
        QVERIFY(pixelAt(n2) != QColor(Qt::white));
        QTRY_COMPARE(pixelAt(n2), QColor(Qt::white));

        // A click centres the view there; the middle of the overview is the content's centre.
        const auto viewCentre = [&]() { return view.mapToScene(view.viewport()->rect().center()); };
        const auto near = [&](const QPointF &p, double within) {
            return QLineF(viewCentre(), p).length() < within;
        };
        const QPointF content = canvas.scene.painter().contentBounds(canvas.view()).center();
        QVERIFY(!near(content, 100));
        QTest::mouseClick(&overview, Qt::LeftButton, {},
                          QPoint(overview.width() / 2, overview.height() / 2));
        QVERIFY(near(content, 3));
        // Dragging follows the mouse (to a point the view can scroll to).
        const QPointF wanted(450, 150);
        const QPoint at = overview.mapFromScene(wanted).toPoint();
        QTest::mousePress(&overview, Qt::LeftButton, {}, QPoint(10, 10));
        QTest::mouseMove(&overview, at);
        QTest::mouseRelease(&overview, Qt::LeftButton, {}, at);
        QVERIFY(near(wanted, 6));
        overview.setView(nullptr);
        QTest::mouseClick(&overview, Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(near(wanted, 6));
    }
};

QTEST_MAIN(TestCanvasFeatures)
#include "tst_canvasfeatures.moc"
