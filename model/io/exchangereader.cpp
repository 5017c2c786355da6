#include "exchangereader.h"
#include "exchangebuilder.h"
#include "exchangenames.h"
#include "exchangeoutput.h"
#include "exchangeparser.h"
#include "xmlprescan.h"
#include "../core/filechecks.h"
#include "../core/limits.h"

#include <QBuffer>

#include <QDir>
#include <QFile>

namespace kt {

bool ExchangeReader::read(QIODevice *device, const QString &fileName, ModelData &out)
{
    m_error.clear();
    m_findings.clear();
    if (!device || !device->isReadable()) {
        m_error = tr("%1 cannot be read: it is not open.").arg(fileName);
        return false;
    }
    // The raw bytes are scanned first for what the XML reader would hang on (see
    // XmlPreScan); a device that cannot seek back is read into memory for that.
    QBuffer buffer;
    if (device->isSequential()) {
        buffer.setData(device->readAll());
        buffer.open(QIODevice::ReadOnly);
        device = &buffer;
    }
    const qint64 start = device->pos();
    XmlPreScan scan;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(chunk.data(), chunk.size());
        if (n <= 0)
            break;
        if (!scan.feed(chunk.constData(), n)) {
            m_error = tr("%1, line %2: an XML tag has more than %3 attributes, which no tag "
                         "of an exchange file has.")
                              .arg(fileName)
                              .arg(scan.line())
                              .arg(limits::MaxXmlAttributes);
            return false;
        }
    }
    if (!device->seek(start)) {
        m_error = tr("%1 cannot be read: %2.").arg(fileName, device->errorString());
        return false;
    }
    exchange::RawModel raw;
    ExchangeParser parser(device, fileName);
    if (!parser.parse(&raw)) {
        m_error = parser.errorString();
        return false;
    }
    ExchangeBuilder builder(fileName);
    if (!builder.buildChecked(raw, &out)) {
        m_error = builder.errorString();
        return false;
    }
    m_findings = builder.findings();
    dropPlainDefinitionRecords(out);
    return true;
}

void ExchangeReader::dropPlainDefinitionRecords(ModelData &data)
{
    // The identifiers of the file's property definitions are recorded on the model
    // (exchangenames.h); the records that say nothing the writer would not do
    // anyway are dropped, so that a file we wrote reads back as the model it was
    // written from: those of our own properties under the identifier the writer
    // gives them ("propid-kt-" + key), and the others when the writer would give
    // every one of them its identifier.
    PropertyList &properties = data.info.extraProperties;
    properties.removeIf([](const Property &p) {
        const qsizetype space = p.value.indexOf(u' ');
        const QString name = p.value.mid(space + 1);
        return p.key == exchange::PropertyDefinitionProperty && space > 0
                && name.startsWith(exchange::Prefix)
                && p.value.left(space)
                == exchange::OwnDefinitionPrefix + name.mid(exchange::Prefix.size());
    });
    QHash<QString, QString> recorded; // property name -> identifier
    for (const Property &p : std::as_const(properties)) {
        const qsizetype space = p.value.indexOf(u' ');
        if (p.key == exchange::PropertyDefinitionProperty && space > 0)
            recorded.insert(p.value.mid(space + 1), p.value.left(space));
    }
    if (recorded.isEmpty())
        return;
    ModelData plain = data; // shares all but the list changed below
    plain.info.extraProperties.removeIf([](const Property &p) {
        return p.key == exchange::PropertyDefinitionProperty;
    });
    const QHash<QString, QString> natural = ExchangeOutput::definitionIdentifiers(plain);
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
        if (natural.value(it.key()) != it.value())
            return;
    properties = plain.info.extraProperties;
}

bool ExchangeReader::readFile(const QString &path, ModelData &out)
{
    if (const QString problem = inputFileProblem(path); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
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
