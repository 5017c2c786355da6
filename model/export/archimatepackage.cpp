#include "archimatepackage.h"

#include <model/io/archimatereader.h>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDir>

namespace kt {

using namespace Qt::StringLiterals;

void ArchimatePackage::install()
{
    ArchimateReader::setPackageReader(&ArchimatePackage::readModelXml);
}

bool ArchimatePackage::readModelXml(const QString &path, QByteArray *xml, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("%1 is not a readable zip file (error %2).").arg(name).arg(zip.getZipError());
        return false;
    }
    if (!zip.setCurrentFile(u"model.xml"_s, QuaZip::csSensitive)) {
        *error = tr("%1 is a zip file without model.xml: it is not a zipped Archi model.")
                         .arg(name);
        return false;
    }
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly)) {
        *error = tr("%1: model.xml cannot be unpacked (error %2).").arg(name).arg(entry.getZipError());
        return false;
    }
    QByteArray bytes;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = entry.read(chunk.data(), chunk.size());
        if (n < 0) {
            *error = tr("%1: model.xml cannot be unpacked: %2.").arg(name, entry.errorString());
            return false;
        }
        if (n == 0)
            break;
        if (bytes.size() + n > MaxModelSize) {
            *error = tr("%1: model.xml unpacks to more than %2 MB, which is refused.")
                             .arg(name)
                             .arg(MaxModelSize / (1024 * 1024));
            return false;
        }
        bytes.append(chunk.constData(), n);
    }
    entry.close();
    if (entry.getZipError() != UNZ_OK) {
        *error = tr("%1: model.xml is damaged (error %2).").arg(name).arg(entry.getZipError());
        return false;
    }
    *xml = std::move(bytes);
    return true;
}

} // namespace kt
