#include "newcommand.h"
#include "options.h"

#include <model/meta/profileregistry.h>
#include <model/modelfile.h>

#include <QFileInfo>

namespace kt::cli {

using namespace Qt::StringLiterals;

QString NewCommand::name() const
{
    return u"new"_s;
}

QString NewCommand::synopsis() const
{
    return u"new -o FILE [--framework ID] [--name NAME] [--province NAME] [--force]"_s;
}

QString NewCommand::description() const
{
    return tr("Create an empty model (.ktm or .xml).");
}

int NewCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to create."), u"FILE"_s);
    const QCommandLineOption framework(u"framework"_s, tr("The framework the model follows."),
                                       u"ID"_s, ProfileRegistry::defaultFrameworkId());
    const QCommandLineOption name(u"name"_s, tr("The model's name."), u"NAME"_s);
    const QCommandLineOption province(u"province"_s, tr("The province or agency."), u"NAME"_s);
    const QCommandLineOption force(u"force"_s, tr("Replace the file if it exists."));
    parser.addOptions({output, framework, name, province, force});
    if (!parseArguments(parser, *this, arguments, 0, err))
        return Unusable;
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        err << tr("kientruc new: say which file to create with -o FILE.") << u'\n';
        return Unusable;
    }
    if (ModelFile::formatOf(path) == ModelFile::Format::Unknown) {
        err << tr("kientruc new: %1: use the extension .ktm or .xml.").arg(path) << u'\n';
        return Unusable;
    }
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        err << tr("kientruc new: %1 exists already; use --force to replace it.").arg(path) << u'\n';
        return Unusable;
    }
    Result<ModelData> model = ModelFile::create(parser.value(framework));
    if (!model) {
        err << u"kientruc new: "_s << path << u": "_s << model.error() << u'\n';
        return Unusable;
    }
    model->info.name = parser.value(name);
    model->info.province = parser.value(province);
    QString error;
    if (!ModelFile::save(model.value(), path, &error)) {
        err << u"kientruc new: "_s << error << u'\n';
        return Unusable;
    }
    out << tr("Created %1 (framework %2).").arg(path, model->info.frameworkId) << u'\n';
    return Ok;
}

} // namespace kt::cli
