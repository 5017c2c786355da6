#pragma once

#include <QtGlobal>

// The limits on what a model may hold, in one table (docs/FILE-FORMATS.md,
// "Limits"). Every reader (the exchange reader, the .ktm loader) refuses a file
// beyond them, every writer refuses to write a model beyond them (naming the
// object), and every edit refuses to go beyond them, so that nothing the program
// writes is refused when it is read back.
namespace kt::limits {

// Names of elements, relationships, views, models, property definitions.
inline constexpr qsizetype MaxNameLength = 4096;
// Documentation; also the other texts (labels of groups and notes, property values).
inline constexpr qsizetype MaxDocumentationLength = 1024 * 1024;
// Identifiers of the model and of every object in it.
inline constexpr qsizetype MaxIdentifierLength = 1024;
// Coordinates and sizes of diagrams: |x| <= MaxCoordinate (whole numbers when stored).
inline constexpr double MaxCoordinate = 1e8;

// Input that no real text or diagram has, refused before it costs time:
// - a run of more combining marks on one letter (Vietnamese needs two; Unicode's
//   stream-safe format allows 30). Refused before normalising, which is
//   quadratic in such runs.
inline constexpr qsizetype MaxCombiningMarks = 32;
// - more attributes on one XML element (an exchange element has at most a dozen).
//   Refused before the XML reader's duplicate check, which is quadratic.
inline constexpr int MaxXmlAttributes = 64;
// - nodes nested deeper than this in a view.
inline constexpr int MaxNestingDepth = 64;

// Untrusted text quoted in a message is shortened to this many characters.
inline constexpr qsizetype MaxQuotedLength = 60;

} // namespace kt::limits
