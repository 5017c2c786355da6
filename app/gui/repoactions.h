#pragma once

#include <model/repo/repository.h>
#include <widgets/dialogs/conflictdialog.h>

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;

namespace kt {

class Document;
class MainWindow;
class RepoLink;

// The team repository in the editor (issue 14, docs/REPOSITORY.md): File ▸ Open from
// Repository…, Publish to Repository…, Commit… (Ctrl+K), the conflict dialog after a
// commit, others' commits arriving live (status bar), and the busy indication while
// the repository works in the background.
class RepoActions : public QObject
{
    Q_OBJECT

public:
    RepoActions(MainWindow *window, QMenu *fileMenu);

    QAction *openAction() const { return m_open; }
    QAction *publishAction() const { return m_publish; }
    QAction *commitAction() const { return m_commit; }
    QAction *claimAction() const { return m_claim; }
    QAction *releaseAction() const { return m_release; }
    // View ▸ Claim View / Release Claim (the View menu is made after the File menu).
    void addViewActions(QMenu *viewMenu);
    // Model tree ▸ History… of an element, relationship or view (in the background; the
    // dialog opens when the history is read).
    void showHistory(RepoObjectKind kind, const QString &id);
    QDialog *historyDialog() const { return m_historyDialog; }

    bool openDialog();
    bool publishDialog();
    bool commitDialog();
    // Opens a checked-out model as the window's document, tied to the repository (its
    // title "model @ repository", its checkout the base of the next commit).
    bool openCheckout(const QString &url, const RepoCheckout &checkout);
    // Ties the window's document to the model just published as checkout.
    bool attach(Document *document, const QString &url, const RepoCheckout &checkout);
    // Commits with the message, without asking (Commit… asks for it).
    bool commit(const QString &message);

    // Tests: no modal boxes; the conflict dialog is shown (not run) and kept here.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    ConflictDialog *conflictDialog() const { return m_conflicts; }

Q_SIGNALS:
    // A repository operation ended with an error (also shown).
    void failed(const QString &message);

private:
    void update();
    void connectLink(RepoLink *link);
    void showConflicts(const QList<RepoConflict> &conflicts);
    void showError(const QString &message);
    void showClaims();
    void addHistoryAction(QMenu *menu);

    MainWindow *m_window;
    QAction *m_open;
    QAction *m_publish;
    QAction *m_commit;
    QAction *m_claim;
    QAction *m_release;
    QPointer<QDialog> m_historyDialog;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QLabel *m_where; // "model @ repository", for a repository document
    QPointer<ConflictDialog> m_conflicts;
    QString m_lastMessage;
    bool m_quiet = false;
};

} // namespace kt
