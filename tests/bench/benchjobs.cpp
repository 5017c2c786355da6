#include "benchjobs.h"
#include "canvasbench.h"
#include "diffbench.h"
#include "exchangebench.h"
#include "exportbench.h"
#include "modelbench.h"
#include "modelgenerator.h"
#include "reportbench.h"
#include "repobench.h"
#include "sqlitefloor.h"
#include "storebench.h"

#include <model/io/exchangewriter.h>
#include <model/store/ktmstore.h>
#include <model/validate/validator.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/document/document.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

QJsonObject counts(const ModelData &data)
{
    qint64 nodes = 0;
    qint64 connections = 0;
    qint64 largest = 0;
    for (const View &view : data.views) {
        nodes += view.nodes.size();
        connections += view.connections.size();
        largest = std::max<qint64>(largest, view.nodes.size());
    }
    return { { u"elements"_s, data.elements.size() },
        { u"relationships"_s, data.relationships.size() }, { u"views"_s, data.views.size() },
        { u"nodes"_s, nodes }, { u"connections"_s, connections }, { u"largestView"_s, largest } };
}

QJsonArray toJson(const QList<Measurement> &results)
{
    QJsonArray array;
    for (const Measurement &m : results)
        if (!m.operation.isEmpty())
            array.append(m.toJson());
    return array;
}

QJsonObject finish(QJsonObject object, const QStringList &failures)
{
    object.insert(u"peakMemoryKiB"_s, Benchmark::peakMemoryKiB());
    object.insert(u"failures"_s, QJsonArray::fromStringList(failures));
    return object;
}

} // namespace

QString BenchJobs::ktmPath(const QString &dir, const QString &size)
{
    return QDir(dir).filePath(size + u".ktm"_s);
}

QString BenchJobs::xmlPath(const QString &dir, const QString &size)
{
    return QDir(dir).filePath(size + u".xml"_s);
}

QJsonObject BenchJobs::generate(
    ModelGenerator &generator, const ModelSize &size, const QString &dir)
{
    QStringList failures;
    QElapsedTimer timer;
    timer.start();
    const ModelData data = generator.generate(size);
    const qint64 generated = timer.elapsed();
    KtmStore store;
    const QString ktm = ktmPath(dir, size.name);
    if (!store.save(data, ktm))
        failures.append(store.errorString());
    ExchangeWriter writer;
    const QString xml = xmlPath(dir, size.name);
    if (!writer.writeFile(data, xml))
        failures.append(writer.errorString());
    QJsonObject model = counts(data);
    model.insert(u"ktmBytes"_s, QFileInfo(ktm).size());
    model.insert(u"xmlBytes"_s, QFileInfo(xml).size());
    return finish({ { u"model"_s, model }, { u"generateMs"_s, generated },
                      { u"writeMs"_s, timer.elapsed() - generated } },
        failures);
}

QJsonObject BenchJobs::models(const Benchmark &benchmark, const QString &size, const QString &dir)
{
    ModelData data;
    KtmStore store;
    if (!store.load(ktmPath(dir, size), data))
        return finish({}, { store.errorString() });
    QTemporaryDir work(QDir(dir).filePath(u"work-XXXXXX"_s));
    QList<Measurement> results = benchStore(benchmark, size, ktmPath(dir, size), data, work.path());
    results += benchExchange(benchmark, size, xmlPath(dir, size), data, work.path());
    results += benchModel(benchmark, size, data);
    results += benchReportContent(benchmark, size, data);
    QJsonObject model = counts(data);
    QString error;
    model.insert(u"rows"_s, SqliteFloor::readAll(ktmPath(dir, size), &error));
    model.insert(u"findings"_s, Validator::validate(data).size());
    return finish(
        { { u"model"_s, model }, { u"results"_s, toJson(results) } }, benchmark.failures());
}

QJsonObject BenchJobs::diff(const Benchmark &benchmark, const QString &size, const QString &dir)
{
    ModelData data;
    ModelData copy;
    QString error;
    const QJsonObject memory = diffMemory(benchmark, [&](ModelData &model) {
        KtmStore store;
        const bool loaded = store.load(ktmPath(dir, size), model);
        error = store.errorString();
        return loaded;
    }, data, copy);
    if (data.elements.isEmpty())
        return finish({}, { error });
    const QList<Measurement> results = benchDiff(benchmark, size, data, copy);
    return finish({ { u"results"_s, toJson(results) }, { u"memory"_s, memory } },
        benchmark.failures());
}

QJsonObject BenchJobs::report(
    const Benchmark &benchmark, const QString &size, const QString &dir, const QString &format)
{
    ModelData data;
    KtmStore store;
    if (!store.load(ktmPath(dir, size), data))
        return finish({}, { store.errorString() });
    const qint64 model = Benchmark::peakMemoryKiB();
    const QList<Measurement> results = benchReportWriter(benchmark, size, data, format);
    const QJsonObject memory { { u"modelKiB"_s, model },
        { u"peakKiB"_s, Benchmark::peakMemoryKiB() } };
    return finish({ { u"results"_s, toJson(results) }, { u"memory"_s, memory } },
        benchmark.failures());
}

QJsonObject BenchJobs::repository(
    const Benchmark &benchmark, const QString &size, const QString &dir)
{
    ModelData data;
    KtmStore store;
    if (!store.load(ktmPath(dir, size), data))
        return finish({}, { store.errorString() });
    return finish(benchRepository(benchmark, size, data), benchmark.failures());
}

QJsonObject BenchJobs::views(const Benchmark &benchmark, ModelGenerator &generator, bool quick)
{
    const int big = quick ? 500 : 5000;
    const int small = quick ? 100 : 1000;
    const ModelData bigDiagram = generator.generateDiagram(big);
    const ModelData smallDiagram = generator.generateDiagram(small);
    QList<Measurement> results = benchCanvas(benchmark, bigDiagram, bigDiagram.views.at(0).id);
    results += benchExport(benchmark, smallDiagram, smallDiagram.views.at(0).id);
    results += benchExport(benchmark, bigDiagram, bigDiagram.views.at(0).id);
    return finish({ { u"results"_s, toJson(results) } }, benchmark.failures());
}

QJsonObject BenchJobs::editor(const QString &size, const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    ModelData data;
    KtmStore store;
    if (!store.load(ktmPath(dir, size), data))
        return finish({}, { store.errorString() });
    const QJsonObject model = counts(data);
    Document document(std::move(data));
    const View &biggest = document.model().data().views.at(0);
    DiagramScene scene(&document, biggest.id);
    DiagramView canvas(&scene);
    canvas.resize(1920, 1080);
    canvas.zoomToFit();
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    canvas.viewport()->render(&image);
    const qsizetype findings = Validator::validate(document.model().data()).size();
    return finish({ { u"model"_s, model }, { u"shownNodes"_s, biggest.nodes.size() },
                      { u"findings"_s, findings }, { u"elapsedMs"_s, timer.elapsed() } },
        {});
}

} // namespace kt::bench
