// The composer turns intents into edits without a scene: each intent is checked
// for what it changes, apply -> revert gives back the model, and a refusal says why.
#include <support/exchangefixtures.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <model/compose/arrangement.h>
#include <model/compose/diagramclipboard.h>
#include <model/compose/diagramcomposer.h>
#include <model/compose/geometry.h>
#include <model/compose/modeldeletion.h>
#include <model/compose/orthogonalrouter.h>
#include <model/compose/viewqueries.h>
#include <model/edit/viewedits.h>
#include <model/meta/profile.h>
#include <model/meta/profileloader.h>
#include <model/model.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QMimeData>
#include <QTest>

#include <cmath>

using namespace kt;
using namespace Qt::StringLiterals;

class TestCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validBounds_data();
    void validBounds();
    void farNodeCanBeMovedBack();
    void importLimitIsTheEditLimit();
    void nodeSizeForLabel_data();
    void nodeSizeForLabel();
    void placeElement();
    void placeRefused_data();
    void placeRefused();
    void placeGroupAndNote();
    void legendAndTitleBlock();
    void addElements();
    void connectOptions_data();
    void connectOptions();
    void connectAndReverse();
    void moveTakesOutermostOnly();
    void moveRenests_data();
    void moveRenests();
    void gesturesMergeOnlyWithinThemselves_data();
    void gesturesMergeOnlyWithinThemselves();
    void resizeAndBendpoint();
    void rename_data();
    void rename();
    void removeFromViewTakesNodesAndLines();
    void showRelationshipsAmongSelected();
    void usageAndDeleteFromModel();
    void outermostAndSubtreeInDamagedView();
    void arrangeAndRoute();
    void sizesFromTheProfile();
    void sideColumnsFromTheProfile();
};

static const ViewId Overall(u"id-v-1"_s);
static const ViewId Second(u"id-v-2"_s);
static const NodeId BandNode(u"id-n-band"_s);
static const NodeId N1(u"id-n-1"_s); // citizen, in the band
static const NodeId N2(u"id-n-2"_s); // portal
static const NodeId N3(u"id-n-3"_s); // app
static const NodeId Note(u"id-n-note"_s);

// Ten units a character, lines as wide as allowed, 20 units a line.
static QSizeF fixedMeasure(const QString &text, double maxWidth)
{
    const double width = text.size() * 10.0;
    const double lines = std::max(1.0, std::ceil(width / maxWidth));
    return QSizeF(std::min(width, maxWidth), lines * 20);
}

// Applies the composition's edit, checks it reverts to `before`, applies it again.
static void applyAndCheckRevert(Model &model, Composition &c)
{
    QVERIFY2(c.edit, qPrintable(c.error));
    const ModelData before = model.data();
    QString error;
    QVERIFY2(model.apply(*c.edit, &error), qPrintable(error));
    const ModelData after = model.data();
    model.revert(*c.edit);
    KT_COMPARE_MODELS(model.data(), before);
    QVERIFY(model.apply(*c.edit, &error));
    KT_COMPARE_MODELS(model.data(), after);
}

static const ViewNode &node(const Model &model, const NodeId &id, const ViewId &view = Overall)
{
    return *model.view(view)->nodes.find(id);
}

void TestCompose::validBounds_data()
{
    QTest::addColumn<QRectF>("bounds");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ordinary") << QRectF(10, 20, 140, 60) << true;
    QTest::newRow("negative position") << QRectF(-500, -20, 140, 60) << true;
    QTest::newRow("far but inside") << QRectF(5e7, 0, 140, 60) << true;
    QTest::newRow("at the limit") << QRectF(-geometry::MaxCoordinate, 0, 10, 10) << true;
    QTest::newRow("beyond") << QRectF(2e8, 0, 140, 60) << false;
    QTest::newRow("too wide") << QRectF(0, 0, 2e8, 60) << false;
    QTest::newRow("negative size") << QRectF(0, 0, -1, 60) << false;
    QTest::newRow("not a number") << QRectF(std::nan(""), 0, 10, 10) << false;
    QTest::newRow("infinite") << QRectF(0, INFINITY, 10, 10) << false;
}

void TestCompose::validBounds()
{
    QFETCH(QRectF, bounds);
    QFETCH(bool, valid);
    QCOMPARE(geometry::isValidBounds(bounds), valid);
}

