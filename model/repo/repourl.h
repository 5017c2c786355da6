#pragma once

#include "../core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kt {

// A PostgreSQL connection URI as libpq reads it:
// postgresql://[user[:password]@][host][:port][/database][?host=/socket/dir&sslmode=...].
// The program never stores a password: libpq finds it in PGPASSWORD or ~/.pgpass
// (a password written in the URI is used for that connection only, and never shown).
struct RepoUrl
{
    Q_DECLARE_TR_FUNCTIONS(kt::RepoUrl)

public:
    QString host; // a name, an address, or a Unix socket folder (starting with '/')
    int port = -1;
    QString database;
    QString user;
    QString password;
    QString options; // the other query parameters, for QSqlDatabase::setConnectOptions

    static Result<RepoUrl> parse(const QString &text);
    // The URI without its password, for messages.
    QString display() const;
    // Sets the connection's parameters (not yet opened), named applicationName on the
    // server (pg_stat_activity).
    void configure(QSqlDatabase &db, const QString &applicationName) const;
};

} // namespace kt
