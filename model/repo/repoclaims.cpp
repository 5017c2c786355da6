// Claims of views: who is reorganising which view, announced to the open clients.
#include "repository.h"
#include "reposchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kt {

using namespace Qt::StringLiterals;

bool Repository::announceClaim(const QString &model, const QString &viewId, const QString &what)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT pg_notify('kientruc_claims', json_build_object('model', CAST(? AS "
                  "text), 'view', CAST(? AS text), 'who', current_user)::text)"_s);
    query.addBindValue(model);
    query.addBindValue(viewId);
    return exec(query, what);
}

bool Repository::claimView(const QString &name, const QString &viewId, RepoClaim *holder)
{
    m_error.clear();
    const QString what = tr("claiming the view %1 of the model “%2”").arg(viewId, name);
    const qint64 model = beginOnModel(name, nullptr, what);
    if (!model)
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM kientruc.views WHERE model = ? AND id = ?"_s);
    query.addBindValue(model);
    query.addBindValue(viewId);
    if (!exec(query, what))
        return rollback();
    if (!query.next()) {
        rollback();
        return fail(tr("%1: the model “%2” holds no view %3 to claim.")
                        .arg(m_url.display(), name, viewId));
    }
    query.prepare(u"INSERT INTO kientruc.claims (model, view_id) VALUES (?, ?) "
                  "ON CONFLICT (model, view_id) DO NOTHING RETURNING who, since"_s);
    query.addBindValue(model);
    query.addBindValue(viewId);
    if (!exec(query, what))
        return rollback();
    const bool taken = query.next();
    if (!taken) { // held already: by whom
        query.prepare(u"SELECT who, since, who = current_user FROM kientruc.claims "
                      "WHERE model = ? AND view_id = ?"_s);
        query.addBindValue(model);
        query.addBindValue(viewId);
        if (!exec(query, what) || !query.next())
            return rollback();
    }
    const RepoClaim claim { viewId, query.value(0).toString(), query.value(1).toDateTime() };
    if (holder)
        *holder = claim;
    if (!taken) {
        const bool mine = query.value(2).toBool();
        rollback();
        return mine
                || fail(tr("%1: the view %2 of the model “%3” is claimed by %4 since %5: it "
                           "can be changed once they release it.")
                                .arg(m_url.display(), viewId, name, claim.who,
                                     claim.since.toLocalTime().toString(Qt::ISODate)));
    }
    if (!announceClaim(name, viewId, what))
        return rollback();
    if (!commitTransaction())
        return failQuery(m_db.lastError(), what);
    return true;
}

bool Repository::releaseView(const QString &name, const QString &viewId)
{
    m_error.clear();
    const QString what = tr("releasing the view %1 of the model “%2”").arg(viewId, name);
    const qint64 model = beginOnModel(name, nullptr, what);
    if (!model)
        return false;
    // The table's policy lets the holder or an administrator delete the row; for anyone
    // else the row stays, and says whose it is.
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM kientruc.claims WHERE model = ? AND view_id = ? RETURNING who"_s);
    query.addBindValue(model);
    query.addBindValue(viewId);
    if (!exec(query, what))
        return rollback();
    if (query.next()) {
        if (!announceClaim(name, viewId, what))
            return rollback();
        if (!commitTransaction())
            return failQuery(m_db.lastError(), what);
        return true;
    }
    query.prepare(u"SELECT who FROM kientruc.claims WHERE model = ? AND view_id = ?"_s);
    query.addBindValue(model);
    query.addBindValue(viewId);
    if (!exec(query, what))
        return rollback();
    const bool held = query.next();
    const QString who = held ? query.value(0).toString() : QString();
    rollback();
    if (!held)
        return true; // nobody holds it
    return fail(tr("%1: the view %2 of the model “%3” is claimed by %4: only they or an "
                   "administrator (kt_admin) may release it.")
                    .arg(m_url.display(), viewId, name, who));
}

bool Repository::claims(const QString &name, QList<RepoClaim> &out)
{
    m_error.clear();
    const QString what = tr("reading the claims of the model “%1”").arg(name);
    const qint64 model = modelRow(name, nullptr, what);
    if (!model)
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT view_id, who, since FROM kientruc.claims WHERE model = ? "
                  "ORDER BY since, view_id"_s);
    query.addBindValue(model);
    if (!exec(query, what))
        return false;
    QList<RepoClaim> found;
    while (query.next())
        found.append(RepoClaim { query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toDateTime() });
    out = std::move(found);
    return true;
}

} // namespace kt