// A node far away (as a file may hold) could not be moved at all while edits had
// a smaller limit than reading.
void TestCompose::farNodeCanBeMovedBack()
{
    ModelData data = test::sampleModel();
    data.views.find(Overall)->nodes.find(N2)->bounds = QRectF(5e7, 260, 160, 60);
    Model model(data);
    const DiagramComposer composer(model.data(), Overall, fixedMeasure);
    Composition nudge = composer.moveNodes({N2}, QPointF(-10, 0), false);
    applyAndCheckRevert(model, nudge);
    QCOMPARE(node(model, N2).bounds.x(), 5e7 - 10);
    Composition back = DiagramComposer(model.data(), Overall).moveNodes(
            {N2}, QPointF(20 - node(model, N2).bounds.x(), 0), false);
    applyAndCheckRevert(model, back);
    QCOMPARE(node(model, N2).bounds.topLeft(), QPointF(20, 260));
    Composition resize = DiagramComposer(model.data(), Overall)
                                 .resizeNode(N2, QRectF(20, 260, 300, 100));
    applyAndCheckRevert(model, resize);

    // Beyond the limit, the composer refuses and says why; nothing is pushed.
    const Composition tooFar =
            DiagramComposer(model.data(), Overall).moveNodes({N2}, QPointF(2e8, 0), false);
    QVERIFY(!tooFar);
    QVERIFY(tooFar.error.contains(u"too far"_s));
}

void TestCompose::importLimitIsTheEditLimit()
{
    ModelData far = test::sampleModel();
    far.views.find(Overall)->nodes.find(N2)->bounds = QRectF(5e7, 260, 160, 60);
    const QByteArray xml = test::toXml(far);
    QVERIFY(!xml.isEmpty());
    ModelData read;
    QString error;
    QVERIFY2(test::fromXml(xml, &read, &error), qPrintable(error));
    Model model(read);
    Composition move = DiagramComposer(model.data(), Overall).moveNodes({N2}, QPointF(-5e7, 0), false);
    applyAndCheckRevert(model, move);
    QCOMPARE(node(model, N2).bounds.x(), 0.0);

    // A diagram spanning the whole range both ways round trips (the writer
    // shifts it to non-negative coordinates, twice the limit wide).
    ModelData wide = test::sampleModel();
    wide.views.find(Overall)->nodes.find(N2)->bounds = QRectF(-9e7, 260, 160, 60);
    wide.views.find(Overall)->nodes.find(N3)->bounds = QRectF(9e7, 260, 160, 60);
    QVERIFY2(test::fromXml(test::toXml(wide), &read, &error), qPrintable(error));
    QCOMPARE(read.views.find(Overall)->nodes.find(N2)->bounds.x(), -9e7);

    // What an edit could never make is not read either: refused by the check of
    // every model (ModelCheck, core/limits.h) once the shift is undone, or as a
    // number by the parser.
    const QList<std::pair<double, QString>> beyondRows{{1.5e8, u"has a coordinate or size"_s},
                                                       {3e8, u"coordinate"_s}};
    // The writer refuses them (core/limits.h): the file is edited by hand instead.
    ModelData marked = test::sampleModel();
    marked.views.find(Overall)->nodes.find(N2)->bounds = QRectF(12345, 260, 160, 60);
    const QByteArray markedXml = test::toXml(marked, &error);
    QVERIFY2(markedXml.contains("x=\"12345\""), markedXml.left(2000).constData());
    for (const auto &[x, messagePart] : beyondRows) {
        QByteArray beyondXml = markedXml;
        QByteArray value("x=\"");
        value += QByteArray::number(qint64(x));
        value += '"';
        beyondXml.replace("x=\"12345\"", value);
        QVERIFY(!test::fromXml(beyondXml, &read, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        // Nor does the writer write them.
        ModelData beyond = test::sampleModel();
        beyond.views.find(Overall)->nodes.find(N2)->bounds = QRectF(x, 260, 160, 60);
        QVERIFY(test::toXml(beyond, &error).isEmpty());
        QVERIFY2(error.contains(u"id-n-2"_s), qPrintable(error));
    }
}

void TestCompose::nodeSizeForLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("short: the default") << u"Người dân"_s << QSizeF(140, 60);
    // 37 characters: 370 units wrap into three lines of at most 146.
    QTest::newRow("long: wrapped, on the grid")
            << u"Hệ thống quản lý văn bản và điều hành"_s << QSizeF(180, 80);
    QTest::newRow("empty") << QString() << QSizeF(140, 60);
}

void TestCompose::nodeSizeForLabel()
{
    QFETCH(QString, label);
    QFETCH(QSizeF, size);
    QCOMPARE(geometry::nodeSizeForLabel(label, fixedMeasure), size);
}

void TestCompose::placeElement()
{
    Model model(test::sampleModel());
    const QString type = model.element(ElementId(u"id-e-portal"_s))->type;
    // Inside the band: the new node nests in it, centred at the point on the grid.
    Composition placed =
            DiagramComposer(model.data(), Overall, fixedMeasure).placeElement(type, QPointF(303, 104));
    QCOMPARE(placed.nodes.size(), 1);
    applyAndCheckRevert(model, placed);
    const ViewNode &n = node(model, placed.nodes.first());
    QCOMPARE(n.parent, BandNode);
    const Element *element = model.element(n.element);
    QVERIFY(element);
    QCOMPARE(element->type, type);
    QCOMPARE(n.bounds.size(), geometry::nodeSizeForLabel(element->name, fixedMeasure));
    QCOMPARE(std::fmod(n.bounds.x(), geometry::GridSize), 0.0);
    QCOMPARE(std::fmod(n.bounds.y(), geometry::GridSize), 0.0);
    QVERIFY(QLineF(n.bounds.center(), QPointF(303, 104)).length() <= geometry::GridSize);

    // Outside any group: on the canvas.
    Composition outside =
            DiagramComposer(model.data(), Overall).placeElement(type, QPointF(900, 900));
    applyAndCheckRevert(model, outside);
    QVERIFY(node(model, outside.nodes.first()).parent.isNull());
}

void TestCompose::placeRefused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QPointF>("at");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown type") << u"no-such-type"_s << Overall.toString() << QPointF(10, 10)
                                  << u"no-such-type"_s;
    QTest::newRow("no view") << QString() << u"id-gone"_s << QPointF(10, 10) << u"view"_s;
    QTest::newRow("too far") << QString() << Overall.toString() << QPointF(3e8, 0) << u"far"_s;
}

