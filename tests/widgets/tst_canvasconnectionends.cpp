// The canvas shows a connection that ends on another connection (a relationship on a
// relationship): drawn to the middle of that line, following it while a node is
// dragged and after a move is committed, and gone with it when it is deleted (undo
// brings both back).

#include <support/relationshipendsfixture.h>

#include <model/compose/diagramcomposer.h>
#include <model/edit/viewedits.h>
#include <model/meta/profile.h>
#include <model/validate/validator.h>
#include <model/export/painter/diagrampainter.h>
#include <widgets/canvas/connectionitem.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/nodeitem.h>
#include <widgets/document/document.h>

#include <QGraphicsSceneMouseEvent>
#include <QTest>
#include <QUndoStack>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

using namespace test::relationshipends;
const NodeId Role(u"id-n-role"_s);

} // namespace

class TestCanvasConnectionEnds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void drawnLikeThePainter();
    void followsADrag();
    void followsACommittedMove();
    void deletedWithItsLine();
    void drawnWithTheMouse();
    void onlyAllowedTypesOffered();

private:
    QPolygonF routeOf(const ConnectionId &id) const
    {
        const ConnectionItem *item = m_scene->connectionItem(id);
        return item ? item->route() : QPolygonF();
    }

    std::unique_ptr<Document> m_document;
    DiagramScene *m_scene = nullptr;
    ViewId m_view;
};

void TestCanvasConnectionEnds::init()
{
    m_document = std::make_unique<Document>(fixture());
    QCOMPARE(m_document->model().data().views.size(), 1);
    m_view = m_document->model().data().views.at(0).id;
    m_scene = new DiagramScene(m_document.get(), m_view);
}

void TestCanvasConnectionEnds::cleanup()
{
    delete m_scene;
    m_scene = nullptr;
    m_document.reset();
}

// Items are made in the view's order, where "notes" comes before the lines it ends on.
void TestCanvasConnectionEnds::drawnLikeThePainter()
{
    const View &view = *m_document->model().view(m_view);
    const DiagramPainter painter(&m_document->model().data());
    for (const ConnectionId &id : {Assign, Governs, Holds, Notes}) {
        const QPolygonF expected = painter.connectionRoute(view, *view.connections.find(id));
        QVERIFY(expected.size() >= 2);
        QCOMPARE(routeOf(id), expected);
    }
}

void TestCanvasConnectionEnds::followsADrag()
{
    const QPointF governsEnd = routeOf(Governs).last();
    const QPointF notesEnd = routeOf(Notes).last();
    NodeItem *role = m_scene->nodeItem(Role);
    QVERIFY(role);
    role->setPos(role->pos() + QPointF(0, 200));
    // What the select tool does while dragging: the node's own lines reroute.
    for (ConnectionItem *line : m_scene->connectionsOf(Role))
        line->updateRoute();
    QVERIFY(routeOf(Governs).last() != governsEnd);
    QCOMPARE(routeOf(Governs).last(), DiagramPainter::routeMiddle(routeOf(Assign)));
    QVERIFY(routeOf(Notes).last() != notesEnd);
    QCOMPARE(routeOf(Notes).last(), DiagramPainter::routeMiddle(routeOf(Governs)));
}

void TestCanvasConnectionEnds::followsACommittedMove()
{
    const QPolygonF before = routeOf(Holds);
    QString error;
    QVERIFY2(m_document->push(std::make_unique<MoveNodes>(m_view, QSet<NodeId>{Role},
                                                          QPointF(0, 300)),
                              &error),
             qPrintable(error));
    const View &view = *m_document->model().view(m_view);
    const DiagramPainter painter(&m_document->model().data());
    for (const ConnectionId &id : {Assign, Governs, Holds, Notes})
        QCOMPARE(routeOf(id), painter.connectionRoute(view, *view.connections.find(id)));
    QVERIFY(routeOf(Holds) != before);
}

void TestCanvasConnectionEnds::deletedWithItsLine()
{
    QString error;
    QVERIFY2(m_document->push(std::make_unique<RemoveConnections>(m_view,
                                                                  QSet<ConnectionId>{Assign}),
                              &error),
             qPrintable(error));
    for (const ConnectionId &id : {Assign, Governs, Holds, Notes})
        QVERIFY(!m_scene->connectionItem(id));
    QCOMPARE(m_document->model().view(m_view)->connections.size(), 0);
    QCOMPARE(m_document->model().data().relationships.size(), 4);
    m_document->undoStack()->undo();
    for (const ConnectionId &id : {Assign, Governs, Holds, Notes})
        QVERIFY(routeOf(id).size() >= 2);
    QCOMPARE(routeOf(Notes).first(), DiagramPainter::routeMiddle(routeOf(Holds)));
}

namespace {

void sendMouse(DiagramScene *scene, QEvent::Type type, const QPointF &at)
{
    QGraphicsSceneMouseEvent event(type);
    event.setScenePos(at);
    event.setButton(Qt::LeftButton);
    event.setButtons(type == QEvent::GraphicsSceneMouseRelease ? Qt::NoButton : Qt::LeftButton);
    QCoreApplication::sendEvent(scene, &event);
}

} // namespace

