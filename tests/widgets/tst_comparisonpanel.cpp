// The comparison in the editor's widgets: the panel's tree and its counts, the
// filter and the kind chooser, activation, the overlay on a canvas, and the
// side-by-side views kept in step.
#include "panelfixtures.h"

#include <support/samplemodel.h>

#include <model/edit/elementedits.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/dialogs/sidebysidewindow.h>
#include <widgets/document/comparison.h>
#include <widgets/document/document.h>
#include <widgets/panels/comparisonpanel.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QWheelEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const ElementId Retired(u"id-e-retired"_s);
const ViewId Overall(u"id-v-1"_s);

// The sample model as it was before: no portal (so it is added, with its two
// relationships and connections), a system since retired (drawn where a ghost
// will stand), the application under its old name, the citizen with another owner.
ModelData olderSample()
{
    ModelData data = test::sampleModel();
    data.elements.take(test::portal);
    data.relationships.take(RelationshipId(u"id-r-1"_s));
    data.relationships.take(RelationshipId(u"id-r-2"_s));
    View *view = data.views.find(Overall);
    view->nodes.take(NodeId(u"id-n-2"_s));
    view->connections.take(ConnectionId(u"id-c-1"_s));
    view->connections.take(ConnectionId(u"id-c-2"_s));
    Element retired = *data.elements.find(test::application);
    retired.id = Retired;
    retired.name = u"Hệ thống một cửa cũ"_s;
    data.elements.append(retired);
    view->nodes.append(ViewNode{NodeId(u"id-n-retired"_s), NodeKind::Element, Retired, {},
                                QRectF(300, 380, 160, 60), {}, {}, {}, {}});
    data.elements.find(test::application)->name = u"Quản lý văn bản"_s;
    data.elements.find(test::citizen)->properties.insert(u"owner"_s, u"UBND huyện"_s);
    return data;
}

// The number of entries (rows without children of their own below a kind) the
// proxy shows under a heading.
int shownEntries(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex index = model->index(i, 0, parent);
        if (!index.data(ComparisonPanel::ElementRole).toString().isEmpty()
            || !index.data(ComparisonPanel::RelationshipRole).toString().isEmpty()
            || !index.data(ComparisonPanel::ViewRole).toString().isEmpty()
            || index.data(Qt::ForegroundRole).isValid())
            ++n;
        else
            n += shownEntries(model, index);
    }
    return n;
}

