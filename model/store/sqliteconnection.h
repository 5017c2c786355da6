#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace kt {

// One QSQLITE connection under a name of its own, closed and removed from Qt's
// connection list when this object goes. Each save, load or migration uses its own,
// so that two documents (or two threads) never share a connection.
//
// Every QSqlQuery on the connection must be gone before this object is destroyed.
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(kt::SqliteConnection)

public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection(const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens the file; false with the driver's message in errorString() when it cannot.
    bool open();
    void close();
    QSqlDatabase &database() { return m_db; }
    QString errorString() const { return m_error; }

    // SQLite's own words for an error, without the driver's "Unable to fetch row".
    static QString messageOf(const QSqlError &error);

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace kt