// Issue 12: the connect tool drags from a node onto a line and makes a relationship
// on that line's relationship, ending on the middle of the line; undo takes it away.
void TestCanvasConnectionEnds::drawnWithTheMouse()
{
    const ModelData before = m_document->model().data();
    QStringList offered;
    m_scene->setRelationshipChooser([&](const QList<const RelationshipType *> &types, const QPointF &) {
        for (const RelationshipType *t : types)
            offered.append(t->id);
        return types.first()->id;
    });
    m_scene->setConnectTool();
    const QPointF from = m_scene->nodeItem(Role)->sceneRect().center();
    // A third of the way along the line's first leg: its middle is where "notes" ends.
    const QPolygonF governs = routeOf(Governs);
    QVERIFY(governs.size() >= 2);
    const QPointF onLine = governs.at(0) + (governs.at(1) - governs.at(0)) / 3;
    QCOMPARE(m_scene->connectionItemAt(onLine)->connectionId(), Governs);
    sendMouse(m_scene, QEvent::GraphicsSceneMousePress, from);
    sendMouse(m_scene, QEvent::GraphicsSceneMouseMove, (from + onLine) / 2);
    sendMouse(m_scene, QEvent::GraphicsSceneMouseMove, onLine);
    sendMouse(m_scene, QEvent::GraphicsSceneMouseRelease, onLine);
    const ModelData &after = m_document->model().data();
    QCOMPARE(after.relationships.size(), before.relationships.size() + 1);
    const Relationship &made = after.relationships.at(after.relationships.size() - 1);
    QCOMPARE(made.source, ElementId(u"id-role"_s));
    QCOMPARE(made.targetRelationship, RelationshipId(u"id-governs"_s));
    const View &view = *m_document->model().view(m_view);
    const ViewConnection &line = view.connections.at(view.connections.size() - 1);
    QCOMPARE(line.relationship, made.id);
    QCOMPARE(line.source, Role);
    QCOMPARE(line.targetConnection, Governs);
    // Drawn to the middle of the line it ends on.
    QCOMPARE(routeOf(line.id).last(), DiagramPainter::routeMiddle(routeOf(Governs)));
    // What was offered ArchiMate allows, and the model validates so.
    QVERIFY(!offered.isEmpty() || after.profile->relationshipType(made.type));
    for (const Finding &f : Validator::validate(after))
        QVERIFY2(f.rule != u"relationship-on-relationship-not-allowed", qPrintable(f.message));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->model().data().relationships.size(), before.relationships.size());
    QCOMPARE(m_document->model().view(m_view)->connections.size(),
             before.views.at(0).connections.size());
}

void TestCanvasConnectionEnds::onlyAllowedTypesOffered()
{
    const ModelData &data = m_document->model().data();
    const Profile &profile = *data.profile;
    const DiagramComposer compose = m_scene->composer();
    // From a role: associations only.
    const ConnectOptions fromRole = compose.connectToLineOptions(Role, Governs);
    QVERIFY(!fromRole.types.isEmpty());
    for (const RelationshipType *t : fromRole.types)
        QCOMPARE(t->archimateType, u"Association"_s);
    // From a grouping: aggregation and composition too, when the framework has them.
    const ConnectOptions fromGroup = compose.connectToLineOptions(NodeId(u"id-n-group"_s), Governs);
    bool aggregation = false;
    for (const RelationshipType &t : profile.relationshipTypes())
        aggregation = aggregation || (!t.generic && !t.archimateReversed
                                      && (t.archimateType == u"Aggregation" || t.archimateType == u"Composition"));
    bool offered = false;
    for (const RelationshipType *t : fromGroup.types) {
        QVERIFY(Validator::allowsOnRelationship(t->archimateType, u"Grouping"_s));
        offered = offered || t->archimateType != u"Association";
    }
    QCOMPARE(offered, aggregation);
    // A type that cannot end on a relationship is refused, naming it.
    QString forbidden;
    for (const RelationshipType &t : profile.relationshipTypes())
        if (!Validator::allowsOnRelationship(t.archimateType, QString()))
            forbidden = t.id;
    QVERIFY(!forbidden.isEmpty());
    const Composition refused = compose.connectToLine(Role, Governs, forbidden);
    QVERIFY(!refused);
    QVERIFY2(refused.error.contains(u"cannot end on a relationship"_s), qPrintable(refused.error));
    QVERIFY(!Validator::allowsOnRelationship(u"Serving"_s, u"Grouping"_s));
    QVERIFY(Validator::allowsOnRelationship(u"Composition"_s, u"Plateau"_s));
    QVERIFY(!Validator::allowsOnRelationship(u"Composition"_s, u"BusinessRole"_s));
}

QTEST_MAIN(TestCanvasConnectionEnds)
#include "tst_canvasconnectionends.moc"
