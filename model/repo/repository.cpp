#include "repository.h"
#include "reposchema.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QAtomicInt connectionCounter;

// SQLSTATE insufficient_privilege: the server refused by the role's grants.
const QString InsufficientPrivilege = u"42501"_s;

} // namespace

Repository::Repository()
    : m_connection(u"kientruc-repo-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Repository::~Repository()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Repository::open(const QString &url, bool checkSchema)
{
    m_error.clear();
    const Result<RepoUrl> parsed = RepoUrl::parse(url);
    if (!parsed)
        return fail(parsed.error());
    m_url = parsed.value();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return fail(tr("Cannot connect to %1: Qt's PostgreSQL driver (QPSQL, the Debian "
                       "package libqt6sql6-psql) is not installed.")
                        .arg(m_url.display()));
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    m_url.configure(m_db, u"kientruc"_s);
    if (!m_db.open()) {
        const QString reason = m_db.lastError().databaseText().trimmed();
        QString sslmode;
        for (const QString &option : m_url.options.split(u';'))
            if (option.startsWith(u"sslmode="))
                sslmode = option.mid(8);
        // libpq's words for a server without TLS asked for it.
        if (!sslmode.isEmpty() && reason.contains(u"SSL"))
            return fail(tr("Cannot connect to %1: the URL requires an encrypted connection "
                           "(sslmode=%2) and the server refused it or does not offer it (%3). "
                           "The server's administrator turns TLS on (ssl = on in "
                           "postgresql.conf, with its certificate).")
                            .arg(m_url.display(), sslmode, reason));
        // libpq's words (kept in the message: the editor's prompt looks for them).
        const QString user = m_url.user.isEmpty() ? tr("this user") : m_url.user;
        if (reason.contains(u"no password supplied"))
            return fail(tr("Cannot connect to %1: the server needs a password for %2 and none "
                           "was given (%3). Give it in the environment variable PGPASSWORD or "
                           "in the PostgreSQL password file ~/.pgpass "
                           "(host:port:database:user:password, readable only by you).")
                            .arg(m_url.display(), user, reason));
        if (reason.contains(u"password authentication failed"))
            return fail(tr("Cannot connect to %1: the server refused the password given for %2: "
                           "it is wrong, or the role has none (%3).")
                            .arg(m_url.display(), user, reason));
        return fail(tr("Cannot connect to %1: %2").arg(m_url.display(), reason));
    }
    return !checkSchema || checkSchemaVersion();
}

bool Repository::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

QString Repository::currentUser()
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT current_user"_s);
    if (!exec(query, tr("reading the user")) || !query.next())
        return {};
    return query.value(0).toString();
}

bool Repository::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Repository::begin()
{
    m_inTransaction = m_db.transaction();
    return m_inTransaction;
}

bool Repository::beginSnapshot()
{
    if (!begin())
        return failQuery(m_db.lastError(), tr("starting a transaction"));
    if (!execText(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s,
                  tr("starting a transaction")))
        return rollback();
    return true;
}

bool Repository::checkCommitOf(qint64 model, const QString &name, qint64 commit,
                               const QString &what)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM kientruc.commits WHERE id = ? AND model = ?"_s);
    query.addBindValue(commit);
    query.addBindValue(model);
    if (!exec(query, what))
        return false;
    if (query.next())
        return true;
    return fail(tr("The repository %1 holds no commit %2 of the model “%3” (`kientruc repo "
                   "log` lists them).")
                    .arg(m_url.display())
                    .arg(commit)
                    .arg(name));
}

bool Repository::insertRows(qint64 model, RepoObjectKind kind, const QString &json,
                            const QString &what)
{
    QSqlQuery *insert = statement(
        u"INSERT INTO %1 (model, id, view, position, version, fields) "
        "SELECT ?, o->>'id', o->>'view', CAST(o->>'position' AS bigint), 1, o->'fields' "
        "FROM jsonb_array_elements(CAST(? AS jsonb)) AS o"_s.arg(RepoSchema::tableOf(kind)),
        what);
    if (!insert)
        return false;
    insert->addBindValue(model);
    insert->addBindValue(json);
    return run(insert, what);
}

bool Repository::commitTransaction()
{
    m_inTransaction = false;
    return m_db.commit();
}

bool Repository::rollback()
{
    if (m_inTransaction)
        m_db.rollback();
    m_inTransaction = false;
    return false;
}

