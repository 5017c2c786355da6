#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace kt {

// The rules a model obeys whatever file it came from, checked in one place for every
// reader (.ktm and exchange) and the exchange writer: identifiers are XML names,
// unique in the whole model; every reference resolves (relationship ends, the
// element of an element node, view links, the parent of a node in its view, the
// relationship and ends of a connection; an end is an element or a relationship, a
// node or a connection of the view, never both); nesting has no circle, nor do the
// ends of relationships on relationships or of connections on connections; font sizes and
// line widths are finite and within core/limits.h; then the limits of texts, ids,
// coordinates and nesting depth (modelLimitsProblem).
class ModelCheck
{
    Q_DECLARE_TR_FUNCTIONS(kt::ModelCheck)

public:
    // The first fault found, as a sentence without the file's name ("node “n7” of
    // view “Overview” is nested in itself (…)"), or an empty string. identifiers, if
    // given, receives every identifier of the model. Ids: XML names (the exchange
    // format's rule), or, for a .ktm file (which an import of Archi's CSV may fill
    // with ids such as "862677a6"), any non-empty text without control characters.
    enum class Ids { XmlNames, Plain };
    // References::Resolved: the caller has resolved every reference itself (the .ktm
    // reader turns each stored row number into the id of a row it read, or refuses
    // the file), so whether each one leads to an element, relationship, view, node or
    // connection of the model is not looked up a second time; every other rule is
    // checked. Half of the check's time on a big model.
    enum class References { Check, Resolved };
    static QString check(const ModelData &data, QSet<QString> *identifiers = nullptr,
                         Ids rule = Ids::XmlNames, References references = References::Check);
};

} // namespace kt
