// Repository::commit and the writing of one object with its audit row: the
// optimistic, per-object concurrency of the team repository.
#include "repository.h"
#include "reposchema.h"

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

// A local change: added (no base), deleted (no mine) or changed.
struct Pending
{
    const RepoObject *base = nullptr;
    const RepoObject *mine = nullptr;
    const RepoObject &any() const { return mine ? *mine : *base; }
};

} // namespace

bool Repository::audit(qint64 model, qint64 commit, RepoObjectKind kind, const QString &id,
                       const QString &action, const RepoObject *before, const RepoObject *after)
{
    const QString what = tr("writing the history");
    QSqlQuery *query = statement(
        u"INSERT INTO kientruc.audit (commit_id, model, kind, object_id, action, old, new) "
        "VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))"_s,
        what);
    if (!query)
        return false;
    query->addBindValue(commit);
    query->addBindValue(model);
    query->addBindValue(RepoObjects::kindName(kind));
    query->addBindValue(id);
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

bool Repository::checkReferences(qint64 model, const QString &name, const QSet<QString> &written)
{
    const QString what = tr("checking the model “%1”").arg(name);
    QSqlQuery *query = statement(RepoSchema::danglingReferencesQuery(), what);
    if (!query)
        return false;
    for (int i = 0; i < RepoSchema::referenceCheckParameters(); ++i)
        query->addBindValue(model);
    if (!run(query, what))
        return false;
    // Only what this commit causes: a reference it writes, or to what it deletes.
    while (query->next()) {
        const QString id = query->value(1).toString();
        const QString missing = query->value(2).toString();
        if (written.contains(id) || written.contains(missing)) {
            const QString kind = query->value(0).toString();
            query->finish();
            return fail(tr("%1, model “%2”: nothing was committed: the %3 %4 would refer to %5, "
                           "which the repository no longer holds (deleted by this commit or "
                           "by another). Check the model out again and redo the change.")
                            .arg(m_url.display(), name, kind, id, missing));
        }
    }
    query->finish();
    return true;
}

bool Repository::writeObject(qint64 model, qint64 commit, const RepoObject *before,
                             qint64 version, const RepoObject *after, qint64 *position)
{
    const RepoObject &object = after ? *after : *before;
    const QString table = RepoSchema::tableOf(object.kind);
    const QString what = tr("writing the %1 %2").arg(RepoObjects::kindName(object.kind), object.id);
    QSqlQuery *query = nullptr;
    QString action;
    if (object.kind == RepoObjectKind::Model) {
        query = statement(u"UPDATE kientruc.models SET version = ?, fields = CAST(? AS jsonb) "
                          "WHERE id = ?"_s, what);
        if (!query)
            return false;
        query->addBindValue(version + 1);
        query->addBindValue(RepoSchema::fieldsText(after->fields));
        query->addBindValue(model);
        action = u"update"_s;
    } else if (!before) {
        query = statement(u"INSERT INTO %1 (model, id, view, position, version, fields) "
                          "VALUES (?, ?, ?, ?, 1, CAST(? AS jsonb))"_s.arg(table), what);
        if (!query)
            return false;
        query->addBindValue(model);
        query->addBindValue(object.id);
        query->addBindValue(object.view.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(object.view));
        query->addBindValue((*position)++);
        query->addBindValue(RepoSchema::fieldsText(object.fields));
        action = u"insert"_s;
    } else if (!after) {
        query = statement(u"DELETE FROM %1 WHERE model = ? AND id = ?"_s.arg(table), what);
        if (!query)
            return false;
        query->addBindValue(model);
        query->addBindValue(object.id);
        action = u"delete"_s;
    } else {
        query = statement(u"UPDATE %1 SET version = ?, fields = CAST(? AS jsonb) "
                          "WHERE model = ? AND id = ?"_s.arg(table), what);
        if (!query)
            return false;
        query->addBindValue(version + 1);
        query->addBindValue(RepoSchema::fieldsText(after->fields));
        query->addBindValue(model);
        query->addBindValue(object.id);
        action = u"update"_s;
    }
    return run(query, what) && audit(model, commit, object.kind, object.id, action, before, after);
}

bool Repository::commit(const RepoCheckout &base, const ModelData &local, const QString &message,
                        RepoCommitResult &result)
{
    m_error.clear();
    result = RepoCommitResult();
    const QList<RepoObject> baseObjects = RepoObjects::flatten(base.data);
    const QList<RepoObject> localObjects = RepoObjects::flatten(local);
    QHash<QString, const RepoObject *> baseByKey, localByKey;
    for (const RepoObject &o : baseObjects)
        baseByKey.insert(o.key(), &o);
    QList<Pending> pending;
    for (const RepoObject &o : localObjects) {
        localByKey.insert(o.key(), &o);
        const RepoObject *b = baseByKey.value(o.key());
        if (!b || b->fields != o.fields || b->view != o.view)
            pending.append(Pending { b, &o });
    }
    for (const RepoObject &o : baseObjects)
        if (!localByKey.contains(o.key()))
            pending.append(Pending { &o, nullptr });
    if (pending.isEmpty())
        return checkout(base.modelName, result.current);

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
    qint64 position = query.value(0).toLongLong();
    QSet<QString> written; // the ids of the objects this commit writes

    for (const Pending &p : pending) {
        const RepoObject &object = p.any();
        const bool isModel = object.kind == RepoObjectKind::Model;
        QSqlQuery *read = statement(
            isModel ? u"SELECT version, fields, NULL FROM kientruc.models WHERE id = ?"_s
                    : u"SELECT version, fields, view FROM %1 WHERE model = ? AND id = ? "
                      "FOR UPDATE"_s.arg(RepoSchema::tableOf(object.kind)),
            what);
        if (!read)
            return rollback();
        read->addBindValue(model);
        if (!isModel)
            read->addBindValue(object.id);
        if (!run(read, what))
            return rollback();
        const bool exists = read->next();
        const qint64 version = exists ? read->value(0).toLongLong() : 0;
        const RepoObject theirs { object.kind, object.id,
                                  exists ? read->value(2).toString() : QString(),
                                  exists ? RepoSchema::fieldsFrom(read->value(1).toString())
                                         : RepoFields() };
        read->finish();
        const qint64 baseVersion = base.versions.value(object.key(), 0);
        const auto conflict = [&](RepoConflict::Reason reason, const QString &property = {},
                                  const QString &b = {}, const QString &m = {},
                                  const QString &t = {}) {
            result.conflicts.append(
                RepoConflict { reason, object.kind, object.id, property, b, m, t });
        };

        if (!p.base) { // added by me
            if (exists) {
                if (theirs.fields != p.mine->fields)
                    conflict(RepoConflict::Reason::AddedTwice);
                continue;
            }
            if (!writeObject(model, commit, nullptr, 0, p.mine, &position))
                return rollback();
            ++result.written;
            written.insert(object.id);
            continue;
        }
        if (!p.mine) { // deleted by me
            if (!exists)
                continue; // and by them
            if (version != baseVersion && theirs.fields != p.base->fields) {
                conflict(RepoConflict::Reason::DeletedByMe);
                continue;
            }
            if (!writeObject(model, commit, &theirs, version, nullptr, &position))
                return rollback();
            ++result.written;
            written.insert(object.id);
            continue;
        }
        if (!exists) {
            conflict(RepoConflict::Reason::DeletedByThem);
            continue;
        }
        if (version == baseVersion) {
            if (!writeObject(model, commit, &theirs, version, p.mine, &position))
                return rollback();
            ++result.written;
            written.insert(object.id);
            continue;
        }
        // Changed by both: mine merged field by field into theirs.
        RepoObject merged = theirs;
        const qsizetype conflictsBefore = result.conflicts.size();
        QStringList keys = p.base->fields.keys() + p.mine->fields.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            const std::optional<QString> b = fieldOf(p.base->fields, key);
            const std::optional<QString> m = fieldOf(p.mine->fields, key);
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
        if (!writeObject(model, commit, &theirs, version, &merged, &position))
            return rollback();
        ++result.written;
        ++result.merged;
        written.insert(object.id);
    }

    if (result.written && !checkReferences(model, base.modelName, written))
        return rollback();
    if (result.written == 0) {
        rollback();
        return checkout(base.modelName, result.current);
    }
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
    return checkout(base.modelName, result.current);
}

} // namespace kt
