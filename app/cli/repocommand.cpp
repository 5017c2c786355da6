#include "repocommand.h"
#include "options.h"

#include <model/modelfile.h>
#include <model/repo/repository.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kt::cli {

using namespace Qt::StringLiterals;

namespace {

const QString Prefix = u"kientruc repo: "_s;

QString timeOf(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

// The fields a change touched: name -> (before, after).
QList<std::pair<QString, std::pair<QString, QString>>> changedFields(const RepoChange &change)
{
    QStringList keys = change.before.keys() + change.after.keys();
    keys.removeDuplicates();
    keys.sort();
    QList<std::pair<QString, std::pair<QString, QString>>> fields;
    for (const QString &key : std::as_const(keys)) {
        const QString before = change.before.value(key), after = change.after.value(key);
        if (before != after || change.before.contains(key) != change.after.contains(key))
            fields.append({ key, { before, after } });
    }
    return fields;
}

} // namespace

QString RepoCommand::name() const
{
    return u"repo"_s;
}

QString RepoCommand::synopsis() const
{
    return u"repo init URL | publish FILE URL [--model NAME] [--message M] "
           "| checkout URL MODEL -o FILE | log URL MODEL [--json] | users URL [--json]"_s;
}

QString RepoCommand::description() const
{
    return tr("Work with a team repository on PostgreSQL (URL: postgresql://user@host:port/"
              "database, ?host=/socket/dir for a Unix socket; the password from PGPASSWORD or "
              "~/.pgpass): create it, publish a model file to it, check a model out to a file, "
              "show a model's history or the repository's users.");
}

int RepoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption modelOption(
        u"model"_s, tr("The model's name in the repository (default: the file's name)."),
        u"NAME"_s);
    const QCommandLineOption messageOption(
        u"message"_s, tr("The message kept with the publication."), u"M"_s);
    const QCommandLineOption output(
        { u"o"_s, u"output"_s }, tr("The model file to write."), u"FILE"_s);
    const QCommandLineOption json(u"json"_s, tr("Write the result as JSON."));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    const QList<QCommandLineOption> all { modelOption, messageOption, output, json, helpOption };
    parser.addOptions(all);
    if (wantsHelp(arguments)) {
        out << commandHelp(*this, all);
        return Ok;
    }
    const auto usage = [&](const QString &problem) { return usageError(*this, problem, err); };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("say what to do: init, publish, checkout, log or users."));
    const QString action = positional.first();
    const QStringList rest = positional.mid(1);
    const QMap<QString, int> counts { { u"init"_s, 1 }, { u"publish"_s, 2 },
                                      { u"checkout"_s, 2 }, { u"log"_s, 2 }, { u"users"_s, 1 } };
    if (!counts.contains(action))
        return usage(tr("unknown action “%1”: use init, publish, checkout, log or users.")
                         .arg(action));
    const QList<std::pair<QCommandLineOption, QStringList>> owners {
        { modelOption, { u"publish"_s } }, { messageOption, { u"publish"_s } },
        { output, { u"checkout"_s } }, { json, { u"log"_s, u"users"_s } }
    };
    for (const auto &[option, actions] : owners)
        if (parser.isSet(option) && !actions.contains(action))
            return usage(tr("--%1 goes with %2, not with %3.")
                             .arg(option.names().constLast(), actions.join(u", "_s), action));
    if (rest.size() != counts.value(action))
        return usage(tr("%1 takes %2 argument(s): %3")
                         .arg(action)
                         .arg(counts.value(action))
                         .arg(action == u"publish"    ? u"FILE URL"_s
                                      : action == u"checkout" || action == u"log"
                                      ? u"URL MODEL"_s
                                      : u"URL"_s));
    if (action == u"init")
        return init(rest.at(0), out, err);
    if (action == u"publish") {
        const QString model = parser.isSet(modelOption)
                ? parser.value(modelOption)
                : QFileInfo(rest.at(0)).completeBaseName();
        if (model.trimmed().isEmpty())
            return usage(tr("give the model a name with --model NAME."));
        return publish(rest.at(0), rest.at(1), model, parser.value(messageOption), out, err);
    }
    if (action == u"checkout") {
        if (!parser.isSet(output))
            return usage(tr("say where to write the model with -o FILE."));
        return checkout(rest.at(0), rest.at(1), parser.value(output), out, err);
    }
    if (action == u"log")
        return log(rest.at(0), rest.at(1), parser.isSet(json), out, err);
    return users(rest.at(0), parser.isSet(json), out, err);
}

bool RepoCommand::open(Repository &repo, const QString &url, bool checkSchema, QTextStream &err)
{
    if (repo.open(url, checkSchema))
        return true;
    err << Prefix << repo.errorString() << u'\n';
    return false;
}

int RepoCommand::init(const QString &url, QTextStream &out, QTextStream &err)
{
    Repository repo;
    if (!open(repo, url, false, err))
        return Unusable;
    if (!repo.init()) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    out << tr("The repository in %1 is ready (version %2); its roles: kt_reader (read), "
              "kt_editor (change models), kt_admin (manage users).")
               .arg(repo.display())
               .arg(Repository::SchemaVersion)
        << u'\n';
    return Ok;
}

