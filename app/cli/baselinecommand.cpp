#include "baselinecommand.h"
#include "options.h"

#include <model/modelfile.h>
#include <model/store/baselinestore.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kt::cli {

using namespace Qt::StringLiterals;

namespace {

const QString Prefix = u"kientruc baseline: "_s;

// Who takes a baseline when --author is not given: the account running the command.
QString currentUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

QString timeOf(const QDateTime &created)
{
    return created.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

} // namespace

QString BaselineCommand::name() const
{
    return u"baseline"_s;
}

QString BaselineCommand::synopsis() const
{
    return u"baseline FILE add --name N [--note T] [--author A] | list [--json] | extract N -o OUT "
           "| remove N"_s;
}

QString BaselineCommand::description() const
{
    return tr("Keep the model of a .ktm file as a named baseline inside it, list its baselines, "
              "extract one as a model file, or remove one.");
}

int BaselineCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption nameOption(u"name"_s, tr("The name of the new baseline."), u"N"_s);
    const QCommandLineOption note(u"note"_s, tr("A note kept with the baseline."), u"T"_s);
    const QCommandLineOption author(
        u"author"_s, tr("Who takes the baseline (default: the user)."), u"A"_s);
    const QCommandLineOption json(u"json"_s, tr("List the baselines as JSON."));
    const QCommandLineOption output(
        { u"o"_s, u"output"_s }, tr("The model file to write."), u"OUT"_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    const QList<QCommandLineOption> all { nameOption, note, author, json, output, helpOption };
    parser.addOptions(all);
    if (wantsHelp(arguments)) {
        out << commandHelp(*this, all);
        return Ok;
    }
    const auto usage = [&](const QString &problem) { return usageError(*this, problem, err); };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(tr("say which file and what to do: add, list, extract or remove."));
    const QString file = positional.at(0);
    const QString action = positional.at(1);
    const QStringList rest = positional.mid(2);

    // Each action takes its own options: one given to another is a mistake worth saying.
    const QList<std::pair<QCommandLineOption, QString>> owners { { nameOption, u"add"_s },
        { note, u"add"_s }, { author, u"add"_s }, { json, u"list"_s }, { output, u"extract"_s } };
    for (const auto &[option, owner] : owners) {
        if (parser.isSet(option) && owner != action)
            return usage(tr("--%1 goes with %2, not with %3.")
                             .arg(option.names().constLast(), owner, action));
    }
    if (action != u"add" && action != u"list" && action != u"extract" && action != u"remove")
        return usage(tr("unknown action “%1”: use add, list, extract or remove.").arg(action));
    const qsizetype wanted = (action == u"extract" || action == u"remove") ? 1 : 0;
    if (rest.size() != wanted)
        return usage(wanted == 1
                ? tr("%1 needs the name of one baseline.").arg(action)
                : tr("%1 takes no further argument (“%2”).").arg(action, rest.join(u' ')));
    if (ModelFile::formatOf(file) != ModelFile::Format::Ktm)
        return usage(
            tr("%1 is not a .ktm model file: baselines are kept only in .ktm files.").arg(file));

    if (action == u"add") {
        if (!parser.isSet(nameOption) || parser.value(nameOption).trimmed().isEmpty())
            return usage(tr("give the baseline a name with --name N."));
        return add(file, parser, out, err);
    }
    if (action == u"list")
        return list(file, parser.isSet(json), out, err);
    if (action == u"extract") {
        if (!parser.isSet(output))
            return usage(tr("say where to write the baseline's model with -o OUT."));
        return extract(file, rest.first(), parser.value(output), out, err);
    }
    return remove(file, rest.first(), out, err);
}

int BaselineCommand::add(
    const QString &file, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const Result<ModelData> model = ModelFile::load(file);
    if (!model) {
        err << Prefix << model.error() << u'\n';
        return Unusable;
    }
    BaselineInfo info;
    info.name = parser.value(u"name"_s);
    info.note = parser.value(u"note"_s);
    info.author = parser.isSet(u"author"_s) ? parser.value(u"author"_s) : currentUser();
    const Result<BaselineInfo> added = BaselineStore::add(file, model.value(), info);
    if (!added) {
        err << Prefix << added.error() << u'\n';
        return Unusable;
    }
    out << tr("Added the baseline “%1” to %2: %3 elements, %4 relationships, %5 views in %6 KiB.")
               .arg(added->name, file)
               .arg(added->elementCount)
               .arg(added->relationshipCount)
               .arg(added->viewCount)
               .arg((added->storedBytes + 1023) / 1024)
        << u'\n';
    return Ok;
}

int BaselineCommand::list(const QString &file, bool json, QTextStream &out, QTextStream &err)
{
    const Result<QList<BaselineInfo>> baselines = BaselineStore::list(file);
    if (!baselines) {
        err << Prefix << baselines.error() << u'\n';
        return Unusable;
    }
    if (json) {
        QJsonArray array;
        for (const BaselineInfo &info : baselines.value())
            array.append(QJsonObject { { u"name"_s, info.name }, { u"note"_s, info.note },
                { u"created"_s, info.created.toUTC().toString(Qt::ISODate) },
                { u"author"_s, info.author }, { u"elements"_s, info.elementCount },
                { u"relationships"_s, info.relationshipCount }, { u"views"_s, info.viewCount },
                { u"storedBytes"_s, info.storedBytes } });
        const QJsonObject object { { u"file"_s, file }, { u"baselines"_s, array } };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (baselines->isEmpty()) {
        out << tr("%1 has no baselines.").arg(file) << u'\n';
        return Ok;
    }
    for (const BaselineInfo &info : baselines.value()) {
        out << info.name << u'\n' << u"    "_s
            << tr("%1 by %2; %3 elements, %4 relationships, %5 views; %6 KiB")
                   .arg(timeOf(info.created), info.author.isEmpty() ? tr("(unknown)") : info.author)
                   .arg(info.elementCount)
                   .arg(info.relationshipCount)
                   .arg(info.viewCount)
                   .arg((info.storedBytes + 1023) / 1024)
            << u'\n';
        if (!info.note.isEmpty())
            out << u"    "_s << info.note << u'\n';
    }
    return Ok;
}

int BaselineCommand::extract(const QString &file, const QString &baseline, const QString &output,
    QTextStream &out, QTextStream &err)
{
    if (ModelFile::formatOf(output) == ModelFile::Format::Unknown) {
        err << Prefix << tr("%1: use the extension .ktm or .xml.").arg(output) << u'\n';
        return Unusable;
    }
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(file).absoluteFilePath()
        || QFileInfo(output).canonicalFilePath() == QFileInfo(file).canonicalFilePath()) {
        err << Prefix
            << tr("%1 would replace the model of the file itself; write the baseline to another "
                  "file.")
                   .arg(output)
            << u'\n';
        return Unusable;
    }
    const Result<ModelData> model = BaselineStore::extract(file, baseline);
    if (!model) {
        err << Prefix << model.error() << u'\n';
        return Unusable;
    }
    QString error;
    if (!ModelFile::save(model.value(), output, &error)) {
        err << Prefix << error << u'\n';
        return Unusable;
    }
    out << tr("Wrote %1: the baseline “%2” of %3 (%4 elements, %5 relationships, %6 views).")
               .arg(output, baseline, file)
               .arg(model->elements.size())
               .arg(model->relationships.size())
               .arg(model->views.size())
        << u'\n';
    return Ok;
}

int BaselineCommand::remove(
    const QString &file, const QString &baseline, QTextStream &out, QTextStream &err)
{
    const Result<bool> removed = BaselineStore::remove(file, baseline);
    if (!removed) {
        err << Prefix << removed.error() << u'\n';
        return Unusable;
    }
    out << tr("Removed the baseline “%1” from %2.").arg(baseline, file) << u'\n';
    return Ok;
}

} // namespace kt::cli
