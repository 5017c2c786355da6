#pragma once

#include <QObject>

class QAction;

namespace kt {

class MainWindow;

// The Edit menu: undo and redo, the clipboard, duplicate, delete from the view
// or from the model, select all, rename.
class EditActions : public QObject
{
    Q_OBJECT

public:
    explicit EditActions(MainWindow *window);

    // Enables what applies to the current document, view and selection.
    void update();

    void cut();
    void copy();
    void paste();
    void duplicate();
    void deleteFromView();
    void deleteFromModel();

private:
    MainWindow *m_window;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_deleteFromModel;
    QAction *m_selectAll;
    QAction *m_rename;
};

} // namespace kt