QModelIndex findText(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex index = model->index(i, 0, parent);
        if (index.data().toString() == text)
            return index;
        if (const QModelIndex found = findText(model, text, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class TestComparisonPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyState();
    void countsMatchTheDiff();
    void kindChooser();
    void filter();
    void clickActivatesTheDocumentsElement();
    void followsEdits();
    void swapped();
    void overlayOnTheCanvas();
    void sideBySideKeepsInStep();

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<Comparison> m_comparison;
};

void TestComparisonPanel::init()
{
    m_document = std::make_unique<Document>(test::sampleModel());
    m_comparison = std::make_unique<Comparison>(m_document.get(), olderSample(), u"old"_s);
    m_comparison->waitForFinished();
    QVERIFY(m_comparison->isReady());
}

void TestComparisonPanel::cleanup()
{
    m_comparison.reset();
    m_document.reset();
}

void TestComparisonPanel::emptyState()
{
    ComparisonPanel panel;
    QVERIFY(panel.emptyHint()->isVisibleTo(&panel));
    QVERIFY(panel.emptyHint()->text().contains(u"Compare"_s));
    QCOMPARE(panel.treeModel()->rowCount(), 0);
    panel.setComparison(m_comparison.get());
    QVERIFY(!panel.emptyHint()->isVisibleTo(&panel));
    QVERIFY(panel.treeModel()->rowCount() > 0);
    // The same model on both sides: nothing differs, and the panel says so.
    Comparison same(m_document.get(), test::sampleModel(), u"same"_s);
    same.waitForFinished();
    panel.setComparison(&same);
    QVERIFY(panel.emptyHint()->isVisibleTo(&panel));
    QCOMPARE(panel.treeModel()->rowCount(), 0);
}

void TestComparisonPanel::countsMatchTheDiff()
{
    ComparisonPanel panel;
    panel.setComparison(m_comparison.get());
    const ModelDiff &diff = m_comparison->diff();
    const QHash<QString, DiffCounts> counts = diff.elementCountsByComponent();
    QVERIFY(counts.size() >= 3);
    using K = ComparisonPanel::Kind;
    const auto shown = [&](const QString &layer, K kind) {
        const QStandardItem *item = panel.kindItem(layer, kind);
        if (!item)
            return 0;
        [&] { QCOMPARE(item->data(ComparisonPanel::CountRole).toInt(), item->rowCount()); }();
        return item->rowCount();
    };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QVERIFY2(panel.componentItem(it.key()), qPrintable(it.key()));
        QCOMPARE(shown(it.key(), K::Added), it->added);
        QCOMPARE(shown(it.key(), K::Removed), it->removed);
        QCOMPARE(shown(it.key(), K::Renamed), it->renamed);
        QCOMPARE(shown(it.key(), K::Retyped), it->retyped);
        QCOMPARE(shown(it.key(), K::Moved), it->moved);
        QCOMPARE(shown(it.key(), K::Changed), it->changed);
    }
    // What this pair of models differs in, as the tree shows it.
    const DiffCounts all = diff.elementCounts();
    QCOMPARE(all.added, 1);
    QCOMPARE(all.removed, 1);
    QCOMPARE(all.renamed, 1);
    QVERIFY(all.changed >= 1);
    const DiffCounts relationships = diff.relationshipCounts();
    QCOMPARE(shown(u"#relationships"_s, K::Added), relationships.added);
    QCOMPARE(relationships.added, 2);
    QVERIFY(panel.viewsItem());
    // Renamed entries read old → new; the component heading counts its changes.
    QVERIFY(findText(panel.treeModel(), u"Quản lý văn bản → Hệ thống quản lý văn bản và điều hành"_s)
                    .isValid());
    const QString appLayer = m_document->model().profile().elementType(
            m_document->model().element(test::application)->type)->layer;
    const auto inLayer = std::count_if(diff.elements.begin(), diff.elements.end(),
                                       [&](const ElementChange &c) { return c.component() == appLayer; });
    QVERIFY(inLayer >= 2); // the renamed application and the retired system
    QCOMPARE(panel.componentItem(appLayer)->data(ComparisonPanel::CountRole).toInt(), int(inLayer));
    QVERIFY(panel.componentItem(appLayer)->text().endsWith(u"(%1)"_s.arg(inLayer)));
}

void TestComparisonPanel::kindChooser()
{
    ComparisonPanel panel;
    panel.setComparison(m_comparison.get());
    const int all = shownEntries(panel.treeModel());
    panel.setKind(ComparisonPanel::Kind::Removed);
    // Only the removed element (and no relationship was removed; views have none removed).
    QCOMPARE(shownEntries(panel.treeModel()), 1);
    QVERIFY(findText(panel.treeModel(), u"Hệ thống một cửa cũ"_s).isValid());
    panel.setKind(ComparisonPanel::Kind::Renamed);
    QVERIFY(!findText(panel.treeModel(), u"Hệ thống một cửa cũ"_s).isValid());
    QVERIFY(findText(panel.treeModel(), u"Quản lý văn bản → Hệ thống quản lý văn bản và điều hành"_s)
                    .isValid());
    panel.setKind(ComparisonPanel::Kind::All);
    QCOMPARE(shownEntries(panel.treeModel()), all);
}

void TestComparisonPanel::filter()
{
    ComparisonPanel panel;
    panel.setComparison(m_comparison.get());
    const QAbstractItemModel *shown = panel.treeView()->model();
    const int all = shownEntries(shown);
    QVERIFY(all > 3);
    // Without accents, in another case: the removed system alone.
    test::typeText(panel.filterEdit(), u"MOT CUA"_s);
    QCOMPARE(shownEntries(shown), 1);
    QVERIFY(findText(shown, u"Hệ thống một cửa cũ"_s).isValid());
    // A rename is found by its old name too.
    panel.filterEdit()->setText(u"quan ly van ban"_s);
    QVERIFY(findText(shown, u"Quản lý văn bản → Hệ thống quản lý văn bản và điều hành"_s).isValid());
    QVERIFY(!findText(shown, u"Hệ thống một cửa cũ"_s).isValid());
    panel.filterEdit()->clear();
    QCOMPARE(shownEntries(shown), all);
}

void TestComparisonPanel::clickActivatesTheDocumentsElement()
{
    ComparisonPanel panel;
    panel.resize(500, 700);
    panel.setComparison(m_comparison.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &ComparisonPanel::elementActivated);
    QTreeView *tree = panel.treeView();
    const QModelIndex renamed =
            findText(tree->model(), u"Quản lý văn bản → Hệ thống quản lý văn bản và điều hành"_s);
    tree->scrollTo(renamed);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(renamed).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<ElementId>(), test::application);
    // The removed element is greyed and selects nothing.
    const QModelIndex removed = findText(tree->model(), u"Hệ thống một cửa cũ"_s);
    QVERIFY(removed.data(Qt::ForegroundRole).isValid());
    tree->scrollTo(removed);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(removed).center());
    QCOMPARE(activated.size(), 1);

    // The window routes the signal to the canvas: a scene selects the element's node.
    DiagramScene scene(m_document.get(), Overall);
    connect(&panel, &ComparisonPanel::elementActivated, &scene,
            [&scene](const ElementId &id) { scene.selectElements({id}); });
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(renamed).center());
    QCOMPARE(scene.selectedNodeIds(), QList<NodeId>{NodeId(u"id-n-3"_s)});
}

