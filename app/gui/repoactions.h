#pragma once

#include <model/repo/repoautosave.h>
#include <model/repo/repository.h>
#include <widgets/dialogs/conflictdialog.h>
#include <widgets/dialogs/paststatesdialog.h>

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
    QAction *pastStatesAction() const { return m_pastStates; }
    // View ▸ Claim View / Release Claim (the View menu is made after the File menu).
    void addViewActions(QMenu *viewMenu);
    // Model tree ▸ History… of an element, relationship or view (in the background; the
    // dialog opens when the history is read).
    void showHistory(RepoObjectKind kind, const QString &id);
    QDialog *historyDialog() const { return m_historyDialog; }

    // File ▸ Past States and Baselines…: the dialog of the model's commits and baselines
    // (not modal; it reads them in the background).
    void showPastStates();
    PastStatesDialog *pastStatesDialog() const { return m_pastStatesDialog; }
    // Opens a past state of the document's model read-only in a window of its own (title:
    // the model, label, "read-only"); the window deletes itself when closed.
    MainWindow *openPastState(const RepoCheckout &state, const QString &label);
    // Compares the open model with a past state of it (Model ▸ Compare's comparison).
    void comparePastState(const RepoCheckout &state, const QString &label);
    // The read-only windows of past states opened from this window, still open.
    QList<MainWindow *> pastStateWindows() const;

    // A repository document restored from its autosave copy: ties it to the repository
    // again (its base rebuilt in the background), its changes local until committed.
    void restoreTie(const RepoTie &tie);

    bool openDialog();
    bool publishDialog();
    bool commitDialog();
    // Opens a checked-out model as the window's document, tied to the repository (its
    // title "model @ repository", its checkout the base of the next commit).
    bool openCheckout(const QString &url, const RepoCheckout &checkout);
    // Ties the window's document to the model just published as checkout.
    // clean: the document holds the checkout as it is (false: it holds local changes,
    // as a restored autosave copy does).
    bool attach(Document *document, const QString &url, const RepoCheckout &checkout,
                bool clean = true);
    // Commits with the message, without asking (Commit… asks for it).
    bool commit(const QString &message);

    // Tests: no modal boxes; the conflict dialog is shown (not run) and kept here.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    ConflictDialog *conflictDialog() const { return m_conflicts; }

Q_SIGNALS:
    // A repository operation ended with an error (also shown).
    void failed(const QString &message);
    // A restored autosave copy is tied to its repository again (or could not be: failed()).
    void tieRestored();

private:
    void rebuildTie(const QPointer<Document> &document, const RepoTie &tie, const QString &url,
                    bool triedKeyring);
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
    QAction *m_pastStates;
    QPointer<QDialog> m_historyDialog;
    QPointer<PastStatesDialog> m_pastStatesDialog;
    QList<QPointer<MainWindow>> m_pastWindows;
    bool m_restoring = false; // a restored autosave copy's base is being rebuilt
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QLabel *m_where; // "model @ repository", for a repository document
    QPointer<ConflictDialog> m_conflicts;
    QString m_lastMessage;
    bool m_quiet = false;
};

} // namespace kt
