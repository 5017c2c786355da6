// What the repository's history answers: the changes since a checkout (to follow
// others' commits), one object's history, and the model as it was after a commit.
#include "repository.h"
#include "reposchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <optional>

namespace kt {

using namespace Qt::StringLiterals;

qint64 Repository::modelRow(const QString &name, qint64 *head, const QString &what)
{
    QSqlQuery *query = statement(u"SELECT id, head FROM kientruc.models WHERE name = ?"_s, what);
    if (!query)
        return 0;
    query->addBindValue(name);
    if (!run(query, what))
        return 0;
    if (!query->next()) {
        query->finish();
        fail(tr("The repository %1 holds no model “%2”.").arg(m_url.display(), name));
        return 0;
    }
    const qint64 model = query->value(0).toLongLong();
    if (head)
        *head = query->value(1).toLongLong();
    query->finish();
    return model;
}

qint64 Repository::beginOnModel(const QString &name, qint64 *head, const QString &what)
{
    if (!begin()) {
        failQuery(m_db.lastError(), tr("starting a transaction"));
        return 0;
    }
    const qint64 model = modelRow(name, head, what);
    if (!model)
        rollback();
    return model;
}

bool Repository::readChanges(qint64 model, const QString &name, qint64 since, RepoDelta &out,
                             qint64 exclude)
{
    const QString what = tr("reading the changes of the model “%1”").arg(name);
    RepoDelta delta;
    QSqlQuery *query = statement(u"SELECT object_id, version, fields, head FROM kientruc.models "
                                 "WHERE id = ?"_s, what);
    if (!query)
        return false;
    query->addBindValue(model);
    if (!run(query, what))
        return false;
    if (!query->next()) {
        query->finish();
        return fail(tr("%1: %2 failed: the model is gone.").arg(m_url.display(), what));
    }
    const RepoObject info { RepoObjectKind::Model, query->value(0).toString(), {},
                            RepoSchema::fieldsFrom(query->value(2).toString()) };
    const qint64 infoVersion = query->value(1).toLongLong();
    delta.head = query->value(3).toLongLong();
    query->finish();

    // The objects the later commits wrote (the history's index by model and commit), as
    // they are now: absent now, they were deleted.
    query = statement(u"SELECT 1 FROM kientruc.audit WHERE model = ? AND commit_id > ? "
                      "AND commit_id <> ? AND kind = 'model' LIMIT 1"_s, what);
    if (!query)
        return false;
    query->addBindValue(model);
    query->addBindValue(since);
    query->addBindValue(exclude);
    if (!run(query, what))
        return false;
    if (query->next()) {
        delta.changed.append(info);
        delta.versions.insert(info.key(), infoVersion);
    }
    query->finish();
    for (const RepoObjectKind kind : RepoSchema::objectKinds()) {
        query = statement(
            u"SELECT a.object_id, o.view, o.version, o.fields, o.position FROM (SELECT DISTINCT object_id "
            "FROM kientruc.audit WHERE model = ? AND commit_id > ? AND commit_id <> ? "
            "AND kind = ?) a "
            "LEFT JOIN %1 o ON o.model = ? AND o.id = a.object_id "
            "ORDER BY o.position NULLS LAST, a.object_id"_s.arg(RepoSchema::tableOf(kind)),
            what);
        if (!query)
            return false;
        query->addBindValue(model);
        query->addBindValue(since);
        query->addBindValue(exclude);
        query->addBindValue(RepoObjects::kindName(kind));
        query->addBindValue(model);
        if (!run(query, what))
            return false;
        while (query->next()) {
            const QString id = query->value(0).toString();
            if (query->value(2).isNull()) {
                delta.removed.append({ kind, id });
                continue;
            }
            RepoObject o { kind, id, query->value(1).toString(),
                           RepoSchema::fieldsFrom(query->value(3).toString()) };
            delta.versions.insert(o.key(), query->value(2).toLongLong());
            delta.positions.insert(o.key(), query->value(4).toLongLong());
            delta.changed.append(std::move(o));
        }
        query->finish();
    }
    query = statement(u"SELECT id, who, at, message FROM kientruc.commits "
                      "WHERE model = ? AND id > ? AND id <> ? ORDER BY id"_s, what);
    if (!query)
        return false;
    query->addBindValue(model);
    query->addBindValue(since);
    query->addBindValue(exclude);
    if (!run(query, what))
        return false;
    while (query->next())
        delta.commits.append(RepoCommitInfo { query->value(0).toLongLong(),
                                              query->value(1).toString(),
                                              query->value(2).toDateTime(),
                                              query->value(3).toString(), {} });
    query->finish();
    out = std::move(delta);
    return true;
}

bool Repository::changesSince(const QString &name, qint64 head, RepoDelta &out)
{
    m_error.clear();
    if (!beginSnapshot())
        return false;
    const qint64 model = modelRow(name, nullptr, tr("reading the changes of the model “%1”")
                                                          .arg(name));
    if (!model || !readChanges(model, name, head, out))
        return rollback();
    commitTransaction();
    return true;
}

bool Repository::commits(const QString &name, QList<RepoCommitInfo> &out)
{
    m_error.clear();
    const QString what = tr("reading the commits of the model “%1”").arg(name);
    const qint64 model = modelRow(name, nullptr, what);
    if (!model)
        return false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, who, at, message FROM kientruc.commits WHERE model = ? "
                  "ORDER BY id"_s);
    query.addBindValue(model);
    if (!exec(query, what))
        return false;
    QList<RepoCommitInfo> commits;
    while (query.next())
        commits.append(RepoCommitInfo { query.value(0).toLongLong(), query.value(1).toString(),
                                        query.value(2).toDateTime(), query.value(3).toString(),
                                        {} });
    out = std::move(commits);
    return true;
}

