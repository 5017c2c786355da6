#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kt::bench {

// The median of values (not empty).
double median(QList<double> values);

// One measured operation: median, min and max wall time over several runs after a
// warm-up, the median CPU time of the process over the same runs (steadier than
// wall time on a shared machine), and beside it the floor measured the same way
// in the same run (the least any program must spend on the same work).
// One floor of an operation as measured.
struct FloorFigure
{
    QString name;
    double medianMs = -1;
    double minMs = -1;
    // A library step that the operation and the floor both take (PNG's zlib), timed
    // alone: when it is most of the floor, the ratio says little about our code.
    // A step named but not timed (sharedMs < 0) is the floor's whole work (Qt's
    // PDF engine writing the text of a bare PDF).
    QString sharedStep;
    double sharedMs = -1;
};

struct Measurement
{
    // A ratio below this means the floor does more or slower work than the
    // operation: a defect of the benchmark, not a feat of the program.
    static constexpr double FloorDefect = 0.95;

    QString operation;
    QString size; // what was measured: "M", "5000 nodes" ...
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double cpuMs = 0;
    QList<FloorFigure> floors; // the first is the main one; the others lower still

    bool hasFloor() const { return !floors.isEmpty(); }
    double floorMs() const { return floors.isEmpty() ? -1 : floors.first().medianMs; }
    QString floorName() const { return floors.isEmpty() ? QString() : floors.first().name; }
    // Median of the operation over median of the floor (the first by default).
    double ratio(qsizetype floor = 0) const;
    // The fastest run of the operation over the floor's fastest (for the report).
    double ratioAtFastest(qsizetype floor = 0) const;
    // True when the ratio (of the medians) is below FloorDefect: the floor took
    // longer than its operation. Both run in turn, so the machine's load falls on
    // both; a floor close to its operation by nature (PNG: zlib) is noted instead.
    bool floorDefect(qsizetype floor) const;
    QJsonObject toJson() const;
    static Measurement fromJson(const QJsonObject &object);
};

// The floor of an operation: its name and the work, measured the same way.
// sharedStep/shared, if given: the library step the floor shares with the
// operation, timed alone the same way; sharedStep without shared: the floor is
// that library step through and through (nothing of it can be timed apart).
struct OperationFloor
{
    QString name;
    std::function<void()> work;
    QString sharedStep = {};
    std::function<void()> shared = {};
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
    // False for an operation that `only` leaves out: what only it needs need not be made.
    bool wanted(const QString &operation) const
    {
        return m_only.isEmpty() || operation.contains(m_only, Qt::CaseInsensitive);
    }

    using Floor = OperationFloor;

    // Runs the work runs+1 times (the first is the warm-up, not counted), and the
    // floors if any the same way, a run of each after each run of the work, so that
    // a change of the machine's load falls on both. An operation with floors runs
    // at least MinFloorRuns times, so that its ratio does not rest on one run.
    // after, if given, runs after each run of the work, untimed: it drops what the
    // work made (freeing a model is not opening it). An operation left out by
    // `only` is not run and gives a Measurement without an operation name.
    Measurement measure(const QString &operation, const QString &size,
        const std::function<void()> &work, const Floor &floor = {},
        const std::function<void()> &after = {}) const;
    Measurement measure(const QString &operation, const QString &size,
        const std::function<void()> &work, const QList<Floor> &floors,
        const std::function<void()> &after = {}) const;

    // An operation the caller times itself (work(run) returns its milliseconds; run 0 is
    // the warm-up, not counted), for what spans threads or needs untimed steps between
    // runs; one floor timed the same way, a run of it after each run of the work.
    // before(run), if given, runs before each run of the work, untimed.
    Measurement measureTimed(const QString &operation, const QString &size,
        const std::function<double(int run)> &work, const QString &floorName,
        const std::function<double()> &floor,
        const std::function<void(int run)> &before = {}) const;

    static constexpr int MinFloorRuns = 3;

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
