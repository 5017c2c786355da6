// The window around the canvas as a user first meets it: it fits the screen,
// File ▸ New gives a diagram to draw on, an empty tab area explains itself,
// Ctrl+Y redoes, Open checks the file before touching the current model, the
// Help menu, context menus with the commands that apply, and bundled examples
// marked as illustrative.
#include <gui/contextmenus.h>
#include <gui/documentcontroller.h>
#include <gui/helpactions.h>
#include <gui/mainwindow.h>
#include <gui/product.h>
#include <model/edit/elementedits.h>
#include <model/edit/viewedits.h>
#include <widgets/canvas/connectionitem.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/canvas/nodeitem.h>
#include <widgets/document/document.h>
#include <widgets/panels/modeltreemodel.h>
#include <widgets/panels/modeltreepanel.h>
#include <widgets/panels/propertiespanel.h>
#include <widgets/panels/validationpanel.h>

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

QAction *action(const MainWindow &window, const QString &name)
{
    QAction *a = window.findChild<QAction *>(name);
    if (!a)
        qFatal("no action %s", qPrintable(name));
    return a;
}

// The object names of a menu's actions (submenus by their menu's name), in order.
QStringList namesIn(const QMenu &menu)
{
    QStringList names;
    for (const QAction *a : menu.actions()) {
        if (a->isSeparator())
            continue;
        names.append(a->menu() ? a->menu()->objectName() : a->objectName());
    }
    return names;
}

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs show() (which opens a popup menu and waits in it) and answers the names
// of the popup's actions, closing it.
QStringList popupNames(const std::function<void()> &show)
{
    QStringList names;
    bool seen = false;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&]() {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            names = namesIn(*menu);
            for (const QAction *a : menu->actions())
                if (!a->isSeparator() && !a->isEnabled())
                    names.append(u"disabled:"_s + a->objectName());
            seen = true;
            menu->close();
        }
    });
    timer.start();
    show();
    timer.stop();
    if (!seen)
        names.append(u"no popup"_s);
    return names;
}

} // namespace

class TestAppShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void firstWindowFitsTheScreen();
    void storedGeometryIsClamped_data();
    void storedGeometryIsClamped();
    void fittedGeometry_data();
    void fittedGeometry();
    void firstViewIsFitted();

    void newModelHasAnOverallDiagram();
    void emptyTabAreaExplains();

    void ctrlYRedoes();
    void openChecksTheFileFirst();

    void helpAbout();
    void helpShortcutsListEveryShortcut();
    void helpFirstDiagramGuide();

    void canvasMenus();
    void rightClickSelectsAndShowsMenu();
    void treeMenu();
    void validationMenu();

    void exampleIsMarkedAsSample();

private:
    QTemporaryDir m_dir;
};

void TestAppShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
    QCoreApplication::setApplicationName(u"AppShellTest"_s);
    QVERIFY(m_dir.isValid());
}

void TestAppShell::init()
{
    QSettings().clear();
    QFile::remove(DocumentController::recoveryPath());
}

void TestAppShell::firstWindowFitsTheScreen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(u"%1,%2 %3x%4 on %5x%6"_s.arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
}

void TestAppShell::storedGeometryIsClamped_data()
{
    QTest::addColumn<QRect>("stored");
    QTest::newRow("larger than the screen") << QRect(0, 0, 5000, 4000);
    QTest::newRow("on a screen that is gone") << QRect(9000, 7000, 700, 500);
    QTest::newRow("above and left") << QRect(-3000, -2000, 600, 400);
}

