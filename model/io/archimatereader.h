#pragma once

#include "../modeldata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kt {

// Reads a model file of Archi (.archimate): the plain XML, or the zipped form (a
// zip with model.xml and images/) that Archi saves when a model has images. What
// it keeps and leaves out: ArchimateParser (archimateparser.h); types map as for
// an exchange file (ExchangeBuilder), folders and viewpoints are kept as the
// properties "kt:folder" ("Business/Processes") and "kt:viewpoint". What is left
// out is listed in findings(), one message per finding naming the file; the rest
// of the model still opens. Refused with a message naming the file: what
// ArchimateParser refuses, a model that breaks the rules of every model
// (ModelCheck), a zip without model.xml. On failure `out` is left untouched.
//
// The model library has no zip reader (QuaZip belongs to model/export): the zipped
// form is read through the package reader that the application installs
// (ArchimatePackage::install() in model/export); without one it is refused.
class ArchimateReader
{
    Q_DECLARE_TR_FUNCTIONS(kt::ArchimateReader)

public:
    // Reads model.xml out of the zip at path into xml; false with a message
    // naming the file in error.
    using PackageReader = bool (*)(const QString &path, QByteArray *xml, QString *error);
    static void setPackageReader(PackageReader reader);
    // True when the bytes start as a zip file does.
    static bool isZip(const QByteArray &head);

    // xml: the model's XML; fileName names the file in messages.
    bool read(const QByteArray &xml, const QString &fileName, ModelData &out);
    bool readFile(const QString &path, ModelData &out);
    QString errorString() const { return m_error; }
    QStringList findings() const { return m_findings; }

private:
    QString m_error;
    QStringList m_findings;
};

} // namespace kt
