#pragma once

#include <QJsonObject>
#include <QStringList>

namespace kt::bench {

// The whole benchmark as the user runs it: for each size a process generates the
// model files (unless they are there), a process measures the operations on them
// and a process measures the memory the editor needs for them; then one process
// measures the canvas and the exports. Each process is this program started
// again with --job (see BenchJobs); its JSON answer goes into the report.
class BenchRunner
{
public:
    struct Options
    {
        QStringList sizes { QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L") };
        int runs = 5;
        quint32 seed = 2026;
        bool quick = false;
        QString dir; // where the model files are (kept); empty: a temporary folder
        QString only; // only the operations whose name contains this
    };

    explicit BenchRunner(Options options)
        : m_options(std::move(options))
    {
    }

    // The report: machine, sizes with their results, views, failures.
    QJsonObject run();

private:
    QJsonObject job(const QStringList &arguments);

    Options m_options;
    QStringList m_failures;
};

} // namespace kt::bench