bool Repository::failQuery(const QSqlError &error, const QString &what)
{
    if (error.nativeErrorCode() == InsufficientPrivilege) {
        const QString user = m_url.user.isEmpty() ? tr("this user") : m_url.user;
        return fail(tr("%1: the server refused %2: %3 may not do this in the repository (its "
                       "role is not enough: an administrator grants kt_reader to those who read "
                       "the models, kt_editor to those who change them).")
                        .arg(m_url.display(), what, user));
    }
    // The server's sentence, without its "ERROR:" and the row it quotes.
    QString text = error.databaseText().trimmed().section(u'\n', 0, 0);
    if (text.startsWith(u"ERROR:"))
        text = text.mid(6).trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return fail(tr("%1: %2 failed: %3").arg(m_url.display(), what, text));
}

bool Repository::exec(QSqlQuery &query, const QString &what)
{
    // The server checks a statement's rights when it is prepared: a refusal is the
    // prepare()'s error (every exec here follows its prepare).
    if (query.lastError().isValid())
        return failQuery(query.lastError(), what);
    if (query.exec())
        return true;
    return failQuery(query.lastError(), what);
}

QSqlQuery *Repository::statement(const QString &sql, const QString &what)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql)) {
            failQuery(query->lastError(), what);
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second.get();
}

bool Repository::run(QSqlQuery *query, const QString &what)
{
    if (!query)
        return false;
    if (query->exec())
        return true;
    return failQuery(query->lastError(), what);
}

bool Repository::execText(const QString &sql, const QString &what)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    return failQuery(query.lastError(), what);
}

bool Repository::checkSchemaVersion()
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT to_regclass('kientruc.schema_version') IS NOT NULL"_s);
    if (!exec(query, tr("reading the repository's version")) || !query.next())
        return false;
    if (!query.value(0).toBool())
        return fail(tr("%1 holds no Kiến Trúc repository: create it with `kientruc repo init`.")
                        .arg(m_url.display()));
    query.prepare(u"SELECT max(version) FROM kientruc.schema_version"_s);
    if (!exec(query, tr("reading the repository's version")) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return fail(tr("The repository %1 is of version %2, newer than this program knows "
                       "(%3): update Kiến Trúc Studio.")
                        .arg(m_url.display())
                        .arg(version)
                        .arg(SchemaVersion));
    if (version < SchemaVersion)
        return fail(tr("The repository %1 is of the older version %2: an administrator "
                       "upgrades it with `kientruc repo init`.")
                        .arg(m_url.display())
                        .arg(version));
    return true;
}

bool Repository::init()
{
    m_error.clear();
    if (!begin())
        return failQuery(m_db.lastError(), tr("starting a transaction"));
    QSqlQuery query(m_db);
    query.prepare(u"SELECT to_regclass('kientruc.schema_version') IS NOT NULL"_s);
    if (!exec(query, tr("reading the repository's version")) || !query.next())
        return rollback();
    int version = 0;
    // Granting what is granted already is no news.
    if (!execText(u"SET LOCAL client_min_messages = warning"_s, tr("creating the repository")))
        return rollback();
    if (query.value(0).toBool()) {
        query.prepare(u"SELECT max(version) FROM kientruc.schema_version"_s);
        if (!exec(query, tr("reading the repository's version")) || !query.next())
            return rollback();
        version = query.value(0).toInt();
    }
    if (version > SchemaVersion) {
        rollback();
        return fail(tr("The repository %1 is of version %2, newer than this program knows "
                       "(%3): update Kiến Trúc Studio.")
                        .arg(m_url.display())
                        .arg(version)
                        .arg(SchemaVersion));
    }
    // A new repository is created as version 1 and migrated like any older one: one
    // path to the current schema.
    if (version == 0) {
        for (const QString &sql : RepoSchema::createStatements())
            if (!execText(sql, tr("creating the repository")))
                return rollback();
        version = 1;
    }
    for (const QString &sql : RepoSchema::migrationStatements(version))
        if (!execText(sql, tr("upgrading the repository from version %1").arg(version)))
            return rollback();
    for (const QString &sql : RepoSchema::grantStatements())
        if (!execText(sql, tr("creating the roles and their rights")))
            return rollback();
    if (!commitTransaction())
        return failQuery(m_db.lastError(), tr("creating the repository"));
    return true;
}

QStringList Repository::models()
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT name FROM kientruc.models ORDER BY name"_s);
    QStringList names;
    if (!exec(query, tr("listing the models")))
        return names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

qint64 Repository::modelKey(const QString &name, bool lock, bool *found)
{
    QSqlQuery query(m_db);
    query.prepare(lock ? u"SELECT id FROM kientruc.models WHERE name = ? FOR UPDATE"_s
                       : u"SELECT id FROM kientruc.models WHERE name = ?"_s);
    query.addBindValue(name);
    *found = false;
    if (!exec(query, tr("finding the model “%1”").arg(name))) {
        // Ended while the statement is still here: it is freed outside the failed
        // transaction.
        if (lock)
            rollback();
        return 0;
    }
    if (!query.next()) {
        fail(tr("The repository %1 holds no model “%2”.").arg(m_url.display(), name));
        return 0;
    }
    *found = true;
    return query.value(0).toLongLong();
}

