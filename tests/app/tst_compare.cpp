// Comparing in the main window: Model ▸ Compare… and Baselines…, the panel
// routed to the canvas, View ▸ Show Changes on and off, side by side.
#include <app/gui/compareactions.h>
#include <app/gui/documentcontroller.h>
#include <app/gui/mainwindow.h>

#include <model/modelfile.h>
#include <model/store/baselinestore.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/dialogs/baselinesdialog.h>
#include <widgets/dialogs/comparedialog.h>
#include <widgets/dialogs/sidebysidewindow.h>
#include <widgets/document/comparison.h>
#include <widgets/document/document.h>
#include <widgets/panels/comparisonpanel.h>

#include <QAction>
#include <QLabel>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(KT_SOURCE_DIR "/resources/examples/") + name;
}

ModelData load(const QString &path)
{
    Result<ModelData> data = ModelFile::load(path);
    if (!data)
        qFatal("%s", qPrintable(data.error()));
    return std::move(data).value();
}

QModelIndex firstWithRole(const QAbstractItemModel *model, int role, const QModelIndex &parent = {})
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex index = model->index(i, 0, parent);
        if (!index.data(role).toString().isEmpty())
            return index;
        if (const QModelIndex found = firstWithRole(model, role, index); found.isValid())
            return found;
    }
    return {};
}

// The menu's mnemonics ("&X"), each once.
void checkMnemonics(const QMenu *menu)
{
    QSet<QChar> seen;
    for (const QAction *action : menu->actions()) {
        const QString text = action->text();
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size())
            continue;
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(menu->title() + u": "_s + text));
        seen.insert(key);
    }
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void menusAndShortcuts();
    void compareWithAnotherFile();
    void baselines();
};

void TestCompare::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
    QCoreApplication::setApplicationName(u"CompareTest"_s);
}

void TestCompare::init()
{
    QSettings().clear();
    QFile::remove(DocumentController::recoveryPath());
}

void TestCompare::menusAndShortcuts()
{
    MainWindow window;
    CompareActions *actions = window.compareActions();
    // No two commands of the window share a shortcut.
    QHash<QKeySequence, QString> shortcuts;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut
            && action->shortcutContext() != Qt::ApplicationShortcut)
            continue; // a panel's own keys, while it has the focus
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!shortcuts.contains(key) || shortcuts.value(key) == action->text(),
                     qPrintable(key.toString() + u": "_s + action->text() + u" / "_s
                                + shortcuts.value(key)));
            shortcuts.insert(key, action->text());
        }
    }
    QCOMPARE(actions->compareAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    QVERIFY(actions->showChangesAction()->isCheckable());
    const auto *model = window.findChild<QMenu *>(u"menuModel"_s);
    QVERIFY(model);
    QVERIFY(model->actions().contains(actions->compareAction()));
    QVERIFY(model->actions().contains(actions->baselinesAction()));
    const auto *view = window.findChild<QMenu *>(u"menuView"_s);
    QVERIFY(view->actions().contains(actions->showChangesAction()));
    for (const QAction *entry : window.menuBar()->actions())
        if (entry->menu())
            checkMnemonics(entry->menu());
    // Nothing to compare without a document.
    QVERIFY(!actions->compareAction()->isEnabled());
    QVERIFY(!actions->showChangesAction()->isEnabled());
}

