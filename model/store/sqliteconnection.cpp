#include "sqliteconnection.h"

#include <QSqlError>
#include <QUuid>

namespace kt {

using namespace Qt::StringLiterals;

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
    : m_name(u"kt-ktm-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    // Read-only at the SQLite level too, so that reading can never write the file
    // (not even by rolling back a journal it finds beside it).
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
}

SqliteConnection::~SqliteConnection()
{
    close();
    // The handle must be released before the connection can be removed.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::open()
{
    if (!m_db.isValid()) {
        m_error = tr("The SQLite driver (QSQLITE) is not available.");
        return false;
    }
    if (m_db.open())
        return true;
    m_error = messageOf(m_db.lastError());
    return false;
}

QString SqliteConnection::messageOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

void SqliteConnection::close()
{
    if (m_db.isOpen())
        m_db.close();
}

} // namespace kt
