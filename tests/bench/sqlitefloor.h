#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kt::bench {

// The floors of the .ktm store, with the plain SQLite C API (prepared statements,
// no Qt in between): what any program reading or writing the same rows must spend.
class SqliteFloor
{
public:
    // Reads every column of every row of every table of the file. Returns the
    // number of rows read, or -1 with the message in *error.
    static qint64 readAll(const QString &path, QString *error);

    // Page size of the floor's files: 16 KiB pages made a save of M 8% faster than
    // SQLite's default of 4 KiB, which KtmStore keeps (docs/PERFORMANCE.md); the
    // floor takes the faster. The tables, rows and indexes are the same.
    static constexpr int PageSize = 16384;

    // One value of a row, its text or blob in TableRows::bytes.
    struct Value
    {
        int type = 0; // SQLITE_INTEGER ... SQLITE_NULL
        union {
            qint64 integer = 0;
            double real;
            struct
            {
                quint32 offset;
                quint32 length;
            };
        };
    };
    struct TableRows
    {
        QByteArray name;
        QByteArray create; // the CREATE TABLE statement
        int columns = 0;
        QList<Value> values; // row after row
        QByteArray bytes;
    };
    // The content of a .ktm file in memory, as a save has its model in memory.
    struct FileRows
    {
        QList<TableRows> tables; // in file order
        QList<QByteArray> indexes; // CREATE INDEX statements
        QList<QByteArray> pragmas; // application_id, user_version
    };

    // Reads the tables, rows, indexes and identifying pragmas of a file.
    static bool loadRows(const QString &path, FileRows *out, QString *error);

    // The floor of a save: writes the rows into a new file target with the best
    // settings any writer of a new SQLite file could use (no journal, no syncs by
    // SQLite, no foreign key checks, a cache as big as the file, an exclusive lock,
    // one transaction, one prepared INSERT per table stepped once per row with the
    // values bound in place), the indexes built after the rows; then the file and its
    // folder synced, as a save syncs them. Nothing is read while writing.
    static bool writeAll(const FileRows &rows, const QString &target, QString *error);

    // The lowest floor of a save: the bytes of a finished file written to target
    // with one write, then the file and its folder synced.
    static bool writeBytes(const QByteArray &bytes, const QString &target, QString *error);

    // The floor of adding a baseline: the same compressed bytes written as one blob
    // into a new SQLite file (one table, one prepared INSERT, one transaction, no
    // journal), then the file and its folder synced.
    static bool writeBlob(const QByteArray &blob, const QString &target, QString *error);

    static QString version();

private:
    static bool syncFile(const QString &path, QString *error);
    static bool syncFolder(const QString &path, QString *error);
};

} // namespace kt::bench
