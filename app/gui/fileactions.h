#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace kt {

class MainWindow;
class RepoActions;

// The File menu and its toolbar buttons: new, open, recent files, examples,
// save, save as, close, quit.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(MainWindow *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    RepoActions *repoActions() const { return m_repo; }

private:
    void rebuildRecentMenu();
    void update();

    MainWindow *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_close;
    QAction *m_importCsv;
    QMenu *m_recent;
    RepoActions *m_repo = nullptr;
};

} // namespace kt
