#include "storebench.h"
#include "sqlitefloor.h"

#include <model/store/baselinecodec.h>
#include <model/store/baselinestore.h>
#include <model/store/ktmstore.h>

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

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

    // A baseline of the model added to a copy of its file (BaselineStore::add: the
    // model encoded and compressed, the file copied beside itself, the row inserted,
    // synced, renamed), removed again after each run, untimed. Its floor writes the
    // same compressed bytes as one blob into a new SQLite file.
    const QString withBaseline = QDir(work).filePath(u"baseline.ktm"_s);
    const QString blobFloor = QDir(work).filePath(u"floor-blob.db"_s);
    const QString copyFloor = QDir(work).filePath(u"floor-copy.ktm"_s);
    QByteArray blob;
    QByteArray fileAndBlob;
    if (benchmark.wanted(u"baseline add"_s)) {
        QFile::remove(withBaseline);
        benchmark.check(QFile::copy(ktmPath, withBaseline), withBaseline);
        const Result<QByteArray> encoded = BaselineCodec::encode(data);
        benchmark.check(encoded.ok(), encoded.error());
        blob = encoded.ok() ? encoded.value() : QByteArray();
        QFile file(ktmPath);
        benchmark.check(file.open(QIODevice::ReadOnly), file.errorString());
        fileAndBlob = file.readAll() + blob;
    }
    results.append(benchmark.measure(u"baseline add"_s, size,
        [&]() {
            BaselineInfo info;
            info.name = u"1.0"_s;
            const Result<BaselineInfo> added = BaselineStore::add(withBaseline, data, info);
            benchmark.check(added.ok(), added.error());
        },
        QList<Benchmark::Floor> {
            { u"SQLite C API, the same bytes as one blob"_s,
                [&]() {
                    QString error;
                    benchmark.check(SqliteFloor::writeBlob(blob, blobFloor, &error), error);
                } },
            // What any change by a copy renamed over the file writes at the least.
            { u"raw write of the file's bytes and the blob's, synced"_s,
                [&]() {
                    QString error;
                    benchmark.check(
                        SqliteFloor::writeBytes(fileAndBlob, copyFloor, &error), error);
                } } },
        [&]() {
            const Result<bool> removed = BaselineStore::remove(withBaseline, u"1.0"_s);
            benchmark.check(removed.ok(), removed.error());
        }));
    if (benchmark.wanted(u"baseline add"_s)) {
        // The figures the requirement is stated in: what the baseline adds to the file,
        // against the model's own file.
        const qint64 modelSize = QFileInfo(withBaseline).size();
        BaselineInfo info;
        info.name = u"size"_s;
        const Result<BaselineInfo> added = BaselineStore::add(withBaseline, data, info);
        benchmark.check(added.ok(), added.error());
        if (added.ok())
            QTextStream(stderr) << u"  baseline add (%1): the file grew by %2 bytes, %3 of "
                                   "its %4 bytes\n"_s.arg(size)
                                       .arg(QFileInfo(withBaseline).size() - modelSize)
                                       .arg(double(QFileInfo(withBaseline).size() - modelSize)
                                               / double(modelSize), 0, 'f', 3)
                                       .arg(modelSize);
    }
    QFile::remove(withBaseline);
    QFile::remove(blobFloor);
    QFile::remove(copyFloor);
    return results;
}

} // namespace kt::bench