void TestComparisonPanel::followsEdits()
{
    ComparisonPanel panel;
    panel.setComparison(m_comparison.get());
    const QString rename = u"Quản lý văn bản → Hệ thống quản lý văn bản và điều hành"_s;
    QVERIFY(findText(panel.treeModel(), rename).isValid());
    // The application gets its old name back: after the pause, the diff and the
    // panel have no rename left.
    QSignalSpy updated(m_comparison.get(), &Comparison::updated);
    QVERIFY(m_document->push(std::make_unique<SetElementName>(test::application, u"Quản lý văn bản"_s)));
    QVERIFY(updated.wait(5000));
    m_comparison->waitForFinished();
    QCOMPARE(m_comparison->diff().elementCounts().renamed, 0);
    QVERIFY(!findText(panel.treeModel(), rename).isValid());
    QVERIFY(findText(panel.treeModel(), u"Hệ thống một cửa cũ"_s).isValid());
}

// The open model as the older version: its overlay marks what went (no ghosts),
// and what only the other version has is greyed in the panel.
void TestComparisonPanel::swapped()
{
    auto older = std::make_unique<Document>(olderSample());
    Comparison comparison(older.get(), test::sampleModel(), u"new"_s, false);
    comparison.waitForFinished();
    QVERIFY(!comparison.documentIsNew());
    QCOMPARE(comparison.diff(), m_comparison->diff());
    const ViewOverlay &overlay = comparison.documentOverlay(Overall);
    QVERIFY(overlay.ghosts.isEmpty());
    QVERIFY(overlay.removed.contains(NodeId(u"id-n-retired"_s)));
    QCOMPARE(comparison.otherOverlay(Overall).ghosts.size(), 1);
    ComparisonPanel panel;
    panel.setComparison(&comparison);
    const QModelIndex added = findText(panel.treeModel(), u"Cổng dịch vụ công"_s);
    QVERIFY(added.isValid());
    QVERIFY(added.data(ComparisonPanel::ElementRole).toString().isEmpty());
    QVERIFY(added.data(Qt::ForegroundRole).isValid());
    const QModelIndex removed = findText(panel.treeModel(), u"Hệ thống một cửa cũ"_s);
    QCOMPARE(removed.data(ComparisonPanel::ElementRole).toString(), Retired.toString());
}