void TestAppShell::storedGeometryIsClamped()
{
    QFETCH(QRect, stored);
    {
        QWidget old;
        old.setGeometry(stored);
        QSettings().setValue(u"window/geometry"_s, old.saveGeometry());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool inside = false;
    for (const QScreen *screen : QGuiApplication::screens())
        inside = inside || screen->availableGeometry().contains(window.frameGeometry());
    QVERIFY2(inside, qPrintable(u"%1,%2 %3x%4"_s.arg(window.frameGeometry().x())
                                        .arg(window.frameGeometry().y())
                                        .arg(window.frameGeometry().width())
                                        .arg(window.frameGeometry().height())));
}

void TestAppShell::fittedGeometry_data()
{
    QTest::addColumn<QRect>("wanted");
    QTest::addColumn<bool>("firstStart");
    QTest::addColumn<QList<QRect>>("screens");
    QTest::addColumn<QRect>("inside");
    const QList<QRect> laptop{QRect(0, 0, 1366, 740)}; // 1366 x 768 less a panel
    // 2560 x 1440 at QT_SCALE_FACTOR=2: 1280 x 720 logical pixels, less a panel.
    const QList<QRect> scaled{QRect(0, 0, 1280, 692)};
    const QList<QRect> two{QRect(0, 0, 1920, 1050), QRect(1920, 0, 1366, 740)};
    QTest::newRow("first start, 1366x768") << QRect(0, 0, 640, 480) << true << laptop << laptop.first();
    QTest::newRow("first start, 2560x1440 at 2x") << QRect(0, 0, 640, 480) << true << scaled
                                                  << scaled.first();
    QTest::newRow("stored too large") << QRect(10, 10, 3000, 2000) << false << laptop << laptop.first();
    QTest::newRow("stored off to the right") << QRect(5000, 100, 800, 600) << false << laptop
                                             << laptop.first();
    QTest::newRow("mostly on the second screen") << QRect(2000, 500, 1000, 600) << false << two
                                                 << two.at(1);
}

void TestAppShell::fittedGeometry()
{
    QFETCH(QRect, wanted);
    QFETCH(bool, firstStart);
    QFETCH(QList<QRect>, screens);
    QFETCH(QRect, inside);
    const QSize frame(8, 30);
    const QRect fitted = MainWindow::fittedGeometry(wanted, frame, screens, firstStart);
    QVERIFY(inside.contains(fitted.adjusted(0, 0, frame.width(), frame.height())));
    QVERIFY(fitted.width() >= 300 && fitted.height() >= 200);
    if (!firstStart && QRect(inside).adjusted(0, 0, -frame.width(), -frame.height()).contains(wanted))
        QCOMPARE(fitted, wanted);
}

void TestAppShell::firstViewIsFitted()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    DiagramView *view = window.currentView();
    QVERIFY(view);
    QTest::qWait(50); // the fit once the docks have their sizes
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    const QRectF content = view->scene()->itemsBoundingRect();
    QVERIFY2(visible.adjusted(-2, -2, 2, 2).contains(content), "the whole diagram is in sight");
    // Fitted, not merely small: the diagram spans the window one way or the other.
    QVERIFY(content.width() > visible.width() * 0.8 || content.height() > visible.height() * 0.8);
}

void TestAppShell::newModelHasAnOverallDiagram()
{
    MainWindow window;
    window.show();
    window.controller()->setPromptAnswer(DocumentController::Answer::Discard);
    QVERIFY(window.controller()->newDocument());
    DiagramScene *scene = window.currentScene();
    QVERIFY2(scene, "File ▸ New opens a diagram");
    QCOMPARE(scene->view()->kind, ViewKind::Overall);
    QVERIFY2(scene->view()->name.contains(window.document()->model().profile().version()),
             qPrintable(scene->view()->name));
    for (const ViewNode &node : scene->view()->nodes)
        QVERIFY(node.kind != NodeKind::Element);
    QVERIFY(!window.document()->isModified());
    QVERIFY(window.emptyHint()->isHidden());
    QCOMPARE(window.tabs()->count(), 1);
    // Ready to draw on: an element placed on it is one undoable step.
    QVERIFY(!scene->placeElement(window.document()->model().profile().elementTypes().first().id,
                                 QPointF(100, 100))
                     .isNull());
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

void TestAppShell::emptyTabAreaExplains()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.emptyHint()->isVisible());
    QVERIFY2(window.emptyHint()->text().contains(u"New Model"_s), qPrintable(window.emptyHint()->text()));
    QVERIFY(window.controller()->openExample(u"vinhphuc-1.0"_s));
    QVERIFY(!window.emptyHint()->isVisible());
    QVERIFY(window.tabs()->isVisible());
    while (window.tabs()->count() > 0)
        Q_EMIT window.tabs()->tabCloseRequested(0);
    QVERIFY(window.emptyHint()->isVisible());
    QVERIFY2(window.emptyHint()->text().contains(u"New View"_s), qPrintable(window.emptyHint()->text()));
}

