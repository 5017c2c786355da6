// One undo step per gesture: the canvas driven with synthetic mouse and key
// events. Two separate drags of the same handle or bendpoint are two steps (they
// merged on ids alone before); a key held down, repeating, is one step.
#include <support/modelcompare.h>
#include <support/canvasfixture.h>
#include <support/samplemodel.h>

#include <widgets/canvas/connectionitem.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/canvas/nodeitem.h>
#include <widgets/document/document.h>

#include <QApplication>
#include <QKeyEvent>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const ViewId Overall(u"id-v-1"_s);
const NodeId N2(u"id-n-2"_s);
const NodeId N3(u"id-n-3"_s);

struct Canvas : test::CanvasFixture
{
    Canvas() : CanvasFixture(QPointF(300, 250)) {}
    QRectF bounds(const NodeId &id) const { return diagram().nodes.find(id)->bounds; }
    int steps() { return document.undoStack()->count(); }
    void drag(const QPointF &from, const QPointF &to)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, at(from));
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(viewport(), at(from + (to - from) * i / 6));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at(to));
    }
    void key(int key, bool autoRepeat)
    {
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(), autoRepeat);
        QApplication::sendEvent(viewport(), &press);
    }
};

} // namespace

class TestGestures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoResizesAreTwoSteps();
    void twoBendpointDragsAreTwoSteps();
    void twoMovesAreTwoSteps();
    void heldArrowKeyIsOneStep();
};

void TestGestures::twoResizesAreTwoSteps()
{
    Canvas c;
    const QRectF start = c.bounds(N3);
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(start.center()));
    c.drag(start.bottomRight(), start.bottomRight() + QPointF(60, 40));
    const QRectF first = c.bounds(N3);
    QVERIFY(first != start);
    c.drag(first.bottomRight(), first.bottomRight() + QPointF(40, 30));
    QVERIFY(c.bounds(N3) != first);
    QCOMPARE(c.steps(), 2);
    c.document.undoStack()->undo();
    QCOMPARE(c.bounds(N3), first);
    c.document.undoStack()->undo();
    QCOMPARE(c.bounds(N3), start);
}

void TestGestures::twoBendpointDragsAreTwoSteps()
{
    Canvas c;
    const ConnectionId id(u"id-c-2"_s);
    const QPolygonF route = c.scene->connectionItem(id)->route();
    const QPointF middle = (route.first() + route.last()) / 2;
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(middle));
    QVERIFY(c.scene->connectionItem(id)->isSelected());
    c.drag(middle, middle + QPointF(0, 60)); // a new bendpoint
    QCOMPARE(c.diagram().connections.find(id)->bendpoints.size(), 1);
    QPointF bend = c.diagram().connections.find(id)->bendpoints.first();
    c.drag(bend, bend + QPointF(30, 0)); // moved once
    const QPointF once = c.diagram().connections.find(id)->bendpoints.first();
    QVERIFY(once != bend);
    c.drag(once, once + QPointF(0, 40)); // and again
    QVERIFY(c.diagram().connections.find(id)->bendpoints.first() != once);
    QCOMPARE(c.steps(), 3);
    c.document.undoStack()->undo();
    QCOMPARE(c.diagram().connections.find(id)->bendpoints.first(), once);
}

void TestGestures::twoMovesAreTwoSteps()
{
    Canvas c;
    const QRectF start = c.bounds(N2);
    c.drag(start.center(), start.center() + QPointF(0, 100));
    const QRectF first = c.bounds(N2);
    c.drag(first.center(), first.center() + QPointF(0, 100));
    QCOMPARE(c.steps(), 2);
    c.document.undoStack()->undo();
    QCOMPARE(c.bounds(N2), first);
}

void TestGestures::heldArrowKeyIsOneStep()
{
    Canvas c;
    const QRectF start = c.bounds(N2);
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(start.center()));
    c.key(Qt::Key_Right, false);
    for (int i = 0; i < 4; ++i)
        c.key(Qt::Key_Right, true); // the key held down
    QCOMPARE(c.bounds(N2).topLeft(), start.topLeft() + QPointF(50, 0));
    QCOMPARE(c.steps(), 1);
    // Pressed again: a gesture of its own.
    c.key(Qt::Key_Right, false);
    c.key(Qt::Key_Right, false);
    QCOMPARE(c.steps(), 3);
    c.document.undoStack()->undo();
    c.document.undoStack()->undo();
    QCOMPARE(c.bounds(N2).topLeft(), start.topLeft() + QPointF(50, 0));
    c.document.undoStack()->undo();
    QCOMPARE(c.bounds(N2), start);
}

QTEST_MAIN(TestGestures)
#include "tst_gestures.moc"
