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
};

} // namespace kt::bench
