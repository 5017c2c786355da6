#pragma once

#include "repomerge.h"

#include <model/repo/repository.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace kt {

class Document;
struct RepoMerge;
class RepoWatcher;

// How the user settles one conflict of a commit (ConflictDialog).
struct RepoResolution
{
    enum class Choice { Mine, Theirs, Edit };
    RepoConflict conflict;
    Choice choice = Choice::Mine;
    QString value; // for Choice::Edit: the value to commit
};

// A document's tie to the team repository it came from (issue 14, docs/REPOSITORY.md):
// the repository and model, the base of the next commit (a RepoCheckout), the commit
// of the local changes, and others' commits arriving live (a RepoWatcher), merged into
// the open model as one change (RepoMerge) without losing a local change.
//
// The repository work runs on threads of their own (each with its own connection, so
// the window never freezes); one at a time: what arrives meanwhile waits its turn.
class RepoLink : public QObject
{
    Q_OBJECT

public:
    // url may hold a password (given at a prompt): kept in memory only, never shown.
    RepoLink(Document *document, QString url, RepoCheckout base);
    ~RepoLink() override;

    QString url() const { return m_url; }
    QString repositoryDisplay() const { return m_display; }
    QString modelName() const { return m_base.modelName; }
    const RepoCheckout &base() const { return m_base; }
    bool isBusy() const { return m_job != nullptr; }
    // Whether data (the open model) differs from the base: what a commit would send.
    bool differsFromBase(const ModelData &data) const;
    // The conflicts of the last commit, until a commit without any.
    const QList<RepoConflict> &conflicts() const { return m_conflicts; }

    // Listens to the repository's commits; false with the reason in *error.
    bool watch(QString *error);
    // Sends the local changes as one commit (in the background); then committed() or
    // conflictsFound() or failed(). False (and nothing started) while busy.
    bool commit(const QString &message);
    // Settles the last commit's conflicts and commits again: Theirs takes their value
    // into the open model; Mine and Edit are committed over their version.
    bool commitResolved(const QList<RepoResolution> &resolutions, const QString &message);
    // Takes the repository's newer state of the model into the open one (what a
    // commit of someone else triggers); who: named to undo steps it overtakes.
    void refresh(const QString &who);

    // A "[who] objects" phrase of a conflict for dialogs: the object's name and type.
    QString describeConflictObject(const RepoConflict &conflict) const;
    // A stored field's name for people ("Name", a typed property's label).
    QString describeField(const QString &field) const;

    // Claims of views (someone reorganising a view): as last read, kept up to date by
    // the watcher. user(): the role this document works as.
    const QList<RepoClaim> &claims() const { return m_claims; }
    QString user() const { return m_user; }
    // Who else holds the view, empty when nobody else does.
    QString claimHolder(const ViewId &view) const;
    void refreshClaims();
    // In the background; then claimsUpdated() or failed() (naming the holder).
    void claimView(const ViewId &view);
    void releaseView(const ViewId &view);
    // Why an edit with these changes may not be made (a view someone else claimed);
    // empty when it may.
    QString refusalFor(const ChangeSet &changes) const;
    // The commits that changed the object, oldest first (in the background): then
    // historyRead() or failed().
    void readHistory(RepoObjectKind kind, const QString &id);

Q_SIGNALS:
    void busyChanged(bool busy);
    void committed(qint64 commit, int written, int merged);
    void conflictsFound(const QList<kt::RepoConflict> &conflicts);
    // Others' work was taken into the open model (objects: how many changed).
    void remoteApplied(const QString &who, int objects);
    // Others changed objects this document changed too (not committed yet): the next
    // commit shows what overlaps as conflicts. objects: their descriptions.
    void overlapsArrived(const QString &who, const QStringList &objects);
    void failed(const QString &message);
    void claimsUpdated();
    void historyRead(kt::RepoObjectKind kind, const QString &id,
                     const QList<kt::RepoCommitInfo> &commits);

private:
    void commitArrived(const QString &model, qint64 commit, const QString &who);
    void setJob(QThread *job);
    // A job beside the commits and arrivals (claims, history): waited for at the end.
    void track(QThread *job);
    // Runs action (then reads the claims) in the background; claimsUpdated() or failed().
    void runClaimsJob(std::function<bool(Repository &, const QString &model)> action);
    // commitResolved() once their objects are read (m_theirs).
    bool resolveAndCommit(const QList<RepoResolution> &resolutions, const QString &message);
    void jobFinished();
    // Merges theirs into the open model as one change; false with the message emitted.
    bool takeIn(Result<RepoMerge> merged, const QString &who);

    QPointer<Document> m_document;
    QString m_url;
    QString m_display;
    RepoCheckout m_base;
    RepoCheckout m_theirs; // while settling conflicts: the repository's model
    QList<RepoConflict> m_conflicts;
    std::unique_ptr<RepoWatcher> m_watcher;
    QThread *m_job = nullptr;
    QString m_pendingWho; // a commit arrived while busy: refresh after the job
    qint64 m_pendingCommit = 0;
    QList<RepoClaim> m_claims;
    QString m_user;
    QList<QPointer<QThread>> m_sideJobs;
};

} // namespace kt
