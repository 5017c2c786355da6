#include "archimatereader.h"
#include "archimateparser.h"
#include "exchangebuilder.h"
#include "xmlprescan.h"
#include "../core/filechecks.h"
#include "../core/limits.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

namespace kt {

using namespace Qt::StringLiterals;

static ArchimateReader::PackageReader packageReader = nullptr;

void ArchimateReader::setPackageReader(PackageReader reader)
{
    packageReader = reader;
}

bool ArchimateReader::isZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

bool ArchimateReader::read(const QByteArray &xml, const QString &fileName, ModelData &out)
{
    m_error.clear();
    m_findings.clear();
    // What the XML reader would hang on (XmlPreScan) is refused first.
    XmlPreScan scan;
    if (!scan.feed(xml.constData(), xml.size())) {
        m_error = tr("%1, line %2: an XML tag has more than %3 attributes, which no tag of an "
                     "Archi model has.")
                          .arg(fileName)
                          .arg(scan.line())
                          .arg(limits::MaxXmlAttributes);
        return false;
    }
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    exchange::RawModel raw;
    ArchimateParser parser(&buffer, fileName);
    if (!parser.parse(&raw)) {
        m_error = parser.errorString();
        return false;
    }
    ExchangeBuilder builder(fileName);
    if (!builder.buildChecked(raw, &out)) {
        m_error = builder.errorString();
        return false;
    }
    m_findings = parser.findings() + builder.findings();
    return true;
}

bool ArchimateReader::readFile(const QString &path, ModelData &out)
{
    m_error.clear();
    m_findings.clear();
    const QString name = QDir::toNativeSeparators(path);
    if (const QString problem = inputFileProblem(path); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be read: %2.").arg(name, file.errorString());
        return false;
    }
    if (!isZip(file.peek(4)))
        return read(file.readAll(), name, out);
    file.close();
    if (!packageReader) {
        m_error = tr("%1 is a zipped Archi model, which this program cannot unpack.").arg(name);
        return false;
    }
    QByteArray xml;
    if (!packageReader(path, &xml, &m_error))
        return false;
    return read(xml, name, out);
}

} // namespace kt
