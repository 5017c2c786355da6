#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace kt {

// Writes a model as an ArchiMate 3.1 Model Exchange File (XML, valid against the
// Open Group schema archimate3_Diagram.xsd) that Archi and other tools open, and
// that ExchangeReader reads back into an equal model. What the exchange format
// has no place for travels in properties named "kt:..." (exchangenames.h):
// the model info, our element and relationship types and typed properties, an
// ArchiMate attribute the xsi:type does not accept, the view kind and settings,
// the layer of a band, the shift that makes a view's coordinates non-negative.
//
// Output is deterministic: the same model gives the same bytes. Nodes are written
// as an XML tree (children inside their parent) in pre-order, children in the
// order of View::nodes; pre-order is the canonical order of View::nodes, so a
// model in pre-order reads back with the same list. Geometry is written rounded
// to whole numbers (the schema wants integers), widths and heights at least 1.
// Characters XML 1.0 cannot hold (control characters other than tab, line feed
// and carriage return; unpaired surrogates) are left out.
//
// The writer refuses a model it cannot write faithfully: no profile, an
// identifier that is not an XML name or is used twice, or a reference to an
// element, relationship, view or node that is not there.
class ExchangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(kt::ExchangeWriter)

public:
    bool write(const ModelData &data, QIODevice *device);
    // Through QSaveFile: never a half-written file; on failure the file on disk
    // is left as it was.
    bool writeFile(const ModelData &data, const QString &path);
    QString errorString() const;

private:
    QString m_error;
};

} // namespace kt
