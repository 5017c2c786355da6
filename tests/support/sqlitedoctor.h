#pragma once

// Statements run on a file with SQLite directly (Qt's QSQLITE driver), as another
// tool would change it: the tests damage .ktm files this way.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace kt::test {

// Runs statements on a connection of its own (a change of the schema is seen only by
// the next connection); false, with a warning, at the first that fails.
inline bool executeSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst-sql-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Rows of a saved generated model (test::generatedModel) for statements to damage.
inline const QString FirstNode = QStringLiteral("(SELECT min(seq) FROM nodes)");
inline const QString FirstElementNode =
        QStringLiteral("(SELECT min(seq) FROM nodes WHERE kind = 'element')");
inline const QString FirstView = QStringLiteral("(SELECT view FROM nodes ORDER BY seq LIMIT 1)");
inline const QString LastNodeOfFirstView =
        QStringLiteral("(SELECT max(n.seq) FROM nodes n WHERE n.view = %1)").arg(FirstView);

} // namespace kt::test
