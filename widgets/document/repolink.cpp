#include "repolink.h"
#include "document.h"
#include "remotechange.h"
#include "repojob.h"
#include "repomerge.h"

#include <model/core/language.h>
#include <model/repo/repowatcher.h>

#include <QHash>

#include <limits>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

struct CommitOutcome
{
    bool ok = false;
    QString error;
    RepoCommitResult result;
};

struct CheckoutOutcome
{
    bool ok = false;
    QString error;
    RepoCheckout checkout;
};

struct DeltaOutcome
{
    bool ok = false;
    QString error;
    RepoDelta delta;
};

// Sets a field of an object as the repository stores it: an empty value is no field.
void setField(RepoObject &object, const QString &field, const QString &value)
{
    if (value.isEmpty())
        object.fields.remove(field);
    else
        object.fields.insert(field, value);
}

} // namespace

RepoLink::RepoLink(Document *document, QString url, RepoCheckout base)
    : m_document(document), m_url(std::move(url)), m_base(std::move(base))
{
    const Result<RepoUrl> parsed = RepoUrl::parse(m_url);
    m_display = parsed ? parsed.value().display() : m_url;
}

RepoLink::~RepoLink()
{
    // Their connections belong to them: they end before the link.
    if (m_job)
        m_job->wait();
    for (const QPointer<QThread> &job : std::as_const(m_sideJobs))
        if (job)
            job->wait();
}

bool RepoLink::differsFromBase(const ModelData &data) const
{
    return !RepoObjects::differences(m_base.data, data).isEmpty()
            || RepoObjects::orderDiffers(m_base.data, data);
}

void RepoLink::track(QThread *job)
{
    m_sideJobs.removeAll(QPointer<QThread>());
    m_sideJobs.append(job);
}

QString RepoLink::claimHolder(const ViewId &view) const
{
    for (const RepoClaim &claim : m_claims)
        if (claim.viewId == view.toString() && claim.who != m_user)
            return claim.who;
    return {};
}

QString RepoLink::refusalFor(const ChangeSet &changes) const
{
    if (m_claims.isEmpty() || !m_document)
        return {};
    QSet<ViewId> views = changes.views.changed;
    views.unite(changes.views.removed);
    for (const ViewId &view : std::as_const(views)) {
        const QString holder = claimHolder(view);
        if (holder.isEmpty())
            continue;
        const View *v = m_document->model().view(view);
        return tr("The view “%1” is claimed by %2, who is reorganising it: your change was not "
                  "made. Ask them to release it (View ▸ Release Claim).")
                .arg(v ? v->name : view.toString(), holder);
    }
    return {};
}

namespace {

struct ClaimsOutcome
{
    bool ok = false;
    QString error;
    QString user;
    QList<RepoClaim> claims;
};

} // namespace

void RepoLink::refreshClaims()
{
    runClaimsJob([](Repository &, const QString &) { return true; });
}

void RepoLink::claimView(const ViewId &view)
{
    const QString id = view.toString();
    runClaimsJob([id](Repository &repository, const QString &name) {
        return repository.claimView(name, id);
    });
}

void RepoLink::releaseView(const ViewId &view)
{
    const QString id = view.toString();
    runClaimsJob([id](Repository &repository, const QString &name) {
        return repository.releaseView(name, id);
    });
}

void RepoLink::runClaimsJob(std::function<bool(Repository &, const QString &)> action)
{
    const QString url = m_url;
    const QString name = m_base.modelName;
    track(runRepoJob<ClaimsOutcome>(
            this,
            [url, name, action]() {
                ClaimsOutcome out;
                Repository repository;
                out.ok = repository.open(url) && action(repository, name)
                        && repository.claims(name, out.claims);
                out.user = out.ok ? repository.currentUser() : QString();
                out.error = repository.errorString();
                return out;
            },
            [this](ClaimsOutcome out) {
                if (!out.ok) {
                    Q_EMIT failed(out.error);
                    return;
                }
                m_user = out.user;
                m_claims = out.claims;
                Q_EMIT claimsUpdated();
            }));
}

namespace {

struct HistoryOutcome
{
    bool ok = false;
    QString error;
    QList<RepoCommitInfo> commits;
};

} // namespace

