// The canvas stacks its items exactly as the DiagramPainter paints: the view's
// node order, children above parents, connections above the container of their
// ends, the selection in front; and in-place renaming hides the label it edits.

#include <support/modelcompare.h>
#include <support/nestedview.h>

#include <model/edit/arrangeedits.h>
#include <model/edit/viewedits.h>
#include <model/export/painter/diagrampainter.h>
#include <widgets/canvas/connectionitem.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/labeleditor.h>
#include <widgets/canvas/nodeitem.h>
#include <widgets/document/document.h>

#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextDocument>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace kt;

namespace {

struct Canvas
{
    Canvas() : document(test::nestedModel()), scene(&document, test::NestedView) {}
    const View &view() const { return *document.model().view(test::NestedView); }

    // The node item in front at a point of the view.
    NodeId topNodeAt(const QPointF &at) const
    {
        for (QGraphicsItem *item : scene.items(at))
            if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
                return node->nodeId();
        return {};
    }

    Document document;
    DiagramScene scene;
};

constexpr double Scale = 2;

// A node item as it paints itself, at twice its size.
QImage paintItem(NodeItem *item)
{
    const QSizeF size = item->sceneRect().size();
    QImage image((size * Scale).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(Scale, Scale);
    QStyleOptionGraphicsItem option;
    item->paint(&p, &option, nullptr);
    return image;
}

// The painter's drawing of the node, at twice its size.
QImage paintNode(const DiagramPainter &painter, ViewNode node, const NodePaintOptions &options)
{
    node.bounds.moveTopLeft(QPointF(0, 0));
    QImage image((node.bounds.size() * Scale).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(Scale, Scale);
    p.setRenderHint(QPainter::Antialiasing);
    painter.paintNode(&p, node, DiagramPainter::Detail::Full, options);
    return image;
}

LabelEditor *openEditor(const DiagramScene &scene)
{
    for (QGraphicsItem *item : scene.items())
        if (auto *editor = dynamic_cast<LabelEditor *>(item))
            return editor;
    return nullptr;
}

} // namespace

class TestCanvasStacking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineBetweenNestedNodesIsVisible()
    {
        Canvas canvas;
        QImage image(QSize(900, 320) * Scale, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        canvas.scene.render(&p, QRectF(QPointF(0, 0), image.size()), QRectF(0, 0, 900, 320));
        p.end();
        int red = 0;
        int samples = 0;
        for (double x = 190; x <= 290; x += 1, ++samples)
            for (int dy = -1; dy <= 1; ++dy)
                if (test::isLineRed(image.pixelColor(int(x * Scale),
                                                     int(test::NestedLineY * Scale) + dy))) {
                    ++red;
                    break;
                }
        QVERIFY2(red > samples * 0.9, qPrintable(u"%1 of %2"_s.arg(red).arg(samples)));
        // Stacked as the painter orders: the line above its container's children.
        ConnectionItem *line = canvas.scene.connectionItem(test::NestedLine);
        QVERIFY(line->zValue() > canvas.scene.nodeItem(test::NestedParent)->zValue());
        QVERIFY(line->zValue() > canvas.scene.nodeItem(test::NestedA)->zValue());
        QVERIFY(line->zValue() < canvas.scene.nodeItem(test::SmallNode)->zValue());
    }

    void childrenAboveParents()
    {
        Canvas canvas;
        QCOMPARE(canvas.topNodeAt(QPointF(100, 130)), test::NestedA);
        QCOMPARE(canvas.topNodeAt(QPointF(250, 220)), test::NestedParent);
    }

    void laterNodeCoversEarlierOne()
    {
        Canvas canvas;
        QCOMPARE(canvas.topNodeAt(QPointF(test::SmallX, test::SmallY)), test::BigNode);
    }

    void bringToFrontAndSendToBackRestack()
    {
        Canvas canvas;
        const QPointF at(test::SmallX, test::SmallY);
        QString error;
        QVERIFY2(canvas.document.push(std::make_unique<ReorderNodes>(
                                              test::NestedView, QList<NodeId>{test::SmallNode},
                                              ReorderNodes::Direction::ToFront),
                                      &error),
                 qPrintable(error));
        canvas.scene.clearSelection();
        QCOMPARE(canvas.topNodeAt(at), test::SmallNode);
        QVERIFY2(canvas.document.push(std::make_unique<ReorderNodes>(
                                              test::NestedView, QList<NodeId>{test::SmallNode},
                                              ReorderNodes::Direction::ToBack),
                                      &error),
                 qPrintable(error));
        QCOMPARE(canvas.topNodeAt(at), test::BigNode);
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.topNodeAt(at), test::SmallNode);
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.topNodeAt(at), test::BigNode);
    }

    void selectedNodeComesToFront()
    {
        Canvas canvas;
        const QPointF at(test::SmallX, test::SmallY);
        canvas.scene.selectNodes({test::SmallNode});
        QCOMPARE(canvas.topNodeAt(at), test::SmallNode);
        canvas.scene.clearSelection();
        QCOMPARE(canvas.topNodeAt(at), test::BigNode);
        // A selected child stays in front of its parent's other children only.
        canvas.scene.selectNodes({test::NestedA});
        QVERIFY(canvas.scene.nodeItem(test::NestedA)->zValue()
                > canvas.scene.nodeItem(test::NestedB)->zValue());
        QVERIFY(canvas.scene.nodeItem(test::NestedA)->zValue()
                < canvas.scene.nodeItem(test::SmallNode)->zValue());
    }

