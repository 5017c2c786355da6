#include "diagramactions.h"
#include "documentcontroller.h"
#include "actionicon.h"
#include "mainwindow.h"
#include "waitcursor.h"

#include <model/core/language.h>
#include <model/edit/arrangeedits.h>
#include <model/edit/replaceview.h>
#include <model/edit/viewedits.h>
#include <model/export/componentdiagram.h>
#include <model/export/overalldiagram.h>
#include <model/layout/bandheadings.h>
#include <model/compose/arrangement.h>
#include <widgets/canvas/connecttool.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <model/compose/orthogonalrouter.h>
#include <widgets/document/document.h>

#include <QActionGroup>

#include <functional>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>

namespace kt {

using namespace Qt::StringLiterals;

DiagramActions::DiagramActions(MainWindow *window) : QObject(window), m_window(window)
{
    buildViewMenu();
    buildDiagramMenu();
    connect(window->controller(), &DocumentController::documentChanged, this,
            &DiagramActions::update);
}

void DiagramActions::buildViewMenu()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&View"));
    menu->setObjectName(u"menuView"_s);
    QToolBar *toolbar = m_window->addToolBar(tr("View"));
    toolbar->setObjectName(u"viewToolbar"_s);
    const auto zoom = [&](const QString &text, const QKeySequence &key, const QString &icon,
                          void (DiagramView::*slot)()) {
        QAction *action = menu->addAction(actionIcon(icon), text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, slot]() {
            if (DiagramView *view = m_window->currentView())
                (view->*slot)();
        });
        m_needView.append(action);
        toolbar->addAction(action);
        return action;
    };
    zoom(tr("Zoom &In"), QKeySequence::ZoomIn, u"zoom-in"_s, &DiagramView::zoomIn);
    zoom(tr("Zoom &Out"), QKeySequence::ZoomOut, u"zoom-out"_s, &DiagramView::zoomOut);
    zoom(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), u"zoom-fit"_s,
         &DiagramView::zoomToFit)
            ->setObjectName(u"actionZoomToFit"_s);
    zoom(tr("&Actual Size (100%)"), QKeySequence(Qt::CTRL | Qt::Key_1), u"zoom-original"_s,
         &DiagramView::zoomActualSize);
    menu->addSeparator();

    QMenu *panels = menu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        panels->addAction(dock->toggleViewAction());

    QMenu *language = menu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = uiLanguage();
    for (const auto &[code, name] : {std::pair{u"vi"_s, QString::fromUtf8("Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t")},
                                     std::pair{u"en"_s, u"English"_s}}) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code]() { setLanguage(code); });
    }
}

void DiagramActions::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
    QMessageBox::information(m_window, tr("Language"),
                             tr("The new language is used from the next start of the program."));
}

