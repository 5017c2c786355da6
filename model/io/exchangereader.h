#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace kt {

// Reads an ArchiMate 3.1 Model Exchange File, ours (ExchangeWriter) or another
// tool's, into a model. Our "kt:" properties give back our types, typed
// properties, model info and view details; a file from another tool gets types
// from the profile's import mapping, a generic type keeping the ArchiMate type in
// its "archimateType" property (so that export writes the same xsi:type again).
// An xsi:type that is no ArchiMate type at all is accepted the same way (as the
// fallback generic type); the writer then writes a valid type and keeps the
// original in kt:archimateType. Names and documentation in other languages,
// the main language when it is not the model's, Dublin Core metadata and the data
// types of property definitions are kept as kt: properties (exchangenames.h) that
// the writer turns back into XML. Organizations (folders), viewpoints, connection
// labels and attachment points are not kept. ArchiMate 2.x files are refused as
// such. Identifiers
// are kept exactly; missing ones are made up. Texts are normalised to NFC.
//
// Refused with a message naming the file (and the line): XML that is not
// well-formed, any DTD (nothing in it is used: no entity expansion, nothing
// external read), an empty file, a root that is not an ArchiMate <model>,
// invalid or duplicate identifiers, names or texts over the limits of
// core/text.h, a reference to a missing element, relationship, view, node or
// property definition, a circle of relationships ending on relationships, an
// unknown framework. On failure `out` is left untouched. A relationship may end on a
// relationship and a connection on a connection (source/target naming one).
class ExchangeReader
{
    Q_DECLARE_TR_FUNCTIONS(kt::ExchangeReader)

public:
    // fileName names the file in messages.
    bool read(QIODevice *device, const QString &fileName, ModelData &out);
    bool readFile(const QString &path, ModelData &out);
    QString errorString() const;

private:
    QString m_error;
};

} // namespace kt
