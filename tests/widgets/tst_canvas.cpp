// The canvas driven as a user drives it: real DiagramView, QTest mouse and key
// events, offscreen. Every gesture becomes one undoable edit; undo returns the
// model to exactly the state before (compared field by field).
#include <support/modelcompare.h>
#include <support/canvasfixture.h>
#include <support/samplemodel.h>

#include <model/edit/elementedits.h>
#include <model/edit/viewedits.h>
#include <model/meta/profileregistry.h>
#include <widgets/canvas/connectionitem.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/canvas/nodeitem.h>
#include <widgets/canvas/placetool.h>
#include <widgets/document/document.h>

#include <QApplication>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const ViewId overall(u"id-v-1"_s);

struct Canvas : test::CanvasFixture
{
    Canvas() : CanvasFixture(QPointF(300, 250)) {}
    QRectF bounds(const char *node) const
    {
        return diagram().nodes.find(NodeId(QString::fromLatin1(node)))->bounds;
    }
    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, at(from));
        const int steps = 6;
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(viewport(), at(from + (to - from) * i / steps));
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, at(to));
    }
};

void sendDrop(QWidget *target, const QPoint &pos, QMimeData *mime)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

// Types text as a keyboard with an input method would (QTest::keyClicks takes ASCII only).
void typeText(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &release);
    }
}

QString typeIn(const Profile &profile, const QString &layer)
{
    for (const ElementType &t : profile.elementTypes())
        if (t.layer == layer && !t.generic)
            return t.id;
    return {};
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsMirrorTheView();
    void dropFromPaletteCreatesElement();
    void clickToPlace();
    void moveWithSnapAndUndo();
    void moveGroupMovesContent();
    void resizeWithHandleAndUndo();
    void rubberBandAndCtrlClick();
    void renameInPlaceAndUndo();
    void connectAllowedAndRefused();
    void deleteAndUndo();
    void nudgeWithArrowKeys();
    void addAndMoveBendpoint();
    void zoomAndFit();
    void saveAndReopenEqual();
    void followsModelChanges();
    void detailCountsDevicePixels();
};

void TestCanvas::itemsMirrorTheView()
{
    Canvas c;
    QCOMPARE(c.scene->nodeItems().size(), c.diagram().nodes.size());
    for (const ViewNode &node : c.diagram().nodes) {
        NodeItem *item = c.scene->nodeItem(node.id);
        QVERIFY(item);
        QCOMPARE(item->sceneRect(), node.bounds);
    }
    for (const ViewConnection &connection : c.diagram().connections)
        QVERIFY(c.scene->connectionItem(connection.id));
}

void TestCanvas::dropFromPaletteCreatesElement()
{
    Canvas c;
    const ModelData before = c.data();
    const QString type = typeIn(c.data().profile.operator*(), u"technology"_s);
    auto *mime = new QMimeData;
    mime->setData(u"application/x-kientruc-element-type"_s, type.toUtf8());
    sendDrop(c.viewport(), c.at(QPointF(700, 420)), mime);
    delete mime;
    QCOMPARE(c.data().elements.size(), before.elements.size() + 1);
    const Element &added = c.data().elements.at(c.data().elements.size() - 1);
    QCOMPARE(added.type, type);
    QCOMPARE(c.diagram().nodes.size(), before.views.find(overall)->nodes.size() + 1);
    bool shown = false;
    for (const ViewNode &node : c.diagram().nodes)
        if (node.element == added.id) {
            shown = true;
            QVERIFY(node.bounds.contains(QPointF(700, 420)));
            QCOMPARE(std::fmod(node.bounds.x(), 10.0), 0.0); // snapped
        }
    QVERIFY(shown);
    c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.data(), before);
    c.document.undoStack()->redo();
    QCOMPARE(c.data().elements.size(), before.elements.size() + 1);
}

void TestCanvas::clickToPlace()
{
    Canvas c;
    const QString type = typeIn(*c.data().profile, u"users"_s);
    c.scene->setPlaceTool(type);
    const qsizetype count = c.data().elements.size();
    // Inside the band: the new node is nested in it.
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(QPointF(400, 120)));
    QCOMPARE(c.data().elements.size(), count + 1);
    const ViewNode &node = c.diagram().nodes.at(c.diagram().nodes.indexOf(NodeId(u"id-n-1"_s)) + 1);
    QCOMPARE(node.parent, NodeId(u"id-n-band"_s));
    QCOMPARE(c.data().elements.find(node.element)->type, type);
    QVERIFY(dynamic_cast<const PlaceTool *>(c.scene->tool()) == nullptr); // back to selecting
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(QPointF(700, 600)));
    QCOMPARE(c.data().elements.size(), count + 1);
}

