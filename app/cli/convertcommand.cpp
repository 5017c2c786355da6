#include "convertcommand.h"
#include "options.h"

#include <model/modelfile.h>

#include <QFileInfo>

namespace kt::cli {

using namespace Qt::StringLiterals;

QString ConvertCommand::name() const
{
    return u"convert"_s;
}

QString ConvertCommand::synopsis() const
{
    return u"convert IN OUT"_s;
}

QString ConvertCommand::description() const
{
    return tr("Convert between .ktm, Open Exchange .xml and Archi CSV sets (PREFIXelements.csv, "
              "with PREFIXrelations.csv and PREFIXproperties.csv beside it), by the file "
              "names.");
}

int ConvertCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, *this, arguments, 2, err))
        return Unusable;
    const QString in = parser.positionalArguments().at(0);
    const QString outPath = parser.positionalArguments().at(1);
    if (ModelFile::formatOf(outPath) == ModelFile::Format::Unknown) {
        err << tr("kientruc convert: %1: use the extension .ktm or .xml, or a name ending in "
              "elements.csv.").arg(outPath) << u'\n';
        return Unusable;
    }
    if (QFileInfo(in).canonicalFilePath() == QFileInfo(outPath).canonicalFilePath()
        && QFileInfo::exists(outPath)) {
        err << tr("kientruc convert: the input and the output are the same file.") << u'\n';
        return Unusable;
    }
    const Result<ModelData> model = ModelFile::load(in);
    if (!model) {
        err << u"kientruc convert: "_s << model.error() << u'\n';
        return Unusable;
    }
    QString error;
    // ktm -> ktm: the baselines go along with the model.
    if (!ModelFile::save(model.value(), outPath, &error, in)) {
        err << u"kientruc convert: "_s << error << u'\n';
        return Unusable;
    }
    out << tr("Wrote %1: %n element(s)", nullptr, int(model->elements.size())).arg(outPath)
        << tr(", %n relationship(s)", nullptr, int(model->relationships.size()))
        << tr(", %n view(s).", nullptr, int(model->views.size())) << u'\n';
    return Ok;
}

} // namespace kt::cli
