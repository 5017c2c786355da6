#pragma once

#include "repoobject.h"
#include "repourl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>

class QSqlError;

namespace kt {

struct RepoWrite;

// A model as taken from the repository: its content and the version of every object
// at that moment (the base a later commit is compared with).
struct RepoCheckout
{
    QString modelName; // the model's name in the repository
    qint64 head = 0;   // the last commit the checkout holds
    ModelData data;
    QHash<QString, qint64> versions; // by RepoObject::key()
    // The place of each object in its collection (by key): each collection of data is
    // in the order of (position, id), as the repository orders it. Missing (a past
    // state, a checkout made by hand): a commit then sends a reordered collection whole.
    QHash<QString, qint64> positions;
};

// A change of the commit that others' changes since the base overlap: nothing of the
// object was written; the local model keeps mine, the repository keeps theirs.
struct RepoConflict
{
    enum class Reason {
        Property,      // both changed the property, to different values
        DeletedByThem, // mine changed it, they deleted it
        DeletedByMe,   // mine deleted it, they changed it
        AddedTwice,    // both added an object of that id
    };
    Reason reason = Reason::Property;
    RepoObjectKind kind = RepoObjectKind::Element;
    QString id;
    QString property; // for Reason::Property
    QString base;
    QString mine;
    QString theirs;
};

// One object's change in the history (the audit table).
struct RepoChange
{
    RepoObjectKind kind = RepoObjectKind::Element;
    QString id;
    QString action; // "insert", "update", "delete"
    RepoFields before;
    RepoFields after;
};

struct RepoCommitInfo
{
    qint64 id = 0;
    QString who; // the PostgreSQL role that committed
    QDateTime at;
    QString message;
    QList<RepoChange> changes;
};

// What others committed to a model after a checkout's head (Repository::changesSince),
// read from the objects that commits wrote, not a checkout of the whole model: apply
// it to the checkout with applyDelta() (repodelta.h) to follow them.
struct RepoDelta
{
    qint64 head = 0;            // the model's last commit: the checkout's head once applied
    QList<RepoObject> changed;  // inserted or updated since, as they are now, kinds in order
    QHash<QString, qint64> versions; // the versions of the changed objects, by key()
    QHash<QString, qint64> positions; // their positions (order in their collection), by key()
    QList<QPair<RepoObjectKind, QString>> removed; // deleted since (and not added again)
    QList<RepoCommitInfo> commits; // the commits since, oldest first, without their changes

    bool isEmpty() const { return changed.isEmpty() && removed.isEmpty(); }
};

struct RepoCommitResult
{
    qint64 commitId = 0; // 0: nothing was written (no change, or only conflicts)
    int written = 0;     // objects inserted, updated or deleted
    int merged = 0;      // of them, objects others had changed too (merged field by field)
    QList<RepoConflict> conflicts;
    RepoCheckout current; // the repository's model after the commit: the next base
    // What current holds beyond the base (others' commits since it, then this commit's
    // writes): applyDelta(base, delta) gives current; an open model follows it in what
    // changed (RepoMerge::afterCommit), not in the whole model.
    RepoDelta delta;
};

// A view being reorganised by someone: others see who holds it (Repository::claimView).
struct RepoClaim
{
    QString viewId;
    QString who; // the PostgreSQL role holding the claim
    QDateTime since;
};

// A named state of a model shared by every user of the repository: a name for one of
// its commits (Repository::addBaseline; checkoutAt() extracts it).
struct RepoBaseline
{
    QString name;
    qint64 commitId = 0;
    QString who; // who named it
    QDateTime at;
};

struct RepoUser
{
    QString name;
    QString role; // "admin", "editor" or "reader": the highest the user holds
};

// The team repository on PostgreSQL (issue 14, docs/REPOSITORY.md): many models, each
// object (the model's info, element, relationship, view, node, connection) stored
// with a version; every publish and commit one transaction, with its audit rows.
// Rights are PostgreSQL's: the roles kt_reader, kt_editor and kt_admin that init()
// creates and grants; the server refuses what a role may not do.
//
// Like the file stores: false with a message naming the repository (its URI without
// the password) and the model in errorString().
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(kt::Repository)

public:
    static constexpr int SchemaVersion = 2;

    Repository();
    ~Repository();
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    // Connects; with checkSchema, also checks that the database holds a repository
    // of a schema this program knows (init() is what creates one).
    bool open(const QString &url, bool checkSchema = true);
    bool isOpen() const;
    QString display() const { return m_url.display(); }
    QString errorString() const { return m_error; }
    // The PostgreSQL role this connection works as.
    QString currentUser();

    // Creates (or migrates) the schema, the roles and their grants. Needs a role that
    // may create roles (a superuser, or CREATEROLE and the database's owner).
    bool init();
    QStringList models();
    // Stores the model as a new model of the repository named name; out (if given)
    // receives it as checked out.
    bool publish(const ModelData &data, const QString &name, const QString &message,
                 RepoCheckout *out = nullptr);
    bool checkout(const QString &name, RepoCheckout &out);
    // Sends the changes of local since base (a checkout) as one transaction. Objects
    // others changed meanwhile merge field by field; overlapping fields come back as
    // conflicts and nothing of those objects is written. result.current is the
    // repository's model afterwards.
    bool commit(const RepoCheckout &base, const ModelData &local, const QString &message,
                RepoCommitResult &result);
    // The commits of the model, oldest first, each with its changes.
    bool log(const QString &name, QList<RepoCommitInfo> &out);
    // The commits of the model, oldest first, without their changes (who, when,
    // message): what a list of past states needs, whatever the model's size.
    bool commits(const QString &name, QList<RepoCommitInfo> &out);
    // The login roles holding a repository role.
    bool users(QList<RepoUser> &out);