void TestCompose::placeRefused()
{
    QFETCH(QString, type);
    QFETCH(QString, view);
    QFETCH(QPointF, at);
    QFETCH(QString, messagePart);
    const ModelData data = test::sampleModel();
    const QString typeId = type.isEmpty() ? data.elements.find(ElementId(u"id-e-portal"_s))->type
                                          : type;
    const Composition c = DiagramComposer(data, ViewId(view)).placeElement(typeId, at);
    QVERIFY(!c);
    QVERIFY2(c.error.contains(messagePart), qPrintable(c.error));
}

void TestCompose::placeGroupAndNote()
{
    Model model(test::sampleModel());
    Composition group = DiagramComposer(model.data(), Overall).place(GroupShapeId, QPointF(1000, 1000));
    applyAndCheckRevert(model, group);
    const ViewNode g = node(model, group.nodes.first()); // a copy: the note's edit changes nodes
    QCOMPARE(g.kind, NodeKind::Group);
    QCOMPARE(g.bounds.size(), geometry::DefaultGroupSize);
    QVERIFY(!g.label.isEmpty());
    // A note placed in the new group nests in it.
    Composition note = DiagramComposer(model.data(), Overall).place(NoteShapeId, QPointF(1000, 1000));
    applyAndCheckRevert(model, note);
    QCOMPARE(node(model, note.nodes.first()).kind, NodeKind::Note);
    QCOMPARE(node(model, note.nodes.first()).parent, g.id);
}

void TestCompose::legendAndTitleBlock()
{
    Model model(test::sampleModel());
    // Placed over a group, they stay on the view itself.
    Composition group = DiagramComposer(model.data(), Overall).place(GroupShapeId, QPointF(1000, 1000));
    applyAndCheckRevert(model, group);
    Composition legend =
            DiagramComposer(model.data(), Overall).place(LegendShapeId, QPointF(1000, 1000));
    applyAndCheckRevert(model, legend);
    Composition title =
            DiagramComposer(model.data(), Overall).place(TitleBlockShapeId, QPointF(1000, 1200));
    applyAndCheckRevert(model, title);
    const NodeId legendId = legend.nodes.first();
    const NodeId titleId = title.nodes.first();
    QCOMPARE(node(model, legendId).kind, NodeKind::Legend);
    QCOMPARE(node(model, legendId).bounds.size(), geometry::DefaultLegendSize);
    QVERIFY(node(model, legendId).parent.isNull());
    QCOMPARE(node(model, titleId).kind, NodeKind::TitleBlock);
    QCOMPARE(node(model, titleId).bounds.size(), geometry::DefaultTitleBlockSize);

    const DiagramComposer composer(model.data(), Overall);
    // No text of their own, no connections.
    QVERIFY(!composer.rename(legendId, u"Chú giải"_s));
    const ConnectOptions options = composer.connectOptions(legendId, N2);
    QVERIFY(!options.canConnect());
    QVERIFY(!options.refusal.isEmpty());
    QVERIFY(!composer.connectOptions(Note, titleId).canConnect());
    // Moved alone over the group, the legend is not nested in it.
    Composition moved = composer.moveNodes({legendId}, QPointF(10, 20), true);
    applyAndCheckRevert(model, moved);
    QCOMPARE(node(model, legendId).bounds.topLeft(),
             QPointF(1000, 1000) - QPointF(180, 60) + QPointF(10, 20));
    QVERIFY(node(model, legendId).parent.isNull());
    Composition resized = DiagramComposer(model.data(), Overall)
                                  .resizeNode(titleId, QRectF(0, 600, 500, 140));
    applyAndCheckRevert(model, resized);
    QCOMPARE(node(model, titleId).bounds, QRectF(0, 600, 500, 140));

    // Copied and pasted like other nodes, to another view.
    std::unique_ptr<QMimeData> mime(
            DiagramClipboard::copy(model.data(), Overall, {legendId, titleId}));
    QList<NodeId> pasted;
    QString error;
    auto paste = DiagramClipboard::paste(model.data(), Second, mime.get(), QPointF(300, 300),
                                         &pasted, &error);
    QVERIFY2(paste, qPrintable(error));
    QVERIFY(model.apply(*paste));
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(node(model, pasted.at(0), Second).kind, NodeKind::Legend);
    QCOMPARE(node(model, pasted.at(1), Second).kind, NodeKind::TitleBlock);

    // Deleted from the view, undoably.
    Composition removed =
            DiagramComposer(model.data(), Overall).removeFromView({legendId, titleId}, {});
    applyAndCheckRevert(model, removed);
    QVERIFY(!model.view(Overall)->nodes.contains(legendId));
    QVERIFY(!model.view(Overall)->nodes.contains(titleId));
}

