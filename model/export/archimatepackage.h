#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kt {

// The zipped form of Archi's model files (model.xml and images/), unpacked with
// QuaZip, which the model library does not link: install() gives ArchimateReader
// the package reader, once at start-up (the application, tests that read zipped
// models).
class ArchimatePackage
{
    Q_DECLARE_TR_FUNCTIONS(kt::ArchimatePackage)

public:
    static void install();
    // model.xml of the zip at path; false with a message naming the file.
    static bool readModelXml(const QString &path, QByteArray *xml, QString *error);

    // A model.xml that unpacks to more than this is refused (a zip bomb).
    static constexpr qint64 MaxModelSize = qint64(512) * 1024 * 1024;
};

} // namespace kt
