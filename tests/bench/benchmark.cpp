#include "benchmark.h"

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace kt::bench {

static QList<double> times(int runs, const std::function<void()> &work)
{
    work(); // warm-up: caches, lazy initialisation, first-touch allocation
    QList<double> result;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        result.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(result.begin(), result.end());
    return result;
}

Measurement Benchmark::measure(const QString &operation, const QString &size,
                               const std::function<void()> &work) const
{
    const QList<double> t = times(m_runs, work);
    Measurement m;
    m.operation = operation;
    m.size = size;
    m.medianMs = t.at(t.size() / 2);
    m.minMs = t.first();
    m.maxMs = t.last();
    return m;
}

Measurement Benchmark::measure(const QString &operation, const QString &size,
                               const std::function<void()> &work, const QString &floorName,
                               const std::function<void()> &floor) const
{
    Measurement m = measure(operation, size, work);
    const QList<double> f = times(m_runs, floor);
    m.floorMs = f.at(f.size() / 2);
    m.floorName = floorName;
    return m;
}

qint64 Benchmark::peakMemoryKiB()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
#else
    return -1;
#endif
}

} // namespace kt::bench
