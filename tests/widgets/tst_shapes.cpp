// Groups and notes from the palette: a group placed on the canvas holds the
// elements dropped or moved into it, and they move with it; a note of free text;
// a legend and a title block placed, moved, resized and deleted like notes.
#include <support/modelcompare.h>
#include <support/canvasfixture.h>
#include <support/samplemodel.h>

#include <model/compose/diagramcomposer.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/canvas/nodeitem.h>
#include <widgets/document/document.h>
#include <widgets/panels/dragmimedata.h>
#include <widgets/panels/palettemodel.h>

#include <QApplication>
#include <QMimeData>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const ViewId Overall(u"id-v-1"_s);

struct Canvas : test::CanvasFixture
{
    Canvas() : CanvasFixture(QPointF(400, 300)) {}
    const ViewNode &node(const NodeId &id) const { return *diagram().nodes.find(id); }
    // Drops what the palette drags for the row of that id.
    NodeId drop(const QString &id, const QPointF &scenePos)
    {
        QSet<NodeId> before;
        for (const ViewNode &n : diagram().nodes)
            before.insert(n.id);
        std::unique_ptr<QMimeData> mime(createElementTypeMimeData(id));
        const QPoint pos = at(scenePos);
        QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
        QDropEvent drop(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &drop);
        for (const ViewNode &n : diagram().nodes)
            if (!before.contains(n.id))
                return n.id;
        return {};
    }
    void drag(const QPointF &from, const QPointF &to)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, at(from));
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(viewport(), at(from + (to - from) * i / 6));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at(to));
    }
};

QString someElementType(const Document &document)
{
    for (const ElementType &type : document.model().profile().elementTypes())
        if (!type.generic)
            return type.id;
    return {};
}

} // namespace

class TestShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paletteOffersGroupAndNote();
    void groupHoldsWhatIsDroppedAndMovedIntoIt();
    void noteOfFreeText();
    void legendAndTitleBlock();
};

void TestShapes::paletteOffersGroupAndNote()
{
    PaletteModel model;
    model.setProfile(test::sampleModel().profile);
    for (const QString &id : {QString(GroupShapeId), QString(NoteShapeId),
                              QString(LegendShapeId), QString(TitleBlockShapeId)}) {
        const QModelIndex index = model.indexOf(PaletteModel::ElementTypeRow, id);
        QVERIFY2(index.isValid(), qPrintable(id));
        QVERIFY(model.flags(index) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(model.mimeData({index}));
        QCOMPARE(elementTypeFromMimeData(mime.get()), id);
    }
}

void TestShapes::groupHoldsWhatIsDroppedAndMovedIntoIt()
{
    Canvas c;
    const ModelData before = c.document.model().data();
    const NodeId group = c.drop(GroupShapeId, QPointF(800, 450));
    QVERIFY(!group.isNull());
    QCOMPARE(c.node(group).kind, NodeKind::Group);
    const QRectF frame = c.node(group).bounds;
    QVERIFY(frame.contains(QPointF(800, 450)));

    // Dropped into it: nested.
    const NodeId inside = c.drop(someElementType(c.document), frame.center() + QPointF(-80, 20));
    QVERIFY(!inside.isNull());
    QCOMPARE(c.node(inside).parent, group);
    // Moved into it from the canvas: nested.
    const NodeId portal(u"id-n-2"_s);
    const QPointF portalCentre = c.node(portal).bounds.center();
    c.drag(portalCentre, frame.center() + QPointF(100, 40));
    QCOMPARE(c.node(portal).parent, group);

    // The group dragged by its title: what it holds moves along.
    const QRectF insideBefore = c.node(inside).bounds;
    const QRectF portalBefore = c.node(portal).bounds;
    const QPointF title = frame.topLeft() + QPointF(frame.width() / 2, 8);
    c.drag(title, title + QPointF(-100, 60));
    const QPointF moved = c.node(group).bounds.topLeft() - frame.topLeft();
    QVERIFY(!moved.isNull());
    QCOMPARE(c.node(inside).bounds, insideBefore.translated(moved));
    QCOMPARE(c.node(portal).bounds, portalBefore.translated(moved));
    QCOMPARE(c.node(inside).parent, group);

    // Dragged out onto the bare canvas: no longer nested.
    const QPointF from = c.node(inside).bounds.center();
    c.drag(from, from + QPointF(0, 400));
    QVERIFY(c.node(inside).parent.isNull());

    while (c.document.undoStack()->canUndo())
        c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.document.model().data(), before);
}

void TestShapes::noteOfFreeText()
{
    Canvas c;
    const NodeId note = c.drop(NoteShapeId, QPointF(800, 450));
    QVERIFY(!note.isNull());
    QCOMPARE(c.node(note).kind, NodeKind::Note);
    QVERIFY(c.scene->push(c.scene->composer().rename(note, u"Ghi chú: xem quyết định 123"_s)));
    QCOMPARE(c.node(note).label, u"Ghi chú: xem quyết định 123"_s);
}

void TestShapes::legendAndTitleBlock()
{
    Canvas c;
    const ModelData before = c.document.model().data();
    const NodeId legend = c.drop(LegendShapeId, QPointF(800, 450));
    QVERIFY(!legend.isNull());
    QCOMPARE(c.node(legend).kind, NodeKind::Legend);
    QVERIFY(c.scene->nodeItem(legend));
    const NodeId title = c.drop(TitleBlockShapeId, QPointF(800, 650));
    QVERIFY(!title.isNull());
    QCOMPARE(c.node(title).kind, NodeKind::TitleBlock);

    // Moved by dragging it.
    const QRectF start = c.node(legend).bounds;
    c.drag(start.center(), start.center() + QPointF(-100, 60));
    QCOMPARE(c.node(legend).bounds, start.translated(-100, 60));
    QVERIFY(c.node(legend).parent.isNull());
    // Resized by its corner handle (it is selected after the drag).
    const QRectF moved = c.node(legend).bounds;
    QVERIFY(c.scene->nodeItem(legend)->isSelected());
    c.drag(moved.bottomRight(), moved.bottomRight() + QPointF(120, 40));
    QCOMPARE(c.node(legend).bounds.topLeft(), moved.topLeft());
    QCOMPARE(c.node(legend).bounds.size(), moved.size() + QSizeF(120, 40));
    // No text of its own to edit.
    const qsizetype items = c.scene->items().size();
    c.scene->editLabel(legend);
    QCOMPARE(c.scene->items().size(), items); // no editor was added

    // Deleted as Edit ▸ Delete does it.
    c.scene->selectNodes({legend, title});
    QVERIFY(c.scene->push(
            c.scene->composer().removeFromView(c.scene->selectedNodeIds(), {})));
    QVERIFY(!c.scene->nodeItem(legend));
    QVERIFY(!c.scene->nodeItem(title));
    QVERIFY(!c.diagram().nodes.contains(legend));

    c.document.undoStack()->undo();
    QVERIFY(c.scene->nodeItem(legend));
    QCOMPARE(c.node(legend).bounds.size(), moved.size() + QSizeF(120, 40));
    while (c.document.undoStack()->canUndo())
        c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.document.model().data(), before);
}

QTEST_MAIN(TestShapes)
#include "tst_shapes.moc"
