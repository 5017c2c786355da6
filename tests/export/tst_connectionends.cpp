// A connection that ends on another connection (a relationship on a relationship):
// DiagramPainter draws it to the middle of that connection's route, it follows when
// that connection or its ends move, and a partial export keeps it only with its line.

#include <support/relationshipendsfixture.h>

#include <model/export/exporters/exportcontent.h>
#include <model/export/painter/diagrampainter.h>

#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

using namespace test::relationshipends;

// The distance from point to the nearest point of the polyline.
double distanceTo(const QPolygonF &route, const QPointF &point)
{
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 1; i < route.size(); ++i) {
        const QLineF segment(route.at(i - 1), route.at(i));
        const QPointF d = segment.p2() - segment.p1();
        const double length2 = QPointF::dotProduct(d, d);
        double t = length2 > 0 ? QPointF::dotProduct(point - segment.p1(), d) / length2 : 0;
        t = std::clamp(t, 0.0, 1.0);
        best = std::min(best, QLineF(point, segment.pointAt(t)).length());
    }
    return best;
}

} // namespace

class TestConnectionEnds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routeMiddle();
    void endsOnTheOtherPath();
    void followsWhenTheOtherMoves();
    void paints();
    void partialExport();

private:
    ModelData m_data;
};

void TestConnectionEnds::initTestCase()
{
    m_data = fixture();
    QCOMPARE(m_data.views.size(), 1);
}

void TestConnectionEnds::routeMiddle()
{
    // Half of 40 + 60 is 50: 10 along the second segment.
    const QPolygonF route({QPointF(0, 0), QPointF(40, 0), QPointF(40, 60)});
    QCOMPARE(DiagramPainter::routeMiddle(route), QPointF(40, 10));
    QCOMPARE(DiagramPainter::routeMiddle(QPolygonF({QPointF(2, 2), QPointF(2, 2)})),
             QPointF(2, 2));
    QCOMPARE(DiagramPainter::routeMiddle(QPolygonF()), QPointF());
}

void TestConnectionEnds::endsOnTheOtherPath()
{
    const DiagramPainter painter(&m_data);
    const View &view = m_data.views.at(0);
    const QPolygonF assign = painter.connectionRoute(view, *view.connections.find(Assign));
    const QPolygonF governs = painter.connectionRoute(view, *view.connections.find(Governs));
    const QPolygonF holds = painter.connectionRoute(view, *view.connections.find(Holds));
    const QPolygonF notes = painter.connectionRoute(view, *view.connections.find(Notes));
    for (const QPolygonF *route : {&assign, &governs, &holds, &notes})
        QVERIFY(route->size() >= 2);
    // "governs" starts at the contract's edge and ends on the middle of "assign".
    QVERIFY(distanceTo(assign, governs.last()) < 0.01);
    QCOMPARE(governs.last(), DiagramPainter::routeMiddle(assign));
    QCOMPARE(governs.first().y(), 220.0); // the top edge of the contract, below "assign"
    // "holds" goes through its bendpoint to "assign".
    QCOMPARE(holds.size(), 3);
    QVERIFY(distanceTo(assign, holds.last()) < 0.01);
    // "notes" runs from the middle of "holds" to the middle of "governs".
    QVERIFY(distanceTo(holds, notes.first()) < 0.01);
    QVERIFY(distanceTo(governs, notes.last()) < 0.01);
}

void TestConnectionEnds::followsWhenTheOtherMoves()
{
    ModelData moved = m_data;
    View &view = *moved.views.find(moved.views.at(0).id);
    view.nodes.find(NodeId(u"id-n-role"_s))->bounds.translate(0, 300);
    const DiagramPainter painter(&moved);
    const DiagramPainter before(&m_data);
    const QPolygonF assign = painter.connectionRoute(view, *view.connections.find(Assign));
    const QPolygonF governs = painter.connectionRoute(view, *view.connections.find(Governs));
    const QPolygonF notes = painter.connectionRoute(view, *view.connections.find(Notes));
    QVERIFY(distanceTo(assign, governs.last()) < 0.01);
    const View &old = m_data.views.at(0);
    QVERIFY(governs.last() != before.connectionRoute(old, *old.connections.find(Governs)).last());
    QVERIFY(distanceTo(governs, notes.last()) < 0.01);

    // Without the line it ends on, a connection has no route (nothing drawn).
    view.connections.take(Assign);
    QVERIFY(painter.connectionRoute(view, *view.connections.find(Governs)).isEmpty());
}

void TestConnectionEnds::paints()
{
    const DiagramPainter painter(&m_data);
    const View &view = m_data.views.at(0);
    QImage image(600, 480, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paintView(&p, view, DiagramPainter::Detail::Full);
    p.end();
    // The line of "governs" is drawn: a pixel a little before its end is not white.
    const QPolygonF governs = painter.connectionRoute(view, *view.connections.find(Governs));
    const QLineF last(governs.at(governs.size() - 2), governs.last());
    bool drawn = false;
    for (double t = 0.3; t < 0.8 && !drawn; t += 0.05) {
        const QPoint at = last.pointAt(t).toPoint();
        drawn = image.pixelColor(at) != QColor(Qt::white);
    }
    QVERIFY(drawn);
}

void TestConnectionEnds::partialExport()
{
    const View &view = m_data.views.at(0);
    // The clerk and the role: "assign" only.
    View part = ExportContent::selected(view, {NodeId(u"id-n-clerk"_s), NodeId(u"id-n-role"_s)});
    QCOMPARE(part.connections.size(), 1);
    QVERIFY(part.connections.contains(Assign));
    // With the contract too: "governs", which ends on "assign".
    part = ExportContent::selected(
            view, {NodeId(u"id-n-clerk"_s), NodeId(u"id-n-role"_s), NodeId(u"id-n-contract"_s)});
    QCOMPARE(part.connections.size(), 2);
    QVERIFY(part.connections.contains(Governs));
    // Everything: "notes" comes in after both lines it ends on, in the view's order.
    part = ExportContent::selected(view, {NodeId(u"id-n-clerk"_s), NodeId(u"id-n-role"_s),
                                          NodeId(u"id-n-contract"_s), NodeId(u"id-n-group"_s)});
    QCOMPARE(part.connections.size(), 4);
    QCOMPARE(part.connections.at(0).id, Notes);
}

QTEST_MAIN(TestConnectionEnds)
#include "tst_connectionends.moc"
