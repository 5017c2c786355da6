// Repository::commit and the writing of one object with its audit row: the
// optimistic, per-object concurrency of the team repository.
#include "repodelta.h"
#include "repository.h"
#include "reposchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The history's name for an object's place (kept beside its fields in the audit rows).
const QString PositionField = u"position"_s;

std::optional<QString> fieldOf(const RepoFields &fields, const QString &key)
{
    const auto it = fields.constFind(key);
    return it == fields.cend() ? std::nullopt : std::optional<QString>(*it);
}

} // namespace

bool Repository::audit(qint64 model, qint64 commit, RepoObjectKind kind, const QString &id,
                       const QString &action, const RepoObject *before, const RepoObject *after)
{
    const QString what = tr("writing the history");
    QSqlQuery *query = statement(
        u"INSERT INTO kientruc.audit (commit_id, model, kind, object_id, view, action, old, new) "
        "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))"_s,
        what);
    if (!query)
        return false;
    query->addBindValue(commit);
    query->addBindValue(model);
    query->addBindValue(RepoObjects::kindName(kind));
    query->addBindValue(id);
    const RepoObject *object = after ? after : before;
    query->addBindValue(object && !object->view.isEmpty() ? QVariant(object->view)
                                                          : QVariant(QMetaType(QMetaType::QString)));
    query->addBindValue(action);
    query->addBindValue(before ? QVariant(RepoSchema::fieldsText(before->fields))
                               : QVariant(QMetaType(QMetaType::QString)));
    query->addBindValue(after ? QVariant(RepoSchema::fieldsText(after->fields))
                              : QVariant(QMetaType(QMetaType::QString)));
    return run(query, what);
}

