// When a drop or a click cannot work, the status bar and the canvas say why: the
// scene's statusMessage, and the same words drawn on the canvas for a while.
#include <support/samplemodel.h>

#include <model/compose/diagramcomposer.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/document/document.h>
#include <widgets/panels/dragmimedata.h>

#include <QApplication>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const ViewId Overall(u"id-v-1"_s);

void sendDrop(QWidget *target, const QPoint &pos, QMimeData *mime)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalsAreSaid_data();
    void refusalsAreSaid();
    void noticeGoesAway();
    void noticeOnlyOnTheScreen();
};

using Gesture = std::function<void(DiagramScene *, DiagramView *)>;
Q_DECLARE_METATYPE(Gesture)

void TestNotices::refusalsAreSaid_data()
{
    QTest::addColumn<Gesture>("gesture");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("drop of an unknown type") << Gesture([](DiagramScene *, DiagramView *view) {
        std::unique_ptr<QMimeData> mime(createElementTypeMimeData(u"no-such-type"_s));
        sendDrop(view->viewport(), view->mapFromScene(QPointF(700, 450)), mime.get());
    }) << u"no-such-type"_s;
    QTest::newRow("drop of elements of another model")
            << Gesture([](DiagramScene *, DiagramView *view) {
                   std::unique_ptr<QMimeData> mime(
                           createElementIdsMimeData({ElementId(u"id-elsewhere"_s)}));
                   sendDrop(view->viewport(), view->mapFromScene(QPointF(700, 450)), mime.get());
               })
            << u"model"_s;
    QTest::newRow("click on the bare canvas to connect")
            << Gesture([](DiagramScene *scene, DiagramView *view) {
                   scene->setConnectTool();
                   QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                                     view->mapFromScene(QPointF(700, 450)));
               })
            << u"Click an element"_s;
    QTest::newRow("a move too far") << Gesture([](DiagramScene *scene, DiagramView *) {
        scene->push(scene->composer().moveNodes({NodeId(u"id-n-2"_s)}, QPointF(3e8, 0), false));
    }) << u"too far"_s;
}

void TestNotices::refusalsAreSaid()
{
    QFETCH(Gesture, gesture);
    QFETCH(QString, messagePart);
    Document document(test::sampleModel());
    DiagramScene scene(&document, Overall);
    DiagramView view(&scene);
    view.resize(1200, 800);
    view.show();
    view.centerOn(QPointF(400, 300));
    QApplication::processEvents();
    QSignalSpy messages(&scene, &DiagramScene::statusMessage);
    QVERIFY(scene.notice().isEmpty());
    gesture(&scene, &view);
    QCOMPARE(messages.count(), 1);
    const QString message = messages.first().first().toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    QCOMPARE(scene.notice(), message);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestNotices::noticeGoesAway()
{
    Document document(test::sampleModel());
    DiagramScene scene(&document, Overall);
    Q_EMIT scene.statusMessage(u"Something to say"_s);
    QCOMPARE(scene.notice(), u"Something to say"_s);
    // A newer message takes its place.
    Q_EMIT scene.statusMessage(u"Something else"_s);
    QCOMPARE(scene.notice(), u"Something else"_s);
    QTRY_VERIFY_WITH_TIMEOUT(scene.notice().isEmpty(), DiagramScene::NoticeMilliseconds + 2000);
}

// The notice is drawn on the canvas, not in the overview (which renders the
// scene into an image) nor anywhere else the scene is rendered.
void TestNotices::noticeOnlyOnTheScreen()
{
    Document document(test::sampleModel());
    DiagramScene scene(&document, Overall);
    // With no view and no mouse yet, the notice goes at the origin.
    const QRectF area(-50, -50, 400, 300);
    const auto render = [&]() {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(image.rect()), area);
        return image;
    };
    const QImage before = render();
    Q_EMIT scene.statusMessage(u"Something to say"_s);
    QCOMPARE(scene.notice(), u"Something to say"_s);
    const QImage after = render();
    QCOMPARE(after, before);
}

QTEST_MAIN(TestNotices)
#include "tst_notices.moc"