void DiagramActions::buildDiagramMenu()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Diagram"));
    QToolBar *toolbar = m_window->addToolBar(tr("Diagram"));
    toolbar->setObjectName(u"diagramToolbar"_s);

    auto *tools = new QActionGroup(this);
    m_selectTool = menu->addAction(actionIcon(u"tool-select"_s), tr("&Select"));
    m_selectTool->setCheckable(true);
    m_selectTool->setShortcut(QKeySequence(Qt::Key_S));
    m_connectTool = menu->addAction(actionIcon(u"tool-connect"_s), tr("&Connect"));
    m_connectTool->setCheckable(true);
    m_connectTool->setShortcut(QKeySequence(Qt::Key_C));
    m_connectTool->setToolTip(tr("Connect: drag from one element to another (C)"));
    m_selectTool->setObjectName(u"actionSelectTool"_s);
    m_connectTool->setObjectName(u"actionConnectTool"_s);
    tools->addAction(m_selectTool);
    tools->addAction(m_connectTool);
    connect(m_selectTool, &QAction::triggered, this, [this]() {
        if (DiagramScene *scene = m_window->currentScene())
            scene->setSelectTool();
    });
    connect(m_connectTool, &QAction::triggered, this, [this]() {
        if (DiagramScene *scene = m_window->currentScene())
            scene->setConnectTool();
    });
    m_needView << m_selectTool << m_connectTool;
    toolbar->addAction(m_selectTool);
    toolbar->addAction(m_connectTool);
    menu->addSeparator();

    QAction *overall = menu->addAction(actionIcon(u"overall-diagram"_s),
                                       tr("Create/Update &Overall Diagram"));
    overall->setObjectName(u"actionOverallDiagram"_s);
    overall->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(overall, &QAction::triggered, this, &DiagramActions::createOrRefreshOverallDiagram);
    m_needDocument.append(overall);
    toolbar->addAction(overall);
    m_componentMenu = menu->addMenu(tr("Create Co&mponent Architecture"));
    m_componentMenu->menuAction()->setObjectName(u"menuComponentArchitecture"_s);
    m_componentMenu->setEnabled(false);

    m_securityLeft = menu->addAction(tr("Security Column on the &Left"));
    m_securityLeft->setCheckable(true);
    connect(m_securityLeft, &QAction::toggled, this, [this](bool left) {
        DiagramScene *scene = m_window->currentScene();
        if (!scene)
            return;
        const View *current = scene->view();
        // Which layers are side columns, and their default side, the profile says.
        const DiagramComposer composer = scene->composer();
        const QList<DiagramComposer::SideColumn> columns = composer.sideColumns();
        const ColumnSide side = left ? ColumnSide::Left : ColumnSide::Right;
        if (current->kind != ViewKind::Overall || columns.isEmpty()
            || columns.first().side == side)
            return;
        // Moving the columns lays the diagram out afresh, in one undoable step.
        View base = *current;
        base.settings = composer.settingsWithFirstColumnOn(side);
        const WaitCursor wait;
        scene->push(std::make_unique<ReplaceView>(
                OverallDiagram::build(m_window->document()->model().data(), &base, true)));
    });
    m_needView.append(m_securityLeft);

    // The overall diagram remembers this choice in its settings; changing it
    // refreshes the diagram in one undoable step (the relationships stay).
    m_overallConnections = menu->addAction(tr("Show &Relationships in Overall Diagram"));
    m_overallConnections->setObjectName(u"actionOverallConnections"_s);
    m_overallConnections->setCheckable(true);
    connect(m_overallConnections, &QAction::toggled, this, [this](bool all) {
        DiagramScene *scene = m_window->currentScene();
        if (!scene || scene->view()->kind != ViewKind::Overall)
            return;
        const OverallConnections choice = all ? OverallConnections::All : OverallConnections::None;
        if (OverallDiagram::connectionsOf(scene->view()) == choice)
            return;
        const WaitCursor wait;
        scene->push(std::make_unique<ReplaceView>(OverallDiagram::build(
                m_window->document()->model().data(), scene->view(), false, choice)));
    });
    m_needView.append(m_overallConnections);

    // Band headings as the framework documents write them ("1. NGƯỜI SỬ DỤNG"),
    // a setting of the view; switching changes the headings in one undoable step.
    m_numberedHeadings = menu->addAction(tr("N&umbered Band Headings"));
    m_numberedHeadings->setObjectName(u"actionNumberedHeadings"_s);
    m_numberedHeadings->setCheckable(true);
    connect(m_numberedHeadings, &QAction::toggled, this, [this](bool numbered) {
        DiagramScene *scene = m_window->currentScene();
        if (!scene
            || BandHeadings::numbered(scene->view()->settings, scene->view()->kind) == numbered)
            return;
        scene->push(BandHeadings::styleEdit(m_window->document()->model().data(),
                                            scene->viewId(), numbered));
    });
    m_needView.append(m_numberedHeadings);

    // The view drawn in ArchiMate's notation or in the framework's look: a setting
    // of the view, stored with it, one undoable step.
    m_archimateNotation = menu->addAction(tr("Dra&w in ArchiMate Notation"));
    m_archimateNotation->setObjectName(u"actionArchimateNotation"_s);
    m_archimateNotation->setCheckable(true);
    m_archimateNotation->setStatusTip(
            tr("Draw this view with ArchiMate's shapes, icons and lines instead of the "
               "framework's look."));
    connect(m_archimateNotation, &QAction::toggled, this, [this](bool archimate) {
        DiagramScene *scene = m_window->currentScene();
        const Notation notation = archimate ? Notation::ArchiMate : Notation::Framework;
        if (!scene || notationFromSettings(scene->view()->settings) == notation)
            return;
        scene->push(std::make_unique<SetViewSetting>(scene->viewId(), notationSetting(),
                                                     notationName(notation)));
    });
    m_needView.append(m_archimateNotation);

    QAction *among = menu->addAction(tr("Show Relationships Among Selected &Elements"));
    among->setObjectName(u"actionShowRelationshipsAmong"_s);
    connect(among, &QAction::triggered, this, [this]() {
        if (DiagramScene *scene = m_window->currentScene()) {
            const WaitCursor wait;
            scene->push(scene->composer().showRelationshipsAmong(scene->selectedNodeIds()));
        }
    });
    m_needSelection.append(among);
    menu->addSeparator();

    // At the centre of what the window shows, selected, to be moved where it goes.
    const auto insert = [&](const QString &text, QLatin1StringView shape, const QString &icon,
                            const QString &name) {
        QAction *action = menu->addAction(actionIcon(icon), text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, shape]() {
            DiagramView *view = m_window->currentView();
            DiagramScene *scene = m_window->currentScene();
            if (view && scene)
                scene->placeElement(shape,
                                    view->mapToScene(view->viewport()->rect().center()));
        });
        m_needView.append(action);
    };
    insert(tr("Insert Le&gend"), LegendShapeId, u"shape-legend"_s, u"actionInsertLegend"_s);
    insert(tr("Insert &Title Block"), TitleBlockShapeId, u"shape-title-block"_s,
           u"actionInsertTitleBlock"_s);
    menu->addSeparator();

    QAction *newView = menu->addAction(actionIcon(u"view-new"_s), tr("&New View…"));
    newView->setObjectName(u"actionNewView"_s);
    connect(newView, &QAction::triggered, this, &DiagramActions::newView);
    m_needDocument.append(newView);
    QAction *deleteView = menu->addAction(actionIcon(u"view-delete"_s), tr("&Delete View"));
    deleteView->setObjectName(u"actionDeleteView"_s);
    connect(deleteView, &QAction::triggered, this, &DiagramActions::deleteView);
    m_needView.append(deleteView);
    menu->addSeparator();

    buildArrangeMenu(menu);
}