bool Repository::notifyCommit(const QString &model, qint64 commit, const QString &what)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT pg_notify('kientruc_commits', json_build_object('model', CAST(? AS "
                  "text), 'commit', CAST(? AS bigint), 'who', current_user)::text)"_s);
    query.addBindValue(model);
    query.addBindValue(commit);
    return exec(query, what);
}

namespace {

// Ids by kind.
using IdSets = QHash<RepoObjectKind, QSet<QString>>;

struct Referrer
{
    RepoObjectKind kind;
    QString id;
    QString missing;
};

// The first reference, of an object of the model not in skip, to an object in gone:
// the model's typed reference fields (those of RepoSchema::references()), read
// without turning the objects into repository objects.
std::optional<Referrer> referrerIn(const ModelData &data, const IdSets &gone, const IdSets &skip)
{
    std::optional<Referrer> found;
    const auto check = [&](RepoObjectKind from, const QString &id,
                           std::initializer_list<std::pair<RepoObjectKind, QString>> targets) {
        if (found || skip.value(from).contains(id))
            return;
        for (const auto &[kind, target] : targets)
            if (!target.isEmpty() && gone.value(kind).contains(target)) {
                found = Referrer { from, id, target };
                return;
            }
    };
    using K = RepoObjectKind;
    for (const Relationship &r : data.relationships)
        check(K::Relationship, r.id.toString(),
              { { K::Element, r.source.toString() }, { K::Element, r.target.toString() },
                { K::Relationship, r.sourceRelationship.toString() },
                { K::Relationship, r.targetRelationship.toString() } });
    for (const View &v : data.views) {
        for (const ViewNode &n : v.nodes)
            check(K::Node, n.id.toString(),
                  { { K::Element, n.element.toString() }, { K::Node, n.parent.toString() } });
        for (const ViewConnection &c : v.connections)
            check(K::Connection, c.id.toString(),
                  { { K::Relationship, c.relationship.toString() }, { K::Node, c.source.toString() },
                    { K::Node, c.target.toString() },
                    { K::Connection, c.sourceConnection.toString() },
                    { K::Connection, c.targetConnection.toString() } });
    }
    return found;
}

} // namespace

bool Repository::checkReferences(qint64 model, const QString &name,
                                 const QList<RepoObject> &written,
                                 const QList<RepoObject> &deleted, const RepoCheckout &base,
                                 const RepoDelta &others)
{
    const QString what = tr("checking the model “%1”").arg(name);
    const auto refused = [&](const QString &kind, const QString &id, const QString &missing) {
        return fail(tr("%1, model “%2”: nothing was committed: the %3 %4 would refer to %5, "
                       "which the repository no longer holds (deleted by this commit or "
                       "by another). Check the model out again and redo the change.")
                            .arg(m_url.display(), name, kind, id, missing));
    };
    // What this commit writes: its references looked up by primary key.
    if (!written.isEmpty()) {
        IdSets ids;
        for (const RepoObject &o : written)
            ids[o.kind].insert(o.id);
        QSqlQuery *query = statement(RepoSchema::writtenReferencesQuery(), what);
        if (!query)
            return false;
        for (const RepoSchema::RepoReference &r : RepoSchema::references()) {
            query->addBindValue(model);
            query->addBindValue(RepoSchema::arrayText(ids.value(r.from).values()));
        }
        if (!run(query, what))
            return false;
        if (query->next()) {
            const QString kind = query->value(0).toString(), id = query->value(1).toString(),
                          missing = query->value(2).toString();
            query->finish();
            return refused(kind, id, missing);
        }
        query->finish();
    }
    if (deleted.isEmpty())
        return true;
    // What refers to what it deletes: every object of the model now is one this commit
    // wrote (checked above), one others wrote since the base (others, read in this
    // transaction), or the base's own, unchanged.
    IdSets gone, skip;
    for (const RepoObject &o : deleted)
        gone[o.kind].insert(o.id);
    for (const RepoObject &o : written)
        skip[o.kind].insert(o.id);
    for (const RepoObject &o : deleted)
        skip[o.kind].insert(o.id);
    for (const auto &[kind, id] : others.removed)
        skip[kind].insert(id);
    // (others' rows are read as they are now: one this commit wrote too is its row.)
    for (const RepoObject &o : others.changed) {
        skip[o.kind].insert(o.id);
        for (const RepoSchema::RepoReference &r : RepoSchema::references()) {
            const QString target = o.fields.value(r.field);
            if (r.from == o.kind && !target.isEmpty() && gone.value(r.to).contains(target))
                return refused(RepoObjects::kindName(o.kind), o.id, target);
        }
    }
    if (const std::optional<Referrer> r = referrerIn(base.data, gone, skip))
        return refused(RepoObjects::kindName(r->kind), r->id, r->missing);
    return true;
}

// One object a commit writes: inserted (no before), deleted (no after) or updated from
// before (its version then) to after.
struct RepoWrite
{
    std::optional<RepoObject> before;
    qint64 version = 0;
    std::optional<RepoObject> after;
    // A new place in its collection (an insert's is given by writeAll); oldPosition: the
    // place it had, for the history.
    std::optional<qint64> position;
    qint64 oldPosition = 0;
    const RepoObject &any() const { return after ? *after : *before; }
};

namespace {

QJsonObject jsonOf(const RepoFields &fields)
{
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString textOf(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

bool Repository::writeAll(qint64 model, qint64 commit, QList<RepoWrite> &writes,
                          qint64 position)
{
    const QString what = tr("writing the model's objects");
    struct Rows
    {
        QJsonArray inserts, updates;
        QStringList deletes;
    };
    QHash<RepoObjectKind, Rows> byKind;
    QJsonArray audits;
    for (RepoWrite &w : writes) {
        const RepoObject &o = w.any();
        if (o.kind != RepoObjectKind::Model && !w.before)
            w.position = position++;
        QJsonObject audit { { u"kind"_s, RepoObjects::kindName(o.kind) }, { u"id"_s, o.id } };
        if (!o.view.isEmpty())
            audit.insert(u"view"_s, o.view);
        // The history keeps an object's place where it was given: at its insert and when
        // it moved (a past state is ordered by it).
        if (w.before) {
            QJsonObject old = jsonOf(w.before->fields);
            if (w.position && w.after)
                old.insert(PositionField, QString::number(w.oldPosition));
            audit.insert(u"old"_s, old);
        }
        if (w.after) {
            QJsonObject now = jsonOf(w.after->fields);
            if (w.position)
                now.insert(PositionField, QString::number(*w.position));
            audit.insert(u"new"_s, now);
        }
        Rows &rows = byKind[o.kind];
        if (o.kind == RepoObjectKind::Model) {
            QSqlQuery *query = statement(u"UPDATE kientruc.models SET version = version + 1, "
                                         "fields = CAST(? AS jsonb) WHERE id = ?"_s, what);
            if (!query)
                return false;
            query->addBindValue(RepoSchema::fieldsText(w.after->fields));
            query->addBindValue(model);
            if (!run(query, what))
                return false;
            audit.insert(u"action"_s, u"update"_s);
        } else if (!w.before) {
            QJsonObject row { { u"id"_s, o.id }, { u"position"_s, *w.position },
                              { u"fields"_s, jsonOf(o.fields) } };
            if (!o.view.isEmpty())
                row.insert(u"view"_s, o.view);
            rows.inserts.append(row);
            audit.insert(u"action"_s, u"insert"_s);
        } else if (!w.after) {
            rows.deletes.append(o.id);
            audit.insert(u"action"_s, u"delete"_s);
        } else {
            QJsonObject row { { u"id"_s, o.id }, { u"fields"_s, jsonOf(o.fields) } };
            if (w.position)
                row.insert(u"position"_s, *w.position);
            rows.updates.append(row);
            audit.insert(u"action"_s, u"update"_s);
        }
        audits.append(audit);
    }
    for (const RepoObjectKind kind : RepoSchema::objectKinds()) {
        const Rows rows = byKind.value(kind);
        const QString table = RepoSchema::tableOf(kind);
        if (!rows.deletes.isEmpty()) {
            QSqlQuery *query = statement(
                u"DELETE FROM %1 WHERE model = ? AND id = ANY(CAST(? AS text[]))"_s.arg(table),
                what);
            if (!query)
                return false;
            query->addBindValue(model);
            query->addBindValue(RepoSchema::arrayText(rows.deletes));
            if (!run(query, what))
                return false;
        }
        if (!rows.updates.isEmpty()) {
            QSqlQuery *query = statement(
                u"UPDATE %1 t SET version = t.version + 1, fields = u.fields, "
                "position = coalesce(u.position, t.position) FROM (SELECT o->>'id' AS id, "
                "o->'fields' AS fields, CAST(o->>'position' AS bigint) AS position FROM "
                "jsonb_array_elements(CAST(? AS jsonb)) AS o) AS u "
                "WHERE t.model = ? AND t.id = u.id"_s.arg(table),
                what);
            if (!query)
                return false;
            query->addBindValue(textOf(rows.updates));
            query->addBindValue(model);
            if (!run(query, what))
                return false;
        }
        if (!rows.inserts.isEmpty() && !insertRows(model, kind, textOf(rows.inserts), what))
            return false;
    }
    // The history in the order of the writes (a past state is replayed in that order).
    QSqlQuery *query = statement(
        u"INSERT INTO kientruc.audit (commit_id, model, kind, object_id, view, action, old, new) "
        "SELECT ?, ?, o->>'kind', o->>'id', o->>'view', o->>'action', o->'old', o->'new' "
        "FROM jsonb_array_elements(CAST(? AS jsonb)) WITH ORDINALITY AS a(o, n) ORDER BY n"_s,
        tr("writing the history"));
    if (!query)
        return false;
    query->addBindValue(commit);
    query->addBindValue(model);
    query->addBindValue(textOf(audits));
    return run(query, tr("writing the history"));
}

bool Repository::advance(const RepoCheckout &base, RepoCheckout &out, RepoDelta *changes)
{
    RepoDelta delta;
    if (!changesSince(base.modelName, base.head, delta))
        return false;
    RepoCheckout current = base;
    QString error;
    if (!applyDelta(current, delta, &error))
        return fail(tr("%1, model “%2”: %3").arg(m_url.display(), base.modelName, error));
    out = std::move(current);
    if (changes)
        *changes = std::move(delta);
    return true;
}

bool Repository::commit(const RepoCheckout &base, const ModelData &local, const QString &message,
                        RepoCommitResult &result)
{
    m_error.clear();
    result = RepoCommitResult();
    // Only what differs is turned into objects and compared further.
    const QList<RepoObjectChange> changes = RepoObjects::differences(base.data, local);
    // The objects given another place in their collection (z-order, ...).
    const QList<RepoMove> moves = RepoObjects::moves(base.data, local, base.positions);
    if (changes.isEmpty() && moves.isEmpty())
        return advance(base, result.current, &result.delta);
    QHash<QString, const RepoMove *> moveOf;
    for (const RepoMove &m : moves)
        moveOf.insert(m.key(), &m);

    const QString what = tr("committing to the model “%1”").arg(base.modelName);
    if (!begin())
        return failQuery(m_db.lastError(), tr("starting a transaction"));
    // The model's row locked: the commits of one model follow one another, each
    // seeing those before it.
    bool found = false;
    const qint64 model = modelKey(base.modelName, true, &found);
    if (!found)
        return rollback();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO kientruc.commits (model, message) VALUES (?, ?) RETURNING id"_s);
    query.addBindValue(model);
    query.addBindValue(message.isNull() ? u""_s : message);
    if (!exec(query, what) || !query.next())
        return rollback();
    const qint64 commit = query.value(0).toLongLong();
    query.prepare(u"SELECT coalesce(max(p), 0) + 1 FROM ("
                  "SELECT max(position) AS p FROM kientruc.elements WHERE model = ? UNION ALL "
                  "SELECT max(position) FROM kientruc.relationships WHERE model = ? UNION ALL "
                  "SELECT max(position) FROM kientruc.views WHERE model = ? UNION ALL "
                  "SELECT max(position) FROM kientruc.nodes WHERE model = ? UNION ALL "
                  "SELECT max(position) FROM kientruc.connections WHERE model = ?) AS m"_s);
    for (int i = 0; i < 5; ++i)
        query.addBindValue(model);
    if (!exec(query, what) || !query.next())
        return rollback();
    const qint64 position = query.value(0).toLongLong();

    // The objects as they are now (theirs), locked until the commit ends: one query per
    // kind for all the changed objects of that kind.
    struct Current
    {
        qint64 version = 0;
        RepoObject object;
        qint64 position = 0;
    };
    QHash<QString, Current> current; // by key
    QHash<RepoObjectKind, QStringList> ids;
    bool modelChanged = false;
    for (const RepoObjectChange &c : changes) {
        const RepoObject &o = c.after ? *c.after : *c.before;
        if (o.kind == RepoObjectKind::Model)
            modelChanged = true;
        else
            ids[o.kind].append(o.id);
    }
    for (const RepoMove &m : moves)
        if (!ids.value(m.kind).contains(m.id))
            ids[m.kind].append(m.id);
    if (modelChanged) {
        query.prepare(u"SELECT version, fields, object_id FROM kientruc.models WHERE id = ?"_s);
        query.addBindValue(model);
        if (!exec(query, what) || !query.next())
            return rollback();
        RepoObject theirs { RepoObjectKind::Model, query.value(2).toString(), {},
                            RepoSchema::fieldsFrom(query.value(1).toString()) };
        const QString key = theirs.key();
        current.insert(key, Current { query.value(0).toLongLong(), std::move(theirs) });
    }
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        QSqlQuery *read = statement(u"SELECT id, version, fields, view, position FROM %1 "
                                    "WHERE model = ? "
                                    "AND id = ANY(CAST(? AS text[])) FOR UPDATE"_s
                                        .arg(RepoSchema::tableOf(it.key())),
                                    what);
        if (!read)
            return rollback();
        read->addBindValue(model);
        read->addBindValue(RepoSchema::arrayText(it.value()));
        if (!run(read, what))
            return rollback();
        while (read->next()) {
            RepoObject theirs { it.key(), read->value(0).toString(), read->value(3).toString(),
                                RepoSchema::fieldsFrom(read->value(2).toString()) };
            const QString key = theirs.key();
            current.insert(key, Current { read->value(1).toLongLong(), std::move(theirs),
                                          read->value(4).toLongLong() });
        }
        read->finish();
    }

    QList<RepoWrite> writes;
    QSet<QString> placed; // the moves done with the object's change, or dropped with it
    const auto write = [&](RepoWrite w, qint64 oldPosition) {
        const QString key = w.any().key();
        if (const RepoMove *move = moveOf.value(key); move && w.before && w.after) {
            w.position = move->position;
            w.oldPosition = oldPosition;
        }
        placed.insert(key);
        writes.append(std::move(w));
    };
    for (const RepoObjectChange &change : changes) {
        const RepoObject &object = change.after ? *change.after : *change.before;
        placed.insert(object.key()); // a conflict leaves its place alone too
        const auto now = current.constFind(object.key());
        const bool exists = now != current.cend();
        const qint64 version = exists ? now->version : 0;
        const qint64 oldPosition = exists ? now->position : 0;
        const RepoObject theirs = exists ? now->object : RepoObject { object.kind, object.id, {}, {} };
        const qint64 baseVersion = base.versions.value(object.key(), 0);
        const auto conflict = [&](RepoConflict::Reason reason, const QString &property = {},
                                  const QString &b = {}, const QString &m = {},
                                  const QString &t = {}) {
            result.conflicts.append(
                RepoConflict { reason, object.kind, object.id, property, b, m, t });
        };

        if (!change.before) { // added by me
            if (exists) {
                if (theirs.fields != change.after->fields)
                    conflict(RepoConflict::Reason::AddedTwice);
                continue;
            }
            write(RepoWrite { std::nullopt, 0, change.after, {}, 0 }, 0);
            continue;
        }
        if (!change.after) { // deleted by me
            if (!exists)
                continue; // and by them
            if (version != baseVersion && theirs.fields != change.before->fields) {
                conflict(RepoConflict::Reason::DeletedByMe);
                continue;
            }
            write(RepoWrite { theirs, version, std::nullopt, {}, 0 }, oldPosition);
            continue;
        }
        if (!exists) {
            conflict(RepoConflict::Reason::DeletedByThem);
            continue;
        }
        if (version == baseVersion) {
            write(RepoWrite { theirs, version, change.after, {}, 0 }, oldPosition);
            continue;
        }
        // Changed by both: mine merged field by field into theirs.
        RepoObject merged = theirs;
        const qsizetype conflictsBefore = result.conflicts.size();
        QStringList keys = change.before->fields.keys() + change.after->fields.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            const std::optional<QString> b = fieldOf(change.before->fields, key);
            const std::optional<QString> m = fieldOf(change.after->fields, key);
            if (b == m)
                continue;
            const std::optional<QString> t = fieldOf(theirs.fields, key);
            if (t == b || t == m) {
                if (m)
                    merged.fields.insert(key, *m);
                else
                    merged.fields.remove(key);
            } else {
                conflict(RepoConflict::Reason::Property, key, b.value_or(QString()),
                         m.value_or(QString()), t.value_or(QString()));
            }
        }
        if (result.conflicts.size() > conflictsBefore)
            continue;
        if (merged.fields == theirs.fields) {
            placed.remove(object.key()); // only its place may be left to write
            continue;
        }
        write(RepoWrite { theirs, version, merged, {}, 0 }, oldPosition);
        ++result.merged;
    }
    // The objects that only moved: their row as it is now, at its new place. (Moved by
    // them too since the base: this later commit's place is kept. Deleted by them:
    // nothing to place.)
    for (const RepoMove &move : moves) {
        const auto now = current.constFind(move.key());
        if (placed.contains(move.key()) || now == current.cend())
            continue;
        if (now->position == move.position)
            continue;
        write(RepoWrite { now->object, now->version, now->object, {}, 0 }, now->position);
    }
    result.written = int(writes.size());
    if (writes.isEmpty()) {
        rollback();
        return advance(base, result.current, &result.delta);
    }
    QList<RepoObject> written, deleted;
    for (const RepoWrite &w : std::as_const(writes))
        (w.after ? written : deleted).append(w.any());
    // What others committed since the base (this commit's own writes are known here):
    // the references to what this commit deletes are checked in it, and the next base
    // is built from it, not from a checkout of the whole model.
    RepoDelta others;
    if (!writeAll(model, commit, writes, position)
        || !readChanges(model, base.modelName, base.head, others, commit)
        || !checkReferences(model, base.modelName, written, deleted, base, others))
        return rollback();
    query.prepare(u"UPDATE kientruc.models SET head = ? WHERE id = ?"_s);
    query.addBindValue(commit);
    query.addBindValue(model);
    if (!exec(query, what))
        return rollback();
    // Delivered to the listening clients when (and only if) the transaction commits.
    if (!notifyCommit(base.modelName, commit, what))
        return rollback();
    if (m_beforeCommit)
        m_beforeCommit();
    if (!commitTransaction()) {
        const QSqlError error = m_db.lastError();
        rollback();
        return failQuery(error, what);
    }
    result.commitId = commit;
    // The next base: the base, others' changes since it, then this commit's writes; the
    // same as a delta for an open model to follow.
    RepoDelta delta = std::move(others);
    for (const RepoWrite &w : std::as_const(writes)) {
        if (w.after) {
            const QString key = w.after->key();
            delta.changed.append(*w.after);
            delta.versions.insert(key, w.before ? w.version + 1 : 1);
            if (w.position)
                delta.positions.insert(key, *w.position);
        } else {
            delta.removed.append({ w.before->kind, w.before->id });
        }
    }
    delta.head = commit;
    RepoCheckout next = base;
    QString error;
    const bool ok = applyDelta(next, delta, &error);
    if (!ok)
        return fail(tr("%1, model “%2”: the commit %3 was written, but the model could not be "
                       "brought up to it: %4 Check the model out again.")
                        .arg(m_url.display(), base.modelName)
                        .arg(commit)
                        .arg(error));
    result.current = std::move(next);
    result.delta = std::move(delta);
    return true;
}

} // namespace kt
