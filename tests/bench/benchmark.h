#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

namespace kt::bench {

// One measured operation: median, min and max over several runs after a warm-up,
// beside the floor measured in the same run (the least any program must spend
// on the same work) and the ratio to it.
struct Measurement
{
    QString operation;
    QString size; // what was measured: "5000 nodes", "M" ...
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double floorMs = -1; // < 0: no floor
    QString floorName;
};

class Benchmark
{
public:
    explicit Benchmark(int runs) : m_runs(runs) {}

    // Runs the work runs+1 times (the first is the warm-up, not counted).
    Measurement measure(const QString &operation, const QString &size,
                        const std::function<void()> &work) const;
    // The same, with a floor measured the same way.
    Measurement measure(const QString &operation, const QString &size,
                        const std::function<void()> &work, const QString &floorName,
                        const std::function<void()> &floor) const;

    static qint64 peakMemoryKiB();

private:
    int m_runs;
};

} // namespace kt::bench
