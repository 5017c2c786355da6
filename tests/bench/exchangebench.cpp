#include "exchangebench.h"

#include <model/io/exchangereader.h>
#include <model/io/exchangewriter.h>

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

// Every token of the file, nothing done with it.
qint64 parseOnly(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return -1;
    }
    QXmlStreamReader xml(&file);
    qint64 tokens = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        ++tokens;
    }
    if (xml.hasError()) {
        *error = u"%1: %2"_s.arg(path, xml.errorString());
        return -1;
    }
    return tokens;
}

} // namespace

QList<Measurement> benchExchange(const Benchmark &benchmark, const QString &size,
    const QString &xmlPath, const ModelData &data, const QString &work)
{
    QList<Measurement> results;
    ModelData imported;
    results.append(benchmark.measure(
        u"import Open Exchange XML"_s, size,
        [&]() {
            ExchangeReader reader;
            benchmark.check(reader.readFile(xmlPath, imported), reader.errorString());
            benchmark.check(imported.elements.size() == data.elements.size(),
                u"%1: elements missing after import"_s.arg(xmlPath));
        },
        { u"QXmlStreamReader, every token"_s,
            [&]() {
                QString error;
                benchmark.check(parseOnly(xmlPath, &error) > 0, error);
            } },
        [&]() { imported = ModelData(); }));

    const QString exported = QDir(work).filePath(u"exported.xml"_s);
    results.append(benchmark.measure(u"export Open Exchange XML"_s, size, [&]() {
        ExchangeWriter writer;
        benchmark.check(writer.writeFile(data, exported), writer.errorString());
    }));
    QFile::remove(exported);
    return results;
}

} // namespace kt::bench
