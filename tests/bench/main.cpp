// kientruc-bench: performance of Kien Truc Studio on generated models, with the
// floor measured in the same run. Not a test: figures go to docs/PERFORMANCE.md.
//
//   kientruc-bench [--sizes S,M,L] [--runs N] [--seed N] [--dir DIR] [--json]
//   kientruc-bench --quick                      (CI: everything once, on S; fails
//                                                on a failed operation or a floor defect)
//   kientruc-bench generate --size S|M|L -o DIR (writes DIR/<size>.ktm and .xml)
#include "benchjobs.h"
#include "benchmark.h"
#include "benchrunner.h"
#include "modelgenerator.h"
#include "report.h"

#include <model/meta/profileregistry.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace kt;
using namespace kt::bench;

namespace {

void printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int exitCode(const QJsonObject &answer)
{
    return answer.value(u"failures"_s).toArray().isEmpty() ? 0 : 1;
}

int generate(ModelGenerator &generator, const QStringList &sizes, const QString &dir, bool json)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QDir().mkpath(dir)) {
        err << u"kientruc-bench: cannot create the folder %1\n"_s.arg(dir);
        return 2;
    }
    int code = 0;
    for (const QString &name : sizes) {
        const ModelSize size = sizeByName(name);
        if (size.elements == 0) {
            err << u"kientruc-bench: unknown size %1 (S, M, L or X)\n"_s.arg(name);
            return 2;
        }
        const QJsonObject answer = BenchJobs::generate(generator, size, dir);
        code = std::max(code, exitCode(answer));
        if (json) {
            printJson(answer);
            continue;
        }
        const QJsonObject model = answer.value(u"model"_s).toObject();
        out << u"%1: %2 elements, %3 relationships, %4 views, %5 nodes, %6 connections -> %7 "
               u"(%8 bytes), %9 (%10 bytes)\n"_s
                   .arg(size.name, QString::number(model.value(u"elements"_s).toInteger()),
                       QString::number(model.value(u"relationships"_s).toInteger()),
                       QString::number(model.value(u"views"_s).toInteger()),
                       QString::number(model.value(u"nodes"_s).toInteger()),
                       QString::number(model.value(u"connections"_s).toInteger()),
                       BenchJobs::ktmPath(dir, size.name),
                       QString::number(model.value(u"ktmBytes"_s).toInteger()),
                       BenchJobs::xmlPath(dir, size.name))
                   .arg(model.value(u"xmlBytes"_s).toInteger());
        for (const QJsonValue &failure : answer.value(u"failures"_s).toArray())
            err << u"kientruc-bench: "_s << failure.toString() << u'\n';
    }
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"kientruc-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Kien Truc Studio benchmark: times of the main operations on generated models of "
        u"three sizes, beside the floor of each, with peak memory.\n"
        u"  kientruc-bench generate --size S|M|L -o DIR   writes DIR/<size>.ktm and "
        u"DIR/<size>.xml"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"generate"_s, u"Only write the models of --size into -o."_s, u"[generate]"_s);
    const QCommandLineOption quick(u"quick"_s,
        u"Everything once on S, small views (CI: the "
        u"program must not rot; times mean nothing)."_s);
    const QCommandLineOption json(u"json"_s, u"Print the results as JSON."_s);
    const QCommandLineOption runs(
        u"runs"_s, u"Measured runs per operation (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated models."_s, u"N"_s, u"2026"_s);
    const QCommandLineOption sizes(
        u"sizes"_s,
        u"Sizes to measure (default S,M,L; X: 4,000 elements, 6,000 relationships, "
        u"200 views)."_s,
        u"LIST"_s, u"S,M,L"_s);
    const QCommandLineOption dir(u"dir"_s,
        u"Keep the model files in DIR (made when missing; "
        u"default: a temporary folder)."_s,
        u"DIR"_s);
    const QCommandLineOption size(
        u"size"_s, u"generate: the size, S, M, L or X (or a list)."_s, u"SIZE"_s, u"S"_s);
    const QCommandLineOption output(
        { u"o"_s, u"output"_s }, u"generate: the folder."_s, u"DIR"_s, u"."_s);
    const QCommandLineOption only(
        u"only"_s, u"Only the operations whose name contains TEXT."_s, u"TEXT"_s);
    const QCommandLineOption print(
        u"print"_s, u"Print the report of an earlier --json run."_s, u"FILE"_s);
    QCommandLineOption job(u"job"_s, u"Internal: run one job of the benchmark."_s, u"JOB"_s);
    job.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ quick, json, runs, seed, sizes, dir, size, output, only, print, job });
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(print)) {
        QFile file(parser.value(print));
        if (!file.open(QIODevice::ReadOnly)) {
            err << u"kientruc-bench: %1: %2\n"_s.arg(file.fileName(), file.errorString());
            return 2;
        }
        QTextStream out(stdout);
        Report::print(out, QJsonDocument::fromJson(file.readAll()).object());
        return 0;
    }
    const Result<ProfilePtr> profile
        = ProfileRegistry::profile(ProfileRegistry::defaultFrameworkId());
    if (!profile) {
        err << profile.error() << u'\n';
        return 2;
    }
    ModelGenerator generator(profile.value(), parser.value(seed).toUInt());
    QString error;
    if (!generator.loadWords(QStringLiteral(KT_BENCH_WORDS), &error)) {
        err << error << u'\n';
        return 2;
    }
    const bool isQuick = parser.isSet(quick);
    const Benchmark benchmark(
        isQuick ? 1 : std::max(1, parser.value(runs).toInt()), parser.value(only));

    if (parser.positionalArguments() == QStringList { u"generate"_s })
        return generate(
            generator, parser.value(size).split(u','), parser.value(output), parser.isSet(json));
    if (!parser.positionalArguments().isEmpty()) {
        err << u"kientruc-bench: unknown command %1\n"_s.arg(
            parser.positionalArguments().join(u' '));
        return 2;
    }

    if (parser.isSet(job)) {
        const QString name = parser.value(job);
        QJsonObject answer;
        if (name == u"models")
            answer = BenchJobs::models(benchmark, parser.value(size), parser.value(dir));
        else if (name == u"views")
            answer = BenchJobs::views(benchmark, generator, isQuick);
        else if (name == u"editor")
            answer = BenchJobs::editor(parser.value(size), parser.value(dir));
        else if (name == u"report-pdf" || name == u"report-docx")
            answer = BenchJobs::report(
                benchmark, parser.value(size), parser.value(dir), name.mid(7));
        else if (name == u"repository")
            answer = BenchJobs::repository(benchmark, parser.value(size), parser.value(dir));
        else if (name == u"diff")
            answer = BenchJobs::diff(benchmark, parser.value(size), parser.value(dir));
        else
            return 2;
        printJson(answer);
        return exitCode(answer);
    }

    BenchRunner::Options options;
    options.quick = isQuick;
    options.runs = benchmark.runs();
    options.seed = parser.value(seed).toUInt();
    options.sizes = isQuick ? QStringList { u"S"_s } : parser.value(sizes).toUpper().split(u',');
    options.dir = parser.value(dir);
    options.only = parser.value(only);
    for (const QString &name : std::as_const(options.sizes)) {
        if (sizeByName(name).elements == 0) {
            err << u"kientruc-bench: unknown size %1 (S, M, L or X)\n"_s.arg(name);
            return 2;
        }
    }
    QJsonObject report = BenchRunner(options).run();
    Report::complete(report);
    const QJsonArray defects = report.value(u"floorDefects"_s).toArray();
    if (parser.isSet(json)) {
        printJson(report);
        for (const QJsonValue &defect : defects)
            err << u"kientruc-bench: FLOOR DEFECT: "_s << defect.toString() << u'\n';
    } else {
        QTextStream out(stdout);
        Report::print(out, report);
    }
    // A floor slower than its operation is a wrong floor, not a fast program: the
    // quick run of CI fails on it so that such a floor cannot land.
    return Report::exitCode(report, isQuick);
}
