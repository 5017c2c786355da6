#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;

namespace kt {

class MainWindow;

// The Help menu: a short guide to the first diagram, the keyboard shortcuts
// (listed from the window's own actions, so the list never goes stale), About
// (version, Qt version, licence) and About Qt. The dialogs are not modal: they
// can stay open beside the canvas.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(MainWindow *window);

    void showFirstDiagramGuide();
    void showShortcuts();
    void showAbout();

    // Every command of the menu bar that has a shortcut: the menu it is in,
    // its name without the mnemonic, and its keys as the platform writes them.
    struct ShortcutRow
    {
        QString menu;
        QString command;
        QString keys;
    };
    static QList<ShortcutRow> shortcutRows(const MainWindow *window);
    // The About text (rich text), also for tests.
    static QString aboutText();

private:
    QDialog *textDialog(QPointer<QDialog> &slot, const QString &objectName,
                        const QString &title, const QString &html);

    MainWindow *m_window;
    QPointer<QDialog> m_guide;
    QPointer<QDialog> m_shortcuts;
    QPointer<QDialog> m_about;
};

} // namespace kt
