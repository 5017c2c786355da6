// The connect tool driven with the mouse: click the source then the target as
// well as press-drag-release; the shape under the mouse outlined as allowed or
// refused with the reason as tool tip; only the other way round offered as such;
// a plain line from a note.
#include <support/modelcompare.h>
#include <support/canvasfixture.h>
#include <support/samplemodel.h>

#include <model/meta/profile.h>
#include <widgets/canvas/connecttool.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/canvas/nodeitem.h>
#include <widgets/document/document.h>

#include <QApplication>
#include <QGraphicsRectItem>
#include <QSignalSpy>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const ViewId Overall(u"id-v-1"_s);
const NodeId N1(u"id-n-1"_s); // citizen
const NodeId N2(u"id-n-2"_s); // portal
const NodeId Note(u"id-n-note"_s);

QList<const RelationshipType *> drawable(const Profile &profile, const QString &from,
                                         const QString &to)
{
    QList<const RelationshipType *> result;
    for (const RelationshipType *type : profile.allowedRelationships(from, to))
        if (!type->generic)
            result.append(type);
    return result;
}

// Two element types of the profile: with `forward`, some relationship goes from
// the first to the second; with `reverse`, some goes back.
std::pair<QString, QString> typePair(const Profile &profile, bool forward, bool reverse)
{
    for (const ElementType &a : profile.elementTypes())
        for (const ElementType &b : profile.elementTypes())
            if (!a.generic && !b.generic
                && drawable(profile, a.id, b.id).isEmpty() != forward
                && drawable(profile, b.id, a.id).isEmpty() != reverse)
                return {a.id, b.id};
    return {};
}

struct Canvas : test::CanvasFixture
{
    Canvas() : CanvasFixture(QPointF(400, 300))
    {
        scene->setRelationshipChooser([this](const QList<const RelationshipType *> &types,
                                             const QPointF &) {
            offered = types;
            return types.first()->id;
        });
    }
    QPointF centre(const NodeId &id) const { return diagram().nodes.find(id)->bounds.center(); }
    // Moves the mouse there with no button held (by way of a point beside it: a
    // move to where the mouse already is does not arrive).
    void hoverTo(const QPointF &scenePos)
    {
        QTest::mouseMove(viewport(), at(scenePos + QPointF(7, 5)));
        QTest::mouseMove(viewport(), at(scenePos));
    }
    ConnectTool *tool() const { return dynamic_cast<ConnectTool *>(scene->tool()); }
    // A node of a new element of the type, centred at the point.
    NodeId place(const QString &type, const QPointF &centre)
    {
        return scene->placeElement(type, centre);
    }
    QColor highlightColour() const
    {
        for (QGraphicsItem *item : scene->items())
            if (auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(item);
                rect && rect->zValue() == DiagramScene::OverlayZ)
                return rect->pen().color();
        return {};
    }

    QList<const RelationshipType *> offered;
};

} // namespace

class TestConnectTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickThenClick();
    void dragStillWorks();
    void hoverShowsAllowedAndRefused();
    void onlyReverseIsOffered();
    void plainLineFromNote();
    void escapeDropsTheSource();
};

void TestConnectTool::clickThenClick()
{
    Canvas c;
    const qsizetype before = c.document.model().data().relationships.size();
    c.scene->setConnectTool();
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(N1)));
    QCOMPARE(c.tool()->source(), N1);
    c.hoverTo(c.centre(N2));
    QCOMPARE(c.tool()->hovered(), N2);
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(N2)));
    QVERIFY(c.tool()->source().isNull());
    const ModelData &data = c.document.model().data();
    QCOMPARE(data.relationships.size(), before + 1);
    const Relationship &r = data.relationships.at(data.relationships.size() - 1);
    QCOMPARE(r.source, ElementId(u"id-e-citizen"_s));
    QCOMPARE(r.target, ElementId(u"id-e-portal"_s));
    QCOMPARE(c.document.undoStack()->count(), 1);
}

void TestConnectTool::dragStillWorks()
{
    Canvas c;
    const qsizetype before = c.document.model().data().relationships.size();
    c.scene->setConnectTool();
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(N1)));
    for (int i = 1; i <= 5; ++i)
        c.hoverTo(c.centre(N1) + (c.centre(N2) - c.centre(N1)) * i / 5);
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(N2)));
    QCOMPARE(c.document.model().data().relationships.size(), before + 1);
    QVERIFY(c.tool()->source().isNull());
}

