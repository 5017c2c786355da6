#include "exportcommand.h"
#include "options.h"

#include <model/export/exporters/diagramexporter.h>
#include <model/export/exporters/exportfilenames.h>
#include <model/export/overalldiagram.h>
#include <model/export/painter/diagramstyle.h>
#include <model/modelfile.h>

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QFileInfo>
#include <QFontInfo>

namespace kt::cli {

using namespace Qt::StringLiterals;

namespace {

const QString Prefix = u"kientruc export: "_s;

// Paper sizes --paper accepts, by the name people write.
QPageSize paperByName(const QString &name)
{
    const QString n = name.toUpper();
    for (const QPageSize::PageSizeId id : {QPageSize::A3, QPageSize::A4, QPageSize::A5,
                                           QPageSize::Letter, QPageSize::Legal}) {
        if (QPageSize::key(id).toUpper() == n)
            return QPageSize(id);
    }
    return QPageSize();
}

// File extensions that name an image or document format, ours or another's: an
// OUT ending in one of them must agree with --format.
bool namesAFormat(const QString &suffix)
{
    static const QStringList others{u"jpg"_s, u"jpeg"_s, u"gif"_s, u"bmp"_s, u"tif"_s,
                                    u"tiff"_s, u"webp"_s, u"eps"_s, u"ps"_s, u"svgz"_s};
    return DiagramExporter::formats().contains(suffix) || others.contains(suffix);
}

} // namespace

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::synopsis() const
{
    return u"export FILE [--view NAME|ID | --all] --format svg|png|pdf [--dpi N] [--scale F] "
           "[--background white|transparent] [--margin N] [--paper A4|A3 [--landscape]] "
           "[--notation framework|archimate] -o OUT"_s;
}

QString ExportCommand::description() const
{
    return tr("Export a diagram (or, with --all, every diagram into the folder OUT) as SVG, PNG "
              "or PDF.");
}

const View *ExportCommand::findView(const ModelData &data, const QString &wanted,
                                    const QString &file, QTextStream &err) const
{
    if (data.views.isEmpty()) {
        err << Prefix << tr("%1 has no views.").arg(file) << u'\n';
        return nullptr;
    }
    if (wanted.isEmpty()) {
        const View *overall = OverallDiagram::find(data);
        return overall ? overall : &data.views.at(0);
    }
    if (const View *byId = data.views.find(ViewId(wanted)))
        return byId;
    const QString name = wanted.normalized(QString::NormalizationForm_C);
    QList<const View *> matches;
    for (const View &view : data.views)
        if (view.name == name)
            matches.append(&view);
    if (matches.isEmpty()) {
        for (const View &view : data.views)
            if (view.name.compare(name, Qt::CaseInsensitive) == 0)
                matches.append(&view);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1) {
        err << Prefix
            << tr("%1 views of %2 are named “%3”; give the id of one:")
                       .arg(matches.size())
                       .arg(file, wanted)
            << u'\n';
        for (const View *view : std::as_const(matches))
            err << u"  "_s << view->id.toString() << u'\n';
        return nullptr;
    }
    err << Prefix << tr("no view “%1” in %2. Its views are:").arg(wanted, file) << u'\n';
    for (const View &view : data.views)
        err << u"  "_s << view.name << u"  ("_s << view.id.toString() << u")\n"_s;
    return nullptr;
}

int ExportCommand::exportAll(const ModelData &data, const QString &file, const QString &format,
                             const ExportOptions &options, const QString &folder,
                             QTextStream &out, QTextStream &err) const
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        err << Prefix << tr("%1 is a file; --all writes into a folder.").arg(folder) << u'\n';
        return Unusable;
    }
    // What this export creates goes again when it fails (a full disk): the folder
    // when it did not exist, and the files written so far.
    const bool created = !info.exists();
    if (!QDir().mkpath(folder)) {
        err << Prefix << tr("cannot create the folder %1.").arg(folder) << u'\n';
        return Unusable;
    }
    QStringList written;
    auto undo = qScopeGuard([&] {
        for (const QString &file : std::as_const(written))
            QFile::remove(file);
        if (created)
            QDir().rmdir(folder);
    });
    if (data.views.isEmpty()) {
        err << Prefix << tr("%1 has no views.").arg(file) << u'\n';
        return Unusable;
    }
    QStringList names;
    for (const View &view : data.views)
        names.append(view.name);
    const QStringList files = ExportFileNames::forViews(names, format);
    const std::unique_ptr<DiagramExporter> exporter = DiagramExporter::create(format);
    const QDir dir(folder);
    for (qsizetype i = 0; i < data.views.size(); ++i) {
        const QString path = dir.filePath(files.at(i));
        if (!exporter->writeFile(data, data.views.at(i), options, path)) {
            err << Prefix << exporter->errorString() << u'\n';
            return Unusable;
        }
        written.append(path);
        out << tr("Wrote %1 (“%2”).").arg(path, data.views.at(i).name) << u'\n';
    }
    undo.dismiss();
    return Ok;
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    tr("The file to write (with --all: the folder)."), u"OUT"_s);
    const QCommandLineOption view(u"view"_s, tr("The view to export, by name or id."),
                                  u"NAME|ID"_s);
    const QCommandLineOption all(u"all"_s, tr("Export every view into the folder OUT."));
    const QCommandLineOption format(u"format"_s, tr("svg, png or pdf (else OUT's extension)."),
                                    u"FORMAT"_s);
    const QCommandLineOption dpi(u"dpi"_s, tr("PNG resolution in dots per inch (96 is 100%)."),
                                 u"N"_s);
    const QCommandLineOption scale(u"scale"_s, tr("Size, 1 being 100%."), u"F"_s);
    const QCommandLineOption background(u"background"_s, tr("white or transparent."),
                                        u"COLOUR"_s);
    const QCommandLineOption margin(u"margin"_s, tr("Space around the diagram (1/96 inch)."),
                                    u"N"_s);
    const QCommandLineOption paper(u"paper"_s, tr("PDF paper size (A4, A3, ...) instead of a "
                                                  "page fitted to the diagram."),
                                   u"SIZE"_s);
    const QCommandLineOption landscape(u"landscape"_s, tr("PDF paper in landscape."));
    const QCommandLineOption notation(
            u"notation"_s,
            tr("framework or archimate: draw in the framework's look or in ArchiMate's "
               "notation (else as each view says)."),
            u"LOOK"_s);
    parser.addOptions({output, view, all, format, dpi, scale, background, margin, paper,
                       landscape, notation});
    if (!parseArguments(parser, *this, arguments, 1, err))
        return Unusable;
    const QString file = parser.positionalArguments().first();
    const auto usage = [&](const QString &problem) {
        err << Prefix << problem << u'\n' << tr("Usage: kientruc %1").arg(synopsis()) << u'\n';
        return int(Unusable);
    };
    if (!parser.isSet(output))
        return usage(tr("say where to write with -o OUT."));
    if (parser.isSet(view) && parser.isSet(all))
        return usage(tr("give either --view or --all, not both."));
    const QString out_ = parser.value(output);
    QString fmt = parser.value(format).toLower();
    if (fmt.isEmpty() && !parser.isSet(all))
        fmt = QFileInfo(out_).suffix().toLower();
    if (fmt.isEmpty())
        return usage(tr("say which format with --format svg, png or pdf."));
    if (!DiagramExporter::formats().contains(fmt))
        return usage(tr("unknown format “%1”: use svg, png or pdf.").arg(fmt));
    const QString suffix = QFileInfo(out_).suffix().toLower();
    if (!parser.isSet(all) && suffix != fmt && namesAFormat(suffix))
        return usage(tr("%1 ends in .%2, but --format is %3: the file would hold another format "
                        "than its name says. Change the extension or the format.")
                             .arg(out_, suffix, fmt));

    ExportOptions options;
    bool ok = true;
    if (parser.isSet(dpi)) {
        options.dpi = parser.value(dpi).toInt(&ok);
        if (!ok || options.dpi < 1 || options.dpi > 2400)
            return usage(tr("--dpi needs a whole number from 1 to 2400."));
    }
    if (parser.isSet(scale)) {
        options.scale = parser.value(scale).toDouble(&ok);
        if (!ok || options.scale <= 0 || options.scale > 25)
            return usage(tr("--scale needs a number above 0 and up to 25."));
    }
    if (parser.isSet(margin)) {
        options.margin = parser.value(margin).toDouble(&ok);
        if (!ok || options.margin < 0 || options.margin > 1000)
            return usage(tr("--margin needs a number from 0 to 1000."));
    }
    const QString bg = parser.value(background).toLower();
    if (bg == u"transparent")
        options.background = ExportBackground::Transparent;
    else if (!bg.isEmpty() && bg != u"white")
        return usage(tr("--background is white or transparent, not “%1”.").arg(bg));
    if (parser.isSet(paper)) {
        options.paperSize = paperByName(parser.value(paper));
        if (!options.paperSize.isValid())
            return usage(tr("unknown paper “%1”: use A3, A4, A5, Letter or Legal.")
                                 .arg(parser.value(paper)));
    }
    if (parser.isSet(landscape))
        options.orientation = QPageLayout::Landscape;
    const QString look = parser.value(notation).toLower();
    if (!look.isEmpty() && look != u"framework" && look != u"archimate")
        return usage(tr("--notation is framework or archimate, not “%1”.").arg(look));

    Result<ModelData> model = ModelFile::load(file);
    if (!model) {
        err << Prefix << model.error() << u'\n';
        return Unusable;
    }
    // The look chosen here for this export only: the file is not changed.
    if (!look.isEmpty())
        for (qsizetype i = 0; i < model.value().views.size(); ++i) {
            View *v = model.value().views.find(model.value().views.at(i).id);
            if (look == u"archimate")
                v->settings.insert(notationSetting(), notationName(Notation::ArchiMate));
            else
                v->settings.remove(notationSetting());
        }
    if (QFontInfo(DiagramStyle::labelFont()).family() != DiagramStyle::fontFamily())
        err << Prefix
            << tr("warning: the diagram font %1 is not installed (Debian package "
                  "fonts-noto-core); another font is used.")
                       .arg(DiagramStyle::fontFamily())
            << u'\n';
    if (parser.isSet(all))
        return exportAll(model.value(), file, fmt, options, out_, out, err);

    const View *chosen = findView(model.value(), parser.value(view), file, err);
    if (!chosen)
        return Unusable;
    const std::unique_ptr<DiagramExporter> exporter = DiagramExporter::create(fmt);
    if (!exporter->writeFile(model.value(), *chosen, options, out_)) {
        err << Prefix << exporter->errorString() << u'\n';
        return Unusable;
    }
    out << tr("Wrote %1 (“%2”).").arg(out_, chosen->name) << u'\n';
    return Ok;
}

} // namespace kt::cli
