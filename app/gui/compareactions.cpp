#include "compareactions.h"
#include "documentcontroller.h"
#include "mainwindow.h"

#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/dialogs/baselinesdialog.h>
#include <widgets/dialogs/comparedialog.h>
#include <widgets/dialogs/sidebysidewindow.h>
#include <widgets/document/comparison.h>
#include <widgets/document/document.h>
#include <widgets/panels/comparisonpanel.h>
#include <widgets/panels/propertiespanel.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>

namespace kt {

using namespace Qt::StringLiterals;

CompareActions::CompareActions(MainWindow *window)
    : QObject(window),
      m_window(window),
      m_compare(new QAction(tr("&Compare…"), this)),
      m_baselines(new QAction(tr("&Baselines…"), this)),
      m_endComparison(new QAction(tr("&End Comparison"), this)),
      m_showChanges(new QAction(tr("Show &Changes"), this)),
      m_sideBySide(new QAction(tr("Compare &Side by Side"), this))
{
    m_compare->setObjectName(u"actionCompare"_s);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_compare->setStatusTip(tr("Compare the model with a baseline of its file or with another "
                               "file"));
    m_baselines->setObjectName(u"actionBaselines"_s);
    m_baselines->setStatusTip(tr("Named snapshots of the model kept in its file"));
    m_endComparison->setObjectName(u"actionEndComparison"_s);
    m_showChanges->setObjectName(u"actionShowChanges"_s);
    m_showChanges->setCheckable(true);
    m_showChanges->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_showChanges->setStatusTip(tr("Mark what changed on the diagram: added green, removed as "
                                   "red ghosts, changed amber"));
    m_sideBySide->setObjectName(u"actionSideBySide"_s);
    m_sideBySide->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_sideBySide->setStatusTip(tr("The old and the new version of the view side by side"));

    QMenu *model = modelMenu();
    if (!model->isEmpty())
        model->addSeparator();
    model->addAction(m_compare);
    model->addAction(m_baselines);
    model->addAction(m_endComparison);
    if (auto *view = window->findChild<QMenu *>(u"menuView"_s)) {
        view->addSeparator();
        view->addAction(m_showChanges);
        view->addAction(m_sideBySide);
    }
    ComparisonPanel *panel = window->comparisonPanel();
    panel->toolBar()->addAction(m_showChanges);
    panel->toolBar()->addAction(m_sideBySide);

    connect(m_compare, &QAction::triggered, this, [this]() { showCompareDialog(); });
    connect(m_baselines, &QAction::triggered, this, &CompareActions::showBaselinesDialog);
    connect(m_endComparison, &QAction::triggered, this, &CompareActions::endComparison);
    connect(m_showChanges, &QAction::toggled, this, &CompareActions::applyOverlay);
    connect(m_sideBySide, &QAction::triggered, this, &CompareActions::showSideBySide);
    connect(window->tabs(), &QTabWidget::currentChanged, this, &CompareActions::applyOverlay);
    connect(window->controller(), &DocumentController::documentChanged, this,
            &CompareActions::endComparison);
    connect(panel, &ComparisonPanel::elementActivated, window, &MainWindow::revealElement);
    connect(panel, &ComparisonPanel::viewActivated, window, &MainWindow::openView);
    connect(panel, &ComparisonPanel::relationshipActivated, window,
            [window](const RelationshipId &id) { window->properties()->showRelationship(id); });
    update();
}

CompareActions::~CompareActions() = default;

QMenu *CompareActions::modelMenu() const
{
    // Shared with the other Model commands: whoever comes first makes it.
    if (auto *menu = m_window->findChild<QMenu *>(u"menuModel"_s))
        return menu;
    auto *menu = new QMenu(tr("&Model"), m_window);
    menu->setObjectName(u"menuModel"_s);
    m_window->menuBar()->addMenu(menu);
    return menu;
}

void CompareActions::update()
{
    const bool document = m_window->document() != nullptr;
    m_compare->setEnabled(document);
    m_baselines->setEnabled(document);
    m_endComparison->setEnabled(m_comparison != nullptr);
    m_showChanges->setEnabled(m_comparison != nullptr);
    m_sideBySide->setEnabled(m_comparison && m_comparison->isReady());
}

void CompareActions::showCompareDialog(const QString &baseline)
{
    Document *document = m_window->document();
    if (!document)
        return;
    CompareDialog dialog(document, m_window);
    if (!baseline.isEmpty())
        dialog.selectBaseline(baseline);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startComparison(dialog.otherData(), dialog.otherLabel(), dialog.documentIsNew());
}

void CompareActions::showBaselinesDialog()
{
    Document *document = m_window->document();
    if (!document)
        return;
    BaselinesDialog dialog(document, m_window);
    dialog.setSaveFirst([this]() { return m_window->controller()->save(); });
    connect(&dialog, &BaselinesDialog::compareRequested, this,
            [this](const QString &name) { showCompareDialog(name); }, Qt::QueuedConnection);
    connect(&dialog, &BaselinesDialog::extracted, this,
            [this](const ModelData &data, const QString &) {
                m_window->controller()->openNew(data, false);
            },
            Qt::QueuedConnection);
    dialog.exec();
}

void CompareActions::startComparison(ModelData other, const QString &label, bool documentIsNew)
{
    Document *document = m_window->document();
    if (!document)
        return;
    endComparison();
    m_comparison = new Comparison(document, std::move(other), label, documentIsNew, this);
    if (!m_waiting) {
        m_waiting = true;
        QApplication::setOverrideCursor(Qt::BusyCursor);
    }
    m_window->showStatus(tr("Comparing with %1…").arg(label));
    connect(m_comparison, &Comparison::updated, this, [this]() {
        if (m_waiting) {
            m_waiting = false;
            QApplication::restoreOverrideCursor();
            const ModelDiff &diff = m_comparison->diff();
            const DiffCounts e = diff.elementCounts();
            m_window->showStatus(
                    diff.isEmpty() ? tr("The two versions are the same.")
                                   : tr("Elements: %1 added, %2 removed, %3 renamed, %4 changed; "
                                        "%n relationship change(s)",
                                        nullptr, int(diff.relationships.size()))
                                             .arg(e.added)
                                             .arg(e.removed)
                                             .arg(e.renamed)
                                             .arg(e.changed));
        }
        applyOverlay();
        update();
    });
    m_window->comparisonPanel()->setComparison(m_comparison);
    if (auto *dock = qobject_cast<QDockWidget *>(m_window->comparisonPanel()->parentWidget())) {
        dock->show();
        dock->raise();
        // The list needs room to be read; a bottom strip of a few rows is too little.
        if (m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea
            && dock->height() < m_window->height() / 3)
            m_window->resizeDocks({dock}, {m_window->height() / 3}, Qt::Vertical);
    }
    m_showChanges->setChecked(true);
    update();
}

void CompareActions::endComparison()
{
    if (m_waiting) {
        m_waiting = false;
        QApplication::restoreOverrideCursor();
    }
    if (m_sideBySideWindow)
        m_sideBySideWindow->close();
    delete m_comparison;
    m_window->comparisonPanel()->setComparison(nullptr);
    m_showChanges->setChecked(false);
    applyOverlay();
    update();
}

void CompareActions::applyOverlay()
{
    const bool on = m_showChanges->isChecked() && m_comparison && m_comparison->isReady();
    for (int i = 0; i < m_window->tabs()->count(); ++i) {
        auto *canvas = qobject_cast<DiagramView *>(m_window->tabs()->widget(i));
        if (!canvas)
            continue;
        DiagramScene *scene = canvas->diagramScene();
        if (on)
            scene->setOverlay(m_comparison->documentOverlay(scene->viewId()),
                              !m_comparison->documentIsNew());
        else
            scene->clearOverlay();
    }
}

void CompareActions::showSideBySide()
{
    if (!m_comparison || !m_comparison->isReady())
        return;
    if (m_sideBySideWindow)
        m_sideBySideWindow->close();
    DiagramScene *scene = m_window->currentScene();
    auto *window = new SideBySideWindow(m_comparison, scene ? scene->viewId() : ViewId(), m_window);
    m_sideBySideWindow = window;
    if (window->documentView().isNull()) {
        m_window->showStatus(tr("The two versions have no view in common."));
        window->close();
        return;
    }
    window->show();
}

} // namespace kt