void TestConnectTool::hoverShowsAllowedAndRefused()
{
    Canvas c;
    const Profile &profile = *c.document.model().data().profile;
    const auto [refusedA, refusedB] = typePair(profile, false, false);
    QVERIFY2(!refusedA.isEmpty(), "the profile has no two types that cannot connect");
    const NodeId a = c.place(refusedA, QPointF(700, 450));
    const NodeId b = c.place(refusedB, QPointF(880, 450));
    QVERIFY(!a.isNull() && !b.isNull());
    QSignalSpy messages(c.scene, &DiagramScene::statusMessage);
    c.scene->setConnectTool();

    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(N1)));
    QCOMPARE(c.tool()->source(), N1);
    c.hoverTo(c.centre(N2));
    QCOMPARE(c.tool()->hovered(), N2);
    QVERIFY(c.tool()->hoveredAllowed());
    QVERIFY(!c.tool()->hoveredReason().isEmpty()); // the types it may be
    const QColor allowed = c.highlightColour();
    QVERIFY(allowed.isValid());
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(c.viewport(), &escape);

    messages.clear();
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(a)));
    c.hoverTo(c.centre(b));
    QCOMPARE(c.tool()->hovered(), b);
    QVERIFY(!c.tool()->hoveredAllowed());
    QVERIFY(c.tool()->hoveredReason().contains(u"allows no relationship"_s));
    const QColor refused = c.highlightColour();
    QVERIFY(refused.isValid());
    QVERIFY(refused != allowed);
    QVERIFY(!messages.isEmpty()); // the status bar says it too
    // Clicking it anyway connects nothing.
    const qsizetype count = c.document.model().data().relationships.size();
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(b)));
    QCOMPARE(c.document.model().data().relationships.size(), count);
}

void TestConnectTool::onlyReverseIsOffered()
{
    Canvas c;
    const Profile &profile = *c.document.model().data().profile;
    const auto [from, to] = typePair(profile, false, true);
    QVERIFY2(!from.isEmpty(), "the profile has no pair allowed only one way");
    const NodeId a = c.place(from, QPointF(700, 450));
    const NodeId b = c.place(to, QPointF(880, 450));
    c.scene->setConnectTool();
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(a)));
    QCOMPARE(c.tool()->source(), a);
    c.hoverTo(c.centre(b));
    QCOMPARE(c.tool()->hovered(), b);
    QVERIFY(c.tool()->hoveredAllowed());
    QVERIFY(c.tool()->hoveredReason().contains(u"other way"_s));
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(b)));
    QCOMPARE(c.offered, drawable(profile, to, from));
    const ModelData &data = c.document.model().data();
    const Relationship &r = data.relationships.at(data.relationships.size() - 1);
    QCOMPARE(r.source, c.diagram().nodes.find(b)->element);
    QCOMPARE(r.target, c.diagram().nodes.find(a)->element);
}

void TestConnectTool::plainLineFromNote()
{
    Canvas c;
    const ModelData before = c.document.model().data();
    c.scene->setConnectTool();
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(Note)));
    c.hoverTo(c.centre(N2));
    QVERIFY(c.tool()->hoveredAllowed());
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(N2)));
    const View &view = c.diagram();
    QCOMPARE(view.connections.size(), before.views.find(Overall)->connections.size() + 1);
    const ViewConnection &line = view.connections.at(view.connections.size() - 1);
    QVERIFY(line.relationship.isNull());
    QCOMPARE(line.source, Note);
    QCOMPARE(line.target, N2);
    QCOMPARE(c.document.model().data().relationships.size(), before.relationships.size());
    c.document.undoStack()->undo();
    KT_COMPARE_MODELS(c.document.model().data(), before);
}

void TestConnectTool::escapeDropsTheSource()
{
    Canvas c;
    c.scene->setConnectTool();
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(c.centre(N1)));
    QCOMPARE(c.tool()->source(), N1);
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(c.viewport(), &escape);
    QVERIFY(c.tool()); // still connecting, without a source
    QVERIFY(c.tool()->source().isNull());
    QApplication::sendEvent(c.viewport(), &escape);
    QVERIFY(!c.tool()); // a second Escape leaves the tool
}

QTEST_MAIN(TestConnectTool)
#include "tst_connecttool.moc"