void TestAppShell::ctrlYRedoes()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    QVERIFY(action(window, u"actionRedo"_s)->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    Document *doc = window.document();
    const ElementId id = doc->model().data().elements.at(0).id;
    const QString name = doc->model().element(id)->name;
    QVERIFY(doc->push(std::make_unique<SetElementName>(id, u"Renamed"_s)));
    doc->undoStack()->undo();
    QCOMPARE(doc->model().element(id)->name, name);
    window.currentView()->setFocus();
    QTest::keyClick(window.currentView(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(doc->model().element(id)->name, u"Renamed"_s);
}

void TestAppShell::openChecksTheFileFirst()
{
    MainWindow window;
    window.show();
    QVERIFY(window.controller()->openExample(u"vinhphuc-1.0"_s));
    Document *doc = window.document();
    const QString saved = m_dir.filePath(u"current.ktm"_s);
    QString error;
    QVERIFY2(doc->save(saved, &error), qPrintable(error));
    const QByteArray before = fingerprint(saved);
    const ElementId id = doc->model().data().elements.at(0).id;
    QVERIFY(doc->push(std::make_unique<SetElementName>(id, u"Unsaved change"_s)));
    QVERIFY(doc->isModified());

    const QString bad = m_dir.filePath(u"broken.ktm"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is no model");
    file.close();
    // Were the prompt shown, "Save" would write the current model to its file.
    window.controller()->setPromptAnswer(DocumentController::Answer::Save);
    QSignalSpy messages(window.controller(), &DocumentController::statusMessage);
    QVERIFY(!window.controller()->open(bad));
    QCOMPARE(window.document(), doc);
    QVERIFY(doc->isModified());
    QCOMPARE(doc->model().element(id)->name, u"Unsaved change"_s);
    QCOMPARE(fingerprint(saved), before); // not saved: not prompted
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().at(0).toString().contains(u"broken.ktm"_s),
             qPrintable(messages.last().at(0).toString()));
}

void TestAppShell::helpAbout()
{
    MainWindow window;
    window.show();
    action(window, u"actionAbout"_s)->trigger();
    auto *dialog = window.findChild<QDialog *>(u"aboutDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    const QString text = dialog->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(text.contains(productVersion()), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(u"Licence"_s), qPrintable(text));
    QVERIFY(text.contains(productName()));
    QVERIFY(window.screen()->availableGeometry().contains(dialog->frameGeometry()));
    QVERIFY(action(window, u"actionAboutQt"_s));
}

void TestAppShell::helpShortcutsListEveryShortcut()
{
    MainWindow window;
    window.show();
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    action(window, u"actionKeyboardShortcuts"_s)->trigger();
    auto *dialog = window.findChild<QDialog *>(u"shortcutsDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(u"shortcuts"_s);
    QVERIFY(table);
    QStringList listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed.append(table->item(row, 2)->text());
    const QString all = listed.join(u" | "_s);
    // Every action of the menu bar with a shortcut, by its keys.
    int checked = 0;
    std::function<void(const QMenu *)> visit = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                visit(a->menu());
                continue;
            }
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(all.contains(key.toString(QKeySequence::NativeText)),
                         qPrintable(a->text() + u": "_s + key.toString()));
                ++checked;
            }
        }
    };
    for (QAction *entry : window.menuBar()->actions())
        if (entry->menu())
            visit(entry->menu());
    QVERIFY(checked >= 20);
    QVERIFY(all.contains(QKeySequence(Qt::CTRL | Qt::Key_Y).toString(QKeySequence::NativeText)));
    QCOMPARE(table->rowCount(), int(HelpActions::shortcutRows(&window).size()));
    QVERIFY(window.screen()->availableGeometry().contains(dialog->frameGeometry()));
}

void TestAppShell::helpFirstDiagramGuide()
{
    MainWindow window;
    window.show();
    action(window, u"actionFirstDiagramGuide"_s)->trigger();
    auto *dialog = window.findChild<QDialog *>(u"firstDiagramGuide"_s);
    QVERIFY(dialog && dialog->isVisible());
    const QString text = dialog->findChild<QTextBrowser *>()->toPlainText();
    for (const QString &step : {u"New Model"_s, u"Palette"_s, u"Connect"_s, u"Validation"_s,
                                u"Export"_s})
        QVERIFY2(text.contains(step), qPrintable(step));
    QVERIFY(window.screen()->availableGeometry().contains(dialog->frameGeometry()));
}