bool Repository::history(const QString &name, RepoObjectKind kind, const QString &id,
                         QList<RepoCommitInfo> &out)
{
    m_error.clear();
    const QString what = tr("reading the history of the %1 %2 of the model “%3”")
                                 .arg(RepoObjects::kindName(kind), id, name);
    const qint64 model = modelRow(name, nullptr, what);
    if (!model)
        return false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.id, c.who, c.at, c.message, a.action, a.old, a.new "
                  "FROM kientruc.audit a JOIN kientruc.commits c ON c.id = a.commit_id "
                  "WHERE a.model = ? AND a.kind = ? AND a.object_id = ? "
                  "ORDER BY a.commit_id, a.id"_s);
    query.addBindValue(model);
    query.addBindValue(RepoObjects::kindName(kind));
    query.addBindValue(id);
    if (!exec(query, what))
        return false;
    QList<RepoCommitInfo> commits;
    while (query.next()) {
        RepoChange change { kind, id, query.value(4).toString(),
                            RepoSchema::fieldsFrom(query.value(5).toString()),
                            RepoSchema::fieldsFrom(query.value(6).toString()) };
        commits.append(RepoCommitInfo { query.value(0).toLongLong(), query.value(1).toString(),
                                        query.value(2).toDateTime(), query.value(3).toString(),
                                        { std::move(change) } });
    }
    out = std::move(commits);
    return true;
}

namespace {

// The objects of one kind while the history is replayed, in the order they were added,
// with the place the history gives each (absent in rows written before it kept them).
struct Replayed
{
    QList<std::optional<RepoObject>> objects;
    QHash<QString, qsizetype> index;
    QHash<QString, qint64> versions;
    QHash<QString, qint64> positions;
};

const QString PositionField = u"position"_s;

} // namespace

