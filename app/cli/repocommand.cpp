#include "repocommand.h"
#include "options.h"

#include <model/modelfile.h>
#include <model/repo/repository.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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
           "| checkout URL MODEL [--at COMMIT | --baseline NAME] -o FILE "
           "| log URL MODEL [--object ID] [--json] "
           "| baseline URL MODEL add --name NAME [--at COMMIT] | baseline URL MODEL list [--json] "
           "| users URL [--json]"_s;
}

QString RepoCommand::description() const
{
    return tr("Work with a team repository on PostgreSQL (URL: postgresql://user@host:port/"
              "database, ?host=/socket/dir for a Unix socket; the password from PGPASSWORD or "
              "~/.pgpass; ?sslmode=require to require TLS over TCP): create it, publish a model "
              "file to it, check a model out to a file (as it is, as of a commit or a "
              "baseline), show a model's or an object's history, name baselines shared by "
              "everyone, list the repository's users.");
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
    const QCommandLineOption atOption(
        u"at"_s, tr("A commit of the model (its number in `repo log`): checkout writes the "
                    "model as it was after it; baseline add names it (default: the last)."),
        u"COMMIT"_s);
    const QCommandLineOption baselineOption(
        u"baseline"_s, tr("checkout: write the model as of this baseline."), u"NAME"_s);
    const QCommandLineOption nameOption(u"name"_s, tr("baseline add: the baseline's name."),
                                        u"NAME"_s);
    const QCommandLineOption objectOption(
        u"object"_s, tr("log: only the changes of the object of this id."), u"ID"_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    const QList<QCommandLineOption> all { modelOption,    messageOption, output,
                                          atOption,       baselineOption, nameOption,
                                          objectOption,   json,          helpOption };
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
        return usage(tr("say what to do: init, publish, checkout, log, baseline or users."));
    const QString action = positional.first();
    const QStringList rest = positional.mid(1);
    const QMap<QString, int> counts { { u"init"_s, 1 },     { u"publish"_s, 2 },
                                      { u"checkout"_s, 2 }, { u"log"_s, 2 },
                                      { u"baseline"_s, 3 }, { u"users"_s, 1 } };
    if (!counts.contains(action))
        return usage(tr("unknown action “%1”: use init, publish, checkout, log, baseline or "
                        "users.")
                         .arg(action));
    const QList<std::pair<QCommandLineOption, QStringList>> owners {
        { modelOption, { u"publish"_s } },
        { messageOption, { u"publish"_s } },
        { output, { u"checkout"_s } },
        { atOption, { u"checkout"_s, u"baseline"_s } },
        { baselineOption, { u"checkout"_s } },
        { nameOption, { u"baseline"_s } },
        { objectOption, { u"log"_s } },
        { json, { u"log"_s, u"baseline"_s, u"users"_s } }
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
                                      : action == u"baseline" ? u"URL MODEL add|list"_s
                                                             : u"URL"_s));
    qint64 at = 0;
    if (parser.isSet(atOption)) {
        bool ok = false;
        at = parser.value(atOption).toLongLong(&ok);
        if (!ok || at <= 0)
            return usage(tr("--at takes a commit's number (see `repo log`), not “%1”.")
                             .arg(parser.value(atOption)));
    }
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
        if (parser.isSet(atOption) && parser.isSet(baselineOption))
            return usage(tr("give --at or --baseline, not both."));
        return checkout(rest.at(0), rest.at(1), Past { at, parser.value(baselineOption) },
                        parser.value(output), out, err);
    }
    if (action == u"log")
        return log(rest.at(0), rest.at(1), parser.value(objectOption), parser.isSet(json), out,
                   err);
    if (action == u"baseline") {
        const QString what = rest.at(2);
        if (what == u"add") {
            if (!parser.isSet(nameOption) || parser.value(nameOption).trimmed().isEmpty())
                return usage(tr("name the baseline with --name NAME."));
            if (parser.isSet(json))
                return usage(tr("--json goes with baseline list, not with baseline add."));
            return addBaseline(rest.at(0), rest.at(1), parser.value(nameOption), at, out, err);
        }
        if (what != u"list")
            return usage(tr("baseline takes add or list, not “%1”.").arg(what));
        if (parser.isSet(nameOption) || parser.isSet(atOption))
            return usage(tr("--name and --at go with baseline add, not with baseline list."));
        return listBaselines(rest.at(0), rest.at(1), parser.isSet(json), out, err);
    }
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

