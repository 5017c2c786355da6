#pragma once

#include <QObject>

class QAction;
class QMenu;
class QPoint;

namespace kt {

class DiagramView;
class MainWindow;

// The context menus of the canvas (empty area, one node, one connection,
// several items), the model tree and the validation panel. They hold the
// window's own actions (Edit, Diagram, Export) that apply where the user
// clicked, so that a command reads, behaves and is enabled alike in the menu
// bar and in the context menu.
class ContextMenus : public QObject
{
    Q_OBJECT

public:
    // What the canvas menu is built for, from the current selection.
    enum class CanvasTarget { EmptyArea, Node, Connection, Several };
    Q_ENUM(CanvasTarget)

    explicit ContextMenus(MainWindow *window);

    // Shows the menus of a new canvas tab.
    void attach(DiagramView *view);

    CanvasTarget canvasTarget() const;
    // Fills menu with the commands for the current view's selection.
    void fillCanvasMenu(QMenu *menu) const;
    // Adds the window's commands for the model tree's current item.
    void fillTreeMenu(QMenu *menu) const;
    // Adds the window's commands to the validation panel's menu.
    void fillValidationMenu(QMenu *menu) const;

    void showCanvasMenu(const QPoint &globalPos);

private:
    QAction *action(const char *name) const;
    void addActions(QMenu *menu, std::initializer_list<const char *> names) const;
    void addMenus(QMenu *menu, std::initializer_list<const char *> names) const;

    MainWindow *m_window;
    QAction *m_showInDiagram;
    QAction *m_openView;
};

} // namespace kt
