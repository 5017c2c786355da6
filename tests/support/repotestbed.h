#pragma once

#include "pgserver.h"
#include "repoexample.h"

#include <model/repo/repository.h>

#include <QList>
#include <QString>
#include <QtTest>

#include <utility>

namespace kt::test {

// The repository tests' common ground: one throw-away server (PgServer) per test
// program, a database holding a team repository, the users the tests work as, and the
// clients they open. Used by tests/repo/tst_repository, tst_repohistory, tst_repoeditor.
class RepoTestBed
{
public:
    // The users every repository test has: two editors and a reader.
    static QList<std::pair<QString, QString>> usualUsers()
    {
        return { { QStringLiteral("alice"), QStringLiteral("kt_editor") },
                 { QStringLiteral("bob"), QStringLiteral("kt_editor") },
                 { QStringLiteral("olga"), QStringLiteral("kt_reader") } };
    }

    PgServer &server() { return m_server; }
    const QString &database() const { return m_database; }
    QString url(const QString &user) const { return m_server.url(user, m_database); }
    QString url(const QString &user, const QString &database) const
    {
        return m_server.url(user, database);
    }

    // Creates the database (its repository too with init) on the started server; empty
    // on success, else the error.
    QString create(const QString &database, bool init = true)
    {
        m_database = database;
        const QString created = m_server.superSql(QStringLiteral("CREATE DATABASE \"%1\"").arg(database));
        if (!created.isEmpty() || !init)
            return created;
        Repository admin;
        if (!admin.open(url(QStringLiteral("kt_test")), false) || !admin.init())
            return admin.errorString();
        return {};
    }
    // Login roles, each member of a repository role (after init()); empty or the error.
    QString addUsers(const QList<std::pair<QString, QString>> &users)
    {
        for (const auto &[name, role] : users) {
            const QString sql = role.isEmpty()
                    ? QStringLiteral("CREATE ROLE %1 LOGIN").arg(name)
                    : QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(name, role);
            if (const QString error = m_server.superSql(sql); !error.isEmpty())
                return error;
        }
        return {};
    }

    // Opens a client as user (the test fails otherwise).
    bool open(Repository &repo, const QString &user) const
    {
        if (repo.open(url(user)))
            return true;
        qWarning("%s", qPrintable(repo.errorString()));
        return false;
    }
    // A client's checkout of the model as user: another user's view of it.
    bool checkout(const QString &user, const QString &model, RepoCheckout &out) const
    {
        Repository repo;
        if (open(repo, user) && repo.checkout(model, out))
            return true;
        qWarning("%s", qPrintable(repo.errorString()));
        return false;
    }
    // Publishes the example model (repoExample()) as user under name.
    bool publishExample(const QString &name, const QString &user = QStringLiteral("alice"),
                        RepoCheckout *out = nullptr) const
    {
        Repository repo;
        if (open(repo, user) && repo.publish(repoExample(), name, QStringLiteral("first"), out))
            return true;
        qWarning("%s", qPrintable(repo.errorString()));
        return false;
    }

    void stop() { m_server.stop(); }

private:
    PgServer m_server;
    QString m_database;
};

} // namespace kt::test

// In initTestCase: starts the bed's server, or skips every test with the reason when
// PostgreSQL or the QPSQL driver is not installed; then the database (with its
// repository) and the users.
#define KT_START_REPO_OR_SKIP(bed, databaseName, users)                                  \
    do {                                                                                 \
        KT_START_PG_OR_SKIP((bed).server());                                             \
        const QString kt_created = (bed).create(databaseName);                           \
        QVERIFY2(kt_created.isEmpty(), qPrintable(kt_created));                          \
        const QString kt_users = (bed).addUsers(users);                                  \
        QVERIFY2(kt_users.isEmpty(), qPrintable(kt_users));                              \
    } while (false)
