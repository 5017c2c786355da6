// The canvas shows a connection that ends on another connection (a relationship on a
// relationship): drawn to the middle of that line, following it while a node is
// dragged and after a move is committed, and gone with it when it is deleted (undo
// brings both back).

#include <support/relationshipendsfixture.h>

#include <model/edit/viewedits.h>
#include <model/export/painter/diagrampainter.h>
#include <widgets/canvas/connectionitem.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/nodeitem.h>
#include <widgets/document/document.h>

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

QTEST_MAIN(TestCanvasConnectionEnds)
#include "tst_canvasconnectionends.moc"