void TestCompose::addElements()
{
    Model model(test::sampleModel());
    const QList<ElementId> ids{ElementId(u"id-e-citizen"_s), ElementId(u"id-gone"_s),
                               ElementId(u"id-e-app"_s)};
    Composition added =
            DiagramComposer(model.data(), Second, fixedMeasure).addElements(ids, QPointF(101, 52));
    QCOMPARE(added.nodes.size(), 2); // the unknown id is left out
    applyAndCheckRevert(model, added);
    const ViewNode &first = node(model, added.nodes.at(0), Second);
    const ViewNode &second = node(model, added.nodes.at(1), Second);
    QCOMPARE(first.bounds, QRectF(100, 50, 140, 60));
    QCOMPARE(second.bounds, QRectF(120, 70, 180, 80));

    const Composition none =
            DiagramComposer(model.data(), Second).addElements({ElementId(u"id-gone"_s)}, {});
    QVERIFY(!none);
    QVERIFY(!none.error.isEmpty());
}

void TestCompose::connectOptions_data()
{
    QTest::addColumn<NodeId>("source");
    QTest::addColumn<NodeId>("target");
    QTest::addColumn<bool>("plainLine");
    QTest::addColumn<bool>("refused");
    QTest::newRow("elements") << N1 << N2 << false << false;
    QTest::newRow("reverse direction") << N2 << N1 << false << false;
    QTest::newRow("note to element: a plain line") << Note << N2 << true << false;
    QTest::newRow("element to note: a plain line") << N2 << Note << true << false;
    QTest::newRow("group") << BandNode << N2 << false << true;
    QTest::newRow("missing node") << N1 << NodeId(u"id-gone"_s) << false << true;
}

void TestCompose::connectOptions()
{
    QFETCH(NodeId, source);
    QFETCH(NodeId, target);
    QFETCH(bool, plainLine);
    QFETCH(bool, refused);
    const ModelData data = test::sampleModel();
    const ConnectOptions options = DiagramComposer(data, Overall).connectOptions(source, target);
    QCOMPARE(options.plainLine, plainLine);
    QCOMPARE(options.canConnect(), !refused);
    QCOMPARE(options.refusal.isEmpty(), !refused);
    const View &view = *data.views.find(Overall);
    const ViewNode *from = view.nodes.find(source);
    const ViewNode *to = view.nodes.find(target);
    if (refused || plainLine || !from || !to)
        return;
    // The profile's types (not the generic one) both ways round.
    const auto expected = [&](const ViewNode *a, const ViewNode *b) {
        QStringList ids;
        for (const RelationshipType *type : data.profile->allowedRelationships(
                     data.elements.find(a->element)->type, data.elements.find(b->element)->type))
            if (!type->generic)
                ids.append(type->id);
        return ids;
    };
    const auto idsOf = [](const QList<const RelationshipType *> &types) {
        QStringList ids;
        for (const RelationshipType *type : types)
            ids.append(type->id);
        return ids;
    };
    QCOMPARE(idsOf(options.types), expected(from, to));
    QCOMPARE(idsOf(options.reverse), expected(to, from));
}

