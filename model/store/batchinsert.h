#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kt {

// Inserts rows into one table through one prepared multi-row INSERT
// ("VALUES (:v0, :v1), (:v2, :v3), ..."), executed once per RowsPerBatch rows; the
// rows left at the end go through one more statement made to their number. Values
// are always bound, never written into the SQL.
//
// Why: a model of 100,000 elements has over half a million rows, and Qt's own work
// per row would cost more than SQLite's. Qt adds about a microsecond to every
// execution of a statement, which a batch pays once per RowsPerBatch rows; and Qt 6
// formats a name for every value bound by position (bindValue(int)), which named
// placeholders, made once here, avoid. Together they halve the time of a save.
class BatchInsert
{
public:
    static constexpr int RowsPerBatch = 50;

    // table and columns are names of the schema (constants of the program).
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    // Adds a row (one value per column); false with the SQLite message in errorString()
    // when a batch could not be written.
    bool add(std::initializer_list<QVariant> row);
    // Writes the rows still pending.
    bool finish();
    QString errorString() const { return m_error; }

private:
    QString statement(int rows) const;
    bool prepare(QSqlQuery &query, int rows);
    bool run(QSqlQuery &query);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_placeholders; // ":v0", ":v1", ... for one batch
    QSqlQuery m_batch;
    bool m_prepared = false;
    QList<QVariant> m_pending;
    QString m_error;
};

} // namespace kt