bool Repository::checkoutAt(const QString &name, qint64 commitId, RepoCheckout &out)
{
    m_error.clear();
    const QString what = tr("reading the model “%1” as of commit %2").arg(name).arg(commitId);
    if (!beginSnapshot())
        return false;
    const qint64 model = modelRow(name, nullptr, what);
    if (!model)
        return rollback();
    if (!checkCommitOf(model, name, commitId, what))
        return rollback();
    QSqlQuery query(m_db);
    // Forward: every change up to the commit, in the order it was written (the order the
    // objects were added is their order in the model, as in a checkout).
    query.setForwardOnly(true);
    query.prepare(u"SELECT kind, object_id, view, action, new FROM kientruc.audit "
                  "WHERE model = ? AND commit_id <= ? ORDER BY commit_id, id"_s);
    query.addBindValue(model);
    query.addBindValue(commitId);
    if (!exec(query, what))
        return rollback();
    QHash<RepoObjectKind, Replayed> kinds;
    while (query.next()) {
        bool known = false;
        const RepoObjectKind kind = RepoSchema::kindFromName(query.value(0).toString(), &known);
        const QString id = query.value(1).toString();
        const QString action = query.value(3).toString();
        Replayed &r = kinds[kind];
        const qsizetype at = r.index.value(id, -1);
        if (!known || (action != u"delete" && query.value(4).isNull())) {
            rollback();
            return fail(tr("%1: the history of the model “%2” cannot be read (its %3 %4).")
                            .arg(m_url.display(), name, query.value(0).toString(), id));
        }
        if (action == u"delete") {
            if (at >= 0)
                r.objects[at].reset();
            r.index.remove(id);
            r.versions.remove(id);
            r.positions.remove(id);
            continue;
        }
        RepoObject o { kind, id, query.value(2).toString(),
                       RepoSchema::fieldsFrom(query.value(4).toString()) };
        if (const auto p = o.fields.constFind(PositionField); p != o.fields.cend()) {
            r.positions.insert(id, p->toLongLong());
            o.fields.erase(p);
        }
        if ((kind == RepoObjectKind::Node || kind == RepoObjectKind::Connection)
            && o.view.isEmpty()) {
            rollback();
            return fail(tr("%1: the model “%2” cannot be shown as of commit %3: the history "
                           "written before the repository's upgrade to version 2 does not "
                           "say which view the %4 %5 was on.")
                            .arg(m_url.display(), name)
                            .arg(commitId)
                            .arg(RepoObjects::kindName(kind), id));
        }
        if (action == u"insert" || at < 0) {
            r.index.insert(id, r.objects.size());
            r.objects.append(std::move(o));
            r.versions.insert(id, 1);
        } else {
            r.objects[at] = std::move(o);
            r.versions[id] += 1;
        }
    }
    commitTransaction();

    RepoCheckout result;
    result.modelName = name;
    result.head = commitId;
    QList<RepoObject> objects;
    QHash<QString, QList<RepoObject>> byView[2]; // nodes, connections
    const auto take = [&](RepoObjectKind kind) {
        Replayed &r = kinds[kind];
        // In the order of their places where the history kept them; an object without one
        // (written before) keeps the order it was added in, before those.
        std::stable_sort(r.objects.begin(), r.objects.end(),
                         [&](const std::optional<RepoObject> &a, const std::optional<RepoObject> &b) {
                             const qint64 none = std::numeric_limits<qint64>::min();
                             return (a ? r.positions.value(a->id, none) : none)
                                     < (b ? r.positions.value(b->id, none) : none);
                         });
        for (const std::optional<RepoObject> &o : r.objects) {
            if (!o)
                continue;
            result.versions.insert(o->key(), r.versions.value(o->id));
            if (const auto p = r.positions.constFind(o->id); p != r.positions.cend())
                result.positions.insert(o->key(), *p);
            if (kind == RepoObjectKind::Node || kind == RepoObjectKind::Connection)
                byView[kind == RepoObjectKind::Node ? 0 : 1][o->view].append(*o);
            else
                objects.append(*o);
        }
    };
    take(RepoObjectKind::Model);
    take(RepoObjectKind::Element);
    take(RepoObjectKind::Relationship);
    take(RepoObjectKind::Node);
    take(RepoObjectKind::Connection);
    const qsizetype viewsFrom = objects.size();
    take(RepoObjectKind::View);
    QList<RepoObject> views = objects.mid(viewsFrom);
    objects.resize(viewsFrom);
    for (const RepoObject &view : std::as_const(views)) {
        objects.append(view);
        objects.append(byView[0].take(view.id));
        objects.append(byView[1].take(view.id));
    }
    Result<ModelData> data = RepoObjects::assemble(objects);
    if (!data)
        return fail(tr("%1, model “%2” as of commit %3: %4")
                        .arg(m_url.display(), name)
                        .arg(commitId)
                        .arg(data.error()));
    result.data = std::move(data).value();
    out = std::move(result);
    return true;
}

} // namespace kt
