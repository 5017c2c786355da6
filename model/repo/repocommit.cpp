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

bool Repository::checkReferences(qint64 model, const QString &name,
                                 const QList<RepoObject> &written,
                                 const QList<RepoObject> &deleted)
{
    // Only what this commit causes, through the indexes: a reference it writes to an
    // object the model does not hold, or a reference to an object it deletes.
    const QString what = tr("checking the model “%1”").arg(name);
    QHash<RepoObjectKind, QStringList> writtenIds, deletedIds;
    for (const RepoObject &o : written)
        writtenIds[o.kind].append(o.id);
    for (const RepoObject &o : deleted)
        deletedIds[o.kind].append(o.id);
    const auto check = [&](const QString &sql, const QHash<RepoObjectKind, QStringList> &ids,
                           bool byReferrer) {
        QSqlQuery *query = statement(sql, what);
        if (!query)
            return false;
        for (const auto &[from, to] : RepoSchema::referenceKinds()) {
            query->addBindValue(model);
            query->addBindValue(RepoSchema::arrayText(ids.value(byReferrer ? from : to)));
        }
        if (!run(query, what))
            return false;
        if (!query->next()) {
            query->finish();
            return true;
        }
        const QString kind = query->value(0).toString();
        const QString id = query->value(1).toString();
        const QString missing = query->value(2).toString();
        query->finish();
        return fail(tr("%1, model “%2”: nothing was committed: the %3 %4 would refer to %5, "
                       "which the repository no longer holds (deleted by this commit or "
                       "by another). Check the model out again and redo the change.")
                        .arg(m_url.display(), name, kind, id, missing));
    };
    return (written.isEmpty() || check(RepoSchema::writtenReferencesQuery(), writtenIds, true))
            && (deleted.isEmpty() || check(RepoSchema::deletedReferencesQuery(), deletedIds, false));
}

// One object a commit writes: inserted (no before), deleted (no after) or updated from
// before (its version then) to after.
struct RepoWrite
{
    std::optional<RepoObject> before;
    qint64 version = 0;
    std::optional<RepoObject> after;
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

bool Repository::writeAll(qint64 model, qint64 commit, const QList<RepoWrite> &writes,
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
    for (const RepoWrite &w : writes) {
        const RepoObject &o = w.any();
        QJsonObject audit { { u"kind"_s, RepoObjects::kindName(o.kind) }, { u"id"_s, o.id } };
        if (!o.view.isEmpty())
            audit.insert(u"view"_s, o.view);
        if (w.before)
            audit.insert(u"old"_s, jsonOf(w.before->fields));
        if (w.after)
            audit.insert(u"new"_s, jsonOf(w.after->fields));
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
            QJsonObject row { { u"id"_s, o.id }, { u"position"_s, position++ },
                              { u"fields"_s, jsonOf(o.fields) } };
            if (!o.view.isEmpty())
                row.insert(u"view"_s, o.view);
            rows.inserts.append(row);
            audit.insert(u"action"_s, u"insert"_s);
        } else if (!w.after) {
            rows.deletes.append(o.id);
            audit.insert(u"action"_s, u"delete"_s);
        } else {
            rows.updates.append(QJsonObject { { u"id"_s, o.id }, { u"fields"_s, jsonOf(o.fields) } });
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
                u"UPDATE %1 t SET version = t.version + 1, fields = u.fields FROM (SELECT "
                "o->>'id' AS id, o->'fields' AS fields FROM jsonb_array_elements(CAST(? AS "
                "jsonb)) AS o) AS u WHERE t.model = ? AND t.id = u.id"_s.arg(table),
                what);
            if (!query)
                return false;
            query->addBindValue(textOf(rows.updates));
            query->addBindValue(model);
            if (!run(query, what))
                return false;
        }
        if (!rows.inserts.isEmpty()) {
            QSqlQuery *query = statement(
                u"INSERT INTO %1 (model, id, view, position, version, fields) "
                "SELECT ?, o->>'id', o->>'view', CAST(o->>'position' AS bigint), 1, o->'fields' "
                "FROM jsonb_array_elements(CAST(? AS jsonb)) AS o"_s.arg(table),
                what);
            if (!query)
                return false;
            query->addBindValue(model);
            query->addBindValue(textOf(rows.inserts));
            if (!run(query, what))
                return false;
        }
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

bool Repository::advance(const RepoCheckout &base, RepoCheckout &out)
{
    RepoDelta delta;
    if (!changesSince(base.modelName, base.head, delta))
        return false;
    RepoCheckout current = base;
    QString error;
    if (!applyDelta(current, delta, &error))
        return fail(tr("%1, model “%2”: %3").arg(m_url.display(), base.modelName, error));
    out = std::move(current);
    return true;
}

bool Repository::commit(const RepoCheckout &base, const ModelData &local, const QString &message,
                        RepoCommitResult &result)
{
    m_error.clear();
    result = RepoCommitResult();
    // Only what differs is turned into objects and compared further.
    const QList<RepoObjectChange> changes = RepoObjects::differences(base.data, local);
    if (changes.isEmpty())
        return advance(base, result.current);

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
        QSqlQuery *read = statement(u"SELECT id, version, fields, view FROM %1 WHERE model = ? "
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
            current.insert(key, Current { read->value(1).toLongLong(), std::move(theirs) });
        }
        read->finish();
    }

