#pragma once

#include <model/repo/repository.h>

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace kt {

// Past States and Baselines… of a model opened from a team repository: its commits
// (who, when, message) and its baselines, read in the background; the state at the
// chosen commit or baseline (Repository::checkoutAt), to open read-only or to compare
// with the open model; Add Baseline…. The work runs on a thread of its own with a busy
// bar (each job its own connection); an error names the repository and the model and
// stays in the dialog. Its size is remembered.
class PastStatesDialog : public QDialog
{
    Q_OBJECT

public:
    // url: the document's connection URI (maybe holding a password typed this session:
    // never shown); display: the same without the password.
    PastStatesDialog(const QString &url, const QString &display, const QString &model,
                     qint64 head, QWidget *parent = nullptr);
    ~PastStatesDialog() override;

    QTreeWidget *commitList() const { return m_commits; }
    QTreeWidget *baselineList() const { return m_baselines; }
    bool isBusy() const { return m_job != nullptr; }
    QString statusText() const;
    QString errorText() const;

    // Reads the commits and baselines again (loaded() or failed()).
    void refresh();
    // Selects the row of a commit, or of a baseline; false when the list has none.
    bool selectCommit(qint64 id);
    bool selectBaseline(const QString &name);
    // The chosen state: a commit (0: none chosen), and the baseline's name if it is one.
    qint64 chosenCommit() const;
    QString chosenBaseline() const;
    // Reads the chosen state, then stateRead() (compare: for Compare with Current).
    void openChosen();
    void compareChosen();
    // Names commit (0: the head) baseline, then baselineAdded() and the lists read
    // again, or failed() (the name taken, a reader refused by the server).
    void addBaseline(const QString &name, qint64 commit);
    // Add Baseline…: asks for the name and the commit, then addBaseline().
    void addBaselineDialog();

    static QString settingsKey();

Q_SIGNALS:
    void loaded();
    // label: the state for titles ("commit 4", "baseline “v1” (commit 4)").
    void stateRead(const kt::RepoCheckout &state, const QString &label, bool compare);
    void baselineAdded(const kt::RepoBaseline &baseline);
    void failed(const QString &message);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        QList<RepoCommitInfo> commits;
        QList<RepoBaseline> baselines;
        RepoCheckout state;
        RepoBaseline added;
    };
    using Work = std::function<bool(Repository &, Outcome &)>;
    void run(const QString &what, Work work, std::function<void(Outcome)> done);
    void readChosen(bool compare);
    void fill(const Outcome &out);
    void showError(const QString &message);
    void updateButtons();

    QString m_url;
    QString m_display;
    QString m_model;
    qint64 m_head;
    QTreeWidget *m_commits;
    QTreeWidget *m_baselines;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_add;
    QDialogButtonBox *m_buttons;
    QThread *m_job = nullptr;
};

} // namespace kt