void TestComparisonPanel::overlayOnTheCanvas()
{
    DiagramScene scene(m_document.get(), Overall);
    DiagramView canvas(&scene);
    canvas.resize(700, 500);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.setZoom(1.0);
    canvas.centerOn(QPointF(300, 250));
    const ViewOverlay &overlay = m_comparison->documentOverlay(Overall);
    QVERIFY(overlay.added.contains(NodeId(u"id-n-2"_s)));
    QCOMPARE(overlay.ghosts.size(), 1);
    const QRectF ghost = overlay.ghosts.first().bounds;
    const auto pinkInside = [&]() {
        const QImage image = canvas.grab().toImage();
        const QPoint p = canvas.mapFromScene(ghost.center() + QPointF(-60, -18));
        const QRgb c = image.pixel(p);
        return qRed(c) > qGreen(c) + 15 && qRed(c) > qBlue(c) + 15;
    };
    QVERIFY(!pinkInside());
    scene.setOverlay(overlay);
    QVERIFY(scene.hasOverlay());
    QVERIFY(pinkInside());
    scene.clearOverlay();
    QVERIFY(!scene.hasOverlay());
    QVERIFY(!pinkInside());
}

void TestComparisonPanel::sideBySideKeepsInStep()
{
    SideBySideWindow window(m_comparison.get(), Overall);
    window.resize(1000, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.documentView(), Overall);
    QVERIFY(window.viewChooser()->count() >= 1);
    DiagramView *oldView = window.oldView();
    DiagramView *newView = window.newView();
    QVERIFY(oldView && newView);
    QVERIFY(!oldView->isInteractive());
    // The overlays: the new side has the ghost, the old side the removed node.
    QCOMPARE(newView->diagramScene()->overlay().ghosts.size(), 1);
    QVERIFY(oldView->diagramScene()->overlay().removed.contains(NodeId(u"id-n-retired"_s)));

    newView->setZoom(2.0);
    QCOMPARE(oldView->zoom(), 2.0);
    const auto centre = [](DiagramView *v) { return v->mapToScene(v->viewport()->rect().center()); };
    QScrollBar *bar = newView->horizontalScrollBar();
    const int before = oldView->horizontalScrollBar()->value();
    bar->setValue(bar->value() + 150);
    QVERIFY(oldView->horizontalScrollBar()->value() != before);
    QVERIFY(QLineF(centre(oldView), centre(newView)).length() < 2);
    // And the other way round, with the wheel.
    QWheelEvent wheel(QPointF(50, 50), oldView->viewport()->mapToGlobal(QPointF(50, 50)), {},
                      QPoint(0, -240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    const int newBefore = newView->verticalScrollBar()->value();
    QApplication::sendEvent(oldView->viewport(), &wheel);
    QVERIFY(newView->verticalScrollBar()->value() != newBefore);
    QVERIFY(QLineF(centre(oldView), centre(newView)).length() < 2);
    // Ctrl+wheel zooms both.
    QWheelEvent zoom(QPointF(50, 50), oldView->viewport()->mapToGlobal(QPointF(50, 50)), {},
                     QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(oldView->viewport(), &zoom);
    QVERIFY(oldView->zoom() > 2.0);
    QCOMPARE(newView->zoom(), oldView->zoom());
}

QTEST_MAIN(TestComparisonPanel)
#include "tst_comparisonpanel.moc"
