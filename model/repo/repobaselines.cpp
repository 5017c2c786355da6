// Baselines: names of commits shared by everyone using the repository.
#include "repository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kt {

using namespace Qt::StringLiterals;

bool Repository::addBaseline(const QString &name, const QString &baseline, qint64 commitId,
                             RepoBaseline *out)
{
    m_error.clear();
    const QString what = tr("naming the baseline “%1” of the model “%2”").arg(baseline, name);
    if (baseline.trimmed().isEmpty())
        return fail(tr("%1: a baseline of the model “%2” needs a name.").arg(m_url.display(), name));
    qint64 head = 0;
    const qint64 model = beginOnModel(name, &head, what);
    if (!model)
        return false;
    const qint64 commit = commitId > 0 ? commitId : head;
    if (!checkCommitOf(model, name, commit, what))
        return rollback();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO kientruc.baselines (model, name, commit_id) VALUES (?, ?, ?) "
                  "ON CONFLICT (model, name) DO NOTHING RETURNING who, at"_s);
    query.addBindValue(model);
    query.addBindValue(baseline);
    query.addBindValue(commit);
    if (!exec(query, what))
        return rollback();
    if (!query.next()) {
        query.prepare(u"SELECT commit_id FROM kientruc.baselines WHERE model = ? AND name = ?"_s);
        query.addBindValue(model);
        query.addBindValue(baseline);
        const qint64 named = exec(query, what) && query.next() ? query.value(0).toLongLong() : 0;
        rollback();
        return fail(tr("%1: the model “%2” has a baseline “%3” already (commit %4): a baseline "
                       "is not moved; choose another name.")
                        .arg(m_url.display(), name, baseline)
                        .arg(named));
    }
    const RepoBaseline added { baseline, commit, query.value(0).toString(),
                               query.value(1).toDateTime() };
    if (!commitTransaction())
        return failQuery(m_db.lastError(), what);
    if (out)
        *out = added;
    return true;
}

bool Repository::baselines(const QString &name, QList<RepoBaseline> &out)
{
    m_error.clear();
    const QString what = tr("reading the baselines of the model “%1”").arg(name);
    const qint64 model = modelRow(name, nullptr, what);
    if (!model)
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT name, commit_id, who, at FROM kientruc.baselines WHERE model = ? "
                  "ORDER BY at, name"_s);
    query.addBindValue(model);
    if (!exec(query, what))
        return false;
    QList<RepoBaseline> found;
    while (query.next())
        found.append(RepoBaseline { query.value(0).toString(), query.value(1).toLongLong(),
                                    query.value(2).toString(), query.value(3).toDateTime() });
    out = std::move(found);
    return true;
}

bool Repository::baselineCommit(const QString &name, const QString &baseline, qint64 &commitId)
{
    QList<RepoBaseline> all;
    if (!baselines(name, all))
        return false;
    for (const RepoBaseline &b : std::as_const(all))
        if (b.name == baseline) {
            commitId = b.commitId;
            return true;
        }
    return fail(tr("%1: the model “%2” has no baseline “%3” (`kientruc repo baseline URL MODEL "
                   "list` lists them).")
                    .arg(m_url.display(), name, baseline));
}

} // namespace kt