void RepoLink::readHistory(RepoObjectKind kind, const QString &id)
{
    const QString url = m_url;
    const QString name = m_base.modelName;
    track(runRepoJob<HistoryOutcome>(
            this,
            [url, name, kind, id]() {
                HistoryOutcome out;
                Repository repository;
                out.ok = repository.open(url) && repository.history(name, kind, id, out.commits);
                out.error = repository.errorString();
                return out;
            },
            [this, kind, id](HistoryOutcome out) {
                if (!out.ok)
                    Q_EMIT failed(out.error);
                else
                    Q_EMIT historyRead(kind, id, out.commits);
            }));
}

bool RepoLink::watch(QString *error)
{
    auto watcher = std::make_unique<RepoWatcher>();
    if (!watcher->open(m_url)) {
        if (error)
            *error = watcher->errorString();
        return false;
    }
    connect(watcher.get(), &RepoWatcher::commitArrived, this, &RepoLink::commitArrived);
    connect(watcher.get(), &RepoWatcher::claimsChanged, this, [this](const QString &model) {
        if (model == m_base.modelName)
            refreshClaims();
    });
    m_watcher = std::move(watcher);
    refreshClaims();
    return true;
}

void RepoLink::setJob(QThread *job)
{
    m_job = job;
    Q_EMIT busyChanged(job != nullptr);
}

void RepoLink::jobFinished()
{
    setJob(nullptr);
    const QString who = std::exchange(m_pendingWho, QString());
    // What arrived meanwhile may be the commit just made, held already.
    if (!who.isEmpty() && std::exchange(m_pendingCommit, 0) > m_base.head)
        refresh(who);
}

void RepoLink::commitArrived(const QString &model, qint64 commit, const QString &who)
{
    if (model != m_base.modelName || commit <= m_base.head)
        return; // another model, or one this document holds already (its own commit)
    if (isBusy()) {
        m_pendingWho = who;
        m_pendingCommit = qMax(m_pendingCommit, commit);
        return;
    }
    refresh(who);
}

void RepoLink::refresh(const QString &who)
{
    if (isBusy()) {
        m_pendingWho = who;
        m_pendingCommit = std::numeric_limits<qint64>::max();
        return;
    }
    const QString url = m_url;
    const QString name = m_base.modelName;
    const qint64 head = m_base.head;
    setJob(runRepoJob<DeltaOutcome>(
            this,
            [url, name, head]() {
                DeltaOutcome out;
                Repository repository;
                out.ok = repository.open(url) && repository.changesSince(name, head, out.delta);
                out.error = repository.errorString();
                return out;
            },
            [this, who](DeltaOutcome out) {
                if (!out.ok) {
                    Q_EMIT failed(out.error);
                } else if (out.delta.head > m_base.head) {
                    // Whose work it is: the commits' authors, as the repository says.
                    QStringList authors;
                    for (const RepoCommitInfo &c : std::as_const(out.delta.commits))
                        if (!authors.contains(c.who))
                            authors.append(c.who);
                    const QSet<QString> mine = m_document->editedKeys();
                    takeIn(RepoMerge::mergeDelta(m_base, m_document->model().data(), out.delta,
                                                 &mine),
                           authors.isEmpty() ? who : authors.join(u", "_s));
                }
                jobFinished();
            }));
}

bool RepoLink::takeIn(Result<RepoMerge> merged, const QString &who)
{
    if (!m_document)
        return false;
    if (!merged) {
        Q_EMIT failed(tr("%1: %2").arg(m_display, merged.error()));
        return false;
    }
    RepoMerge &m = merged.value();
    if (!m.changed.isEmpty()) {
        QString error;
        auto edit = std::make_unique<RemoteChange>(std::move(m.local), m.changes,
                                                   tr("Changes by %1").arg(who));
        if (!m_document->applyRemote(std::move(edit), m.changed, who, &error)) {
            Q_EMIT failed(error);
            return false;
        }
    }
    m_base = std::move(m.base);
    if (!m.changed.isEmpty())
        Q_EMIT remoteApplied(who, int(m.changed.size()));
    if (!m.overlapping.isEmpty()) {
        QStringList objects;
        for (const QString &key : std::as_const(m.overlapping))
            objects.append(m_document->describeKey(key));
        objects.sort();
        Q_EMIT overlapsArrived(who, objects);
    }
    return true;
}

