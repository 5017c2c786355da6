#include "storebench.h"
#include "sqlitefloor.h"

#include <model/store/ktmstore.h>

#include <QDir>

namespace kt::bench {

using namespace Qt::StringLiterals;

QList<Measurement> benchStore(const Benchmark &benchmark, const QString &size,
    const QString &ktmPath, const ModelData &data, const QString &work)
{
    QList<Measurement> results;
    ModelData loaded;
    results.append(benchmark.measure(
        u"open .ktm"_s, size,
        [&]() {
            KtmStore store;
            benchmark.check(store.load(ktmPath, loaded), store.errorString());
            benchmark.check(loaded.elements.size() == data.elements.size(),
                u"%1: elements missing after open"_s.arg(ktmPath));
        },
        { u"SQLite C API, every row"_s,
            [&]() {
                QString error;
                benchmark.check(SqliteFloor::readAll(ktmPath, &error) > 0, error);
            } },
        [&]() { loaded = ModelData(); }));

    // The floors of the save write what a save of this model writes: its rows,
    // taken from a file the save made (before the timing), and that file's bytes.
    const QString saved = QDir(work).filePath(u"saved.ktm"_s);
    const QString rowsFloor = QDir(work).filePath(u"floor.ktm"_s);
    const QString bytesFloor = QDir(work).filePath(u"floor-bytes.ktm"_s);
    SqliteFloor::FileRows rows;
    QByteArray bytes;
    if (benchmark.wanted(u"save .ktm"_s)) {
        KtmStore store;
        QString error;
        benchmark.check(store.save(data, saved), store.errorString());
        benchmark.check(SqliteFloor::loadRows(saved, &rows, &error), error);
        QFile file(saved);
        benchmark.check(file.open(QIODevice::ReadOnly), file.errorString());
        bytes = file.readAll();
    }
    results.append(benchmark.measure(u"save .ktm"_s, size,
        [&]() {
            KtmStore store;
            benchmark.check(store.save(data, saved), store.errorString());
        },
        QList<Benchmark::Floor> {
            { u"SQLite C API, the same rows from memory"_s,
                [&]() {
                    QString error;
                    benchmark.check(SqliteFloor::writeAll(rows, rowsFloor, &error), error);
                } },
            { u"raw write of the saved file's bytes, synced"_s,
                [&]() {
                    QString error;
                    benchmark.check(SqliteFloor::writeBytes(bytes, bytesFloor, &error), error);
                } } }));
    QFile::remove(rowsFloor);
    QFile::remove(bytesFloor);
    QFile::remove(saved);
    return results;
}

} // namespace kt::bench
