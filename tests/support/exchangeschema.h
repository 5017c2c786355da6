#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace kt::test {

// The Open Group schemas (shared folder interop/archi/xsd, shareddir.h) copied
// into a temporary folder and patched there, never in the shared folder: xml.xsd
// read locally instead of from the web, dc.xsd imported for the strict wildcard
// of <metadata>. validate() runs xmllint against archimate3_Diagram.xsd.
class ExchangeSchema
{
public:
    // The shared folder of the schemas, for messages.
    static QString sharedDir();

    // Copies and patches the schemas; an empty string when done or when they are
    // not there (isReady() then says false), else what went wrong.
    QString prepare();
    bool isReady() const { return !m_schema.isEmpty(); }
    // Empty when xmllint accepts xml (or when not ready), else its output.
    QString validate(const QByteArray &xml);

private:
    QTemporaryDir m_dir;
    QString m_schema;
    int m_files = 0;
};

} // namespace kt::test
