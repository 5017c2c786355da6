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

    const QString saved = QDir(work).filePath(u"saved.ktm"_s);
    const QString copied = QDir(work).filePath(u"floor.ktm"_s);
    results.append(benchmark.measure(u"save .ktm"_s, size,
        [&]() {
            KtmStore store;
            benchmark.check(store.save(data, saved), store.errorString());
        },
        { u"SQLite C API, copy every row"_s, [&]() {
             QString error;
             benchmark.check(SqliteFloor::copyAll(ktmPath, copied, &error), error);
         } }));
    QFile::remove(saved);
    QFile::remove(copied);
    return results;
}

} // namespace kt::bench
