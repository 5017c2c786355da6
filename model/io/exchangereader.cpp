#include "exchangereader.h"
#include "exchangebuilder.h"
#include "exchangeparser.h"

#include <QDir>
#include <QFile>

namespace kt {

bool ExchangeReader::read(QIODevice *device, const QString &fileName, ModelData &out)
{
    m_error.clear();
    if (!device || !device->isReadable()) {
        m_error = tr("%1 cannot be read: it is not open.").arg(fileName);
        return false;
    }
    exchange::RawModel raw;
    ExchangeParser parser(device, fileName);
    if (!parser.parse(&raw)) {
        m_error = parser.errorString();
        return false;
    }
    ExchangeBuilder builder(fileName);
    if (!builder.build(raw, &out)) {
        m_error = builder.errorString();
        return false;
    }
    return true;
}

bool ExchangeReader::readFile(const QString &path, ModelData &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be read: %2.")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return read(&file, QDir::toNativeSeparators(path), out);
}

QString ExchangeReader::errorString() const
{
    return m_error;
}

} // namespace kt
