#pragma once

#include "command.h"

#include <QCommandLineParser>

namespace kt {
class Repository;
struct RepoCommitInfo;
}

namespace kt::cli {

// `kientruc repo init|publish|checkout|log|baseline|users`: the team repository on PostgreSQL
// (model/repo). URL is PostgreSQL's connection URI; the password comes from
// PGPASSWORD or ~/.pgpass, never from the program. Exit 2 for a bad action, option,
// file or connection, and for what the server refuses (naming the URL, without any
// password, and the model).
class RepoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::RepoCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    // The past state checkout writes: a commit, or a baseline's (neither: the last).
    struct Past
    {
        qint64 commit = 0;
        QString baseline;
    };
    int init(const QString &url, QTextStream &out, QTextStream &err);
    int publish(const QString &file, const QString &url, const QString &model,
                const QString &message, QTextStream &out, QTextStream &err);
    int checkout(const QString &url, const QString &model, const Past &past,
                 const QString &output, QTextStream &out, QTextStream &err);
    int log(const QString &url, const QString &model, const QString &object, bool json,
            QTextStream &out, QTextStream &err);
    // The history of the object of that id, whatever its kind, oldest first.
    static bool objectLog(Repository &repo, const QString &model, const QString &object,
                          QList<RepoCommitInfo> &commits);
    int addBaseline(const QString &url, const QString &model, const QString &name, qint64 commit,
                    QTextStream &out, QTextStream &err);
    int listBaselines(const QString &url, const QString &model, bool json, QTextStream &out,
                      QTextStream &err);
    int users(const QString &url, bool json, QTextStream &out, QTextStream &err);
    // Opens the repository; false after writing why to err.
    bool open(Repository &repo, const QString &url, bool checkSchema, QTextStream &err);
};

} // namespace kt::cli