void TestCanvas::moveWithSnapAndUndo()
{
    Canvas c;
    const ModelData before = c.data();
    const QRectF start = c.bounds("id-n-2");
    // Far from other nodes, so no alignment guide pulls it off the grid.
    c.drag(start.center(), start.center() + QPointF(53, 227));
    const QRectF moved = c.bounds("id-n-2");
    QCOMPARE(moved.size(), start.size());
    QVERIFY(moved.topLeft() != start.topLeft());
    QCOMPARE(std::fmod(moved.x(), 10.0), 0.0);
    QCOMPARE(std::fmod(moved.y(), 10.0), 0.0);
    QCOMPARE(c.scene->nodeItem(NodeId(u"id-n-2"_s))->sceneRect(), moved);
    QCOMPARE(c.document.undoStack()->count(), 1);
    c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.data(), before);
    QCOMPARE(c.scene->nodeItem(NodeId(u"id-n-2"_s))->sceneRect(), start);
}

void TestCanvas::moveGroupMovesContent()
{
    Canvas c;
    const QRectF band = c.bounds("id-n-band");
    const QRectF child = c.bounds("id-n-1");
    // Press on the band's title area (the band is picked by its header).
    const QPointF grip = band.topLeft() + QPointF(300, 10);
    c.drag(grip, grip + QPointF(0, 40));
    QCOMPARE(c.bounds("id-n-band").topLeft(), band.topLeft() + QPointF(0, 40));
    QCOMPARE(c.bounds("id-n-1").topLeft(), child.topLeft() + QPointF(0, 40));
}

void TestCanvas::resizeWithHandleAndUndo()
{
    Canvas c;
    const ModelData before = c.data();
    const QRectF start = c.bounds("id-n-3");
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(start.center()));
    QVERIFY(c.scene->nodeItem(NodeId(u"id-n-3"_s))->isSelected());
    c.drag(start.bottomRight(), start.bottomRight() + QPointF(60, 40));
    const QRectF resized = c.bounds("id-n-3");
    QCOMPARE(resized.topLeft(), start.topLeft());
    QVERIFY(resized.width() > start.width() + 40);
    QVERIFY(resized.height() > start.height() + 20);
    c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.data(), before);
}

void TestCanvas::rubberBandAndCtrlClick()
{
    Canvas c;
    // A rectangle around nodes 2 and 3 (in the empty area below the band).
    c.drag(QPointF(10, 250), QPointF(460, 345));
    QList<NodeId> selected = c.scene->selectedNodeIds();
    QCOMPARE(selected, (QList<NodeId>{NodeId(u"id-n-2"_s), NodeId(u"id-n-3"_s)}));
    QTest::mouseClick(c.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      c.at(c.bounds("id-n-2").center()));
    QCOMPARE(c.scene->selectedNodeIds(), (QList<NodeId>{NodeId(u"id-n-3"_s)}));
    QVERIFY(c.document.undoStack()->count() == 0); // selecting changes nothing
}

void TestCanvas::renameInPlaceAndUndo()
{
    Canvas c;
    const ModelData before = c.data();
    QTest::mouseDClick(c.viewport(), Qt::LeftButton, {}, c.at(c.bounds("id-n-3").center()));
    QApplication::processEvents();
    QGraphicsItem *editor = c.scene->focusItem();
    QVERIFY(editor);
    QTest::keyClick(c.viewport(), Qt::Key_A, Qt::ControlModifier);
    typeText(c.viewport(), u"Hệ thống mới"_s);
    QTest::keyClick(c.viewport(), Qt::Key_Return);
    QApplication::processEvents();
    QCOMPARE(c.data().elements.find(ElementId(u"id-e-app"_s))->name, u"Hệ thống mới"_s);
    c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.data(), before);
    // F2 on a selected node starts the same editor; Escape leaves the name alone.
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.bounds("id-n-2").center()));
    QTest::keyClick(c.viewport(), Qt::Key_F2);
    QVERIFY(c.scene->focusItem());
    QTest::keyClicks(c.viewport(), u"xyz"_s);
    QTest::keyClick(c.viewport(), Qt::Key_Escape);
    QApplication::processEvents();
    KT_COMPARE_MODELS(c.data(), before);
}

