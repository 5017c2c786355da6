#include "repobench.h"

#include "../support/pgserver.h"

#include <model/repo/repodelta.h>
#include <model/repo/reposchema.h>
#include <model/repo/repository.h>
#include <model/repo/repowatcher.h>

#include <QJsonArray>
#include <QThread>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// A libpq connection: the floors talk to the server without Qt Sql.
class Pg
{
public:
    explicit Pg(const QString &socketDir)
        : m_conn(PQconnectdb(
            u"host=%1 user=kt_test dbname=postgres"_s.arg(socketDir).toUtf8().constData()))
    {
    }
    ~Pg() { PQfinish(m_conn); }
    Pg(const Pg &) = delete;
    Pg &operator=(const Pg &) = delete;

    PGconn *conn() const { return m_conn; }
    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(); }

    // Runs sql; the first value of its first row in *value, if given.
    bool exec(const QByteArray &sql, QString *value = nullptr)
    {
        PGresult *result = PQexec(m_conn, sql.constData());
        const ExecStatusType status = PQresultStatus(result);
        const bool done = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (done && value)
            *value = PQntuples(result) > 0 ? QString::fromUtf8(PQgetvalue(result, 0, 0)) : QString();
        PQclear(result);
        return done;
    }
    qint64 number(const QByteArray &sql)
    {
        QString value;
        return exec(sql, &value) ? value.toLongLong() : -1;
    }

    // COPY ... FROM STDIN of rows (COPY's text format).
    bool copyIn(const QByteArray &sql, const QByteArray &rows)
    {
        PGresult *result = PQexec(m_conn, sql.constData());
        const bool started = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!started)
            return false;
        if (PQputCopyData(m_conn, rows.constData(), int(rows.size())) != 1
            || PQputCopyEnd(m_conn, nullptr) != 1)
            return false;
        return finish();
    }

    // COPY ... TO STDOUT, appended to *rows.
    bool copyOut(const QByteArray &sql, QByteArray *rows)
    {
        PGresult *result = PQexec(m_conn, sql.constData());
        const bool started = PQresultStatus(result) == PGRES_COPY_OUT;
        PQclear(result);
        if (!started)
            return false;
        char *buffer = nullptr;
        int length = 0;
        while ((length = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
            rows->append(buffer, length);
            PQfreemem(buffer);
        }
        return length == -1 && finish();
    }

    bool prepare(const char *name, const char *sql, int parameters)
    {
        PGresult *result = PQprepare(m_conn, name, sql, parameters, nullptr);
        const bool done = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        return done;
    }

    // Runs a prepared statement; *value: the first value of its first row, if given.
    bool run(const char *name, const QList<QByteArray> &parameters, QString *value = nullptr)
    {
        std::vector<const char *> values;
        for (const QByteArray &p : parameters)
            values.push_back(p.constData());
        PGresult *result = PQexecPrepared(
            m_conn, name, int(values.size()), values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        bool done = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (done && value)
            *value = PQntuples(result) > 0 ? QString::fromUtf8(PQgetvalue(result, 0, 0)) : QString();
        // An UPDATE must have found its row.
        if (done && status == PGRES_COMMAND_OK && qstrcmp(PQcmdTuples(result), "0") == 0)
            done = false;
        PQclear(result);
        return done;
    }

private:
    bool finish()
    {
        bool done = true;
        while (PGresult *result = PQgetResult(m_conn)) {
            done = done && PQresultStatus(result) == PGRES_COMMAND_OK;
            PQclear(result);
        }
        return done;
    }

    PGconn *m_conn;
};

Element &elementAt(ModelData &data, qsizetype i)
{
    return *data.elements.find(data.elements.at(i).id);
}

// The fields of the model's elements as the repository stores them, by id.
QHash<QString, QByteArray> elementFields(const ModelData &data)
{
    QHash<QString, QByteArray> fields;
    for (const RepoObject &o : RepoObjects::flatten(data))
        if (o.kind == RepoObjectKind::Element)
            fields.insert(o.id, RepoSchema::fieldsText(o.fields).toUtf8());
    return fields;
}

// The floor's own model and commit: keys no serial of the server reaches.
constexpr qint64 FloorModel = 1'000'000'000'000;
constexpr qint64 FloorCommit = 1'000'000'000'000;

// Commits heard by a RepoWatcher living in a thread of its own (another open client:
// it hears a commit when the server sends it, whatever the committing thread does).
class WatcherThread
{
public:
    bool open(const QString &url, QString *error)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        bool opened = false;
        QMetaObject::invokeMethod(&m_context, [&]() {
            m_watcher = new RepoWatcher;
            opened = m_watcher->open(url);
            *error = m_watcher->errorString();
            QObject::connect(m_watcher, &RepoWatcher::commitArrived, m_watcher,
                [this](const QString &, qint64 commit, const QString &) {
                    const Clock::time_point now = Clock::now();
                    std::lock_guard lock(m_mutex);
                    m_arrived.insert(commit, now);
                    m_changed.notify_all();
                });
        }, Qt::BlockingQueuedConnection);
        return opened;
    }
    ~WatcherThread()
    {
        if (m_thread.isRunning()) {
            QMetaObject::invokeMethod(&m_context, [this]() { delete m_watcher; },
                Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
        }
    }
    // When the commit was heard, or nothing within 5 s.
    std::optional<Clock::time_point> arrival(qint64 commit)
    {
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait_for(lock, std::chrono::seconds(5),
                [&]() { return m_arrived.contains(commit); }))
            return std::nullopt;
        return m_arrived.value(commit);
    }

private:
    QThread m_thread;
    QObject m_context;
    RepoWatcher *m_watcher = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<qint64, Clock::time_point> m_arrived;
};

} // namespace

