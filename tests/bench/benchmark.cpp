#include "benchmark.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

struct Times
{
    QList<double> wall;
    QList<double> cpu;
};

Times times(int runs, const std::function<void()> &work, const std::function<void()> &after)
{
    work(); // warm-up: caches, lazy initialisation, first-touch allocation
    if (after)
        after();
    Times result;
    for (int i = 0; i < runs; ++i) {
        const double cpu = Benchmark::cpuTimeMs();
        QElapsedTimer timer;
        timer.start();
        work();
        result.wall.append(timer.nsecsElapsed() / 1e6);
        result.cpu.append(Benchmark::cpuTimeMs() - cpu);
        if (after)
            after();
    }
    std::sort(result.wall.begin(), result.wall.end());
    std::sort(result.cpu.begin(), result.cpu.end());
    return result;
}

double median(const QList<double> &sorted)
{
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

} // namespace

Measurement Benchmark::measure(const QString &operation, const QString &size,
    const std::function<void()> &work, const Floor &floor, const std::function<void()> &after) const
{
    if (!m_only.isEmpty() && !operation.contains(m_only, Qt::CaseInsensitive))
        return {};
    QTextStream(stderr) << u"  %1 (%2)\n"_s.arg(operation, size);
    const Times t = times(m_runs, work, after);
    Measurement m;
    m.operation = operation;
    m.size = size;
    m.medianMs = median(t.wall);
    m.minMs = t.wall.first();
    m.maxMs = t.wall.last();
    m.cpuMs = median(t.cpu);
    if (floor.work) {
        m.floorMs = median(times(m_runs, floor.work, {}).wall);
        m.floorName = floor.name;
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

QJsonObject Measurement::toJson() const
{
    QJsonObject o { { u"operation"_s, operation }, { u"size"_s, size }, { u"medianMs"_s, medianMs },
        { u"minMs"_s, minMs }, { u"maxMs"_s, maxMs }, { u"cpuMs"_s, cpuMs } };
    if (floorMs >= 0) {
        o.insert(u"floor"_s, floorName);
        o.insert(u"floorMs"_s, floorMs);
        o.insert(u"ratio"_s, ratio());
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
    m.floorMs = o.value(u"floorMs"_s).toDouble(-1);
    m.floorName = o.value(u"floor"_s).toString();
    return m;
}

} // namespace kt::bench