void TestCanvas::connectAllowedAndRefused()
{
    Canvas c;
    const ModelData before = c.data();
    QSignalSpy messages(c.scene, &DiagramScene::statusMessage);
    QString offered;
    c.scene->setRelationshipChooser([&](const QList<const RelationshipType *> &types, const QPointF &) {
        for (const RelationshipType *t : types) {
            offered += t->id + u' ';
            if (t->generic)
                return QString(); // never offered
        }
        return types.first()->id;
    });
    // Citizen (users) -> app (data-apps): allowed types only.
    c.scene->setConnectTool();
    c.drag(c.bounds("id-n-1").center(), c.bounds("id-n-3").center());
    const Element &citizen = *c.data().elements.find(ElementId(u"id-e-citizen"_s));
    const Element &app = *c.data().elements.find(ElementId(u"id-e-app"_s));
    const auto allowed = c.data().profile->allowedRelationships(citizen.type, app.type);
    if (c.data().relationships.size() == before.relationships.size() + 1) {
        const Relationship &r = c.data().relationships.at(c.data().relationships.size() - 1);
        QCOMPARE(r.source, citizen.id);
        QCOMPARE(r.target, app.id);
        QVERIFY(c.data().profile->isAllowed(r.type, citizen.type, app.type));
        QVERIFY(!c.data().profile->relationshipType(r.type)->generic);
        QCOMPARE(c.diagram().connections.size(), before.views.find(overall)->connections.size() + 1);
    } else {
        // The framework allows nothing specific between them: refused with a message.
        for (const RelationshipType *t : allowed)
            QVERIFY(t->generic);
        QVERIFY(!messages.isEmpty());
    }
    // A preferred type that the framework forbids between the ends is refused.
    QString forbidden;
    for (const RelationshipType &t : c.data().profile->relationshipTypes())
        if (!t.generic && !c.data().profile->isAllowed(t.id, app.type, citizen.type))
            forbidden = t.id;
    QVERIFY(!forbidden.isEmpty());
    const qsizetype count = c.data().relationships.size();
    messages.clear();
    c.scene->setConnectTool(forbidden);
    c.drag(c.bounds("id-n-3").center(), c.bounds("id-n-1").center());
    QCOMPARE(c.data().relationships.size(), count);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(app.name));
    // Undo of the connection.
    while (c.document.undoStack()->canUndo())
        c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.data(), before);
}

void TestCanvas::deleteAndUndo()
{
    Canvas c;
    const ModelData before = c.data();
    c.scene->selectNodes({NodeId(u"id-n-band"_s)});
    QVERIFY(c.scene->nodeItem(NodeId(u"id-n-band"_s))->isSelected());
    // Removing the band removes its nested node and connections on them, not elements.
    c.scene->push(std::make_unique<RemoveNodes>(overall, QSet<NodeId>{NodeId(u"id-n-band"_s)}));
    QVERIFY(!c.scene->nodeItem(NodeId(u"id-n-1"_s)));
    QVERIFY(!c.scene->connectionItem(ConnectionId(u"id-c-1"_s)));
    QCOMPARE(c.data().elements.size(), before.elements.size());
    c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.data(), before);
    QVERIFY(c.scene->nodeItem(NodeId(u"id-n-1"_s)));
    QVERIFY(c.scene->connectionItem(ConnectionId(u"id-c-1"_s)));
}

void TestCanvas::nudgeWithArrowKeys()
{
    Canvas c;
    const ModelData before = c.data();
    const QRectF start = c.bounds("id-n-2");
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(start.center()));
    QTest::keyClick(c.viewport(), Qt::Key_Right);
    QTest::keyClick(c.viewport(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(c.bounds("id-n-2").topLeft(), start.topLeft() + QPointF(10, 1));
    c.document.undoStack()->undo();
    c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.data(), before);
}

