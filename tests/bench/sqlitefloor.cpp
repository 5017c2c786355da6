#include "sqlitefloor.h"

#include <QFile>
#include <QList>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

// Closes what it holds when it goes.
struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

struct Database
{
    sqlite3 *handle = nullptr;
    ~Database() { sqlite3_close(handle); }
};

bool failed(sqlite3 *db, QString *error)
{
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

bool open(const QString &path, int flags, Database *db, QString *error)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db->handle, flags, nullptr)
        == SQLITE_OK)
        return true;
    return failed(db->handle, error);
}

bool prepare(sqlite3 *db, const QByteArray &sql, Statement *statement, QString *error)
{
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement->handle, nullptr)
        == SQLITE_OK)
        return true;
    return failed(db, error);
}

bool exec(sqlite3 *db, const QByteArray &sql, QString *error)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK
        || failed(db, error);
}

// The CREATE statements of the tables (or of the indexes) of a file, in file order.
bool schema(
    sqlite3 *db, const char *type, QList<std::pair<QByteArray, QByteArray>> *out, QString *error)
{
    Statement query;
    if (!prepare(db,
            "SELECT name, sql FROM sqlite_schema WHERE type = ?1 AND sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
            &query, error))
        return false;
    sqlite3_bind_text(query.handle, 1, type, -1, SQLITE_STATIC);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(query.handle)) == SQLITE_ROW)
        out->append(
            { QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query.handle, 0))),
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query.handle, 1))) });
    return rc == SQLITE_DONE || failed(db, error);
}

QByteArray quoted(const QByteArray &name)
{
    return '"' + name + '"';
}

} // namespace

qint64 SqliteFloor::readAll(const QString &path, QString *error)
{
    Database db;
    if (!open(path, SQLITE_OPEN_READONLY, &db, error))
        return -1;
    QList<std::pair<QByteArray, QByteArray>> tables;
    if (!schema(db.handle, "table", &tables, error))
        return -1;
    qint64 rows = 0;
    quint64 sum = 0; // every value is touched, and the sum kept, so that none is skipped
    for (const auto &[table, sql] : tables) {
        Statement select;
        if (!prepare(db.handle, "SELECT * FROM " + quoted(table), &select, error))
            return -1;
        const int columns = sqlite3_column_count(select.handle);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(select.handle, c)) {
                case SQLITE_INTEGER:
                    sum += quint64(sqlite3_column_int64(select.handle, c));
                    break;
                case SQLITE_FLOAT:
                    sum += quint64(sqlite3_column_double(select.handle, c));
                    break;
                case SQLITE_TEXT: {
                    const unsigned char *text = sqlite3_column_text(select.handle, c);
                    const int bytes = sqlite3_column_bytes(select.handle, c);
                    sum += bytes > 0 ? text[0] + quint64(bytes) : 0;
                    break;
                }
                case SQLITE_BLOB:
                    sum += quint64(sqlite3_column_bytes(select.handle, c));
                    break;
                default:
                    break;
                }
            }
        }
        if (rc != SQLITE_DONE) {
            failed(db.handle, error);
            return -1;
        }
    }
    [[maybe_unused]] static volatile quint64 sink;
    sink = sum;
    return rows;
}

bool SqliteFloor::copyAll(const QString &source, const QString &target, QString *error)
{
    QFile::remove(target);
    Database from;
    Database to;
    if (!open(source, SQLITE_OPEN_READONLY, &from, error)
        || !open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &to, error))
        return false;
    QList<std::pair<QByteArray, QByteArray>> tables;
    QList<std::pair<QByteArray, QByteArray>> indexes;
    if (!schema(from.handle, "table", &tables, error)
        || !schema(from.handle, "index", &indexes, error)
        || !exec(to.handle,
            "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; "
            "PRAGMA foreign_keys = ON; BEGIN",
            error))
        return false;
    // Every table first: a migrated file lists a table made again (nodes, format 4)
    // after the tables that refer to it, and a row must find its parent table.
    for (const auto &[table, sql] : tables)
        if (!exec(to.handle, sql, error))
            return false;
    for (const auto &[table, sql] : tables) {
        Statement select;
        if (!prepare(from.handle, "SELECT * FROM " + quoted(table), &select, error))
            return false;
        const int columns = sqlite3_column_count(select.handle);
        QByteArray insert = "INSERT INTO " + quoted(table) + " VALUES (";
        for (int c = 0; c < columns; ++c)
            insert += c ? ", ?" : "?";
        Statement add;
        if (!prepare(to.handle, insert + ')', &add, error))
            return false;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                sqlite3_bind_value(add.handle, c + 1, sqlite3_column_value(select.handle, c));
            if (sqlite3_step(add.handle) != SQLITE_DONE)
                return failed(to.handle, error);
            sqlite3_reset(add.handle);
        }
        if (rc != SQLITE_DONE)
            return failed(from.handle, error);
    }
    for (const auto &[index, sql] : indexes)
        if (!exec(to.handle, sql, error))
            return false;
    if (!exec(to.handle, "COMMIT", error))
        return false;
    sqlite3_close(to.handle);
    to.handle = nullptr;
#ifdef Q_OS_UNIX
    // KtmStore syncs the file it saved; so does the floor.
    const int fd = ::open(QFile::encodeName(target).constData(), O_RDWR | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
    return true;
}

QString SqliteFloor::version()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace kt::bench