QJsonObject benchRepository(const Benchmark &benchmark, const QString &size, const ModelData &data)
{
    const QStringList names = repoOperations();
    if (std::none_of(names.cbegin(), names.cend(),
            [&](const QString &name) { return benchmark.wanted(name); }))
        return {};
    // Stopped (and its folder removed) when this returns, whatever went wrong.
    test::PgServer server;
    QString why;
    const test::PgServer::Status status = server.start(&why);
    if (status == test::PgServer::Status::Missing)
        return { { u"skipped"_s, why } };
    if (status != test::PgServer::Status::Started) {
        benchmark.check(false, u"the PostgreSQL server of the benchmark did not start: "_s + why);
        return {};
    }
    const QString url = server.url(u"kt_test"_s, u"postgres"_s);
    Repository repo;
    Pg pg(server.socketDir());
    benchmark.check(pg.ok(), pg.error());
    if (!repo.open(url, false) || !repo.init() || !pg.ok()) {
        benchmark.check(false, repo.errorString());
        return {};
    }
    QList<Measurement> results;
    const auto fail = [&](const QString &what) -> QString { return what + u": "_s + pg.error(); };

    // The model the checkout reads, and whose rows the publish's floor copies.
    benchmark.check(repo.publish(data, u"bench"_s, u"bench"_s), repo.errorString());
    const qint64 source = pg.number("SELECT id FROM kientruc.models WHERE name = 'bench'");
    const qint64 sourceCommit
        = pg.number("SELECT head FROM kientruc.models WHERE name = 'bench'");
    const QList<RepoObjectKind> kinds = RepoSchema::objectKinds();

    // Publish: its floor inserts the same rows (the model's, its commit's, every
    // object's and every audit row) with COPY FROM STDIN, in one transaction, under
    // keys of its own; the rows are taken (untimed) from the publication above.
    QList<std::pair<QByteArray, QByteArray>> copies; // COPY statement, rows
    if (benchmark.wanted(names.at(0))) {
        const auto take = [&](const QString &select, const QString &into) {
            QByteArray rows;
            benchmark.check(pg.copyOut(u"COPY (%1) TO STDOUT"_s.arg(select).toUtf8(), &rows),
                fail(select));
            copies.append({ u"COPY %1 FROM STDIN"_s.arg(into).toUtf8(), rows });
        };
        take(u"SELECT %1, 'bench floor', object_id, version, fields, %2 FROM kientruc.models "
             "WHERE id = %3"_s.arg(FloorModel).arg(FloorCommit).arg(source),
            u"kientruc.models (id, name, object_id, version, fields, head)"_s);
        take(u"SELECT %1, %2, message FROM kientruc.commits WHERE id = %3"_s.arg(FloorCommit)
                 .arg(FloorModel).arg(sourceCommit),
            u"kientruc.commits (id, model, message)"_s);
        for (const RepoObjectKind kind : kinds)
            take(u"SELECT %1, id, view, position, version, fields FROM %2 WHERE model = %3"_s
                     .arg(FloorModel).arg(RepoSchema::tableOf(kind)).arg(source),
                u"%1 (model, id, view, position, version, fields)"_s.arg(
                    RepoSchema::tableOf(kind)));
        take(u"SELECT %1, %2, kind, object_id, action, new FROM kientruc.audit "
             "WHERE commit_id = %3 ORDER BY id"_s.arg(FloorCommit).arg(FloorModel)
                 .arg(sourceCommit),
            u"kientruc.audit (commit_id, model, kind, object_id, action, new)"_s);
    }
    results.append(benchmark.measure(names.at(0), size,
        [&]() { benchmark.check(repo.publish(data, u"bench publish"_s, u"bench"_s),
                    repo.errorString()); },
        { u"libpq COPY FROM STDIN of the same rows, one transaction"_s,
            [&]() {
                bool ok = pg.exec("BEGIN");
                for (const auto &[sql, rows] : std::as_const(copies))
                    ok = ok && pg.copyIn(sql, rows);
                benchmark.check(ok && pg.exec("COMMIT"), fail(u"the publish's floor"_s));
                if (!ok)
                    pg.exec("ROLLBACK");
            } },
        // Both publications dropped again (untimed), the floor's of the run before.
        [&]() {
            benchmark.check(pg.exec(u"DELETE FROM kientruc.models WHERE name = 'bench publish' "
                                    "OR id = %1"_s.arg(FloorModel).toUtf8()),
                fail(u"dropping a publication"_s));
        }));
    pg.exec(u"DELETE FROM kientruc.models WHERE id = %1"_s.arg(FloorModel).toUtf8());

    // Open from the repository: its floor reads the same rows in the same order in one
    // snapshot with COPY TO STDOUT.
    RepoCheckout checkout;
    QByteArray read;
    results.append(benchmark.measure(names.at(1), size,
        [&]() {
            benchmark.check(repo.checkout(u"bench"_s, checkout), repo.errorString());
            benchmark.check(checkout.data.elements.size() == data.elements.size(),
                u"elements missing from the checkout"_s);
        },
        { u"libpq COPY TO STDOUT of the same rows, one snapshot"_s,
            [&]() {
                read.clear();
                bool ok = pg.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    && pg.copyOut("COPY (SELECT id, object_id, version, fields, head FROM "
                                  "kientruc.models WHERE name = 'bench') TO STDOUT",
                        &read);
                for (const RepoObjectKind kind : kinds)
                    ok = ok
                        && pg.copyOut(u"COPY (SELECT id, view, version, fields FROM %1 WHERE "
                                      "model = (SELECT id FROM kientruc.models WHERE name = "
                                      "'bench') ORDER BY position, id) TO STDOUT"_s
                                          .arg(RepoSchema::tableOf(kind)).toUtf8(),
                            &read);
                benchmark.check(ok && pg.exec("COMMIT"), fail(u"the checkout's floor"_s));
            } },
        [&]() { checkout = RepoCheckout(); }));

    // A commit of 1,000 changed elements (their names), in turn changed and changed
    // back, each run on the checkout the run before left. Its floor updates the same
    // rows of a copy of the model and writes their audit rows and a commit row, in one
    // transaction of prepared statements.
    const qsizetype changed = std::min<qsizetype>(1000, data.elements.size());
    RepoCheckout base;
    ModelData original;
    ModelData changedModel;
    QList<QByteArray> ids;
    std::array<QList<QByteArray>, 2> fields; // by turn: the changed, the original
    qint64 floorModel = -1;
    const bool commitWanted = benchmark.wanted(names.at(2));
    const bool notifyWanted = benchmark.wanted(names.at(3));
    // The editor's commits (repoeditorbench.cpp) have the commit's floor too.
    const QStringList editor = repoEditorOperations();
    const bool floorWanted = commitWanted || benchmark.wanted(editor.at(0))
            || benchmark.wanted(editor.at(1));
    if (floorWanted || notifyWanted) {
        benchmark.check(repo.publish(data, u"bench commit"_s, u"bench"_s, &base),
            repo.errorString());
        original = base.data;
        changedModel = base.data;
        for (qsizetype i = 0; i < changed; ++i)
            elementAt(changedModel, i).name += u" (changed)"_s;
    }
    if (floorWanted) {
        benchmark.check(repo.publish(data, u"bench commit floor"_s, u"bench"_s),
            repo.errorString());
        floorModel = pg.number("SELECT id FROM kientruc.models WHERE name = 'bench commit floor'");
        const QHash<QString, QByteArray> changedFields = elementFields(changedModel);
        const QHash<QString, QByteArray> originalFields = elementFields(original);
        for (qsizetype i = 0; i < changed; ++i) {
            const QString id = original.elements.at(i).id.toString();
            benchmark.check(!id.contains(u'"') && !id.contains(u'\\'),
                u"the id %1 needs a JSON escape"_s.arg(id));
            ids.append(id.toUtf8());
            fields[0].append(changedFields.value(id));
            fields[1].append(originalFields.value(id));
        }
        benchmark.check(pg.prepare("kt_commit",
                            "INSERT INTO kientruc.commits (model, message) VALUES ($1, $2) "
                            "RETURNING id",
                            2)
                // The rows go in batches, as the commit sends them: one UPDATE of all
                // the changed rows and one INSERT of their audit rows, from one JSON
                // array of [id, new fields, old fields] (one round trip each).
                && pg.prepare("kt_update",
                    "UPDATE kientruc.elements e SET fields = u.value -> 1, "
                    "version = e.version + 1 FROM jsonb_array_elements(CAST($1 AS jsonb)) u "
                    "WHERE e.model = CAST($2 AS bigint) AND e.id = u.value ->> 0",
                    2)
                && pg.prepare("kt_audit",
                    "INSERT INTO kientruc.audit (commit_id, model, kind, object_id, action, "
                    "old, new) SELECT CAST($1 AS bigint), CAST($2 AS bigint), 'element', "
                    "u.value ->> 0, 'update', u.value -> 2, u.value -> 1 "
                    "FROM jsonb_array_elements(CAST($3 AS jsonb)) u",
                    3)
                && pg.prepare("kt_head", "UPDATE kientruc.models SET head = $1 WHERE id = $2", 2),
            fail(u"preparing the commit's floor"_s));
    }
    int turn = 0;
    int floorTurn = 0;
    // The first count of the 1,000 rows, changed and changed back in turn.
    const auto commitFloor = [&](qsizetype count) {
        const QList<QByteArray> &after = fields[floorTurn % 2];
        const QList<QByteArray> &before = fields[(floorTurn + 1) % 2];
        ++floorTurn;
        const QByteArray model = QByteArray::number(floorModel);
        QByteArray rows = "[";
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                rows += ',';
            // The generated ids are plain ASCII: no JSON escape needed.
            rows += "[\"" + ids.at(i) + "\"," + after.at(i) + ',' + before.at(i) + ']';
        }
        rows += ']';
        QString commit;
        bool ok = pg.exec("BEGIN") && pg.run("kt_commit", { model, "bench" }, &commit);
        const QByteArray commitId = commit.toUtf8();
        ok = ok && pg.run("kt_update", { rows, model })
            && pg.run("kt_audit", { commitId, model, rows })
            && pg.run("kt_head", { commitId, model });
        benchmark.check(ok && pg.exec("COMMIT"), fail(u"the commit's floor"_s));
        if (!ok)
            pg.exec("ROLLBACK");
    };
    results.append(benchmark.measure(names.at(2), size,
        [&]() {
            RepoCommitResult result;
            benchmark.check(repo.commit(base, turn++ % 2 ? original : changedModel,
                                u"bench"_s, result),
                repo.errorString());
            benchmark.check(result.written == changed && result.conflicts.isEmpty(),
                u"the commit wrote %1 objects of %2"_s.arg(result.written).arg(changed));
            base = std::move(result.current);
        },
        { u"libpq: one UPDATE of the same rows and one INSERT of their audit rows from a JSON array, one transaction"_s,
            [&]() { commitFloor(ids.size()); } }));

    // A change seen by another open client: one element renamed and committed, timed
    // from the commit call to a RepoWatcher in another thread hearing it; the floor is
    // NOTIFY on one libpq connection heard by LISTEN on another.
    if (notifyWanted) {
        WatcherThread watcher;
        QString error;
        benchmark.check(watcher.open(url, &error), error);
        Pg listener(server.socketDir());
        benchmark.check(listener.ok() && listener.exec("LISTEN kt_bench_floor"), listener.error());
        // The other client: its own connection and its checkout, which it brings up to
        // the commit it hears of (changesSince + applyDelta, as an open editor does).
        Repository other;
        RepoCheckout otherBase;
        benchmark.check(other.open(url) && other.checkout(u"bench commit"_s, otherBase),
            other.errorString());
        const QString firstName = base.data.elements.at(0).name;
        const auto product = [&](int run) {
            ModelData mine = base.data;
            const QString name = firstName + u" (seen %1)"_s.arg(run);
            elementAt(mine, 0).name = name;
            RepoCommitResult result;
            const Clock::time_point start = Clock::now();
            const bool committed = repo.commit(base, mine, u"bench"_s, result);
            benchmark.check(committed && result.written == 1, repo.errorString());
            base = std::move(result.current);
            const std::optional<Clock::time_point> heard = watcher.arrival(result.commitId);
            benchmark.check(heard.has_value(), u"the watcher did not hear the commit"_s);
            RepoDelta delta;
            QString error;
            benchmark.check(other.changesSince(u"bench commit"_s, otherBase.head, delta)
                    && applyDelta(otherBase, delta, &error),
                other.errorString() + error);
            const Clock::time_point seen = Clock::now();
            benchmark.check(otherBase.head == result.commitId
                    && otherBase.data.elements.at(0).name == name,
                u"the other client does not see the change"_s);
            return heard ? msBetween(start, seen) : 0.0;
        };
        const auto floor = [&]() {
            const Clock::time_point start = Clock::now();
            bool ok = pg.exec("NOTIFY kt_bench_floor, 'x'");
            bool heard = false;
            while (ok && !heard) {
                ok = PQconsumeInput(listener.conn()) == 1;
                while (PGnotify *notify = PQnotifies(listener.conn())) {
                    heard = true;
                    PQfreemem(notify);
                }
                if (heard)
                    break;
                pollfd fd { PQsocket(listener.conn()), POLLIN, 0 };
                ok = ok && poll(&fd, 1, 5000) == 1;
            }
            benchmark.check(heard, fail(u"the NOTIFY floor"_s));
            return msBetween(start, Clock::now());
        };
        results.append(benchmark.measureTimed(names.at(3), size, product,
            u"libpq NOTIFY heard by LISTEN on another connection"_s, floor));
    }

    results.append(benchRepoEditor(benchmark, size, data, url, commitFloor));

    QJsonArray array;
    for (const Measurement &m : std::as_const(results))
        if (!m.operation.isEmpty())
            array.append(m.toJson());
    return { { u"results"_s, array } };
}

} // namespace kt::bench
