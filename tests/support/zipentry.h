#pragma once

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QByteArray>
#include <QString>

namespace kt::test {

// One part of a zip package (a DOCX's or an ODT's), empty when it cannot be read.
inline QByteArray zipEntry(const QString &package, const QString &name)
{
    QuaZip zip(package);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace kt::test
