#pragma once

#include "../core/result.h"
#include "../types/view.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace kt {

// The tables of a .ktm file, by file format version, and the migrations that bring
// a file of an older version up to the current one.
//
// The DDL of version 1 is frozen: a change to the tables is a new migration, and a
// new file is created by the version 1 DDL followed by every migration, so that a
// new file and a migrated old file always have the same tables.
class KtmSchema
{
    Q_DECLARE_TR_FUNCTIONS(kt::KtmSchema)

public:
    static constexpr int FirstVersion = 1;
    static constexpr int LatestVersion = 6;

    // The statements that create the (empty) tables of a file of that version
    // (FirstVersion..LatestVersion); empty for any other version.
    static QStringList createStatements(int version);
    // createStatements() split in two: the tables, and the indexes that a save makes
    // once the rows are in (building an index from all its rows at once is several
    // times faster than growing it row by row).
    static QStringList tableStatements(int version);
    static QStringList indexStatements(int version);

    // Brings the open, writable database of file format fromVersion up to
    // LatestVersion in one transaction, including its user_version. Returns the
    // version reached, or the SQLite message when a statement failed (the database
    // is then left as it was).
    static Result<int> migrate(QSqlDatabase &db, int fromVersion);

    // "PRAGMA user_version = n": a pragma takes no bound value, so the number (always
    // one of our own constants, never file content) is written into the statement.
    static QString userVersionStatement(int version);

    // The words stored for the kinds of views and nodes: model/types/kindnames.h.
};

} // namespace kt
