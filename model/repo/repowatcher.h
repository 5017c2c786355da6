#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

namespace kt {

// Others' commits as they happen: a connection of its own to the repository that
// LISTENs to what every publication and commit announces when it commits
// (pg_notify, in its transaction), and to the claims of views. Needs the thread's event loop.
class RepoWatcher : public QObject
{
    Q_OBJECT

public:
    explicit RepoWatcher(QObject *parent = nullptr);
    ~RepoWatcher() override;

    // false with the reason (naming the repository) in errorString().
    bool open(const QString &url);
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // A commit (or publication) of the model was committed by the role who.
    void commitArrived(const QString &model, qint64 commit, const QString &who);
    // A view of the model was claimed or released (Repository::claims() lists them).
    void claimsChanged(const QString &model);

private:
    void notified(const QString &channel, QSqlDriver::NotificationSource source,
                  const QVariant &payload);

    QString m_connection;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace kt