    // What the commits after head (a checkout's) changed in the model: the objects they
    // wrote as they are now, those they deleted, and the commits themselves; read in one
    // snapshot through the history's index, whatever the model's size.
    bool changesSince(const QString &name, qint64 head, RepoDelta &out);
    // The commits that changed one object, oldest first, each with that object's change
    // only (RepoCommitInfo::changes holds one entry).
    bool history(const QString &name, RepoObjectKind kind, const QString &id,
                 QList<RepoCommitInfo> &out);
    // The model as it was right after the commit commitId (one of the model's), replayed
    // from the history; out.versions are the objects' versions then, out.head commitId.
    bool checkoutAt(const QString &name, qint64 commitId, RepoCheckout &out);

    // Claims of views: the current user claims the view of the model (viewId) while
    // reorganising it. Fails naming who holds it when someone else does; claiming a view
    // one holds already succeeds. holder (if given) receives the claim. Readers may see
    // the claims but not claim (the server's grants refuse it).
    bool claimView(const QString &name, const QString &viewId, RepoClaim *holder = nullptr);
    // Ends the current user's claim of the view (a kt_admin may end anyone's); nothing to
    // do when nobody holds it. Fails naming the holder when it is someone else's.
    bool releaseView(const QString &name, const QString &viewId);
    bool claims(const QString &name, QList<RepoClaim> &out);

    // Baselines: baseline names the commit commitId of the model (0: its head) for
    // everyone; a name is given once (fails naming the commit it names already).
    bool addBaseline(const QString &name, const QString &baseline, qint64 commitId = 0,
                     RepoBaseline *out = nullptr);
    // The model's baselines, oldest first.
    bool baselines(const QString &name, QList<RepoBaseline> &out);
    // The commit the baseline names; fails naming the model and the baseline.
    bool baselineCommit(const QString &name, const QString &baseline, qint64 &commitId);

    // For the tests of an interrupted commit: called inside the commit's transaction,
    // everything written, just before COMMIT.
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    bool checkSchemaVersion();
    // Reads the model's key and head in the open transaction.
    qint64 modelRow(const QString &name, qint64 *head, const QString &what);
    // Starts a transaction and reads the model's row (modelRow); 0 when either fails,
    // the transaction ended and the error set.
    qint64 beginOnModel(const QString &name, qint64 *head, const QString &what);
    // changesSince inside an open transaction (commit's result.current uses it too).
    // exclude: a commit whose changes are left out (the one being written).
    bool readChanges(qint64 model, const QString &name, qint64 head, RepoDelta &out,
                     qint64 exclude = 0);
    bool announceClaim(const QString &model, const QString &viewId, const QString &what);
    bool exec(QSqlQuery &query, const QString &what);
    // The statements run once per object, prepared once per connection; nullptr
    // (and the error) when the server refuses to prepare it.
    QSqlQuery *statement(const QString &sql, const QString &what);
    bool run(QSqlQuery *query, const QString &what);
    bool execText(const QString &sql, const QString &what);
    bool failQuery(const QSqlError &error, const QString &what);
    bool fail(const QString &message);
    bool begin();
    // A read-only transaction in one snapshot: every table read as of the same moment.
    bool beginSnapshot();
    // Fails (naming the commit and the model) unless commit is one of the model's.
    bool checkCommitOf(qint64 model, const QString &name, qint64 commit, const QString &what);
    // Inserts a kind's objects (a jsonb array of {id, view, position, fields}), version 1.
    bool insertRows(qint64 model, RepoObjectKind kind, const QString &json, const QString &what);
    bool commitTransaction();
    // Ends the open transaction, if any; returns false (for `return rollback();`).
    bool rollback();
    qint64 modelKey(const QString &name, bool lock, bool *found);
    bool insertAll(qint64 model, qint64 commit, const QList<RepoObject> &objects);
    bool readObjects(qint64 model, QList<RepoObject> &objects, QHash<QString, qint64> &versions,
                     QHash<QString, qint64> &positions);
    // Writes the commit's objects (inserts, updates, deletes) and their audit rows, a
    // few statements per kind whatever their number.
    bool writeAll(qint64 model, qint64 commit, QList<RepoWrite> &writes, qint64 position);
    // base brought up to the repository's model (base + changesSince(base.head)).
    bool advance(const RepoCheckout &base, RepoCheckout &out, RepoDelta *delta = nullptr);
    // Announces the commit to the RepoWatchers, when the transaction commits.
    bool notifyCommit(const QString &model, qint64 commit, const QString &what);
    // Fails (naming the objects) when what this commit wrote leaves a reference to an
    // object the model no longer holds.
    // written: the objects this commit inserted or updated; deleted: those it deleted;
    // others: what other commits changed since base (read in this transaction).
    bool checkReferences(qint64 model, const QString &name, const QList<RepoObject> &written,
                         const QList<RepoObject> &deleted, const RepoCheckout &base,
                         const RepoDelta &others);
    bool audit(qint64 model, qint64 commit, RepoObjectKind kind, const QString &id,
               const QString &action, const RepoObject *before, const RepoObject *after);

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_connection;
    RepoUrl m_url;
    QString m_error;
    std::function<void()> m_beforeCommit;
    bool m_inTransaction = false;
};

} // namespace kt
