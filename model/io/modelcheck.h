#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace kt {

// Deepest nesting of nodes in a view (a band holding a group holding a node is 3).
// No diagram needs more; deeper nesting only serves to exhaust the stack or the time
// of whatever walks the tree.
inline constexpr int MaxNestingDepth = 100;
// Styles: a font size of 0 is the type's; a line width of 0 the type's.
inline constexpr double MaxFontSize = 1e6;
inline constexpr double MaxLineWidth = 50;

// The rules a model obeys whatever file it came from, checked in one place for every
// reader (.ktm and exchange) and the exchange writer: identifiers are XML names of at
// most MaxIdentifierLength characters, unique in the whole model; every reference
// resolves (relationship ends, the element of an element node, view links, the
// parent of a node in its view, the relationship and ends of a connection); nesting
// has no circle and is at most MaxNestingDepth deep; coordinates are finite and
// within geometry::MaxCoordinate; font sizes and line widths are finite and in range;
// names and documentation are within MaxNameLength and MaxDocumentationLength.
class ModelCheck
{
    Q_DECLARE_TR_FUNCTIONS(kt::ModelCheck)

public:
    // The first fault found, as a sentence without the file's name ("node “n7” of
    // view “Overview” is nested in itself (…)"), or an empty string. identifiers, if
    // given, receives every identifier of the model.
    static QString check(const ModelData &data, QSet<QString> *identifiers = nullptr);

    // Untrusted text for a message: in curly quotes, at most 60 characters (an
    // ellipsis marks the cut) and control characters, lone surrogates and
    // non-characters written as \x{…}.
    static QString quoted(QStringView text);
};

} // namespace kt