void TestCompose::connectAndReverse()
{
    Model model(test::sampleModel());
    const ConnectOptions forward = DiagramComposer(model.data(), Overall).connectOptions(N1, N2);
    QVERIFY(!forward.types.isEmpty());
    const QString type = forward.types.first()->id;
    Composition c = DiagramComposer(model.data(), Overall).connect(N1, N2, type);
    applyAndCheckRevert(model, c);
    const ViewConnection *line = model.view(Overall)->connections.find(c.connection);
    QVERIFY(line);
    QCOMPARE(line->source, N1);
    const Relationship *r = model.data().relationships.find(line->relationship);
    QCOMPARE(r->type, type);
    QCOMPARE(r->source, ElementId(u"id-e-citizen"_s));

    // Drawn from N2 to N1, offered the other way round: the relationship goes N1 -> N2.
    Composition reversed = DiagramComposer(model.data(), Overall).connect(N2, N1, type, true);
    applyAndCheckRevert(model, reversed);
    const ViewConnection *back = model.view(Overall)->connections.find(reversed.connection);
    QCOMPARE(back->source, N1);
    QCOMPARE(back->target, N2);

    // A type the framework does not allow that way is refused, naming both ends.
    const Composition wrong = DiagramComposer(model.data(), Overall).connect(N1, N2, u"nope"_s);
    QVERIFY(!wrong);
    QVERIFY2(wrong.error.contains(model.element(ElementId(u"id-e-citizen"_s))->name),
             qPrintable(wrong.error));

    // From a note: a plain line, whatever the type.
    Composition plain = DiagramComposer(model.data(), Overall).connect(Note, N1, {});
    applyAndCheckRevert(model, plain);
    QVERIFY(model.view(Overall)->connections.find(plain.connection)->relationship.isNull());
}

// Selecting a group and a node inside it moves the node once, with its group.
void TestCompose::moveTakesOutermostOnly()
{
    Model model(test::sampleModel());
    const QRectF n1 = node(model, N1).bounds;
    Composition move =
            DiagramComposer(model.data(), Overall).moveNodes({N1, BandNode}, QPointF(30, 10.4), true);
    applyAndCheckRevert(model, move);
    QCOMPARE(node(model, N1).bounds, n1.translated(30, 10));
    QCOMPARE(node(model, N1).parent, BandNode);
    QCOMPARE(node(model, BandNode).bounds.topLeft(), QPointF(30, 10));
    // Nothing to move: no edit, no refusal.
    const Composition still = DiagramComposer(model.data(), Overall).moveNodes({N1}, {}, true);
    QVERIFY(!still);
    QVERIFY(still.error.isEmpty());
}

void TestCompose::moveRenests_data()
{
    QTest::addColumn<NodeId>("moved");
    QTest::addColumn<QPointF>("delta");
    QTest::addColumn<bool>("renest");
    QTest::addColumn<NodeId>("parent");
    QTest::newRow("into the band") << N2 << QPointF(200, -200) << true << BandNode;
    QTest::newRow("out of the band") << N1 << QPointF(0, 300) << true << NodeId();
    QTest::newRow("within the band") << N1 << QPointF(100, 0) << true << BandNode;
    QTest::newRow("a nudge does not re-nest") << N2 << QPointF(200, -200) << false << NodeId();
}

void TestCompose::moveRenests()
{
    QFETCH(NodeId, moved);
    QFETCH(QPointF, delta);
    QFETCH(bool, renest);
    QFETCH(NodeId, parent);
    Model model(test::sampleModel());
    Composition move = DiagramComposer(model.data(), Overall).moveNodes({moved}, delta, renest);
    applyAndCheckRevert(model, move);
    QCOMPARE(node(model, moved).parent, parent);
}

void TestCompose::gesturesMergeOnlyWithinThemselves_data()
{
    QTest::addColumn<int>("intent"); // 0 move, 1 resize, 2 bendpoint
    QTest::addColumn<bool>("sameGesture");
    for (int intent : {0, 1, 2}) {
        const char *name = intent == 0 ? "move" : intent == 1 ? "resize" : "bendpoint";
        QTest::newRow(qPrintable(QString::fromLatin1(name) + u" same gesture"_s)) << intent << true;
        QTest::newRow(qPrintable(QString::fromLatin1(name) + u" two gestures"_s)) << intent << false;
    }
}

// Two separate drags of the same node (or bendpoint) were one undo step because
// their edits merged on ids alone; a held key repeating is one gesture.
void TestCompose::gesturesMergeOnlyWithinThemselves()
{
    QFETCH(int, intent);
    QFETCH(bool, sameGesture);
    Model model(test::sampleModel());
    const ModelData before = model.data();
    const GestureId first = newGesture();
    const GestureId second = sameGesture ? first : newGesture();
    QVERIFY(first != 0 && (sameGesture || second != first));
    const auto make = [&](int step, GestureId gesture) {
        const DiagramComposer composer(model.data(), Overall);
        switch (intent) {
        case 0:
            return composer.moveNodes({N2}, QPointF(10, 0), false, gesture);
        case 1:
            return composer.resizeNode(N2, QRectF(20, 260, 160 + 10 * step, 60), gesture);
        default:
            return composer.moveBendpoint(ConnectionId(u"id-c-1"_s), 0, false,
                                          QPointF(100 + 10 * step, 180), gesture);
        }
    };
    Composition a = make(1, first);
    QVERIFY(a.edit && model.apply(*a.edit));
    Composition b = make(2, second);
    QVERIFY(b.edit && model.apply(*b.edit));
    QCOMPARE(a.edit->mergeWith(*b.edit), sameGesture);
    if (sameGesture) {
        model.revert(*a.edit); // the merged step undoes both
        KT_COMPARE_MODELS(model.data(), before);
    }
}

