#include "repourl.h"

#include <QUrl>
#include <QUrlQuery>

namespace kt {

using namespace Qt::StringLiterals;

Result<RepoUrl> RepoUrl::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return Result<RepoUrl>::failure(
            tr("“%1” is not a PostgreSQL connection URI (postgresql://user@host:port/database).")
                .arg(QUrl(text).toDisplayString(QUrl::RemovePassword)));
    RepoUrl result;
    result.host = url.host(QUrl::FullyDecoded);
    result.port = url.port(-1);
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.database = url.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            result.host = value;
        else if (key == u"port")
            result.port = value.toInt();
        else if (key == u"user")
            result.user = value;
        else if (key == u"dbname")
            result.database = value;
        else if (key == u"password")
            result.password = value;
        else if (!key.contains(u'=') && !key.contains(u';') && !value.contains(u';'))
            options.append(key + u'=' + value);
        else
            return Result<RepoUrl>::failure(
                tr("The parameter “%1” of the URI %2 is not valid.").arg(key, result.display()));
    }
    if (result.database.isEmpty())
        return Result<RepoUrl>::failure(
            tr("The URI %1 names no database (postgresql://user@host/database).")
                .arg(result.display()));
    result.options = options.join(u';');
    return result;
}

void RepoUrl::configure(QSqlDatabase &db, const QString &applicationName) const
{
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QString connectOptions = u"application_name="_s + applicationName;
    if (!options.isEmpty())
        connectOptions += u';' + options;
    db.setConnectOptions(connectOptions);
}

QString RepoUrl::display() const
{
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += user + u'@';
    const bool socket = host.startsWith(u'/');
    if (!socket)
        text += host;
    if (port > 0)
        text += u':' + QString::number(port);
    text += u'/' + database;
    QStringList query;
    if (socket)
        query.append(u"host="_s + host);
    if (!options.isEmpty())
        query.append(options.split(u';'));
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

} // namespace kt
