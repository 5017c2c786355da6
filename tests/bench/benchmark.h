#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kt::bench {

// One measured operation: median, min and max wall time over several runs after a
// warm-up, the median CPU time of the process over the same runs (steadier than
// wall time on a shared machine), and beside it the floor measured the same way
// in the same run (the least any program must spend on the same work).
struct Measurement
{
    QString operation;
    QString size; // what was measured: "M", "5000 nodes" ...
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double cpuMs = 0;
    double floorMs = -1; // < 0: no floor
    QString floorName;

    double ratio() const { return floorMs > 0 ? medianMs / floorMs : -1; }
    QJsonObject toJson() const;
    static Measurement fromJson(const QJsonObject &object);
};

// Runs operations and collects what failed: a failed operation makes the program
// exit non-zero, so that the quick run in CI notices a benchmark that has rotted.
class Benchmark
{
public:
    // only: measure only the operations whose name contains it (any case).
    explicit Benchmark(int runs, QString only = {})
        : m_runs(runs)
        , m_only(std::move(only))
    {
    }

    int runs() const { return m_runs; }

    // The floor of an operation: its name and the work, measured the same way.
    struct Floor
    {
        QString name;
        std::function<void()> work;
    };

    // Runs the work runs+1 times (the first is the warm-up, not counted), then the
    // floor if any the same way. after, if given, runs after each run of the work,
    // untimed: it drops what the work made (freeing a model is not opening it).
    // An operation left out by `only` is not run and gives a Measurement without
    // an operation name.
    Measurement measure(const QString &operation, const QString &size,
        const std::function<void()> &work, const Floor &floor = {},
        const std::function<void()> &after = {}) const;

    // Records a failure (the work went wrong, the figure means nothing).
    void check(bool ok, const QString &what) const;
    QStringList failures() const { return m_failures; }

    static qint64 peakMemoryKiB();
    static double cpuTimeMs();

private:
    int m_runs;
    QString m_only;
    mutable QStringList m_failures;
};

} // namespace kt::bench