bool RepoLink::commit(const QString &message)
{
    if (isBusy() || !m_document)
        return false;
    const QString url = m_url;
    const RepoCheckout base = m_base;
    const ModelData local = m_document->model().data();
    setJob(runRepoJob<CommitOutcome>(
            this,
            [url, base, local, message]() {
                CommitOutcome out;
                Repository repository;
                out.ok = repository.open(url) && repository.commit(base, local, message, out.result);
                out.error = repository.errorString();
                return out;
            },
            [this](CommitOutcome out) {
                if (!out.ok) {
                    Q_EMIT failed(out.error);
                } else {
                    // The result holds others' commits too: they enter the open model as
                    // theirs; what conflicted stays mine with its old base.
                    if (m_document
                        && takeIn(RepoMerge::afterCommit(m_base, m_document->model().data(),
                                                         out.result, m_document->editedKeys()),
                                  tr("another user"))) {
                        m_conflicts = out.result.conflicts;
                        if (m_conflicts.isEmpty()) {
                            m_document->markCommitted();
                            Q_EMIT committed(out.result.commitId, out.result.written,
                                             out.result.merged);
                        } else {
                            Q_EMIT conflictsFound(m_conflicts);
                        }
                    }
                }
                jobFinished();
            }));
    return true;
}

bool RepoLink::commitResolved(const QList<RepoResolution> &resolutions, const QString &message)
{
    if (isBusy() || !m_document || m_conflicts.isEmpty())
        return false;
    // Their objects as the repository holds them now (the commit's result keeps the
    // conflicting objects at the base this document kept for them).
    const QString url = m_url;
    const QString name = m_base.modelName;
    setJob(runRepoJob<CheckoutOutcome>(
            this,
            [url, name]() {
                CheckoutOutcome out;
                Repository repository;
                out.ok = repository.open(url) && repository.checkout(name, out.checkout);
                out.error = repository.errorString();
                return out;
            },
            [this, resolutions, message](CheckoutOutcome out) {
                setJob(nullptr); // what arrived meanwhile waits for the commit
                if (!out.ok) {
                    Q_EMIT failed(out.error);
                    jobFinished();
                    return;
                }
                m_theirs = std::move(out.checkout);
                if (!resolveAndCommit(resolutions, message))
                    jobFinished();
            }));
    return true;
}

