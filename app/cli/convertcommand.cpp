#include "convertcommand.h"
#include "options.h"

#include <model/core/language.h>
#include <model/io/inventorycsv.h>
#include <model/modelfile.h>

#include <QDir>

#include <QFileInfo>

namespace kt::cli {

using namespace Qt::StringLiterals;

QString ConvertCommand::name() const
{
    return u"convert"_s;
}

QString ConvertCommand::synopsis() const
{
    return u"convert IN OUT | convert --inventory IN FOLDER"_s;
}

QString ConvertCommand::description() const
{
    return tr("Convert between .ktm, Open Exchange .xml and Archi CSV sets (PREFIXelements.csv, "
              "with PREFIXrelations.csv and PREFIXproperties.csv beside it), by the file "
              "names, or from Archi's .archimate; or write an inventory of the elements, one "
              "CSV per component architecture, into a folder.");
}

int ConvertCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption inventory(
            u"inventory"_s,
            tr("Write a spreadsheet inventory instead: one CSV file per component architecture "
               "(ID, name, type, the framework's properties, documentation; UTF-8 with BOM) "
               "into the folder OUT."));
    if (wantsHelp(arguments)) {
        out << commandHelp(*this, {inventory});
        return Ok;
    }
    QCommandLineParser parser;
    parser.addOption(inventory);
    if (!parseArguments(parser, *this, arguments, 2, err))
        return Unusable;
    const QString in = parser.positionalArguments().at(0);
    const QString outPath = parser.positionalArguments().at(1);
    if (parser.isSet(inventory))
        return writeInventory(in, outPath, out, err);
    if (ModelFile::formatOf(outPath) == ModelFile::Format::Unknown) {
        err << tr("kientruc convert: %1: use the extension .ktm or .xml, or a name ending in "
              "elements.csv.").arg(outPath) << u'\n';
        return Unusable;
    }
    if (QFileInfo(in).canonicalFilePath() == QFileInfo(outPath).canonicalFilePath()
        && QFileInfo::exists(outPath)) {
        err << tr("kientruc convert: %1: the input and the output are the same file.").arg(in)
            << u'\n';
        return Unusable;
    }
    QStringList findings;
    const Result<ModelData> model = ModelFile::load(in, &findings);
    if (!model) {
        err << u"kientruc convert: "_s << model.error() << u'\n';
        return Unusable;
    }
    for (const QString &finding : std::as_const(findings))
        err << u"kientruc convert: "_s << finding << u'\n';
    QString error;
    // ktm -> ktm: the baselines go along with the model.
    if (!ModelFile::save(model.value(), outPath, &error, in)) {
        err << u"kientruc convert: "_s << error << u'\n';
        return Unusable;
    }
    out << tr("Wrote %1: %n element(s)", nullptr, int(model->elements.size())).arg(outPath)
        << tr(", %n relationship(s)", nullptr, int(model->relationships.size()))
        << tr(", %n view(s).", nullptr, int(model->views.size())) << u'\n';
    if (ModelFile::formatOf(outPath) == ModelFile::Format::ArchiCsv && !model->views.isEmpty())
        out << tr("%1: the CSV format has no views: %n view(s) of %2 not written.", nullptr,
                  int(model->views.size()))
                        .arg(outPath, in)
            << u'\n';
    return Ok;
}

int ConvertCommand::writeInventory(const QString &in, const QString &folder, QTextStream &out,
                                   QTextStream &err)
{
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        err << tr("kientruc convert: %1 is a file; --inventory writes into a folder.")
                        .arg(QDir::toNativeSeparators(folder))
            << u'\n';
        return Unusable;
    }
    const Result<ModelData> model = ModelFile::load(in);
    if (!model) {
        err << u"kientruc convert: "_s << model.error() << u'\n';
        return Unusable;
    }
    InventoryCsv writer;
    QList<InventoryCsv::File> files;
    if (!writer.writeFolder(model.value(), folder, uiLanguage(), &files)) {
        err << u"kientruc convert: "_s << writer.errorString() << u'\n';
        return Unusable;
    }
    for (const InventoryCsv::File &file : std::as_const(files))
        out << tr("Wrote %1: %n element(s).", nullptr, int(file.rows))
                        .arg(QDir::toNativeSeparators(QDir(folder).filePath(file.name)))
            << u'\n';
    if (files.isEmpty())
        out << tr("%1 has no elements: no inventory written.").arg(in) << u'\n';
    return Ok;
}

} // namespace kt::cli
