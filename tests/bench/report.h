#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

class QTextStream;

namespace kt::bench {

// The benchmark's report (BenchRunner::run) for people: a table per size and one
// for the views, how each operation grows from S to M to L, and the targets of
// the issue, met or not. Times on a shared machine are not a test; a floor
// slower than its operation is a defect of the benchmark (floorDefects).
class Report
{
public:
    static void print(QTextStream &out, const QJsonObject &report);
    // The targets with the figures measured: [{target, figure, met}].
    static QJsonArray targets(const QJsonObject &report);
    // The floors slower than their operation (Measurement::floorDefect), one line each.
    static QStringList floorDefects(const QJsonObject &report);
    // Adds to a report of BenchRunner::run what the JSON output carries beside the
    // measurements: "targets" and "floorDefects" (the lines of floorDefects).
    static void complete(QJsonObject &report);
    // The program's exit status for a report: 1 when an operation failed; in the
    // quick run (CI) at least 3 when a floor is slower than its operation, so that
    // a wrong floor cannot land; else 0.
    static constexpr int FloorDefectExit = 3;
    static int exitCode(const QJsonObject &report, bool quick);
};

} // namespace kt::bench