bool RepoLink::resolveAndCommit(const QList<RepoResolution> &resolutions, const QString &message)
{
    if (!m_document)
        return false;
    QList<RepoObject> local = RepoObjects::flatten(m_document->model().data());
    QList<RepoObject> base = RepoObjects::flatten(m_base.data);
    const QList<RepoObject> theirObjects = RepoObjects::flatten(m_theirs.data);
    QHash<QString, const RepoObject *> theirs;
    for (const RepoObject &o : theirObjects)
        theirs.insert(o.key(), &o);
    const auto find = [](QList<RepoObject> &objects, const QString &key) -> qsizetype {
        for (qsizetype i = 0; i < objects.size(); ++i)
            if (objects.at(i).key() == key)
                return i;
        return -1;
    };

    QSet<QString> takenLocally; // objects the open model takes from theirs
    QSet<QString> rebased;
    for (const RepoResolution &r : resolutions) {
        const QString key = RepoObjects::keyOf(r.conflict.kind, r.conflict.id);
        const RepoObject *their = theirs.value(key);
        // The base of the object becomes their version: the commit writes over it.
        if (!rebased.contains(key)) {
            rebased.insert(key);
            const qsizetype at = find(base, key);
            if (their) {
                if (at >= 0)
                    base[at] = *their;
                else
                    base.append(*their);
                m_base.versions.insert(key, m_theirs.versions.value(key));
            } else {
                if (at >= 0)
                    base.removeAt(at);
                m_base.versions.remove(key);
            }
        }
        const qsizetype mine = find(local, key);
        switch (r.conflict.reason) {
        case RepoConflict::Reason::Property:
            if (mine < 0 || r.choice == RepoResolution::Choice::Mine)
                break;
            setField(local[mine], r.conflict.property,
                     r.choice == RepoResolution::Choice::Theirs ? r.conflict.theirs : r.value);
            takenLocally.insert(key);
            break;
        case RepoConflict::Reason::DeletedByThem:
        case RepoConflict::Reason::DeletedByMe:
        case RepoConflict::Reason::AddedTwice:
            if (r.choice != RepoResolution::Choice::Theirs)
                break;
            if (their && mine >= 0)
                local[mine] = *their;
            else if (their)
                local.append(*their);
            else if (mine >= 0)
                local.removeAt(mine);
            takenLocally.insert(key);
            break;
        }
    }

    Result<ModelData> newBase = RepoObjects::assemble(base);
    Result<ModelData> newLocal = RepoObjects::assemble(local);
    if (!newBase || !newLocal) {
        Q_EMIT failed(tr("%1, model “%2”: the conflicts cannot be settled so: %3")
                              .arg(m_display, m_base.modelName,
                                   newBase ? newLocal.error() : newBase.error()));
        return false;
    }
    m_base.data = std::move(newBase).value();
    if (!takenLocally.isEmpty()) {
        // Only what the local model changes is named: the objects taken from theirs.
        ChangeSet changes;
        QHash<QString, const RepoObject *> before;
        const QList<RepoObject> old = RepoObjects::flatten(m_document->model().data());
        for (const RepoObject &o : old)
            before.insert(o.key(), &o);
        QHash<QString, const RepoObject *> after;
        for (const RepoObject &o : std::as_const(local))
            after.insert(o.key(), &o);
        for (const QString &key : std::as_const(takenLocally)) {
            const RepoObject *b = before.value(key), *a = after.value(key);
            const RepoObject &any = a ? *a : *b;
            RepoMerge::noteKey(changes, any.kind, any.id, any.view, b, a);
        }
        QString error;
        if (!m_document->applyRemote(std::make_unique<RemoteChange>(std::move(newLocal).value(),
                                                                    changes,
                                                                    tr("Take their values")),
                                     takenLocally, tr("another user"), &error)) {
            Q_EMIT failed(error);
            return false;
        }
    }
    m_theirs = RepoCheckout();
    m_conflicts.clear();
    return commit(message);
}

QString RepoLink::describeConflictObject(const RepoConflict &conflict) const
{
    if (!m_document)
        return conflict.id;
    const Model &model = m_document->model();
    const QString language = uiLanguage();
    // Mine, else theirs (an object deleted here is known by their values only).
    const auto named = [&](const QString &name, const QString &type) {
        return tr("“%1” (%2)").arg(name, type);
    };
    switch (conflict.kind) {
    case RepoObjectKind::Element:
        if (const Element *e = model.element(ElementId(conflict.id))) {
            const ElementType *type = model.profile().elementType(e->type);
            return named(e->name, type ? type->name.text(language) : e->type);
        }
        break;
    case RepoObjectKind::Relationship:
        if (const Relationship *r = model.relationship(RelationshipId(conflict.id))) {
            const RelationshipType *type = model.profile().relationshipType(r->type);
            const Element *source = model.element(r->source);
            const Element *target = model.element(r->target);
            const QString name = !r->name.isEmpty() ? r->name
                    : tr("%1 → %2").arg(source ? source->name : QString(),
                                         target ? target->name : QString());
            return named(name, type ? type->name.text(language) : r->type);
        }
        break;
    case RepoObjectKind::View:
        if (const View *v = model.view(ViewId(conflict.id)))
            return named(v->name, tr("view"));
        break;
    default:
        break;
    }
    return m_document->describeKey(RepoObjects::keyOf(conflict.kind, conflict.id));
}

QString RepoLink::describeField(const QString &field) const
{
    static const QString propertyPrefix = u"property."_s;
    if (field == u"name"_s)
        return tr("Name");
    if (field == u"documentation"_s)
        return tr("Documentation");
    if (field == u"type"_s)
        return tr("Type");
    if (field == u"position"_s) // kept by the history at an insert and a move
        return tr("Place in its collection");
    if (m_document && field.startsWith(propertyPrefix)) {
        const QString key = field.mid(propertyPrefix.size());
        if (const PropertyDefinition *p = m_document->model().profile().property(key))
            return p->name.text(uiLanguage());
        return key;
    }
    return field;
}

} // namespace kt
