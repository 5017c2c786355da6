#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace kt::test {

// A throw-away PostgreSQL server for one test program (tests/support/pgserver.sh):
// initdb in a new folder under KT_PG_ROOT (ctest sets it; its cleanup fixture stops
// what a crashed test left) or the temporary folder, listening only on a Unix socket
// there; stopped and removed by the destructor. The superuser is kt_test, trusted.
class PgServer
{
public:
    enum class Status { Started, Missing, Failed };

    PgServer() = default;
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;
    ~PgServer() { stop(); }

    // Missing (why: the reason to skip) when the server programs or Qt's QPSQL driver
    // are not installed. With a port, the server also listens on 127.0.0.1:port (TCP,
    // without TLS); Failed when the port is taken. With passwordRole (and a port), that
    // role's TCP connections must give its password (scram-sha-256; the test creates the
    // role WITH PASSWORD); everything else stays trusted.
    Status start(QString *why, int port = 0, const QString &passwordRole = {})
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *why = QStringLiteral("Qt's PostgreSQL driver QPSQL is not installed "
                                  "(Debian: libqt6sql6-psql; scripts/install-deps.sh)");
            return Status::Missing;
        }
        QString root = qEnvironmentVariable("KT_PG_ROOT");
        if (root.isEmpty())
            root = QDir::tempPath();
        QDir().mkpath(root);
        QTemporaryDir dir(root + QStringLiteral("/ktpg-XXXXXX"));
        dir.setAutoRemove(false);
        if (!dir.isValid()) {
            *why = QStringLiteral("cannot create a folder under %1").arg(root);
            return Status::Failed;
        }
        QProcess script;
        QStringList arguments { scriptPath(), QStringLiteral("start"), dir.path() };
        if (port > 0)
            arguments.append(QString::number(port));
        if (port > 0 && !passwordRole.isEmpty())
            arguments.append(passwordRole);
        script.start(QStringLiteral("bash"), arguments);
        script.waitForFinished(120000);
        if (script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
            *why = QString::fromLocal8Bit(script.readAllStandardError()).trimmed();
            QDir(dir.path()).removeRecursively();
            return script.exitCode() == 3 ? Status::Missing : Status::Failed;
        }
        m_dir = dir.path();
        m_port = port;
        return Status::Started;
    }

    void stop()
    {
        if (m_dir.isEmpty())
            return;
        QSqlDatabase::removeDatabase(QStringLiteral("kt-pg-superuser"));
        QProcess::execute(QStringLiteral("bash"), { scriptPath(), QStringLiteral("stop"), m_dir });
        m_dir.clear();
    }

    QString socketDir() const { return m_dir; }
    QString url(const QString &user, const QString &database) const
    {
        const QString url = QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, m_dir);
        return m_port > 0 ? url + QStringLiteral("&port=%1").arg(m_port) : url;
    }
    // Over TCP on the loopback (a server started with a port).
    QString tcpUrl(const QString &user, const QString &database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
    }

    // Runs SQL as the superuser on database (empty: postgres); empty on success, else the error.
    QString superSql(const QString &sql, const QString &database = {})
    {
        const QString name = QStringLiteral("kt-pg-superuser");
        {
            QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                           : QSqlDatabase::addDatabase(
                                                                 QStringLiteral("QPSQL"), name);
            const QString wanted = database.isEmpty() ? QStringLiteral("postgres") : database;
            if (db.databaseName() != wanted || !db.isOpen()) {
                db.close();
                db.setHostName(m_dir);
                if (m_port > 0)
                    db.setPort(m_port);
                db.setUserName(QStringLiteral("kt_test"));
                db.setDatabaseName(wanted);
                if (!db.open())
                    return db.lastError().text();
            }
            QSqlQuery query(db);
            if (!query.exec(sql))
                return query.lastError().text();
        }
        return {};
    }

private:
    static QString scriptPath()
    {
        return QStringLiteral(KT_SOURCE_DIR "/tests/support/pgserver.sh");
    }

    QString m_dir;
    int m_port = 0;
};

} // namespace kt::test

// In initTestCase: starts server (a PgServer member), or skips every test with the
// reason when PostgreSQL or the QPSQL driver is not installed.
#define KT_START_PG_OR_SKIP(server)                                                      \
    do {                                                                                 \
        QString kt_why;                                                                  \
        const auto kt_status = (server).start(&kt_why);                                  \
        if (kt_status == kt::test::PgServer::Status::Missing)                            \
            QSKIP(qPrintable(u"no PostgreSQL for the repository tests: "_s + kt_why));    \
        QVERIFY2(kt_status == kt::test::PgServer::Status::Started, qPrintable(kt_why));  \
    } while (false)
