#include "exchangefixtures.h"

#include <model/io/exchangereader.h>
#include <model/io/exchangewriter.h>

#include <QBuffer>
#include <QFile>

namespace kt::test {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray toXml(const ModelData &data, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExchangeWriter writer;
    if (!writer.write(data, &buffer)) {
        if (error)
            *error = writer.errorString();
        return {};
    }
    return bytes;
}

bool fromXml(const QByteArray &xml, ModelData *data, QString *error, const QString &name)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    ExchangeReader reader;
    const bool ok = reader.read(&buffer, name, *data);
    *error = reader.errorString();
    return ok;
}

} // namespace kt::test
