#include "mainwindow.h"
#include "actionicon.h"
#include "compareactions.h"
#include "contextmenus.h"
#include "diagramactions.h"
#include "documentcontroller.h"
#include "editactions.h"
#include "exportactions.h"
#include "fileactions.h"
#include "helpactions.h"
#include "product.h"
#include "modelactions.h"
#include "reportactions.h"
#include "repoactions.h"

#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/canvas/overviewwidget.h>
#include <widgets/canvas/selecttool.h>
#include <widgets/document/document.h>
#include <widgets/panels/comparisonpanel.h>
#include <widgets/panels/modeltreepanel.h>
#include <widgets/panels/palettepanel.h>
#include <widgets/panels/propertiespanel.h>
#include <widgets/panels/reporttextpanel.h>
#include <widgets/panels/validationpanel.h>

#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QWindow>
#include <QUndoView>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new DocumentController(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(u"mainWindow"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    // Without a view open, the canvas area says what to do instead of staying grey.
    m_central = new QStackedWidget(this);
    m_emptyHint = new QLabel(m_central);
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setMargin(24);
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_central->addWidget(m_tabs);
    m_central->addWidget(m_emptyHint);
    setCentralWidget(m_central);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        m_overview->setView(currentView());
        updateZoomLabel();
        // Commands that depend on the view shown (its kind, its settings) follow it.
        if (m_diagramActions)
            m_diagramActions->update();
        // The appearance section follows the canvas shown, or leaves when none is.
        if (DiagramScene *scene = currentScene()) {
            m_properties->showDiagramSelection(scene->viewId(), scene->selectedNodeIds(),
                                               scene->selectedConnectionIds());
            onElementsSelected(scene->selectedElementIds());
        } else {
            m_properties->showDiagramSelection({}, {}, {});
        }
    });

    createDocks();
    m_fileActions = new FileActions(this);
    m_editActions = new EditActions(this);
    m_diagramActions = new DiagramActions(this);
    if (auto *viewMenu = findChild<QMenu *>(u"menuView"_s))
        m_fileActions->repoActions()->addViewActions(viewMenu);
    new ExportActions(this);
    new ReportActions(this);
    m_modelActions = new ModelActions(this);
    m_compareActions = new CompareActions(this);
    new HelpActions(this);
    m_contextMenus = new ContextMenus(this);

    m_findingsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_findingsLabel);
    connect(m_validation, &ValidationPanel::validated, this, [this](int errors, int warnings) {
        m_findingsLabel->setText(tr("%n error(s)", nullptr, errors) + u", "_s
                                 + tr("%n warning(s)", nullptr, warnings));
    });
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(60);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_controller, &DocumentController::documentChanged, this,
            &MainWindow::onDocumentChanged);
    connect(m_controller, &DocumentController::statusMessage, this, &MainWindow::showStatus);
    restoreLayout();
    onDocumentChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // Views and panels refer to the document: take them down first.
    while (m_tabs->count() > 0)
        closeTab(0);
    // What is destroyed after this body must not call back into the window, which
    // is then no longer a MainWindow: the validation panel's findings, and the
    // document's undo stack (cleared as the document goes) telling the actions.
    m_validation->disconnect(this);
    if (Document *doc = document())
        doc->undoStack()->disconnect();
}

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget *content, const QString &title, const QString &name,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    m_tree = new ModelTreePanel(this);
    m_palette = new PalettePanel(this);
    m_properties = new PropertiesPanel(this);
    m_validation = new ValidationPanel(this);
    m_reportTexts = new ReportTextPanel(this);
    m_comparison = new ComparisonPanel(this);
    m_overview = new OverviewWidget(this);
    m_history = new QUndoView(this);
    m_history->setEmptyLabel(tr("<original>"));

    QDockWidget *tree = dock(m_tree, tr("Model"), u"modelDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *palette = dock(m_palette, tr("Palette"), u"paletteDock"_s, Qt::LeftDockWidgetArea);
    tabifyDockWidget(tree, palette);
    tree->raise();
    QDockWidget *properties =
            dock(m_properties, tr("Properties"), u"propertiesDock"_s, Qt::RightDockWidgetArea);
    // The report texts share the properties' place: both are forms to fill in.
    QDockWidget *reportTexts = dock(m_reportTexts, tr("Report Texts"), u"reportTextsDock"_s,
                                    Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, reportTexts);
    properties->raise();
    QDockWidget *overview = dock(m_overview, tr("Overview"), u"overviewDock"_s, Qt::RightDockWidgetArea);
    QDockWidget *history = dock(m_history, tr("History"), u"historyDock"_s, Qt::RightDockWidgetArea);
    tabifyDockWidget(overview, history);
    overview->raise();
    QDockWidget *validation =
            dock(m_validation, tr("Validation"), u"validationDock"_s, Qt::BottomDockWidgetArea);
    // The comparison beside the findings: both are lists to go through.
    QDockWidget *comparison =
            dock(m_comparison, tr("Comparison"), u"comparisonDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(validation, comparison);
    validation->raise();
    // First start: the canvas gets most of the room (once the window has its
    // size; a saved layout replaces this in restoreLayout()).
    QTimer::singleShot(0, this, [this, tree, properties, validation, overview]() {
        if (m_layoutRestored)
            return;
        // On a small screen (or a large scale factor) the panels take a share
        // of the window, not a fixed width that leaves the canvas a strip.
        const int w = width();
        const int h = height();
        resizeDocks({tree, properties}, {std::min(280, w / 5), std::min(340, w / 4)},
                    Qt::Horizontal);
        resizeDocks({validation}, {std::min(140, h / 6)}, Qt::Vertical);
        resizeDocks({properties, overview}, {520, std::min(200, h / 4)}, Qt::Vertical);
    });

    connect(m_tree, &ModelTreePanel::elementsSelected, this, [this](const QList<ElementId> &ids) {
        if (DiagramScene *scene = currentScene())
            scene->selectElements(ids);
        if (ids.size() == 1)
            m_properties->showElement(ids.first());
    });
    connect(m_tree, &ModelTreePanel::elementActivated, this, &MainWindow::revealElement);
    connect(m_tree, &ModelTreePanel::viewActivated, this, &MainWindow::openView);
    connect(m_validation, &ValidationPanel::elementActivated, this, &MainWindow::revealElement);
    connect(m_reportTexts, &ReportTextPanel::editRefused, this, &MainWindow::showStatus);
    connect(m_palette, &PalettePanel::elementTypeChosen, this, [this](const QString &type) {
        if (DiagramScene *scene = currentScene())
            scene->setPlaceTool(type);
    });
    connect(m_palette, &PalettePanel::relationshipTypeChosen, this, [this](const QString &type) {
        if (DiagramScene *scene = currentScene())
            scene->setConnectTool(type);
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_layoutRestored = restoreState(settings.value(u"window/state"_s).toByteArray());
    fitToScreen(!restored);
}

QRect MainWindow::fittedGeometry(const QRect &wanted, const QSize &frameExtra,
                                 const QList<QRect> &screens, bool firstStart)
{
    if (screens.isEmpty())
        return wanted;
    // The screen that holds most of the window; the first one if none does.
    QRect screen = screens.first();
    qint64 best = 0;
    for (const QRect &candidate : screens) {
        const QRect common = candidate.intersected(wanted);
        const qint64 area = qint64(common.width()) * common.height();
        if (area > best) {
            best = area;
            screen = candidate;
        }
    }
    const QSize room = screen.size() - frameExtra;
    QSize size = wanted.size();
    if (firstStart) // generous, but never more than nine tenths of the screen
        size = QSize(std::min(1400, room.width() * 9 / 10), std::min(900, room.height() * 9 / 10));
    size = size.boundedTo(room);
    QRect result(wanted.topLeft(), size);
    if (firstStart || best == 0)
        result.moveCenter(screen.center());
    // Wholly inside: title bar and frame included.
    const QRect inner = screen.adjusted(0, 0, -frameExtra.width(), -frameExtra.height());
    result.moveLeft(std::clamp(result.left(), inner.left(), inner.right() - result.width() + 1));
    result.moveTop(std::clamp(result.top(), inner.top(), inner.bottom() - result.height() + 1));
    return result;
}

void MainWindow::fitToScreen(bool firstStart)
{
    if (isMaximized() || isFullScreen())
        return;
    QList<QRect> screens;
    for (const QScreen *screen : QGuiApplication::screens())
        screens.append(screen->availableGeometry());
    // The window manager's frame; a guess before the window is first shown.
    QSize frameExtra = frameGeometry().size() - geometry().size();
    if (!isVisible() || frameExtra.isEmpty())
        frameExtra = QSize(0, 0);
    const QRect fitted = fittedGeometry(geometry(), frameExtra, screens, firstStart);
    resize(fitted.size());
    move(fitted.topLeft());
}

Document *MainWindow::document() const
{
    return m_controller->document();
}

DiagramView *MainWindow::currentView() const
{
    return qobject_cast<DiagramView *>(m_tabs->currentWidget());
}

DiagramScene *MainWindow::currentScene() const
{
    DiagramView *view = currentView();
    return view ? view->diagramScene() : nullptr;
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::onDocumentChanged(Document *document)
{
    while (m_tabs->count() > 0)
        closeTab(0);
    m_tree->setDocument(document);
    m_properties->setDocument(document);
    m_validation->setDocument(document);
    // What the opened file held that the model could not take is listed first in
    // the validation panel: bring it to the front.
    if (document && !document->importFindings().isEmpty()) {
        if (auto *validationDock = qobject_cast<QDockWidget *>(m_validation->parentWidget())) {
            validationDock->show();
            validationDock->raise();
        }
    }
    m_reportTexts->setDocument(document);
    m_history->setStack(document ? document->undoStack() : nullptr);
    if (document) {
        m_palette->setProfile(document->model().profilePtr());
        connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::displayNameChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::editRefused, this, &MainWindow::showStatus);
        connect(&document->model(), &Model::changed, this, [this](const ChangeSet &changes) {
            // A removed view takes its tab along.
            for (int i = m_tabs->count() - 1; i >= 0; --i) {
                auto *view = qobject_cast<DiagramView *>(m_tabs->widget(i));
                if (view && changes.views.removed.contains(view->diagramScene()->viewId()))
                    closeTab(i);
                else if (view && changes.views.changed.contains(view->diagramScene()->viewId()))
                    m_tabs->setTabText(i, this->document()->model().view(
                                                  view->diagramScene()->viewId())->name);
            }
            // Checkable commands that show a view's settings follow undo and redo.
            m_diagramActions->update();
        });
        // The overall diagram first, else the first view.
        const ModelData &data = document->model().data();
        ViewId first;
        for (const View &view : data.views) {
            if (view.kind == ViewKind::Overall) {
                first = view.id;
                break;
            }
        }
        if (first.isNull() && !data.views.isEmpty())
            first = data.views.at(0).id;
        if (!first.isNull()) {
            // Fitted once the window and its docks have their sizes.
            DiagramView *view = openView(first);
            view->zoomToFit();
            QTimer::singleShot(0, view, &DiagramView::zoomToFit);
        }
        m_properties->showModelInfo();
    }
    m_editActions->update();
    m_diagramActions->update();
    updateTitle();
    updateEmptyHint();
}

DiagramView *MainWindow::openView(const ViewId &id)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<DiagramView *>(m_tabs->widget(i));
        if (view && view->diagramScene()->viewId() == id) {
            m_tabs->setCurrentIndex(i);
            return view;
        }
    }
    Document *doc = document();
    const View *model = doc ? doc->model().view(id) : nullptr;
    if (!model)
        return nullptr;
    auto *scene = new DiagramScene(doc, id, this);
    auto *view = new DiagramView(scene, m_tabs);
    scene->setParent(view);
    connect(scene, &DiagramScene::statusMessage, this, &MainWindow::showStatus);
    connect(scene, &DiagramScene::elementsSelected, this, &MainWindow::onElementsSelected);
    connect(scene, &DiagramScene::toolChanged, m_diagramActions, &DiagramActions::update);
    connect(scene, &DiagramScene::toolChanged, this, [this, scene]() {
        // Back to selecting (after a placement, or Escape): the palette lets go too.
        if (dynamic_cast<const SelectTool *>(scene->tool()))
            m_palette->clearChoice();
    });
    connect(view, &DiagramView::zoomChanged, this, &MainWindow::updateZoomLabel);
    m_contextMenus->attach(view);
    connect(scene, &QGraphicsScene::selectionChanged, m_editActions, &EditActions::update);
    // Arrange and order commands follow the selection too (menu bar and context menu).
    connect(scene, &QGraphicsScene::selectionChanged, m_diagramActions, &DiagramActions::update);
    connect(scene, &QGraphicsScene::selectionChanged, m_properties, [this, scene]() {
        m_properties->showDiagramSelection(scene->viewId(), scene->selectedNodeIds(),
                                           scene->selectedConnectionIds());
    });
    const int index = m_tabs->addTab(view, actionIcon(model->kind == ViewKind::Overall ? u"overall-diagram"_s : u"view-new"_s),
                                     model->name);
    m_tabs->setCurrentIndex(index);
    view->setZoom(1.0);
    updateEmptyHint();
    return view;
}

void MainWindow::closeTab(int index)
{
    QWidget *widget = m_tabs->widget(index);
    m_tabs->removeTab(index);
    if (m_overview && widget == static_cast<QWidget *>(currentView()))
        m_overview->setView(nullptr);
    delete widget;
    updateEmptyHint();
    // The view's commands go with the last tab.
    if (m_tabs->count() == 0) {
        m_editActions->update();
        m_diagramActions->update();
    }
}

void MainWindow::updateEmptyHint()
{
    if (!m_central)
        return;
    if (m_tabs->count() > 0) {
        m_central->setCurrentWidget(m_tabs);
        return;
    }
    m_emptyHint->setText(
            document() ? tr("No diagram is open.\n\nDouble-click a view in the Model panel to open "
                            "it, or create one with Diagram ▸ New View… or Diagram ▸ "
                            "Create/Update Overall Diagram.")
                       : tr("No model is open.\n\nStart a new one with File ▸ New Model "
                            "(%1), open a file with File ▸ Open… (%2), or look at an "
                            "example under File ▸ Examples. Help ▸ Your First Diagram "
                            "shows the way.")
                                 .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                                      QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_central->setCurrentWidget(m_emptyHint);
}

void MainWindow::onElementsSelected(const QList<ElementId> &ids)
{
    if (ids.size() == 1) {
        m_properties->showElement(ids.first());
        m_tree->selectElement(ids.first());
    } else if (DiagramScene *scene = currentScene()) {
        const QList<ConnectionId> connections = scene->selectedConnectionIds();
        const ViewConnection *c = connections.size() == 1
                ? scene->view()->connections.find(connections.first())
                : nullptr;
        if (c && !c->relationship.isNull())
            m_properties->showRelationship(c->relationship);
        else if (ids.isEmpty())
            m_properties->showView(scene->viewId());
    }
    m_editActions->update();
}

void MainWindow::revealElement(const ElementId &id)
{
    Document *doc = document();
    if (!doc)
        return;
    // The current view if it shows the element, else the first view that does.
    QList<ViewId> candidates;
    if (DiagramScene *scene = currentScene())
        candidates.append(scene->viewId());
    for (const View &view : doc->model().data().views)
        candidates.append(view.id);
    for (const ViewId &viewId : std::as_const(candidates)) {
        const View *view = doc->model().view(viewId);
        for (const ViewNode &node : view->nodes) {
            if (node.kind == NodeKind::Element && node.element == id) {
                DiagramView *canvas = openView(viewId);
                canvas->diagramScene()->selectNodes({node.id});
                canvas->centerOn(node.bounds.center());
                m_properties->showElement(id);
                return;
            }
        }
    }
    m_properties->showElement(id);
    showStatus(tr("The element is in no view."));
}

void MainWindow::updateTitle()
{
    Document *doc = document();
    if (!doc) {
        setWindowTitle(productName());
        return;
    }
    // A bundled example says so: its data is illustrative, not an approved architecture.
    const QString sample = doc->isSample() ? u" "_s + tr("(illustrative example)") : QString();
    setWindowTitle(doc->displayName() + sample + u"[*] \u2014 "_s + productName());
    setWindowModified(doc->isModified());
}

void MainWindow::updateZoomLabel()
{
    DiagramView *view = currentView();
    m_zoomLabel->setText(view ? tr("%1%").arg(qRound(view->zoom() * 100)) : QString());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Qt applies a restored geometry as the window appears, and the window
    // manager adds its frame: check again then, and once the frame is known.
    fitToScreen(false);
    QTimer::singleShot(0, this, [this]() { fitToScreen(false); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

} // namespace kt
