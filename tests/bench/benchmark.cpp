#include "benchmark.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

namespace kt::bench {

using namespace Qt::StringLiterals;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

namespace {

double minimum(const QList<double> &values)
{
    return *std::min_element(values.cbegin(), values.cend());
}

double maximum(const QList<double> &values)
{
    return *std::max_element(values.cbegin(), values.cend());
}

// Wall milliseconds of one run of work.
double wallMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

Measurement Benchmark::measure(const QString &operation, const QString &size,
    const std::function<void()> &work, const Floor &floor, const std::function<void()> &after) const
{
    return measure(operation, size, work,
        floor.work ? QList<Floor> { floor } : QList<Floor>(), after);
}

Measurement Benchmark::measureTimed(const QString &operation, const QString &size,
    const std::function<double(int)> &work, const QString &floorName,
    const std::function<double()> &floor, const std::function<void(int)> &before) const
{
    if (!wanted(operation))
        return {};
    QTextStream(stderr) << u"  %1 (%2)\n"_s.arg(operation, size);
    if (before)
        before(0);
    work(0); // the warm-up
    floor();
    QList<double> wall, cpu, floorWall;
    const int runs = std::max(m_runs, MinFloorRuns);
    for (int i = 1; i <= runs; ++i) {
        if (before)
            before(i);
        const double cpuBefore = cpuTimeMs();
        wall.append(work(i));
        cpu.append(cpuTimeMs() - cpuBefore);
        floorWall.append(floor());
    }
    Measurement m;
    m.operation = operation;
    m.size = size;
    m.medianMs = median(wall);
    m.minMs = *std::min_element(wall.cbegin(), wall.cend());
    m.maxMs = *std::max_element(wall.cbegin(), wall.cend());
    m.cpuMs = median(cpu);
    FloorFigure figure;
    figure.name = floorName;
    figure.medianMs = median(floorWall);
    figure.minMs = *std::min_element(floorWall.cbegin(), floorWall.cend());
    m.floors.append(figure);
    return m;
}

Measurement Benchmark::measure(const QString &operation, const QString &size,
    const std::function<void()> &work, const QList<Floor> &floors,
    const std::function<void()> &after) const
{
    if (!wanted(operation))
        return {};
    QTextStream(stderr) << u"  %1 (%2)\n"_s.arg(operation, size);
    // Warm-up: caches, lazy initialisation, first-touch allocation.
    work();
    if (after)
        after();
    for (const Floor &floor : floors) {
        floor.work();
        if (floor.shared)
            floor.shared();
    }
    const int runs = floors.isEmpty() ? m_runs : std::max(m_runs, MinFloorRuns);
    QList<double> wall;
    QList<double> cpu;
    QList<QList<double>> floorWall(floors.size());
    QList<QList<double>> sharedWall(floors.size());
    for (int i = 0; i < runs; ++i) {
        const double cpuBefore = Benchmark::cpuTimeMs();
        wall.append(wallMs(work));
        cpu.append(Benchmark::cpuTimeMs() - cpuBefore);
        if (after)
            after();
        for (qsizetype f = 0; f < floors.size(); ++f) {
            floorWall[f].append(wallMs(floors.at(f).work));
            if (floors.at(f).shared)
                sharedWall[f].append(wallMs(floors.at(f).shared));
        }
    }
    Measurement m;
    m.operation = operation;
    m.size = size;
    m.medianMs = median(wall);
    m.minMs = minimum(wall);
    m.maxMs = maximum(wall);
    m.cpuMs = median(cpu);
    for (qsizetype f = 0; f < floors.size(); ++f) {
        FloorFigure figure;
        figure.name = floors.at(f).name;
        figure.medianMs = median(floorWall.at(f));
        figure.minMs = minimum(floorWall.at(f));
        figure.sharedStep = floors.at(f).sharedStep;
        if (floors.at(f).shared)
            figure.sharedMs = median(sharedWall.at(f));
        m.floors.append(figure);
    }
    return m;
}

void Benchmark::check(bool ok, const QString &what) const
{
    if (ok)
        return;
    QTextStream(stderr) << u"kientruc-bench: FAILED: %1\n"_s.arg(what);
    if (!m_failures.contains(what))
        m_failures.append(what);
}

qint64 Benchmark::peakMemoryKiB()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
#else
    return -1;
#endif
}

double Benchmark::cpuTimeMs()
{
#ifdef Q_OS_UNIX
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
#else
    return 0;
#endif
}

double Measurement::ratioAtFastest(qsizetype floor) const
{
    if (floor >= floors.size() || floors.at(floor).minMs <= 0)
        return -1;
    return minMs / floors.at(floor).minMs;
}

double Measurement::ratio(qsizetype floor) const
{
    if (floor >= floors.size() || floors.at(floor).medianMs <= 0)
        return -1;
    return medianMs / floors.at(floor).medianMs;
}

bool Measurement::floorDefect(qsizetype floor) const
{
    if (floor >= floors.size() || floors.at(floor).medianMs <= 0)
        return false;
    return ratio(floor) < FloorDefect;
}

QJsonObject Measurement::toJson() const
{
    QJsonObject o { { u"operation"_s, operation }, { u"size"_s, size }, { u"medianMs"_s, medianMs },
        { u"minMs"_s, minMs }, { u"maxMs"_s, maxMs }, { u"cpuMs"_s, cpuMs } };
    if (!floors.isEmpty()) {
        // The first floor also as single values: reports of earlier versions had only those.
        o.insert(u"floor"_s, floorName());
        o.insert(u"floorMs"_s, floorMs());
        o.insert(u"ratio"_s, ratio());
        QJsonArray list;
        for (qsizetype i = 0; i < floors.size(); ++i) {
            const FloorFigure &f = floors.at(i);
            QJsonObject floor { { u"name"_s, f.name }, { u"medianMs"_s, f.medianMs },
                { u"minMs"_s, f.minMs }, { u"ratio"_s, ratio(i) },
                { u"defect"_s, floorDefect(i) } };
            if (!f.sharedStep.isEmpty())
                floor.insert(u"sharedStep"_s, f.sharedStep);
            if (f.sharedMs >= 0)
                floor.insert(u"sharedMs"_s, f.sharedMs);
            list.append(floor);
        }
        o.insert(u"floors"_s, list);
    }
    return o;
}

Measurement Measurement::fromJson(const QJsonObject &o)
{
    Measurement m;
    m.operation = o.value(u"operation"_s).toString();
    m.size = o.value(u"size"_s).toString();
    m.medianMs = o.value(u"medianMs"_s).toDouble();
    m.minMs = o.value(u"minMs"_s).toDouble();
    m.maxMs = o.value(u"maxMs"_s).toDouble();
    m.cpuMs = o.value(u"cpuMs"_s).toDouble();
    for (const QJsonValue &value : o.value(u"floors"_s).toArray()) {
        const QJsonObject f = value.toObject();
        m.floors.append({ f.value(u"name"_s).toString(), f.value(u"medianMs"_s).toDouble(-1),
            f.value(u"minMs"_s).toDouble(-1), f.value(u"sharedStep"_s).toString(),
            f.value(u"sharedMs"_s).toDouble(-1) });
    }
    if (m.floors.isEmpty() && o.value(u"floorMs"_s).toDouble(-1) >= 0)
        m.floors.append({ o.value(u"floor"_s).toString(), o.value(u"floorMs"_s).toDouble(),
            -1, {}, -1 });
    return m;
}

} // namespace kt::bench
