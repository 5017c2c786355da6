#include "sqlitefloor.h"

#include <QFile>
#include <QFileInfo>
#include <QList>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <cerrno>
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

bool SqliteFloor::loadRows(const QString &path, FileRows *out, QString *error)
{
    *out = FileRows();
    Database db;
    if (!open(path, SQLITE_OPEN_READONLY, &db, error))
        return false;
    QList<std::pair<QByteArray, QByteArray>> tables;
    QList<std::pair<QByteArray, QByteArray>> indexes;
    if (!schema(db.handle, "table", &tables, error) || !schema(db.handle, "index", &indexes, error))
        return false;
    for (const auto &[index, sql] : indexes)
        out->indexes.append(sql);
    for (const auto &[name, sql] : tables) {
        TableRows table;
        table.name = name;
        table.create = sql;
        Statement select;
        if (!prepare(db.handle, "SELECT * FROM " + quoted(name), &select, error))
            return false;
        table.columns = sqlite3_column_count(select.handle);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
            for (int c = 0; c < table.columns; ++c) {
                Value value;
                value.type = sqlite3_column_type(select.handle, c);
                switch (value.type) {
                case SQLITE_INTEGER:
                    value.integer = sqlite3_column_int64(select.handle, c);
                    break;
                case SQLITE_FLOAT:
                    value.real = sqlite3_column_double(select.handle, c);
                    break;
                case SQLITE_TEXT:
                case SQLITE_BLOB: {
                    const char *bytes = static_cast<const char *>(value.type == SQLITE_TEXT
                            ? static_cast<const void *>(sqlite3_column_text(select.handle, c))
                            : sqlite3_column_blob(select.handle, c));
                    value.offset = quint32(table.bytes.size());
                    value.length = quint32(sqlite3_column_bytes(select.handle, c));
                    table.bytes.append(bytes, value.length);
                    break;
                }
                default:
                    break;
                }
                table.values.append(value);
            }
        }
        if (rc != SQLITE_DONE)
            return failed(db.handle, error);
        out->tables.append(table);
    }
    // The identifying pragmas, which a save writes with the content.
    for (const char *pragma : { "PRAGMA application_id", "PRAGMA user_version" }) {
        Statement query;
        if (!prepare(db.handle, pragma, &query, error))
            return false;
        if (sqlite3_step(query.handle) == SQLITE_ROW)
            out->pragmas.append(QByteArray(pragma) + " = "
                + QByteArray::number(sqlite3_column_int64(query.handle, 0)));
    }
    return true;
}

bool SqliteFloor::writeAll(const FileRows &rows, const QString &target, QString *error)
{
    QFile::remove(target);
    Database to;
    if (!open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &to, error))
        return false;
    // The best any writer of a new file could ask for: no journal at all (nobody can
    // see the file before it is complete and synced), no syncs by SQLite (one fsync
    // at the end), no foreign key checks, a cache as big as the file, one lock held.
    if (!exec(to.handle,
            "PRAGMA page_size = " + QByteArray::number(PageSize)
                + "; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                  "PRAGMA locking_mode = EXCLUSIVE; PRAGMA foreign_keys = OFF; "
                  "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144; BEGIN",
            error))
        return false;
    for (const TableRows &table : rows.tables)
        if (!exec(to.handle, table.create, error))
            return false;
    for (const TableRows &table : rows.tables) {
        QByteArray insert = "INSERT INTO " + quoted(table.name) + " VALUES (";
        for (int c = 0; c < table.columns; ++c)
            insert += c ? ", ?" : "?";
        Statement add;
        if (!prepare(to.handle, insert + ')', &add, error))
            return false;
        const char *bytes = table.bytes.constData();
        for (qsizetype v = 0; v < table.values.size(); v += table.columns) {
            for (int c = 0; c < table.columns; ++c) {
                const Value &value = table.values.at(v + c);
                switch (value.type) {
                case SQLITE_INTEGER:
                    sqlite3_bind_int64(add.handle, c + 1, value.integer);
                    break;
                case SQLITE_FLOAT:
                    sqlite3_bind_double(add.handle, c + 1, value.real);
                    break;
                case SQLITE_TEXT:
                    sqlite3_bind_text(add.handle, c + 1, bytes + value.offset, int(value.length),
                        SQLITE_STATIC);
                    break;
                case SQLITE_BLOB:
                    sqlite3_bind_blob(add.handle, c + 1, bytes + value.offset, int(value.length),
                        SQLITE_STATIC);
                    break;
                default:
                    sqlite3_bind_null(add.handle, c + 1);
                    break;
                }
            }
            if (sqlite3_step(add.handle) != SQLITE_DONE)
                return failed(to.handle, error);
            sqlite3_reset(add.handle);
        }
    }
    // The indexes after the rows: one sort each rather than a search per row.
    for (const QByteArray &sql : rows.indexes)
        if (!exec(to.handle, sql, error))
            return false;
    for (const QByteArray &pragma : rows.pragmas)
        if (!exec(to.handle, pragma, error))
            return false;
    if (!exec(to.handle, "COMMIT", error))
        return false;
    sqlite3_close(to.handle);
    to.handle = nullptr;
    // KtmStore syncs the file it saved and its folder; so does the floor.
    return syncFile(target, error);
}

bool SqliteFloor::writeBytes(const QByteArray &bytes, const QString &target, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(target).constData(),
        O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = u"%1: %2"_s.arg(target, qt_error_string(errno));
        return false;
    }
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = u"%1: %2"_s.arg(target, qt_error_string(errno));
            ::close(fd);
            return false;
        }
        done += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) {
        *error = u"%1: %2"_s.arg(target, qt_error_string(errno));
        return false;
    }
    return syncFolder(target, error);
#else
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
#endif
}

bool SqliteFloor::writeBlob(const QByteArray &blob, const QString &target, QString *error)
{
    QFile::remove(target);
    sqlite3 *db = nullptr;
    const auto fail = [&]() {
        *error = u"%1: %2"_s.arg(target, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return false;
    };
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return fail();
    if (sqlite3_exec(db,
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN; "
            "CREATE TABLE b (data BLOB NOT NULL)",
            nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return fail();
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO b (data) VALUES (?)", -1, &insert, nullptr)
        != SQLITE_OK)
        return fail();
    const bool inserted
        = sqlite3_bind_blob64(insert, 1, blob.constData(), sqlite3_uint64(blob.size()),
              SQLITE_STATIC)
            == SQLITE_OK
        && sqlite3_step(insert) == SQLITE_DONE;
    sqlite3_finalize(insert);
    if (!inserted || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    sqlite3_close(db);
    return syncFile(target, error) && syncFolder(target, error);
}

bool SqliteFloor::syncFile(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = u"%1: %2"_s.arg(path, qt_error_string(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return syncFolder(path, error);
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
    return true;
#endif
}

bool SqliteFloor::syncFolder(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    // The folder's entry for a new file is durable only once the folder is synced.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = u"%1: %2"_s.arg(QString::fromLocal8Bit(folder), qt_error_string(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
#endif
    return true;
}

QString SqliteFloor::version()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace kt::bench