void TestCanvas::addAndMoveBendpoint()
{
    Canvas c;
    const ModelData before = c.data();
    const ConnectionId id(u"id-c-2"_s);
    const QPolygonF route = c.scene->connectionItem(id)->route();
    const QPointF middle = (route.first() + route.last()) / 2;
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(middle));
    QVERIFY(c.scene->connectionItem(id)->isSelected());
    // Dragging the selected line puts a bendpoint where it is dropped.
    c.drag(middle, middle + QPointF(0, 60));
    const ViewConnection *connection = c.diagram().connections.find(id);
    QCOMPARE(connection->bendpoints.size(), 1);
    const QPointF bend = connection->bendpoints.first();
    QVERIFY(QLineF(bend, middle + QPointF(0, 60)).length() < 10);
    // Dragging the bendpoint moves it.
    c.drag(bend, bend + QPointF(30, 0));
    QCOMPARE(c.diagram().connections.find(id)->bendpoints.size(), 1);
    QVERIFY(QLineF(c.diagram().connections.find(id)->bendpoints.first(), bend + QPointF(30, 0)).length() < 10);
    c.document.undoStack()->undo();
    c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.data(), before);
}

void TestCanvas::zoomAndFit()
{
    Canvas c;
    c.view->zoomIn();
    QVERIFY(c.view->zoom() > 1.2);
    c.view->zoomActualSize();
    QCOMPARE(c.view->zoom(), 1.0);
    QWheelEvent wheel(QPointF(600, 400), c.viewport()->mapToGlobal(QPointF(600, 400)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(c.viewport(), &wheel);
    QVERIFY(c.view->zoom() > 1.1);
    c.view->zoomToFit();
    const QRectF visible = c.view->mapToScene(c.viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(c.scene->painter().contentBounds(c.diagram())));

    // A fitted diagram stays fitted when the view is resized (the window and its
    // panels settle after a file opens) ...
    const double fitted = c.view->zoom();
    c.view->resize(c.view->size() / 2);
    QVERIFY(c.view->zoom() < fitted * 0.8);
    QVERIFY(c.view->mapToScene(c.viewport()->rect())
                    .boundingRect()
                    .contains(c.scene->painter().contentBounds(c.diagram())));
    // ... until the user zooms.
    c.view->zoomIn();
    const double zoomed = c.view->zoom();
    c.view->resize(c.view->size() * 2);
    QCOMPARE(c.view->zoom(), zoomed);
}

void TestCanvas::saveAndReopenEqual()
{
    Canvas c;
    c.drag(c.bounds("id-n-2").center(), c.bounds("id-n-2").center() + QPointF(100, 60));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"canvas.ktm"_s);
    QString error;
    QVERIFY2(c.document.save(path, &error), qPrintable(error));
    QVERIFY(!c.document.isModified());
    std::unique_ptr<Document> reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    KT_COMPARE_MODELS(reopened->model().data(), c.data());
}

void TestCanvas::followsModelChanges()
{
    Canvas c;
    // A change made elsewhere (the properties panel, say) shows on the canvas.
    c.document.push(std::make_unique<SetNodeBounds>(overall, NodeId(u"id-n-3"_s),
                                                    QRectF(500, 500, 200, 80)));
    QCOMPARE(c.scene->nodeItem(NodeId(u"id-n-3"_s))->sceneRect(), QRectF(500, 500, 200, 80));
    c.document.push(std::make_unique<RemoveElements>(QSet<ElementId>{ElementId(u"id-e-portal"_s)}));
    QVERIFY(!c.scene->nodeItem(NodeId(u"id-n-2"_s)));
    QVERIFY(!c.scene->connectionItem(ConnectionId(u"id-c-2"_s)));
    c.document.undoStack()->undo();
    QVERIFY(c.scene->nodeItem(NodeId(u"id-n-2"_s)));
    QVERIFY(c.scene->connectionItem(ConnectionId(u"id-c-2"_s)));
}

// The detail a shape is painted with follows its size in device pixels: at a zoom of
// 28 % names are hidden on a screen at 100 % and shown on one at 200 %.
void TestCanvas::detailCountsDevicePixels()
{
    const QStyleOptionGraphicsItem option;
    for (const double ratio : {1.0, 2.0}) {
        QImage image(40, 40, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        QPainter painter(&image);
        painter.scale(0.28, 0.28);
        QCOMPARE(DiagramScene::detailFor(&painter, &option),
                 ratio == 1.0 ? DiagramPainter::Detail::Outline : DiagramPainter::Detail::Full);
        painter.resetTransform();
        painter.scale(0.1, 0.1);
        QCOMPARE(DiagramScene::detailFor(&painter, &option), DiagramPainter::Detail::Outline);
    }
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