void DiagramActions::buildArrangeMenu(QMenu *menu)
{
    using Factory = std::function<std::unique_ptr<Edit>(const ModelData &, const ViewId &,
                                                        const QList<NodeId> &)>;
    const auto arrange = [&](QMenu *in, const QString &text, Factory factory,
                             const QString &icon) {
        QAction *action = in->addAction(actionIcon(icon), text);
        connect(action, &QAction::triggered, this, [this, factory]() {
            DiagramScene *scene = m_window->currentScene();
            if (!scene)
                return;
            if (auto edit = factory(m_window->document()->model().data(), scene->viewId(),
                                    scene->selectedNodeIds()))
                scene->push(std::move(edit));
        });
        m_needSelection.append(action);
    };
    const auto align = [](Arrangement::Alignment alignment) {
        return [alignment](const ModelData &d, const ViewId &v, const QList<NodeId> &n) {
            return Arrangement::align(d, v, n, alignment);
        };
    };
    const auto distribute = [](Qt::Orientation orientation) {
        return [orientation](const ModelData &d, const ViewId &v, const QList<NodeId> &n) {
            return Arrangement::distribute(d, v, n, orientation);
        };
    };
    const auto size = [](Arrangement::Sizing sizing) {
        return [sizing](const ModelData &d, const ViewId &v, const QList<NodeId> &n) {
            return Arrangement::makeSameSize(d, v, n, sizing);
        };
    };
    using A = Arrangement::Alignment;
    QMenu *alignMenu = menu->addMenu(tr("&Align"));
    alignMenu->setObjectName(u"menuAlign"_s);
    arrange(alignMenu, tr("&Left Edges"), align(A::Left), u"align-left"_s);
    arrange(alignMenu, tr("&Centres"), align(A::Centre), u"align-center"_s);
    arrange(alignMenu, tr("&Right Edges"), align(A::Right), u"align-right"_s);
    alignMenu->addSeparator();
    arrange(alignMenu, tr("&Top Edges"), align(A::Top), u"align-top"_s);
    arrange(alignMenu, tr("&Middles"), align(A::Middle), u"align-middle"_s);
    arrange(alignMenu, tr("&Bottom Edges"), align(A::Bottom), u"align-bottom"_s);
    QMenu *distributeMenu = menu->addMenu(tr("D&istribute"));
    distributeMenu->setObjectName(u"menuDistribute"_s);
    arrange(distributeMenu, tr("&Horizontally"), distribute(Qt::Horizontal), u"distribute-horizontal"_s);
    arrange(distributeMenu, tr("&Vertically"), distribute(Qt::Vertical), u"distribute-vertical"_s);
    QMenu *sizeMenu = menu->addMenu(tr("Same Si&ze"));
    sizeMenu->setObjectName(u"menuSameSize"_s);
    arrange(sizeMenu, tr("Same &Width"), size(Arrangement::Sizing::Width), u"same-size"_s);
    arrange(sizeMenu, tr("Same &Height"), size(Arrangement::Sizing::Height), u"same-size"_s);
    arrange(sizeMenu, tr("Same &Size"), size(Arrangement::Sizing::Both), u"same-size"_s);

    const auto order = [&](const QString &text, const QKeySequence &key,
                           ReorderNodes::Direction direction) {
        QAction *action = menu->addAction(
                actionIcon(direction == ReorderNodes::Direction::ToFront ? u"bring-front"_s
                                                                         : u"send-back"_s),
                text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, direction]() {
            DiagramScene *scene = m_window->currentScene();
            if (scene)
                scene->push(scene->composer().reorder(
                        scene->selectedNodeIds(), direction == ReorderNodes::Direction::ToFront));
        });
        m_needSelection.append(action);
        return action;
    };
    order(tr("Bring to &Front"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight),
          ReorderNodes::Direction::ToFront)
            ->setObjectName(u"actionBringToFront"_s);
    order(tr("Send to &Back"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft),
          ReorderNodes::Direction::ToBack)
            ->setObjectName(u"actionSendToBack"_s);
    menu->addSeparator();

    const auto route = [&](const QString &text, bool orthogonal) {
        QAction *action = menu->addAction(
                actionIcon(orthogonal ? u"route-orthogonal"_s : u"route-straight"_s), text);
        connect(action, &QAction::triggered, this, [this, orthogonal]() {
            DiagramScene *scene = m_window->currentScene();
            if (!scene)
                return;
            const QList<ConnectionId> ids = scene->composer().connectionsToRoute(
                    scene->selectedConnectionIds(), scene->selectedNodeIds());
            const ModelData &data = m_window->document()->model().data();
            const WaitCursor wait;
            auto edit = orthogonal ? OrthogonalRouter::routeConnections(data, scene->viewId(), ids)
                                   : OrthogonalRouter::clearBendpoints(data, scene->viewId(), ids);
            if (edit)
                scene->push(std::move(edit));
        });
        m_needView.append(action);
        return action;
    };
    route(tr("Route Orthogonall&y"), true)->setObjectName(u"actionRouteOrthogonal"_s);
    route(tr("Straig&ht Lines"), false)->setObjectName(u"actionRouteStraight"_s);
}