int RepoCommand::checkout(const QString &url, const QString &model, const Past &past,
                          const QString &output, QTextStream &out, QTextStream &err)
{
    if (ModelFile::formatOf(output) == ModelFile::Format::Unknown) {
        err << Prefix << tr("%1: use the extension .ktm or .xml.").arg(output) << u'\n';
        return Unusable;
    }
    Repository repo;
    if (!open(repo, url, true, err))
        return Unusable;
    RepoCheckout checkout;
    qint64 commit = past.commit;
    if (!past.baseline.isEmpty() && !repo.baselineCommit(model, past.baseline, commit)) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    if (!(commit > 0 ? repo.checkoutAt(model, commit, checkout) : repo.checkout(model, checkout))) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    QString error;
    if (!ModelFile::save(checkout.data, output, &error)) {
        err << Prefix << error << u'\n';
        return Unusable;
    }
    const QString state = !past.baseline.isEmpty()
            ? tr("as of its baseline “%1” (commit %2)").arg(past.baseline).arg(commit)
            : commit > 0 ? tr("as of commit %1").arg(commit)
                         : tr("as of its last commit %1").arg(checkout.head);
    out << tr("Wrote %1: the model “%2” of %3 %4 (%5 elements, %6 relationships, %7 views).")
               .arg(output, model, repo.display(), state)
               .arg(checkout.data.elements.size())
               .arg(checkout.data.relationships.size())
               .arg(checkout.data.views.size())
        << u'\n';
    return Ok;
}

int RepoCommand::log(const QString &url, const QString &model, const QString &object, bool json,
                     QTextStream &out, QTextStream &err)
{
    Repository repo;
    if (!open(repo, url, true, err))
        return Unusable;
    QList<RepoCommitInfo> commits;
    if (object.isEmpty() ? !repo.log(model, commits) : !objectLog(repo, model, object, commits)) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    if (!object.isEmpty() && commits.isEmpty()) {
        err << Prefix
            << tr("%1: the model “%2” has no object %3 in its history.")
                       .arg(repo.display(), model, object)
            << u'\n';
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
        QJsonObject result { { u"repository"_s, repo.display() }, { u"model"_s, model },
                             { u"commits"_s, array } };
        if (!object.isEmpty())
            result.insert(u"object"_s, object);
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
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

bool RepoCommand::objectLog(Repository &repo, const QString &model, const QString &object,
                            QList<RepoCommitInfo> &commits)
{
    // An id names one object; its kind is whichever has a history of it.
    for (const RepoObjectKind kind :
         { RepoObjectKind::Model, RepoObjectKind::Element, RepoObjectKind::Relationship,
           RepoObjectKind::View, RepoObjectKind::Node, RepoObjectKind::Connection }) {
        QList<RepoCommitInfo> found;
        if (!repo.history(model, kind, object, found))
            return false;
        commits.append(found);
    }
    std::stable_sort(commits.begin(), commits.end(),
                     [](const RepoCommitInfo &a, const RepoCommitInfo &b) { return a.id < b.id; });
    return true;
}

int RepoCommand::addBaseline(const QString &url, const QString &model, const QString &name,
                             qint64 commit, QTextStream &out, QTextStream &err)
{
    Repository repo;
    if (!open(repo, url, true, err))
        return Unusable;
    RepoBaseline added;
    if (!repo.addBaseline(model, name, commit, &added)) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    out << tr("The baseline “%1” of the model “%2” in %3 is commit %4.")
               .arg(name, model, repo.display())
               .arg(added.commitId)
        << u'\n';
    return Ok;
}

int RepoCommand::listBaselines(const QString &url, const QString &model, bool json,
                               QTextStream &out, QTextStream &err)
{
    Repository repo;
    if (!open(repo, url, true, err))
        return Unusable;
    QList<RepoBaseline> baselines;
    if (!repo.baselines(model, baselines)) {
        err << Prefix << repo.errorString() << u'\n';
        return Unusable;
    }
    if (json) {
        QJsonArray array;
        for (const RepoBaseline &b : std::as_const(baselines))
            array.append(QJsonObject { { u"name"_s, b.name }, { u"commit"_s, b.commitId },
                                       { u"who"_s, b.who },
                                       { u"at"_s, b.at.toUTC().toString(Qt::ISODate) } });
        out << QString::fromUtf8(QJsonDocument(QJsonObject { { u"repository"_s, repo.display() },
                                                             { u"model"_s, model },
                                                             { u"baselines"_s, array } })
                                         .toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (baselines.isEmpty())
        out << tr("The model “%1” of %2 has no baseline.").arg(model, repo.display()) << u'\n';
    for (const RepoBaseline &b : std::as_const(baselines))
        out << b.name << u'\t' << b.commitId << u'\t' << b.who << u'\t' << timeOf(b.at) << u'\n';
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