void TestCompose::resizeAndBendpoint()
{
    Model model(test::sampleModel());
    QCOMPARE(geometry::resized(QRectF(0, 0, 100, 100), int(geometry::Edge::Left), QPointF(97, 3)),
             QRectF(60, 0, 40, 100)); // no narrower than the minimum
    QCOMPARE(geometry::resized(QRectF(0, 0, 100, 100),
                               int(geometry::Edge::Right) | int(geometry::Edge::Bottom),
                               QPointF(143, 151)),
             QRectF(0, 0, 140, 150));
    const ModelData before = model.data();
    QVERIFY(!DiagramComposer(model.data(), Overall).resizeNode(N2, node(model, N2).bounds));
    Composition insert = DiagramComposer(model.data(), Overall)
                                 .moveBendpoint(ConnectionId(u"id-c-2"_s), 0, true, QPointF(211, 288));
    applyAndCheckRevert(model, insert);
    QCOMPARE(model.view(Overall)->connections.find(ConnectionId(u"id-c-2"_s))->bendpoints,
             QList<QPointF>{QPointF(210, 290)});
    QVERIFY(!DiagramComposer(model.data(), Overall)
                     .moveBendpoint(ConnectionId(u"id-c-2"_s), 5, false, QPointF(0, 0)));
    // A shape deleted meanwhile (an undo while dragging or typing): said so.
    const Composition gone = DiagramComposer(model.data(), Overall)
                                     .rename(NodeId(u"id-gone"_s), u"x"_s);
    QVERIFY(!gone);
    QVERIFY2(gone.error.contains(u"no longer"_s), qPrintable(gone.error));
}

void TestCompose::rename_data()
{
    QTest::addColumn<NodeId>("target");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("changes");
    QTest::newRow("element") << N2 << u"  Cổng mới  "_s << true;
    QTest::newRow("element, same name") << N2 << u"Cổng dịch vụ công"_s << false;
    QTest::newRow("element, empty name kept") << N2 << u"   "_s << false;
    QTest::newRow("note") << Note << u"Ghi chú"_s << true;
    QTest::newRow("note emptied") << Note << QString() << true;
    QTest::newRow("group") << BandNode << u"Người dùng"_s << true;
}

void TestCompose::rename()
{
    QFETCH(NodeId, target);
    QFETCH(QString, text);
    QFETCH(bool, changes);
    Model model(test::sampleModel());
    Composition c = DiagramComposer(model.data(), Overall).rename(target, text);
    QCOMPARE(bool(c), changes);
    if (!changes)
        return;
    applyAndCheckRevert(model, c);
    const ViewNode &n = node(model, target);
    const QString now = n.kind == NodeKind::Element ? model.element(n.element)->name : n.label;
    QCOMPARE(now, text.trimmed());
}

// The selected lines went only when no node was selected.
void TestCompose::removeFromViewTakesNodesAndLines()
{
    Model model(test::sampleModel());
    Composition c = DiagramComposer(model.data(), Overall)
                            .removeFromView({BandNode}, {ConnectionId(u"id-c-1"_s),
                                                     ConnectionId(u"id-c-line"_s)});
    applyAndCheckRevert(model, c);
    const View &view = *model.view(Overall);
    QVERIFY(!view.nodes.contains(BandNode));
    QVERIFY(!view.nodes.contains(N1)); // nested in the band
    QVERIFY(!view.connections.contains(ConnectionId(u"id-c-1"_s)));
    QVERIFY(!view.connections.contains(ConnectionId(u"id-c-line"_s)));
    QVERIFY(view.connections.contains(ConnectionId(u"id-c-2"_s)));
    QVERIFY(model.element(ElementId(u"id-e-citizen"_s))); // still in the model
}