void DiagramActions::updateComponentMenu()
{
    Document *doc = m_window->document();
    const QString profile = doc ? doc->model().profile().id() : QString();
    m_componentMenu->setEnabled(doc && !doc->model().profile().components().isEmpty());
    if (profile == m_componentProfile)
        return;
    m_componentProfile = profile;
    m_componentMenu->clear();
    if (!doc)
        return;
    for (const ComponentArchitecture &component : doc->model().profile().components()) {
        QAction *action = m_componentMenu->addAction(component.name.text(uiLanguage()));
        action->setObjectName(u"actionComponent-"_s + component.id);
        const QString id = component.id;
        connect(action, &QAction::triggered, this,
                [this, id]() { createComponentArchitecture(id); });
    }
}

void DiagramActions::createComponentArchitecture(const QString &componentId)
{
    Document *doc = m_window->document();
    if (!doc)
        return;
    const bool created = !ComponentDiagram::find(doc->model().data(), componentId);
    QString error;
    ViewId id;
    const WaitCursor wait;
    std::unique_ptr<Edit> edit =
            ComponentDiagram::edit(doc->model().data(), componentId, false, &id, &error);
    if (!edit || !doc->push(std::move(edit), &error)) {
        m_window->showStatus(error);
        return;
    }
    DiagramView *view = m_window->openView(id);
    if (created && view)
        view->zoomToFit();
    m_window->showStatus(created ? tr("Component architecture created.")
                                 : tr("Component architecture updated."));
}

