// kientruc-bench: performance of Kiến Trúc Studio on generated models, with the
// floor measured in the same run. Not a test: figures go to docs/PERFORMANCE.md.
#include "benchmark.h"
#include "canvasbench.h"
#include "modelgenerator.h"

#include <model/meta/profileregistry.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace kt;
using namespace kt::bench;

namespace {

void printTable(QTextStream &out, const QList<Measurement> &results)
{
    out << u"%1  %2  %3  %4  %5  %6  %7\n"_s.arg(u"operation"_s.leftJustified(34),
                                                  u"size"_s.leftJustified(30),
                                                  u"median ms"_s.rightJustified(10),
                                                  u"min"_s.rightJustified(9), u"max"_s.rightJustified(9),
                                                  u"floor ms"_s.rightJustified(9),
                                                  u"x floor"_s.rightJustified(8));
    for (const Measurement &m : results) {
        const QString floor = m.floorMs >= 0 ? QString::number(m.floorMs, 'f', 2) : u"-"_s;
        const QString ratio = m.floorMs > 0 ? QString::number(m.medianMs / m.floorMs, 'f', 1)
                                            : u"-"_s;
        out << u"%1  %2  %3  %4  %5  %6  %7\n"_s.arg(
                m.operation.leftJustified(34), m.size.leftJustified(30),
                QString::number(m.medianMs, 'f', 2).rightJustified(10),
                QString::number(m.minMs, 'f', 2).rightJustified(9),
                QString::number(m.maxMs, 'f', 2).rightJustified(9), floor.rightJustified(9),
                ratio.rightJustified(8));
    }
}

QJsonArray toJson(const QList<Measurement> &results)
{
    QJsonArray array;
    for (const Measurement &m : results) {
        QJsonObject o{{u"operation"_s, m.operation},
                      {u"size"_s, m.size},
                      {u"medianMs"_s, m.medianMs},
                      {u"minMs"_s, m.minMs},
                      {u"maxMs"_s, m.maxMs}};
        if (m.floorMs >= 0) {
            o.insert(u"floor"_s, m.floorName);
            o.insert(u"floorMs"_s, m.floorMs);
            o.insert(u"ratio"_s, m.floorMs > 0 ? m.medianMs / m.floorMs : 0.0);
        }
        array.append(o);
    }
    return array;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kien Truc Studio benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"One small run of everything (CI: the program must not rot)."_s);
    const QCommandLineOption json(u"json"_s, u"Print the results as JSON."_s);
    const QCommandLineOption runs(u"runs"_s, u"Measured runs per operation (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated models."_s, u"N"_s, u"2026"_s);
    parser.addOptions({quick, json, runs, seed});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const Result<ProfilePtr> profile = ProfileRegistry::profile(ProfileRegistry::defaultFrameworkId());
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
    const Benchmark benchmark(isQuick ? 1 : std::max(1, parser.value(runs).toInt()));

    QList<Measurement> results;
    // The canvas: a view of 5,000 nodes and 7,500 connections (500 in quick mode).
    const int canvasNodes = isQuick ? 500 : 5000;
    const ModelData canvasModel = generator.generateDiagram(canvasNodes);
    results += benchCanvas(benchmark, canvasModel, canvasModel.views.at(0).id);

    if (parser.isSet(json)) {
        const QJsonObject root{{u"results"_s, toJson(results)},
                               {u"peakMemoryKiB"_s, Benchmark::peakMemoryKiB()},
                               {u"quick"_s, isQuick}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        printTable(out, results);
        out << u"\npeak memory: %1 MiB\n"_s.arg(Benchmark::peakMemoryKiB() / 1024.0, 0, 'f', 1);
    }
    return 0;
}
