#include "repowatcher.h"
#include "repository.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QAtomicInt watcherCounter;
const QString Channel = u"kientruc_commits"_s;
const QString ClaimsChannel = u"kientruc_claims"_s;

} // namespace

RepoWatcher::RepoWatcher(QObject *parent)
    : QObject(parent)
    , m_connection(u"kientruc-watch-%1"_s.arg(watcherCounter.fetchAndAddRelaxed(1)))
{
}

RepoWatcher::~RepoWatcher()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool RepoWatcher::open(const QString &url)
{
    // The repository's checks (URI, driver, schema), then a connection that only listens.
    Repository check;
    if (!check.open(url)) {
        m_error = check.errorString();
        return false;
    }
    const RepoUrl parsed = RepoUrl::parse(url).value();
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    parsed.configure(m_db, u"kientruc-watch"_s);
    if (!m_db.open()) {
        m_error = tr("Cannot connect to %1: %2")
                          .arg(parsed.display(), m_db.lastError().databaseText().trimmed());
        return false;
    }
    connect(m_db.driver(), &QSqlDriver::notification, this, &RepoWatcher::notified);
    if (!m_db.driver()->subscribeToNotification(Channel)
        || !m_db.driver()->subscribeToNotification(ClaimsChannel)) {
        m_error = tr("%1: listening to the commits failed: %2")
                          .arg(parsed.display(), m_db.driver()->lastError().text());
        return false;
    }
    return true;
}

void RepoWatcher::notified(const QString &channel, QSqlDriver::NotificationSource,
                           const QVariant &payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (channel == ClaimsChannel) {
        Q_EMIT claimsChanged(object.value(u"model"_s).toString());
        return;
    }
    if (channel != Channel)
        return;
    const qint64 commit = object.value(u"commit"_s).toInteger();
    if (commit > 0)
        Q_EMIT commitArrived(object.value(u"model"_s).toString(), commit,
                             object.value(u"who"_s).toString());
}

} // namespace kt