void DiagramActions::update()
{
    updateComponentMenu();
    Document *doc = m_window->document();
    DiagramScene *scene = m_window->currentScene();
    for (QAction *a : std::as_const(m_needDocument))
        a->setEnabled(doc);
    for (QAction *a : std::as_const(m_needView))
        a->setEnabled(scene);
    const bool selection = scene && !scene->selectedNodeIds().isEmpty();
    for (QAction *a : std::as_const(m_needSelection))
        a->setEnabled(selection);
    if (scene) {
        const bool connecting = dynamic_cast<const ConnectTool *>(scene->tool()) != nullptr;
        m_connectTool->setChecked(connecting);
        m_selectTool->setChecked(!connecting);
        const QSignalBlocker blocker(m_securityLeft);
        const QList<DiagramComposer::SideColumn> columns = scene->composer().sideColumns();
        m_securityLeft->setChecked(!columns.isEmpty()
                                   && columns.first().side == ColumnSide::Left);
        m_securityLeft->setEnabled(scene->view()->kind == ViewKind::Overall);
        const QSignalBlocker connectionsBlocker(m_overallConnections);
        m_overallConnections->setChecked(OverallDiagram::connectionsOf(scene->view())
                                         == OverallConnections::All);
        m_overallConnections->setEnabled(scene->view()->kind == ViewKind::Overall);
        const QSignalBlocker headingsBlocker(m_numberedHeadings);
        m_numberedHeadings->setChecked(
                BandHeadings::numbered(scene->view()->settings, scene->view()->kind));
        const QSignalBlocker notationBlocker(m_archimateNotation);
        m_archimateNotation->setChecked(notationFromSettings(scene->view()->settings)
                                        == Notation::ArchiMate);
    }
}

void DiagramActions::createOrRefreshOverallDiagram()
{
    Document *doc = m_window->document();
    if (!doc)
        return;
    const ModelData &data = doc->model().data();
    const View *existing = OverallDiagram::find(data);
    const bool created = !existing;
    const WaitCursor wait;
    const View result = OverallDiagram::build(data, existing);
    const ViewId id = result.id;
    QString error;
    if (!doc->push(std::make_unique<ReplaceView>(result, created ? 0 : -1), &error)) {
        m_window->showStatus(error);
        return;
    }
    DiagramView *view = m_window->openView(id);
    if (created && view)
        view->zoomToFit();
    m_window->showStatus(created ? tr("Overall diagram created.") : tr("Overall diagram updated."));
}

void DiagramActions::newView()
{
    Document *doc = m_window->document();
    if (!doc)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("New view"), tr("Name of the view:"),
                                               QLineEdit::Normal, tr("New view"), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    View view;
    view.id = ViewId::create();
    view.name = name.trimmed();
    view.kind = ViewKind::Component;
    if (doc->push(std::make_unique<AddView>(view)))
        m_window->openView(view.id);
}

void DiagramActions::deleteView()
{
    DiagramScene *scene = m_window->currentScene();
    if (!scene)
        return;
    const auto answer = QMessageBox::question(
            m_window, tr("Delete view"),
            tr("Delete the view “%1”? The elements stay in the model.").arg(scene->view()->name));
    if (answer == QMessageBox::Yes)
        scene->push(std::make_unique<RemoveView>(scene->viewId()));
}

} // namespace kt
