#pragma once

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

    // Writes the rows of source into a new file target: the same tables, one
    // prepared INSERT per table stepped once per row with the values bound from a
    // SELECT of the source, in one transaction, then the same indexes; synced to
    // the disk, as a save is. The journal and sync settings are those of KtmStore.
    static bool copyAll(const QString &source, const QString &target, QString *error);

    static QString version();
};

} // namespace kt::bench
