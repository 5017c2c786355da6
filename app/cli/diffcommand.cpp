#include "diffcommand.h"
#include "diffjson.h"
#include "difftext.h"
#include "options.h"
#include "reportoutput.h"

#include <model/diff/modeldiff.h>
#include <model/export/reports/reportwriter.h>
#include <model/modelfile.h>
#include <model/report/comparisonreport.h>
#include <model/report/reportoptions.h>
#include <model/store/baselinestore.h>

#include <QCommandLineParser>
#include <QJsonDocument>

namespace kt::cli {

using namespace Qt::StringLiterals;

namespace {

const QString Prefix = u"kientruc diff: "_s;

} // namespace

QString DiffCommand::name() const
{
    return u"diff"_s;
}

QString DiffCommand::synopsis() const
{
    return u"diff OLD NEW [--json] [--baseline NAME] [--report OUT --format pdf|docx|odt|html]"_s;
}

QString DiffCommand::description() const
{
    return tr("Compare two versions of a model (.ktm or .xml), or a .ktm with one of its "
              "baselines; exit code 1 when they differ.");
}

int DiffCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(u"json"_s, tr("Print the changes as JSON."));
    const QCommandLineOption baseline(
        u"baseline"_s, tr("Compare the model of NEW with its baseline NAME."), u"NAME"_s);
    const QCommandLineOption report(u"report"_s, tr("Write a comparison report to OUT."), u"OUT"_s);
    const QCommandLineOption format(
        u"format"_s, tr("The report's format: pdf, docx, odt or html."), u"FORMAT"_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show this help."));
    const QList<QCommandLineOption> all { json, baseline, report, format, helpOption };
    parser.addOptions(all);
    if (wantsHelp(arguments)) {
        out << commandHelp(*this, all) << u'\n'
            << tr("Exit codes: 0 the models are the same, 1 they differ, 2 an error.") << u'\n';
        return Ok;
    }
    const auto usage = [&](const QString &problem) { return usageError(*this, problem, err); };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList files = parser.positionalArguments();
    const bool withBaseline = parser.isSet(baseline);
    if (withBaseline && files.size() != 1)
        return usage(tr("with --baseline, give one .ktm file: its model is compared with the "
                        "baseline."));
    if (!withBaseline && files.size() != 2)
        return usage(tr("give the old and the new model: two files."));
    if (parser.isSet(format) && !parser.isSet(report))
        return usage(tr("--format is the format of the report: give --report OUT too."));
    QString reportFormatName;
    if (parser.isSet(report)) {
        QString problem;
        reportFormatName = reportFormat(
            parser.value(report), parser.value(format), parser.isSet(format), &problem);
        if (reportFormatName.isEmpty())
            return usage(problem);
    }

    const QString newPath = files.last();
    const Result<ModelData> newModel = ModelFile::load(newPath);
    if (!newModel) {
        err << Prefix << newModel.error() << u'\n';
        return Unusable;
    }
    const Result<ModelData> oldModel = withBaseline
        ? BaselineStore::extract(newPath, parser.value(baseline))
        : ModelFile::load(files.first());
    if (!oldModel) {
        err << Prefix << oldModel.error() << u'\n';
        return Unusable;
    }

    const ModelDiff diff = ModelDiffer::compare(oldModel.value(), newModel.value());
    if (parser.isSet(report)) {
        const ReportOptions options = ReportOptions::fromProperties(newModel->info.extraProperties);
        const ReportDocument document
            = ComparisonReport::build(oldModel.value(), newModel.value(), diff, options);
        const std::unique_ptr<ReportWriter> writer = ReportWriter::create(reportFormatName);
        if (!writer->writeFile(document, newModel.value(), parser.value(report))) {
            err << Prefix << writer->errorString() << u'\n';
            return Unusable;
        }
        err << tr("Wrote %1.").arg(parser.value(report)) << u'\n';
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(
            QJsonDocument(DiffJson::toJson(oldModel.value(), newModel.value(), diff))
                .toJson(QJsonDocument::Indented));
    else
        out << DiffText::toText(oldModel.value(), newModel.value(), diff);
    return diff.isEmpty() ? Ok : Findings;
}

} // namespace kt::cli
