#pragma once

#include "pgserver.h"

#include <model/repo/repository.h>

#include <QString>

namespace kt::test {

// The team the editor's repository tests work with, in a new repository (database) on
// the test's server: alice and bob (kt_editor) and olga (kt_reader). Empty on success,
// else what failed.
inline QString createTeamRepository(PgServer &server, const QString &database)
{
    QString error = server.superSql(QStringLiteral("CREATE DATABASE %1").arg(database));
    if (!error.isEmpty())
        return error;
    Repository admin;
    if (!admin.open(server.url(QStringLiteral("kt_test"), database), false) || !admin.init())
        return admin.errorString();
    for (const char *sql : { "CREATE ROLE alice LOGIN IN ROLE kt_editor",
                             "CREATE ROLE bob LOGIN IN ROLE kt_editor",
                             "CREATE ROLE olga LOGIN IN ROLE kt_reader" }) {
        error = server.superSql(QString::fromLatin1(sql));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace kt::test