bool Repository::publish(const ModelData &data, const QString &name, const QString &message,
                         RepoCheckout *out)
{
    m_error.clear();
    if (name.trimmed().isEmpty())
        return fail(tr("%1: a model needs a name to be published.").arg(m_url.display()));
    const QList<RepoObject> objects = RepoObjects::flatten(data);
    if (!begin())
        return failQuery(m_db.lastError(), tr("starting a transaction"));
    const QString what = tr("publishing the model “%1”").arg(name);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM kientruc.models WHERE name = ?"_s);
    query.addBindValue(name);
    if (!exec(query, what))
        return rollback();
    if (query.next()) {
        rollback();
        return fail(tr("The repository %1 already holds a model “%2”: check it out and commit "
                       "changes, or publish under another name with --model.")
                        .arg(m_url.display(), name));
    }
    query.prepare(u"INSERT INTO kientruc.models (name, object_id, version, fields) "
                  "VALUES (?, ?, 1, CAST(? AS jsonb)) RETURNING id"_s);
    query.addBindValue(name);
    query.addBindValue(objects.first().id);
    query.addBindValue(RepoSchema::fieldsText(objects.first().fields));
    if (!exec(query, what) || !query.next())
        return rollback();
    const qint64 model = query.value(0).toLongLong();
    query.prepare(u"INSERT INTO kientruc.commits (model, message) VALUES (?, ?) RETURNING id"_s);
    query.addBindValue(model);
    query.addBindValue(message.isNull() ? u""_s : message);
    if (!exec(query, what) || !query.next())
        return rollback();
    const qint64 commit = query.value(0).toLongLong();
    if (!audit(model, commit, RepoObjectKind::Model, objects.first().id, u"insert"_s, nullptr,
               &objects.first()))
        return rollback();
    if (!insertAll(model, commit, objects.mid(1)))
        return rollback();
    query.prepare(u"UPDATE kientruc.models SET head = ? WHERE id = ?"_s);
    query.addBindValue(commit);
    query.addBindValue(model);
    if (!exec(query, what) || !notifyCommit(name, commit, what))
        return rollback();
    if (!commitTransaction())
        return failQuery(m_db.lastError(), what);
    return !out || checkout(name, *out);
}

bool Repository::insertAll(qint64 model, qint64 commit, const QList<RepoObject> &objects)
{
    // One statement per kind and per few thousand objects, their values one jsonb array
    // parameter: a publication is a few round trips, not two per object.
    constexpr qsizetype Chunk = 2000;
    QHash<RepoObjectKind, QJsonArray> rows;
    qint64 position = 0;
    const QString what = tr("publishing the model");
    const auto flush = [&](RepoObjectKind kind) {
        QJsonArray &array = rows[kind];
        if (array.isEmpty())
            return true;
        const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        array = QJsonArray();
        if (!insertRows(model, kind, json, what))
            return false;
        QSqlQuery *audit = statement(
            u"INSERT INTO kientruc.audit (commit_id, model, kind, object_id, view, action, new) "
            "SELECT ?, ?, ?, o->>'id', o->>'view', 'insert', "
            "o->'fields' || jsonb_build_object('position', o->>'position') "
            "FROM jsonb_array_elements(CAST(? AS jsonb)) AS o"_s,
            what);
        if (!audit)
            return false;
        audit->addBindValue(commit);
        audit->addBindValue(model);
        audit->addBindValue(RepoObjects::kindName(kind));
        audit->addBindValue(json);
        return run(audit, what);
    };
    for (const RepoObject &o : objects) {
        QJsonObject fields;
        for (auto it = o.fields.cbegin(); it != o.fields.cend(); ++it)
            fields.insert(it.key(), it.value());
        QJsonObject row { { u"id"_s, o.id }, { u"position"_s, QString::number(position++) },
                          { u"fields"_s, fields } };
        if (!o.view.isEmpty())
            row.insert(u"view"_s, o.view);
        QJsonArray &array = rows[o.kind];
        array.append(row);
        if (array.size() >= Chunk && !flush(o.kind))
            return false;
    }
    for (const RepoObjectKind kind : RepoSchema::objectKinds())
        if (!flush(kind))
            return false;
    return true;
}