void TestAppShell::canvasMenus()
{
    MainWindow window;
    window.show();
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    DiagramScene *scene = window.currentScene();
    ContextMenus *menus = window.contextMenus();
    const auto build = [menus]() {
        auto menu = std::make_unique<QMenu>();
        menus->fillCanvasMenu(menu.get());
        return menu;
    };
    const auto enabled = [](const QMenu &menu, const QString &name) {
        for (const QAction *a : menu.actions())
            if (a->objectName() == name)
                return a->isEnabled();
        return false;
    };

    scene->clearSelection();
    QCOMPARE(menus->canvasTarget(), ContextMenus::CanvasTarget::EmptyArea);
    auto menu = build();
    QStringList names = namesIn(*menu);
    for (const QString &name : {u"actionSelectAll"_s, u"actionZoomToFit"_s,
                                u"actionExportDiagram"_s, u"actionNewView"_s})
        QVERIFY2(names.contains(name) && enabled(*menu, name), qPrintable(name));
    QVERIFY(names.contains(u"actionPaste"_s));
    QVERIFY(!names.contains(u"actionCut"_s));

    QList<NodeId> elementNodes;
    for (const ViewNode &node : scene->view()->nodes)
        if (node.kind == NodeKind::Element)
            elementNodes.append(node.id);
    QVERIFY(elementNodes.size() >= 2);
    scene->selectNodes({elementNodes.at(0)});
    QCOMPARE(menus->canvasTarget(), ContextMenus::CanvasTarget::Node);
    menu = build();
    names = namesIn(*menu);
    for (const QString &name : {u"actionRename"_s, u"actionCut"_s, u"actionCopy"_s,
                                u"actionDeleteFromView"_s, u"actionDeleteFromModel"_s,
                                u"actionBringToFront"_s})
        QVERIFY2(names.contains(name) && enabled(*menu, name), qPrintable(name));
    QVERIFY(!names.contains(u"menuAlign"_s));

    scene->selectNodes({elementNodes.at(0), elementNodes.at(1)});
    QCOMPARE(menus->canvasTarget(), ContextMenus::CanvasTarget::Several);
    menu = build();
    names = namesIn(*menu);
    for (const QString &name : {u"menuAlign"_s, u"menuDistribute"_s, u"menuSameSize"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY(!names.contains(u"actionRename"_s));
    QVERIFY(enabled(*menu, u"actionDeleteFromView"_s));
    const QMenu *align = window.findChild<QMenu *>(u"menuAlign"_s);
    for (const QAction *a : align->actions())
        QVERIFY(a->isSeparator() || a->isEnabled());

    // The shipped overall diagram draws no connection: show its relationships.
    const QList<QAction *> all = window.findChildren<QAction *>(u"actionOverallConnections"_s);
    QCOMPARE(all.size(), 1);
    all.first()->trigger();
    scene = window.currentScene();
    QVERIFY(!scene->view()->connections.isEmpty());
    const ConnectionId connection = scene->view()->connections.at(0).id;
    scene->clearSelection();
    scene->connectionItem(connection)->setSelected(true);
    QCOMPARE(menus->canvasTarget(), ContextMenus::CanvasTarget::Connection);
    menu = build();
    names = namesIn(*menu);
    QVERIFY(enabled(*menu, u"actionDeleteFromView"_s));
    QVERIFY(enabled(*menu, u"actionDeleteFromModel"_s));
    QVERIFY(names.contains(u"actionRouteOrthogonal"_s));
    QVERIFY(!names.contains(u"actionRename"_s));
}

void TestAppShell::rightClickSelectsAndShowsMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    DiagramView *view = window.currentView();
    DiagramScene *scene = window.currentScene();
    QTest::qWait(50);
    NodeItem *target = nullptr;
    for (const ViewNode &node : scene->view()->nodes) {
        if (node.kind != NodeKind::Element)
            continue;
        const QPoint at = view->mapFromScene(node.bounds.center());
        if (view->viewport()->rect().contains(at) && scene->nodeItemAt(node.bounds.center())
            && scene->nodeItemAt(node.bounds.center())->nodeId() == node.id) {
            target = scene->nodeItem(node.id);
            break;
        }
    }
    QVERIFY(target);
    scene->clearSelection();
    const QPoint at = view->mapFromScene(target->sceneBoundingRect().center());
    const QStringList names = popupNames([&]() {
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
    });
    QVERIFY2(names.contains(u"actionRename"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(!names.contains(u"disabled:actionRename"_s));
    QCOMPARE(scene->selectedNodeIds(), QList<NodeId>{target->nodeId()});
}

void TestAppShell::treeMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    ModelTreePanel *tree = window.modelTree();
    const ElementId element = window.document()->model().data().elements.at(0).id;
    tree->selectElement(element);
    QTreeView *list = tree->treeView();
    QTest::qWait(20);
    const QPoint at = list->visualRect(list->currentIndex()).center();
    QStringList names = popupNames([&]() { Q_EMIT list->customContextMenuRequested(at); });
    QVERIFY2(names.contains(u"actionShowInDiagram"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"actionNewView"_s));
    QVERIFY(!names.contains(u"actionOpenView"_s));
    QVERIFY(!names.contains(u"disabled:actionShowInDiagram"_s));

    // A view: open it.
    const ViewId viewId = window.document()->model().data().views.at(0).id;
    QModelIndex viewIndex;
    QAbstractItemModel *model = list->model();
    std::function<void(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent) && !viewIndex.isValid(); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (ModelTreeModel::kindOf(i) == ModelTreeModel::ViewNode
                && i.data(ModelTreeModel::IdRole).toString() == viewId.toString())
                viewIndex = i;
            else
                find(i);
        }
    };
    find({});
    QVERIFY(viewIndex.isValid());
    list->scrollTo(viewIndex);
    list->setCurrentIndex(viewIndex);
    names = popupNames([&]() {
        Q_EMIT list->customContextMenuRequested(list->visualRect(viewIndex).center());
    });
    QVERIFY2(names.contains(u"actionOpenView"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(!names.contains(u"actionShowInDiagram"_s));
}

void TestAppShell::validationMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    ValidationPanel *panel = window.validation();
    // A finding: an element taken off the only view that showed it is in no view.
    Document *doc = window.document();
    QHash<ElementId, QList<std::pair<ViewId, NodeId>>> shown;
    for (const View &view : doc->model().data().views)
        for (const ViewNode &node : view.nodes)
            if (node.kind == NodeKind::Element)
                shown[node.element].append({view.id, node.id});
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        if (it.value().size() == 1) {
            QVERIFY(doc->push(std::make_unique<RemoveNodes>(
                    it.value().first().first, QSet<NodeId>{it.value().first().second})));
            break;
        }
    }
    panel->revalidate();
    QVERIFY(!panel->findings().isEmpty());
    QTreeView *list = panel->list();
    const QModelIndex first = list->model()->index(0, 0);
    list->scrollTo(first);
    const QStringList names = popupNames([&]() {
        Q_EMIT list->customContextMenuRequested(list->visualRect(first).center());
    });
    for (const QString &name : {u"actionShowFinding"_s, u"actionCopyFinding"_s,
                                u"actionRevalidate"_s, u"actionUndo"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", "_s)));
    QVERIFY(!names.contains(u"disabled:actionShowFinding"_s));
    QVERIFY(!names.contains(u"disabled:actionUndo"_s)); // the removal can be undone
}

void TestAppShell::exampleIsMarkedAsSample()
{
    MainWindow window;
    window.show();
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    QVERIFY2(window.windowTitle().contains(u"illustrative example"_s), qPrintable(window.windowTitle()));
    window.properties()->showModelInfo();
    auto *note = window.properties()->findChild<QLabel *>(u"sampleNote"_s);
    QVERIFY(note);
    QVERIFY(note->text().contains(u"illustrative example"_s));

    // A model of the user's own is no example.
    window.controller()->setPromptAnswer(DocumentController::Answer::Discard);
    QVERIFY(window.controller()->newDocument());
    QVERIFY(!window.windowTitle().contains(u"illustrative example"_s));
    window.properties()->showModelInfo();
    QVERIFY(!window.properties()->findChild<QLabel *>(u"sampleNote"_s));
}

QTEST_MAIN(TestAppShell)
#include "tst_appshell.moc"
