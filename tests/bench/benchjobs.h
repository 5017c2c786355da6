#pragma once

#include "benchmark.h"

#include <QJsonObject>

namespace kt::bench {

class ModelGenerator;
struct ModelSize;

// What one process of the benchmark does. The program runs each job in a process
// of its own (BenchRunner), because peak memory only grows in a process: so the
// figures of each size say what that size needs, and L never pays for M.
// Each job returns its findings as JSON; "failures" lists what went wrong.
class BenchJobs
{
public:
    // Writes <dir>/<size>.ktm and <dir>/<size>.xml; returns the model's counts and
    // file sizes.
    static QJsonObject generate(
        ModelGenerator &generator, const ModelSize &size, const QString &dir);
    // Open, save, import, export, validate and layout on the files of a size.
    static QJsonObject models(const Benchmark &benchmark, const QString &size, const QString &dir);
    // A big view in the canvas and diagram exports, on generated diagrams: 5,000
    // nodes on the canvas and exports of 1,000 and 5,000 (500; 100 and 500 quick).
    static QJsonObject views(const Benchmark &benchmark, ModelGenerator &generator, bool quick);
    // The memory the editor needs for a size: the model opened into a document, its
    // biggest view shown in the canvas and painted, the model validated.
    static QJsonObject editor(const QString &size, const QString &dir);
    // The model diff of a size against a copy with 5% changed: its time, and its
    // memory ("memory") in a process that holds nothing else.
    static QJsonObject diff(const Benchmark &benchmark, const QString &size, const QString &dir);

    // The architecture document of a size written in format ("pdf", "docx"): its
    // time, and its memory ("memory": the process after loading the model, and at
    // its peak while the report is built and written) in a process of its own.
    static QJsonObject report(
        const Benchmark &benchmark, const QString &size, const QString &dir, const QString &format);

    // The team repository on a throw-away PostgreSQL server (repobench.h): publish,
    // open, a commit of 1,000 changes and a change seen by another client;
    // "skipped" says why when PostgreSQL or QPSQL is missing.
    static QJsonObject repository(const Benchmark &benchmark, const QString &size, const QString &dir);

    static QString ktmPath(const QString &dir, const QString &size);
    static QString xmlPath(const QString &dir, const QString &size);
};

} // namespace kt::bench