void TestCompose::showRelationshipsAmongSelected()
{
    Model model(test::sampleModel());
    const ConnectionId c1(u"id-c-1"_s);
    const ConnectionId c2(u"id-c-2"_s);
    // Nothing to add while the view shows both relationships among the three.
    Composition none =
            DiagramComposer(model.data(), Overall).showRelationshipsAmong({N1, N2, N3});
    QVERIFY(!none);
    QVERIFY(!none.error.isEmpty());

    // Deleting the connections from the view leaves the relationships in the model.
    Composition removal = DiagramComposer(model.data(), Overall).removeFromView({}, {c1, c2});
    applyAndCheckRevert(model, removal);
    QVERIFY(model.view(Overall)->connections.contains(ConnectionId(u"id-c-line"_s)));
    QVERIFY(!model.view(Overall)->connections.contains(c1));
    QVERIFY(!model.view(Overall)->connections.contains(c2));
    QVERIFY(model.data().relationships.contains(RelationshipId(u"id-r-1"_s)));
    QVERIFY(model.data().relationships.contains(RelationshipId(u"id-r-2"_s)));

    // Citizen and portal alone: only their relationship comes back.
    Composition pair = DiagramComposer(model.data(), Overall).showRelationshipsAmong({N1, N2});
    QVERIFY2(pair, qPrintable(pair.error));
    {
        Model copy(model.data());
        QString error;
        QVERIFY2(copy.apply(*pair.edit, &error), qPrintable(error));
        QCOMPARE(copy.view(Overall)->connections.size(),
                 model.view(Overall)->connections.size() + 1);
    }

    const qsizetype before = model.view(Overall)->connections.size();
    Composition c =
            DiagramComposer(model.data(), Overall).showRelationshipsAmong({N1, N2, N3, Note});
    applyAndCheckRevert(model, c);
    const View &view = *model.view(Overall);
    QCOMPARE(view.connections.size(), before + 2);
    QSet<RelationshipId> shown;
    for (const ViewConnection &conn : view.connections) {
        if (conn.relationship.isNull())
            continue;
        shown.insert(conn.relationship);
        const Relationship *r = model.data().relationships.find(conn.relationship);
        QVERIFY(r);
        const ViewNode *source = view.nodes.find(conn.source);
        const ViewNode *target = view.nodes.find(conn.target);
        QCOMPARE(source->element, r->source);
        QCOMPARE(target->element, r->target);
        QList<QPointF> expected = OrthogonalRouter::route(source->bounds, target->bounds);
        for (QPointF &p : expected)
            p = geometry::rounded(p);
        QCOMPARE(conn.bendpoints, expected);
    }
    QCOMPARE(shown,
             (QSet<RelationshipId>{RelationshipId(u"id-r-1"_s), RelationshipId(u"id-r-2"_s)}));
    // Shown now: asking again adds nothing.
    QVERIFY(!DiagramComposer(model.data(), Overall).showRelationshipsAmong({N1, N2, N3}));
}

void TestCompose::usageAndDeleteFromModel()
{
    Model model(test::sampleModel());
    const ElementId app(u"id-e-app"_s);
    const ElementId citizen(u"id-e-citizen"_s);
    const QList<ElementId> both{app, citizen, ElementId(u"id-e-dc"_s)};
    const ModelDeletion::Usage usage = ModelDeletion::usage(model.data(), both);
    QCOMPARE(usage.value(app), (QList<ViewId>{Overall, Second}));
    QCOMPARE(usage.value(citizen), QList<ViewId>{Overall});
    QVERIFY(!usage.contains(ElementId(u"id-e-dc"_s))); // shown nowhere
    // One rule for the canvas (other views than its own) and the tree (any view).
    QCOMPARE(ModelDeletion::placesOutside(usage, Overall), 1);
    QCOMPARE(ModelDeletion::elementsOutside(usage, Overall), 1);
    QCOMPARE(ModelDeletion::placesOutside(usage, Second), 2);
    QCOMPARE(ModelDeletion::elementsOutside(usage), 2);

    // A selected relationship of a deleted element goes with it, in one step.
    Composition c = ModelDeletion::deleteFromModel(
            model.data(), {citizen}, {RelationshipId(u"id-r-1"_s), RelationshipId(u"id-r-3"_s)});
    applyAndCheckRevert(model, c);
    QVERIFY(!model.element(citizen));
    QVERIFY(!model.data().relationships.contains(RelationshipId(u"id-r-1"_s)));
    QVERIFY(!model.data().relationships.contains(RelationshipId(u"id-r-3"_s)));
    QVERIFY(!model.view(Overall)->nodes.contains(N1));
    QVERIFY(!ModelDeletion::deleteFromModel(model.data(), {ElementId(u"id-gone"_s)}, {}));
}

void TestCompose::outermostAndSubtreeInDamagedView()
{
    View view = test::sampleModel().views.at(0);
    QCOMPARE(outermostNodeIds(view, {N1, BandNode, N1, N2}), (QList<NodeId>{BandNode, N2}));
    QCOMPARE(withNested(view, {BandNode}), (QList<NodeId>{BandNode, N1}));
    QCOMPARE(groupAt(view, QPointF(10, 10)), BandNode);
    QCOMPARE(groupAt(view, QPointF(10, 10), {BandNode}), NodeId());
    QCOMPARE(groupHolding(view, QRectF(10, 10, 50, 50)), BandNode);
    // A loop of parents ends the walk.
    view.nodes.find(BandNode)->parent = N1;
    QCOMPARE(outermostNodeIds(view, {N1, BandNode}).size(), 0);
    QCOMPARE(outermostNodeIds(view, {N2}), QList<NodeId>{N2});
}

