#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
// labels and attachment points are not kept. ArchiMate 2.1 files (namespace
// http://www.opengroup.org/xsd/archimate) are read too, their types mapped to 3.1;
// drafts of 2.x in other namespaces are refused as such. Identifiers
// are kept exactly; missing ones are made up. Texts are normalised to NFC.
//
// What a readable exchange file holds that cannot be taken is left out, and said in
// findings() (one message each naming the file, the line, the object and the
// reason; ExchangeBuilder lists what): a reference to a missing element,
// relationship, view, node or property definition, a circle of relationships on
// relationships, a node of an unknown kind; the rest of the file opens.
// Refused whole, with a message naming the file (and the line): XML that is not
// well-formed, any DTD (nothing in it is used: no entity expansion, nothing
// external read), an empty file, a root that is not an ArchiMate <model>,
// invalid or duplicate identifiers, names or texts over the limits of
// core/text.h, coordinates or nesting beyond core/limits.h, an unknown framework,
// a model that still breaks the rules of every model (ModelCheck). On failure `out`
// is left untouched. A relationship may end on a
// relationship and a connection on a connection (source/target naming one).
class ExchangeReader
{
    Q_DECLARE_TR_FUNCTIONS(kt::ExchangeReader)

public:
    // fileName names the file in messages.
    bool read(QIODevice *device, const QString &fileName, ModelData &out);
    bool readFile(const QString &path, ModelData &out);
    QString errorString() const;
    // What the last read left out; empty when it took everything.
    QStringList findings() const { return m_findings; }

private:
    static void dropPlainDefinitionRecords(ModelData &data);

    QString m_error;
    QStringList m_findings;
};

} // namespace kt