void TestCompare::compareWithAnotherFile()
{
    MainWindow window;
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    CompareActions *actions = window.compareActions();
    QVERIFY(actions->compareAction()->isEnabled());

    // The dialog: another file, loaded on accept; a missing one is named in the message.
    CompareDialog dialog(window.document(), &window);
    QVERIFY(!dialog.baselineList()->isEnabled() || dialog.baselineList()->count() == 0);
    QString error;
    dialog.selectFile(u"/nonexistent/old.ktm"_s);
    QVERIFY(!dialog.load(&error));
    QVERIFY2(error.contains(u"old.ktm"_s), qPrintable(error));
    dialog.selectFile(example(u"vinhphuc-1.0.xml"_s));
    QVERIFY2(dialog.load(&error), qPrintable(error));
    QVERIFY(dialog.documentIsNew());
    QCOMPARE(dialog.otherLabel(), u"vinhphuc-1.0.xml"_s);

    actions->startComparison(dialog.otherData(), dialog.otherLabel(), dialog.documentIsNew());
    Comparison *comparison = actions->comparison();
    QVERIFY(comparison);
    comparison->waitForFinished();
    QVERIFY(comparison->isReady());
    QVERIFY(!comparison->diff().isEmpty());

    // The overlay is on, on the open view; the toggle takes it off and back.
    DiagramScene *scene = window.currentScene();
    QVERIFY(scene);
    QVERIFY(actions->showChangesAction()->isChecked());
    QVERIFY(scene->hasOverlay());
    QVERIFY(!scene->overlay().isEmpty());
    actions->showChangesAction()->trigger();
    QVERIFY(!scene->hasOverlay());
    actions->showChangesAction()->trigger();
    QVERIFY(scene->hasOverlay());

    // The panel lists the changes; a click on an element selects its node.
    ComparisonPanel *panel = window.comparisonPanel();
    QTreeView *tree = panel->treeView();
    QVERIFY(tree->isVisible());
    QModelIndex entry = firstWithRole(tree->model(), ComparisonPanel::ElementRole);
    QVERIFY(entry.isValid());
    const ElementId id(entry.data(ComparisonPanel::ElementRole).toString());
    tree->scrollTo(entry);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(entry).center());
    scene = window.currentScene();
    QCOMPARE(scene->selectedElementIds(), QList<ElementId>{id});
    QVERIFY(scene->hasOverlay()); // a view opened for it has the overlay too

    // Side by side.
    QVERIFY(actions->sideBySideAction()->isEnabled());
    actions->sideBySideAction()->trigger();
    SideBySideWindow *side = actions->sideBySideWindow();
    QVERIFY(side);
    QVERIFY(side->oldView() && side->newView());
    QCOMPARE(side->documentView(), scene->viewId());

    // Ending the comparison takes the overlay and the panel's tree away.
    actions->endComparison();
    QVERIFY(!actions->comparison());
    QVERIFY(!scene->hasOverlay());
    QVERIFY(panel->emptyHint()->isVisibleTo(panel));
    QTRY_VERIFY(!actions->sideBySideWindow());
}

void TestCompare::baselines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"vinhphuc.ktm"_s);
    ModelData data = load(example(u"vinhphuc-1.0.xml"_s));
    QString error;
    QVERIFY2(ModelFile::save(data, path, &error), qPrintable(error));
    MainWindow window;
    QVERIFY(window.controller()->open(path));

    BaselinesDialog dialog(window.document(), &window);
    QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    QVERIFY(!dialog.addBaseline(u"  "_s, {}, &error));
    QVERIFY2(dialog.addBaseline(u"Phiên bản 1.0"_s, u"như phê duyệt"_s, &error), qPrintable(error));
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = dialog.list()->topLevelItem(0);
    QCOMPARE(item->text(0), u"Phiên bản 1.0"_s);
    QCOMPARE(item->text(3), u"như phê duyệt"_s);
    QCOMPARE(item->text(4), QLocale().toString(qlonglong(data.elements.size())));
    // A second one of the same name is refused, with the file named.
    QVERIFY(!dialog.addBaseline(u"Phiên bản 1.0"_s, {}, &error));
    QVERIFY2(error.contains(u"vinhphuc.ktm"_s), qPrintable(error));

    // Compare with it: the dialog lists it; the same model compares equal.
    CompareDialog compare(window.document(), &window);
    QCOMPARE(compare.baselineList()->count(), 1);
    compare.selectBaseline(u"Phiên bản 1.0"_s);
    QVERIFY2(compare.load(&error), qPrintable(error));
    window.compareActions()->startComparison(compare.otherData(), compare.otherLabel(), true);
    window.compareActions()->comparison()->waitForFinished();
    QVERIFY(window.compareActions()->comparison()->diff().isEmpty());

    // Extract opens it as a new, unsaved document.
    const Result<ModelData> extracted = BaselineStore::extract(path, u"Phiên bản 1.0"_s);
    QVERIFY2(extracted, qPrintable(extracted.error()));
    QVERIFY(dialog.removeBaseline(u"Phiên bản 1.0"_s, &error));
    QCOMPARE(dialog.list()->topLevelItemCount(), 0);

    QVERIFY(window.controller()->openNew(extracted.value(), false));
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->model().data().elements.size(), data.elements.size());
}

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