bool Repository::readObjects(qint64 model, QList<RepoObject> &objects,
                             QHash<QString, qint64> &versions, QHash<QString, qint64> &positions)
{
    // A view's nodes and connections follow it, each in its order.
    QHash<QString, QList<RepoObject>> nodes, connections;
    QList<RepoObject> viewsInOrder;
    for (const RepoObjectKind kind : RepoSchema::objectKinds()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT id, view, version, fields, position FROM %1 WHERE model = ? "
                      "ORDER BY position, id"_s.arg(RepoSchema::tableOf(kind)));
        query.addBindValue(model);
        if (!exec(query, tr("reading the %1s").arg(RepoObjects::kindName(kind))))
            return false;
        while (query.next()) {
            RepoObject o { kind, query.value(0).toString(), query.value(1).toString(),
                           RepoSchema::fieldsFrom(query.value(3).toString()) };
            versions.insert(o.key(), query.value(2).toLongLong());
            positions.insert(o.key(), query.value(4).toLongLong());
            if (kind == RepoObjectKind::Node)
                nodes[o.view].append(std::move(o));
            else if (kind == RepoObjectKind::Connection)
                connections[o.view].append(std::move(o));
            else if (kind == RepoObjectKind::View)
                viewsInOrder.append(std::move(o));
            else
                objects.append(std::move(o));
        }
    }
    for (RepoObject &view : viewsInOrder) {
        const QString id = view.id;
        objects.append(std::move(view));
        objects.append(nodes.take(id));
        objects.append(connections.take(id));
    }
    if (!nodes.isEmpty() || !connections.isEmpty())
        return fail(tr("%1: the repository holds nodes or connections of a view it does not "
                       "hold.")
                        .arg(m_url.display()));
    return true;
}

bool Repository::checkout(const QString &name, RepoCheckout &out)
{
    m_error.clear();
    if (!beginSnapshot())
        return false;
    const QString what = tr("reading the model “%1”").arg(name);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, object_id, version, fields, head FROM kientruc.models "
                  "WHERE name = ?"_s);
    query.addBindValue(name);
    if (!exec(query, what))
        return rollback();
    if (!query.next()) {
        rollback();
        return fail(tr("The repository %1 holds no model “%2”.").arg(m_url.display(), name));
    }
    const qint64 model = query.value(0).toLongLong();
    RepoCheckout result;
    result.modelName = name;
    result.head = query.value(4).toLongLong();
    QList<RepoObject> objects { RepoObject { RepoObjectKind::Model, query.value(1).toString(), {},
                                             RepoSchema::fieldsFrom(query.value(3).toString()) } };
    result.versions.insert(objects.first().key(), query.value(2).toLongLong());
    if (!readObjects(model, objects, result.versions, result.positions))
        return rollback();
    commitTransaction();
    Result<ModelData> data = RepoObjects::assemble(objects);
    if (!data)
        return fail(tr("%1, model “%2”: %3").arg(m_url.display(), name, data.error()));
    result.data = std::move(data).value();
    out = std::move(result);
    return true;
}

bool Repository::log(const QString &name, QList<RepoCommitInfo> &out)
{
    m_error.clear();
    bool found = false;
    const qint64 model = modelKey(name, false, &found);
    if (!found)
        return false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.id, c.who, c.at, c.message, a.kind, a.object_id, a.action, "
                  "a.old, a.new FROM kientruc.commits c "
                  "LEFT JOIN kientruc.audit a ON a.commit_id = c.id "
                  "WHERE c.model = ? ORDER BY c.id, a.id"_s);
    query.addBindValue(model);
    if (!exec(query, tr("reading the history of “%1”").arg(name)))
        return false;
    QList<RepoCommitInfo> commits;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (commits.isEmpty() || commits.constLast().id != id)
            commits.append(RepoCommitInfo { id, query.value(1).toString(),
                                            query.value(2).toDateTime(),
                                            query.value(3).toString(), {} });
        if (query.value(4).isNull())
            continue;
        RepoChange change;
        change.kind = RepoSchema::kindFromName(query.value(4).toString());
        change.id = query.value(5).toString();
        change.action = query.value(6).toString();
        change.before = RepoSchema::fieldsFrom(query.value(7).toString());
        change.after = RepoSchema::fieldsFrom(query.value(8).toString());
        commits.last().changes.append(std::move(change));
    }
    out = std::move(commits);
    return true;
}

bool Repository::users(QList<RepoUser> &out)
{
    m_error.clear();
    // pg_has_role follows membership through the chain reader < editor < admin.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT r.rolname, CASE "
                  "WHEN pg_has_role(r.oid, 'kt_admin', 'USAGE') THEN 'admin' "
                  "WHEN pg_has_role(r.oid, 'kt_editor', 'USAGE') THEN 'editor' "
                  "ELSE 'reader' END FROM pg_roles r "
                  "WHERE r.rolcanlogin AND pg_has_role(r.oid, 'kt_reader', 'USAGE') "
                  "ORDER BY r.rolname"_s);
    if (!exec(query, tr("listing the users")))
        return false;
    out.clear();
    while (query.next())
        out.append(RepoUser { query.value(0).toString(), query.value(1).toString() });
    return true;
}

} // namespace kt
