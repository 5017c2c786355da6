#include "batchinsert.h"
#include "sqliteconnection.h"

#include <QSqlError>

namespace kt {

using namespace Qt::StringLiterals;

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_db(db), m_table(table), m_columns(columns), m_batch(db)
{
    const qsizetype values = RowsPerBatch * columns.size();
    m_pending.reserve(values);
    m_placeholders.reserve(values);
    for (qsizetype i = 0; i < values; ++i)
        m_placeholders.append(u":v"_s + QString::number(i));
}

QString BatchInsert::statement(int rows) const
{
    QStringList tuples;
    for (int row = 0; row < rows; ++row) {
        tuples.append(u'('
                      + m_placeholders.mid(row * m_columns.size(), m_columns.size()).join(u", "_s)
                      + u')');
    }
    return u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u", "_s))
            + tuples.join(u", "_s);
}

bool BatchInsert::prepare(QSqlQuery &query, int rows)
{
    if (query.prepare(statement(rows)))
        return true;
    m_error = SqliteConnection::messageOf(query.lastError());
    return false;
}

bool BatchInsert::run(QSqlQuery &query)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query.bindValue(m_placeholders.at(i), m_pending.at(i));
    m_pending.clear();
    if (query.exec())
        return true;
    m_error = SqliteConnection::messageOf(query.lastError());
    return false;
}

bool BatchInsert::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(qsizetype(row.size()) == m_columns.size());
    for (const QVariant &value : row)
        m_pending.append(value);
    if (m_pending.size() < RowsPerBatch * m_columns.size())
        return true;
    if (!m_prepared && !prepare(m_batch, RowsPerBatch))
        return false;
    m_prepared = true;
    return run(m_batch);
}

bool BatchInsert::finish()
{
    if (m_pending.isEmpty())
        return true;
    QSqlQuery tail(m_db);
    return prepare(tail, int(m_pending.size() / m_columns.size())) && run(tail);
}

} // namespace kt