int RepoCommand::publish(const QString &file, const QString &url, const QString &model,
                         const QString &message, QTextStream &out, QTextStream &err)
{
    const Result<ModelData> data = ModelFile::load(file);
    if (!data) {
        err << Prefix << data.error() << u'\n';
        return Unusable;
    }
    Repository repo;
    if (!open(repo, url, true, err))
        return Unusable;
    const QString text = message.isEmpty() ? tr("Published from %1").arg(QFileInfo(file).fileName())
                                           : message;
    if (!repo.publish(data.value(), model, text)) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    out << tr("Published %1 to %2 as the model “%3”: %4 elements, %5 relationships, %6 views.")
               .arg(file, repo.display(), model)
               .arg(data->elements.size())
               .arg(data->relationships.size())
               .arg(data->views.size())
        << u'\n';
    return Ok;
}

int RepoCommand::checkout(const QString &url, const QString &model, const QString &output,
                          QTextStream &out, QTextStream &err)
{
    if (ModelFile::formatOf(output) == ModelFile::Format::Unknown) {
        err << Prefix << tr("%1: use the extension .ktm or .xml.").arg(output) << u'\n';
        return Unusable;
    }
    Repository repo;
    if (!open(repo, url, true, err))
        return Unusable;
    RepoCheckout checkout;
    if (!repo.checkout(model, checkout)) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    QString error;
    if (!ModelFile::save(checkout.data, output, &error)) {
        err << Prefix << error << u'\n';
        return Unusable;
    }
    out << tr("Wrote %1: the model “%2” of %3 (%4 elements, %5 relationships, %6 views).")
               .arg(output, model, repo.display())
               .arg(checkout.data.elements.size())
               .arg(checkout.data.relationships.size())
               .arg(checkout.data.views.size())
        << u'\n';
    return Ok;
}

int RepoCommand::log(const QString &url, const QString &model, bool json, QTextStream &out,
                     QTextStream &err)
{
    Repository repo;
    if (!open(repo, url, true, err))
        return Unusable;
    QList<RepoCommitInfo> commits;
    if (!repo.log(model, commits)) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    if (json) {
        QJsonArray array;
        for (const RepoCommitInfo &commit : std::as_const(commits)) {
            QJsonArray changes;
            for (const RepoChange &change : commit.changes) {
                QJsonObject fields;
                for (const auto &[key, values] : changedFields(change))
                    fields.insert(key, QJsonObject { { u"old"_s, values.first },
                                                     { u"new"_s, values.second } });
                changes.append(QJsonObject { { u"kind"_s, RepoObjects::kindName(change.kind) },
                                             { u"id"_s, change.id },
                                             { u"action"_s, change.action },
                                             { u"fields"_s, fields } });
            }
            array.append(QJsonObject { { u"id"_s, commit.id }, { u"who"_s, commit.who },
                                       { u"at"_s, commit.at.toUTC().toString(Qt::ISODate) },
                                       { u"message"_s, commit.message },
                                       { u"changes"_s, changes } });
        }
        const QJsonObject object { { u"repository"_s, repo.display() }, { u"model"_s, model },
                                   { u"commits"_s, array } };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const RepoCommitInfo &commit : std::as_const(commits)) {
        out << tr("commit %1 by %2 at %3: %n change(s)", nullptr, int(commit.changes.size()))
                   .arg(commit.id)
                   .arg(commit.who, timeOf(commit.at))
            << u'\n';
        if (!commit.message.isEmpty())
            out << u"    "_s << commit.message << u'\n';
        // A publication lists no fields: its objects are all new.
        for (const RepoChange &change : commit.changes) {
            const QString name = change.after.value(u"name"_s, change.before.value(u"name"_s));
            out << u"    "_s << change.action << u' ' << RepoObjects::kindName(change.kind)
                << u' ' << change.id;
            if (!name.isEmpty())
                out << u" “"_s << name << u"”"_s;
            out << u'\n';
            if (change.action != u"update")
                continue;
            for (const auto &[key, values] : changedFields(change))
                out << u"        "_s << key << u": "_s << values.first << u" → "_s
                    << values.second << u'\n';
        }
    }
    return Ok;
}

int RepoCommand::users(const QString &url, bool json, QTextStream &out, QTextStream &err)
{
    Repository repo;
    if (!open(repo, url, true, err))
        return Unusable;
    QList<RepoUser> users;
    if (!repo.users(users)) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    if (json) {
        QJsonArray array;
        for (const RepoUser &user : std::as_const(users))
            array.append(QJsonObject { { u"name"_s, user.name }, { u"role"_s, user.role } });
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"repository"_s, repo.display() }, { u"users"_s, array } })
                .toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (users.isEmpty())
        out << tr("No user of %1 holds a repository role.").arg(repo.display()) << u'\n';
    for (const RepoUser &user : std::as_const(users))
        out << user.name << u'\t' << user.role << u'\n';
    return Ok;
}

} // namespace kt::cli
