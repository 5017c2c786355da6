#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace kt {

// A prepared statement of the plain SQLite C API, read row by row. KtmReader reads
// through it rather than QSqlQuery: Qt turns every value into a QVariant and every
// text into UTF-16 inside SQLite, which made opening a big model cost several times
// what SQLite itself spends (see docs/PERFORMANCE.md).
class SqliteStatement
{
public:
    // Prepares sql (UTF-8) on db; isValid() says whether that worked.
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Steps to the next row: false at the end and on an error (hasError() tells).
    bool next();
    bool hasError() const { return m_failed; }
    // SQLite's message for the last error of the connection.
    QString errorString() const;

    bool isNull(int column) const;
    // True when the column holds an integer or a real (not NULL, text or a blob).
    bool isNumber(int column) const;
    QString columnName(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const; // a null QString for NULL

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace kt
