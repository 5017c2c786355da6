#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace kt {

class MainWindow;

// The Model menu: Model ▸ Upgrade to Framework N… makes, through the newer
// framework's mapping, a model of that framework from the open one, opens it as a
// new unsaved document and lists what could not be mapped. Enabled only when a
// profile maps the open model's framework.
class ModelActions : public QObject
{
    Q_OBJECT

public:
    explicit ModelActions(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *upgradeAction() const { return m_upgrade; }
    // Upgrades the open model to the first framework that maps it; false when
    // there is none or the user keeps the current document.
    bool upgrade();

private:
    void update();

    MainWindow *m_window;
    QMenu *m_menu;
    QAction *m_upgrade;
};

} // namespace kt