    QList<RepoWrite> writes;
    for (const RepoObjectChange &change : changes) {
        const RepoObject &object = change.after ? *change.after : *change.before;
        const auto now = current.constFind(object.key());
        const bool exists = now != current.cend();
        const qint64 version = exists ? now->version : 0;
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
            writes.append(RepoWrite { std::nullopt, 0, change.after });
            continue;
        }
        if (!change.after) { // deleted by me
            if (!exists)
                continue; // and by them
            if (version != baseVersion && theirs.fields != change.before->fields) {
                conflict(RepoConflict::Reason::DeletedByMe);
                continue;
            }
            writes.append(RepoWrite { theirs, version, std::nullopt });
            continue;
        }
        if (!exists) {
            conflict(RepoConflict::Reason::DeletedByThem);
            continue;
        }
        if (version == baseVersion) {
            writes.append(RepoWrite { theirs, version, change.after });
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
        if (result.conflicts.size() > conflictsBefore || merged.fields == theirs.fields)
            continue;
        writes.append(RepoWrite { theirs, version, merged });
        ++result.merged;
    }
    result.written = int(writes.size());
    if (writes.isEmpty()) {
        rollback();
        return advance(base, result.current);
    }
    QList<RepoObject> written, deleted;
    for (const RepoWrite &w : std::as_const(writes))
        (w.after ? written : deleted).append(w.any());
    if (!writeAll(model, commit, writes, position)
        || !checkReferences(model, base.modelName, written, deleted))
        return rollback();
    query.prepare(u"UPDATE kientruc.models SET head = ? WHERE id = ?"_s);
    query.addBindValue(commit);
    query.addBindValue(model);
    if (!exec(query, what))
        return rollback();
    // Delivered to the listening clients when (and only if) the transaction commits.
    if (!notifyCommit(base.modelName, commit, what))
        return rollback();
    // What others committed since the base (this commit's own writes are known here):
    // the next base is built from them, not from a checkout of the whole model.
    RepoDelta others;
    if (!readChanges(model, base.modelName, base.head, others, commit))
        return rollback();
    if (m_beforeCommit)
        m_beforeCommit();
    if (!commitTransaction()) {
        const QSqlError error = m_db.lastError();
        rollback();
        return failQuery(error, what);
    }
    result.commitId = commit;
    RepoCheckout next = base;
    QString error;
    bool ok = applyDelta(next, others, &error);
    for (qsizetype i = 0; ok && i < writes.size(); ++i) {
        const RepoWrite &w = writes.at(i);
        if (w.after) {
            ok = RepoObjects::place(next.data, *w.after, &error);
            next.versions.insert(w.after->key(), w.before ? w.version + 1 : 1);
        } else {
            RepoObjects::remove(next.data, w.before->kind, w.before->id);
            next.versions.remove(w.before->key());
        }
    }
    if (!ok)
        return fail(tr("%1, model “%2”: the commit %3 was written, but the model could not be "
                       "brought up to it: %4 Check the model out again.")
                        .arg(m_url.display(), base.modelName)
                        .arg(commit)
                        .arg(error));
    next.head = commit;
    result.current = std::move(next);
    return true;
}

} // namespace kt
