#include "contextmenus.h"
#include "mainwindow.h"

#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/document/document.h>
#include <widgets/panels/modeltreemodel.h>
#include <widgets/panels/modeltreepanel.h>
#include <widgets/panels/validationpanel.h>

#include <QAction>
#include <QMenu>
#include <QTreeView>

namespace kt {

using namespace Qt::StringLiterals;

ContextMenus::ContextMenus(MainWindow *window)
    : QObject(window),
      m_window(window),
      m_showInDiagram(new QAction(tr("&Show in Diagram"), this)),
      m_openView(new QAction(tr("&Open View"), this))
{
    setObjectName(u"contextMenus"_s);
    m_showInDiagram->setObjectName(u"actionShowInDiagram"_s);
    m_openView->setObjectName(u"actionOpenView"_s);
    const auto currentId = [window]() {
        return window->modelTree()->treeView()->currentIndex().data(ModelTreeModel::IdRole).toString();
    };
    connect(m_showInDiagram, &QAction::triggered, this, [window, currentId]() {
        window->revealElement(ElementId(currentId()));
    });
    connect(m_openView, &QAction::triggered, this, [window, currentId]() {
        if (DiagramView *view = window->openView(ViewId(currentId())))
            view->setFocus();
    });
    connect(window->modelTree(), &ModelTreePanel::contextMenuAboutToShow, this,
            &ContextMenus::fillTreeMenu);
    connect(window->validation(), &ValidationPanel::contextMenuAboutToShow, this,
            &ContextMenus::fillValidationMenu);
}

void ContextMenus::attach(DiagramView *view)
{
    connect(view, &DiagramView::contextMenuRequested, this, &ContextMenus::showCanvasMenu);
}

QAction *ContextMenus::action(const char *name) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(name));
}

void ContextMenus::addActions(QMenu *menu, std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        if (!*name)
            menu->addSeparator();
        else if (QAction *a = action(name))
            menu->addAction(a);
    }
}

void ContextMenus::addMenus(QMenu *menu, std::initializer_list<const char *> names) const
{
    for (const char *name : names)
        if (auto *sub = m_window->findChild<QMenu *>(QString::fromLatin1(name)))
            menu->addMenu(sub);
}

ContextMenus::CanvasTarget ContextMenus::canvasTarget() const
{
    const DiagramScene *scene = m_window->currentScene();
    if (!scene)
        return CanvasTarget::EmptyArea;
    const qsizetype nodes = scene->selectedNodeIds().size();
    const qsizetype connections = scene->selectedConnectionIds().size();
    if (nodes + connections > 1)
        return CanvasTarget::Several;
    if (nodes == 1)
        return CanvasTarget::Node;
    if (connections == 1)
        return CanvasTarget::Connection;
    return CanvasTarget::EmptyArea;
}

void ContextMenus::fillCanvasMenu(QMenu *menu) const
{
    // An empty name is a separator.
    switch (canvasTarget()) {
    case CanvasTarget::EmptyArea:
        addActions(menu, {"actionPaste", "actionSelectAll", "", "actionSelectTool",
                          "actionConnectTool", "", "actionZoomToFit", "", "actionOverallDiagram",
                          "actionNewView", "", "actionExportDiagram", "actionPrintDiagram",
                          "actionCopyAsImage"});
        break;
    case CanvasTarget::Node:
        addActions(menu, {"actionRename", "", "actionCut", "actionCopy", "actionPaste",
                          "actionDuplicate", "actionCopyAsImage", "", "actionDeleteFromView",
                          "actionDeleteFromModel", "", "actionBringToFront", "actionSendToBack",
                          "", "actionRouteOrthogonal", "actionRouteStraight"});
        break;
    case CanvasTarget::Connection:
        addActions(menu, {"actionDeleteFromView", "actionDeleteFromModel", "",
                          "actionRouteOrthogonal", "actionRouteStraight"});
        break;
    case CanvasTarget::Several:
        addActions(menu, {"actionCut", "actionCopy", "actionDuplicate", "actionCopyAsImage", "",
                          "actionDeleteFromView", "actionDeleteFromModel", ""});
        addMenus(menu, {"menuAlign", "menuDistribute", "menuSameSize"});
        addActions(menu, {"actionBringToFront", "actionSendToBack", "",
                          "actionRouteOrthogonal", "actionRouteStraight"});
        break;
    }
}

void ContextMenus::showCanvasMenu(const QPoint &globalPos)
{
    QMenu menu(m_window);
    menu.setObjectName(u"canvasMenu"_s);
    fillCanvasMenu(&menu);
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void ContextMenus::fillTreeMenu(QMenu *menu) const
{
    const QModelIndex current = m_window->modelTree()->treeView()->currentIndex();
    const ModelTreeModel::Kind kind = ModelTreeModel::kindOf(current);
    const QList<QAction *> existing = menu->actions();
    QAction *first = existing.isEmpty() ? nullptr : existing.first();
    // Going there comes first, as in a file manager's Open.
    if (kind == ModelTreeModel::ElementNode) {
        m_showInDiagram->setEnabled(true);
        menu->insertAction(first, m_showInDiagram);
        menu->insertSeparator(first);
    } else if (kind == ModelTreeModel::ViewNode) {
        m_openView->setEnabled(true);
        menu->insertAction(first, m_openView);
        menu->insertSeparator(first);
    }
    menu->addSeparator();
    addActions(menu, {"actionNewView", "actionOverallDiagram"});
}

void ContextMenus::fillValidationMenu(QMenu *menu) const
{
    menu->addSeparator();
    addActions(menu, {"actionUndo", "actionRedo"});
}

} // namespace kt