void TestCompose::arrangeAndRoute()
{
    Model model(test::sampleModel());
    auto align = Arrangement::align(model.data(), Overall, {N2, N3, N1},
                                    Arrangement::Alignment::Top);
    QVERIFY(align);
    QVERIFY(model.apply(*align));
    QCOMPARE(node(model, N2).bounds.top(), 40.0);
    QCOMPARE(node(model, N3).bounds.top(), 40.0);

    const DiagramComposer composer(model.data(), Overall);
    const QList<ConnectionId> routed = composer.connectionsToRoute({}, {N2});
    QCOMPARE(routed, (QList<ConnectionId>{ConnectionId(u"id-c-1"_s), ConnectionId(u"id-c-2"_s)}));
    QCOMPARE(composer.connectionsToRoute({ConnectionId(u"id-c-line"_s)}, {N2}),
             QList<ConnectionId>{ConnectionId(u"id-c-line"_s)});
    auto route = OrthogonalRouter::routeConnections(model.data(), Overall, routed);
    QVERIFY(route);
    QVERIFY(model.apply(*route));
    for (const ConnectionId &id : routed) {
        const ViewConnection *c = model.view(Overall)->connections.find(id);
        const QList<QPointF> drawn = geometry::connectionRoute(
                node(model, c->source).bounds, node(model, c->target).bounds, c->bendpoints);
        for (qsizetype i = 0; i + 1 < drawn.size(); ++i)
            QVERIFY(drawn.at(i).x() == drawn.at(i + 1).x() || drawn.at(i).y() == drawn.at(i + 1).y());
    }
}

// The framework profile decides the sizes of new shapes; the editor's defaults
// hold when it says nothing.
void TestCompose::sizesFromTheProfile()
{
    ModelData data = test::sampleModel();
    const DiagramSizes shipped = data.profile->diagramSizes();
    QCOMPARE(shipped.node, geometry::DefaultNodeSize);
    QFile file(u":/kientruc/frameworks/vn-egov-2.0.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(u"diagram"_s, QJsonObject{{u"nodeSize"_s, QJsonArray{200, 100}},
                                          {u"groupSize"_s, QJsonArray{600, 300}}});
    const Result<ProfilePtr> profile =
            ProfileLoader::loadData(QJsonDocument(root).toJson(), u"sizes.json"_s);
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    data.profile = profile.value();
    const QString type = data.elements.find(ElementId(u"id-e-portal"_s))->type;
    Model model(data);
    Composition placed = DiagramComposer(model.data(), Second, fixedMeasure)
                                 .placeElement(type, QPointF(500, 500));
    applyAndCheckRevert(model, placed);
    QCOMPARE(node(model, placed.nodes.first(), Second).bounds.size(), QSizeF(200, 100));
    Composition group = DiagramComposer(model.data(), Second).placeGroup(QPointF(900, 900));
    applyAndCheckRevert(model, group);
    QCOMPARE(node(model, group.nodes.first(), Second).bounds.size(), QSizeF(600, 300));
    Composition note = DiagramComposer(model.data(), Second).placeNote(QPointF(-900, 900));
    applyAndCheckRevert(model, note);
    QCOMPARE(node(model, note.nodes.first(), Second).bounds.size(), geometry::DefaultNoteSize);
}

void TestCompose::sideColumnsFromTheProfile()
{
    ModelData data = test::sampleModel();
    QStringList expected;
    for (const Layer &layer : data.profile->layers())
        if (layer.placement == LayerPlacement::Column)
            expected.append(layer.id);
    QVERIFY(expected.size() >= 2);
    View &view = *data.views.find(Overall);
    view.settings.clear();
    const auto columns = [&]() { return DiagramComposer(data, Overall).sideColumns(); };
    QCOMPARE(columns().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(columns().at(i).layer, expected.at(i));
        QCOMPARE(columns().at(i).setting, expected.at(i) + u"Column"_s);
        QCOMPARE(columns().at(i).side, data.profile->layer(expected.at(i))->side); // the default
    }
    // The first column on the other side, the others opposite it.
    const ColumnSide first = columns().first().side;
    const ColumnSide other = first == ColumnSide::Left ? ColumnSide::Right : ColumnSide::Left;
    view.settings = DiagramComposer(data, Overall).settingsWithFirstColumnOn(other);
    QCOMPARE(columns().first().side, other);
    for (qsizetype i = 1; i < expected.size(); ++i)
        QCOMPARE(columns().at(i).side, first);
}

QTEST_GUILESS_MAIN(TestCompose)
#include "tst_compose.moc"