    void draggedNodeStaysOnTop()
    {
        Canvas canvas;
        QGraphicsView view(&canvas.scene);
        view.resize(1000, 400);
        view.show();
        view.centerOn(QPointF(450, 160));
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF from(test::SmallX, 150);
        const QPointF to(700, 120); // over the big node
        canvas.scene.selectNodes({test::SmallNode}); // else the press grabs the big one
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(from));
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(view.viewport(), view.mapFromScene(from + (to - from) * i / 5));
        QVERIFY(canvas.scene.nodeItem(test::SmallNode)->sceneRect().contains(to));
        QCOMPARE(canvas.topNodeAt(to), test::SmallNode);
        QVERIFY(canvas.scene.nodeItem(test::SmallNode)->zValue() >= DiagramScene::DragRaise);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(to));
        QVERIFY(canvas.view().nodes.find(test::SmallNode)->bounds.contains(to));
        // Still selected after the drop: in front.
        QCOMPARE(canvas.topNodeAt(to), test::SmallNode);
        canvas.scene.clearSelection();
        QCOMPARE(canvas.topNodeAt(to), test::BigNode);
    }

    void linesInsideADraggedContainerStayVisible()
    {
        Canvas canvas;
        QGraphicsView view(&canvas.scene);
        view.resize(1000, 400);
        view.show();
        view.centerOn(QPointF(450, 160));
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF from(250, 60); // the container's header
        const QPointF to(260, 80);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(from));
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(view.viewport(), view.mapFromScene(from + (to - from) * i / 5));
        NodeItem *parent = canvas.scene.nodeItem(test::NestedParent);
        ConnectionItem *line = canvas.scene.connectionItem(test::NestedLine);
        QVERIFY(parent->zValue() >= DiagramScene::DragRaise);
        QVERIFY(line->zValue() > parent->zValue());
        QVERIFY(line->zValue() > canvas.scene.nodeItem(test::NestedA)->zValue());
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(to));
        QVERIFY(line->zValue() < DiagramScene::DragRaise);
        QVERIFY(line->zValue() > parent->zValue());
    }

    void renameHidesTheLabelAndMatchesIt()
    {
        Canvas canvas;
        // A font of its own, so that the editor can only match by asking the painter.
        ViewNode styled = *canvas.view().nodes.find(test::NestedA);
        const DiagramPainter &painter = canvas.scene.painter();
        NodeItem *item = canvas.scene.nodeItem(test::NestedA);
        const QImage withLabel = paintItem(item);
        canvas.scene.editLabel(test::NestedA);
        LabelEditor *editor = openEditor(canvas.scene);
        QVERIFY(editor);
        QVERIFY(item->isEditingLabel());
        const QImage editing = paintItem(item);
        QVERIFY(editing != withLabel);
        QCOMPARE(editing, paintNode(painter, styled, {.label = false}));
        QCOMPARE(editor->font(), painter.labelFont(styled));
        const QRectF area = painter.labelArea(styled, false);
        QCOMPARE(editor->textWidth(), area.width());
        QVERIFY(area.contains(editor->pos()));
        QCOMPARE(editor->document()->defaultTextOption().alignment(), Qt::AlignHCenter);
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        canvas.scene.sendEvent(editor, &escape);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!item->isEditingLabel());
        QCOMPARE(paintItem(item), withLabel);
    }

    void renameTakesTheNodeStyle()
    {
        Canvas canvas;
        ViewNode node = *canvas.view().nodes.find(test::NestedB);
        node.style.fontSize = 14;
        node.style.textAlignment = TextAlignment::Right;
        QString error;
        QVERIFY2(canvas.document.push(std::make_unique<SetNodeStyle>(test::NestedView, node.id,
                                                                     node.style),
                                      &error),
                 qPrintable(error));
        canvas.scene.editLabel(node.id);
        LabelEditor *editor = openEditor(canvas.scene);
        QVERIFY(editor);
        QCOMPARE(editor->font().pointSizeF(), 14.0);
        QCOMPARE(editor->font(), canvas.scene.painter().labelFont(node));
        QCOMPARE(editor->document()->defaultTextOption().alignment(), Qt::AlignRight);
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        canvas.scene.sendEvent(editor, &escape);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!openEditor(canvas.scene));
        // The container's label is edited in its header strip.
        canvas.scene.editLabel(test::NestedParent);
        editor = openEditor(canvas.scene);
        QVERIFY(editor);
        QVERIFY(canvas.scene.nodeItem(test::NestedParent)->isContainer());
        const ViewNode &parent = *canvas.view().nodes.find(test::NestedParent);
        QCOMPARE(editor->pos(), canvas.scene.painter().labelArea(parent, true).topLeft());
    }
};

QTEST_MAIN(TestCanvasStacking)
#include "tst_canvasstacking.moc"
