#include "reportcommand.h"
#include "options.h"
#include "reportoutput.h"

#include <model/export/reports/reportwriter.h>
#include <model/modelfile.h>
#include <model/report/reportbuilder.h>
#include <model/report/reportoptions.h>

#include <QFile>
#include <QFileInfo>

namespace kt::cli {

using namespace Qt::StringLiterals;

namespace {

const QString Prefix = u"kientruc report: "_s;

} // namespace

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::synopsis() const
{
    return u"report FILE [--report architecture|decision|inventory] --format pdf|docx|odt|html "
           "[--lang vi|en] [--options FILE.json] [--final] -o OUT"_s;
}

QString ReportCommand::description() const
{
    return tr("Write the architecture document, the draft approving decision or the inventory "
              "of information systems as PDF, DOCX, ODT or HTML.");
}

QString ReportCommand::help(const QList<QCommandLineOption> &options) const
{
    QString text = commandHelp(*this, options);
    text += u'\n'
            + tr("The options start from those stored in the model (the editor's Report dialog "
                 "stores them), then the JSON file of --options over them, then the flags.")
            + u'\n';
    return text;
}

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write."), u"OUT"_s);
    const QCommandLineOption report(
            u"report"_s, tr("architecture, decision or inventory (default: the model's stored choice, else "
                       "architecture)."), u"REPORT"_s);
    const QCommandLineOption format(u"format"_s, tr("pdf, docx, odt or html (else OUT's extension)."),
                                    u"FORMAT"_s);
    const QCommandLineOption language(u"lang"_s, tr("The report's language: vi or en."),
                                      u"LANG"_s);
    const QCommandLineOption optionsFile(u"options"_s,
                                         tr("A JSON file of report options (see README.md)."),
                                         u"FILE.json"_s);
    const QCommandLineOption finalText(u"final"_s, tr("The final text: empty sections left out, no "
                                                  "draft placeholders."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QList<QCommandLineOption> all{output, report, format, language, optionsFile, finalText,
                                        helpOption};
    parser.addOptions(all);
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        out << help(all);
        return Ok;
    }
    if (!parseArguments(parser, *this, arguments, 1, err))
        return Unusable;
    const QString file = parser.positionalArguments().first();
    const auto usage = [&](const QString &problem) {
        err << Prefix << problem << u'\n' << tr("Usage: kientruc %1").arg(synopsis()) << u'\n';
        return int(Unusable);
    };
    if (!parser.isSet(output))
        return usage(tr("say where to write with -o OUT."));
    const QString path = parser.value(output);
    QString problem;
    const QString fmt = reportFormat(path, parser.value(format), parser.isSet(format), &problem);
    if (fmt.isEmpty())
        return usage(problem);
    ReportKind kind = ReportKind::Architecture;
    if (parser.isSet(report) && !ReportOptions::kindFromName(parser.value(report).toLower(), &kind))
        return usage(tr("unknown report “%1”: use architecture, decision or inventory.")
                             .arg(parser.value(report)));
    const QString lang = parser.value(language).toLower();
    if (parser.isSet(language) && lang != u"vi" && lang != u"en")
        return usage(tr("unknown language “%1”: use vi or en.").arg(parser.value(language)));
    QByteArray json;
    if (parser.isSet(optionsFile)) {
        QFile options(parser.value(optionsFile));
        if (!options.open(QIODevice::ReadOnly)) {
            err << Prefix << tr("cannot read the options file %1: %2.")
                                     .arg(options.fileName(), options.errorString())
                << u'\n';
            return Unusable;
        }
        json = options.readAll();
    }

    const Result<ModelData> model = ModelFile::load(file);
    if (!model) {
        err << Prefix << model.error() << u'\n';
        return Unusable;
    }
    ReportOptions options = ReportOptions::fromProperties(model->info.extraProperties);
    if (parser.isSet(optionsFile)) {
        const Result<ReportOptions> read = ReportOptions::fromJson(json, options);
        if (!read) {
            err << Prefix << tr("in the options file %1: %2").arg(parser.value(optionsFile),
                                                                 read.error())
                << u'\n';
            return Unusable;
        }
        options = read.value();
    }
    if (parser.isSet(report))
        options.kind = kind;
    if (!lang.isEmpty())
        options.language = lang;
    if (parser.isSet(finalText))
        options.final = true;

    const ReportDocument document = ReportBuilder::build(model.value(), options);
    const std::unique_ptr<ReportWriter> writer = ReportWriter::create(fmt);
    if (!writer->writeFile(document, model.value(), path)) {
        err << Prefix << writer->errorString() << u'\n';
        return Unusable;
    }
    out << tr("Wrote %1.").arg(path) << u'\n';
    return Ok;
}

} // namespace kt::cli
