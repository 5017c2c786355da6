#include "ktmschema.h"
#include "sqliteconnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Version 1, frozen.
//
// Owners (elements, relationships, views, nodes, connections) have an integer key,
// seq, given in model order: reading in order is a plain scan, and the rows that
// belong to an owner or refer to it hold that integer rather than the id text, which
// keeps the file small and makes every insert an append and every foreign key check
// an integer lookup (a text id of 39 characters per reference doubled the size and
// the time of a save). The ids of the model are kept beside seq, unique by an index
// of their own: a save makes the indexes after the rows (see indexStatements()),
// which sorts the ids once instead of inserting them one by one at random places.
//
// Foreign keys are DEFERRABLE INITIALLY DEFERRED so that they are checked once, at
// commit, whatever the order of the rows.
//
// The program never edits a file in place (a save writes a new file), so no index
// is made for child columns that only an ON DELETE would search (nodes.element,
// relationships.source, ...): each would slow every save down for nothing.
const QStringList &version1()
{
    static const QStringList statements = {
        uR"(CREATE TABLE model_info (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    documentation TEXT NOT NULL,
    framework TEXT NOT NULL,
    province TEXT NOT NULL,
    version_label TEXT NOT NULL,
    decision TEXT NOT NULL,
    decision_date TEXT,
    author TEXT NOT NULL
))"_s,
        uR"(CREATE TABLE model_properties (
    position INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    value TEXT NOT NULL
))"_s,
        uR"(CREATE TABLE elements (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    documentation TEXT NOT NULL
))"_s,
        uR"(CREATE TABLE element_properties (
    element INTEGER NOT NULL
        REFERENCES elements(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (element, key)
) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE element_extra_properties (
    element INTEGER NOT NULL
        REFERENCES elements(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (element, position)
) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE relationships (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    source INTEGER NOT NULL
        REFERENCES elements(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    target INTEGER NOT NULL
        REFERENCES elements(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    documentation TEXT NOT NULL
))"_s,
        uR"(CREATE TABLE relationship_properties (
    relationship INTEGER NOT NULL
        REFERENCES relationships(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (relationship, key)
) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE relationship_extra_properties (
    relationship INTEGER NOT NULL
        REFERENCES relationships(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (relationship, position)
) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE relationship_attributes (
    relationship INTEGER NOT NULL
        REFERENCES relationships(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (relationship, key)
) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE views (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    documentation TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('overall', 'component', 'free'))
))"_s,
        uR"(CREATE TABLE view_settings (
    view INTEGER NOT NULL
        REFERENCES views(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (view, key)
) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE view_properties (
    view INTEGER NOT NULL
        REFERENCES views(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (view, position)
) WITHOUT ROWID)"_s,
        // Node and connection ids are unique within their view; seq runs over the
        // nodes of every view, view after view, in paint order.
        uR"(CREATE TABLE nodes (
    seq INTEGER PRIMARY KEY,
    view INTEGER NOT NULL
        REFERENCES views(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('element', 'group', 'note')),
    element INTEGER
        REFERENCES elements(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    parent INTEGER
        REFERENCES nodes(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    label TEXT NOT NULL,
    layer TEXT NOT NULL,
    view_ref INTEGER
        REFERENCES views(seq) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    fill_color TEXT NOT NULL,
    line_color TEXT NOT NULL,
    font_name TEXT NOT NULL,
    font_size REAL NOT NULL,
    font_color TEXT NOT NULL
))"_s,
        uR"(CREATE TABLE connections (
    seq INTEGER PRIMARY KEY,
    view INTEGER NOT NULL
        REFERENCES views(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    id TEXT NOT NULL,
    relationship INTEGER
        REFERENCES relationships(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    source INTEGER NOT NULL
        REFERENCES nodes(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    target INTEGER NOT NULL
        REFERENCES nodes(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    fill_color TEXT NOT NULL,
    line_color TEXT NOT NULL,
    font_name TEXT NOT NULL,
    font_size REAL NOT NULL,
    font_color TEXT NOT NULL
))"_s,
        uR"(CREATE TABLE bendpoints (
    connection INTEGER NOT NULL
        REFERENCES connections(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    PRIMARY KEY (connection, position)
) WITHOUT ROWID)"_s,
        // The ids of the model; (view, id) also serves the foreign keys on view.
        u"CREATE UNIQUE INDEX elements_id ON elements (id)"_s,
        u"CREATE UNIQUE INDEX relationships_id ON relationships (id)"_s,
        u"CREATE UNIQUE INDEX views_id ON views (id)"_s,
        u"CREATE UNIQUE INDEX nodes_view_id ON nodes (view, id)"_s,
        u"CREATE UNIQUE INDEX connections_view_id ON connections (view, id)"_s,
    };
    return statements;
}

struct Migration
{
    int fromVersion;
    QStringList statements;
};

// In order; migration i takes a file from version FirstVersion + i to the next.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        // 1 -> 2: named snapshots of the model ("Phien ban 1.0") for the comparison;
        // data holds the snapshot, created is an ISO 8601 UTC time.
        {1,
         {uR"(CREATE TABLE baselines (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    data BLOB NOT NULL
))"_s}},
        // 2 -> 3: the text alignment ("left", "center", "right"; empty: the kind's)
        // and the line width (0: the type's) of the style of nodes and connections.
        {2,
         {u"ALTER TABLE nodes ADD COLUMN text_alignment TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE nodes ADD COLUMN line_width REAL NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE connections ADD COLUMN text_alignment TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE connections ADD COLUMN line_width REAL NOT NULL DEFAULT 0"_s}},
        // 3 -> 4: the legend and the title block as node kinds. SQLite cannot change
        // a CHECK constraint in place: the table is made again (migrate() turns the
        // foreign keys off around this, so that dropping the old table deletes
        // nothing that refers to it) and its index with it.
        {3,
         {uR"(CREATE TABLE nodes_4 (
    seq INTEGER PRIMARY KEY,
    view INTEGER NOT NULL
        REFERENCES views(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    id TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('element', 'group', 'note', 'legend', 'titleBlock')),
    element INTEGER
        REFERENCES elements(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    parent INTEGER
        REFERENCES nodes(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    label TEXT NOT NULL,
    layer TEXT NOT NULL,
    view_ref INTEGER
        REFERENCES views(seq) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    fill_color TEXT NOT NULL,
    line_color TEXT NOT NULL,
    font_name TEXT NOT NULL,
    font_size REAL NOT NULL,
    font_color TEXT NOT NULL,
    text_alignment TEXT NOT NULL DEFAULT '',
    line_width REAL NOT NULL DEFAULT 0
))"_s,
          u"INSERT INTO nodes_4 SELECT * FROM nodes"_s,
          u"DROP TABLE nodes"_s,
          u"ALTER TABLE nodes_4 RENAME TO nodes"_s,
          u"CREATE UNIQUE INDEX IF NOT EXISTS nodes_view_id ON nodes (view, id)"_s}},
        // 4 -> 5: what a baseline needs besides its snapshot (BaselineStore): a note,
        // its author, the counts shown in a list without reading the data, the
        // framework and the form of the data (BaselineCodec::FormatVersion; 0 for a
        // row of an earlier format, which no version of this program wrote). The
        // name is what users give and look a baseline up by: unique.
        {4,
         {u"ALTER TABLE baselines ADD COLUMN note TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE baselines ADD COLUMN author TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE baselines ADD COLUMN element_count INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE baselines ADD COLUMN relationship_count INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE baselines ADD COLUMN view_count INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE baselines ADD COLUMN framework TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE baselines ADD COLUMN format INTEGER NOT NULL DEFAULT 0"_s,
          u"CREATE UNIQUE INDEX baselines_name ON baselines (name)"_s}},
        // 5 -> 6: a relationship may end on a relationship (ArchiMate 3.1) and a
        // connection on a connection of its view. Each end is a row of one table or the
        // other, so source and target may now be null: SQLite cannot drop a NOT NULL in
        // place, so both tables are made again as in 3 -> 4 (the CHECKs hold exactly one
        // reference per end). A circle of ends is ModelCheck's to refuse.
        {5,
         {uR"(CREATE TABLE relationships_6 (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    source INTEGER
        REFERENCES elements(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    target INTEGER
        REFERENCES elements(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    documentation TEXT NOT NULL,
    source_relationship INTEGER
        REFERENCES relationships(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    target_relationship INTEGER
        REFERENCES relationships(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CHECK ((source IS NULL) <> (source_relationship IS NULL)),
    CHECK ((target IS NULL) <> (target_relationship IS NULL))
))"_s,
          u"INSERT INTO relationships_6 (seq, id, type, source, target, name, documentation) "
          u"SELECT seq, id, type, source, target, name, documentation FROM relationships"_s,
          u"DROP TABLE relationships"_s,
          u"ALTER TABLE relationships_6 RENAME TO relationships"_s,
          u"CREATE UNIQUE INDEX IF NOT EXISTS relationships_id ON relationships (id)"_s,
          uR"(CREATE TABLE connections_6 (
    seq INTEGER PRIMARY KEY,
    view INTEGER NOT NULL
        REFERENCES views(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    id TEXT NOT NULL,
    relationship INTEGER
        REFERENCES relationships(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    source INTEGER
        REFERENCES nodes(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    target INTEGER
        REFERENCES nodes(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    fill_color TEXT NOT NULL,
    line_color TEXT NOT NULL,
    font_name TEXT NOT NULL,
    font_size REAL NOT NULL,
    font_color TEXT NOT NULL,
    text_alignment TEXT NOT NULL DEFAULT '',
    line_width REAL NOT NULL DEFAULT 0,
    source_connection INTEGER
        REFERENCES connections(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    target_connection INTEGER
        REFERENCES connections(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CHECK ((source IS NULL) <> (source_connection IS NULL)),
    CHECK ((target IS NULL) <> (target_connection IS NULL))
))"_s,
          u"INSERT INTO connections_6 (seq, view, id, relationship, source, target, fill_color, "
          u"line_color, font_name, font_size, font_color, text_alignment, line_width) "
          u"SELECT seq, view, id, relationship, source, target, fill_color, line_color, "
          u"font_name, font_size, font_color, text_alignment, line_width FROM connections"_s,
          u"DROP TABLE connections"_s,
          u"ALTER TABLE connections_6 RENAME TO connections"_s,
          u"CREATE UNIQUE INDEX IF NOT EXISTS connections_view_id ON connections (view, id)"_s}},
    };
    return list;
}

} // namespace

static_assert(KtmSchema::LatestVersion > KtmSchema::FirstVersion);

QStringList KtmSchema::createStatements(int version)
{
    if (version < FirstVersion || version > LatestVersion)
        return {};
    QStringList statements = version1();
    for (const Migration &migration : migrations()) {
        if (migration.fromVersion < version)
            statements += migration.statements;
    }
    return statements;
}

static bool createsIndex(const QString &statement)
{
    return statement.startsWith(u"CREATE INDEX "_s)
            || statement.startsWith(u"CREATE UNIQUE INDEX "_s);
}

QStringList KtmSchema::tableStatements(int version)
{
    QStringList statements = createStatements(version);
    statements.removeIf(createsIndex);
    return statements;
}

QStringList KtmSchema::indexStatements(int version)
{
    QStringList statements = createStatements(version);
    statements.removeIf([](const QString &statement) { return !createsIndex(statement); });
    return statements;
}

QString KtmSchema::userVersionStatement(int version)
{
    return u"PRAGMA user_version = %1"_s.arg(version);
}

Result<int> KtmSchema::migrate(QSqlDatabase &db, int fromVersion)
{
    Q_ASSERT(migrations().size() == LatestVersion - FirstVersion);
    if (fromVersion < FirstVersion || fromVersion > LatestVersion)
        return Result<int>::failure(
                tr("there is no migration from file format %1").arg(fromVersion));
    if (fromVersion == LatestVersion)
        return LatestVersion;

    // Off outside the transaction (SQLite ignores the pragma inside one), on again
    // after it if it was on.
    QSqlQuery query(db);
    const bool foreignKeys = query.exec(u"PRAGMA foreign_keys"_s) && query.next()
            && query.value(0).toInt() == 1;
    query.finish();
    if (!query.exec(u"PRAGMA foreign_keys = OFF"_s))
        return Result<int>::failure(SqliteConnection::messageOf(query.lastError()));
    const auto restoreForeignKeys = qScopeGuard([&db, foreignKeys] {
        if (foreignKeys)
            QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
    });
    if (!db.transaction())
        return Result<int>::failure(SqliteConnection::messageOf(db.lastError()));
    const auto fail = [&db](const QSqlError &error) {
        db.rollback();
        return Result<int>::failure(SqliteConnection::messageOf(error));
    };
    for (const Migration &migration : migrations()) {
        if (migration.fromVersion < fromVersion)
            continue;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement))
                return fail(query.lastError());
        }
    }
    if (!query.exec(userVersionStatement(LatestVersion)))
        return fail(query.lastError());
    query.finish();
    if (!db.commit())
        return fail(db.lastError());
    return LatestVersion;
}

} // namespace kt
