#pragma once

#include <QString>

namespace kt {

// A sort key for Vietnamese collation (docs/ARCHITECTURE.md): comparing two keys with
// operator< orders the texts as a Vietnamese dictionary does. Letters first
// (a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư, so "Đà Nẵng" comes after every
// "D…" name), then tones (ngang < huyền < hỏi < ngã < sắc < nặng), then case
// (lower before upper). Our own key rather than QCollator because QCollator
// honours Vietnamese only when Qt is built with ICU, and sorted panels must not
// depend on how Qt was built.
QString vietnameseSortKey(const QString &text);

} // namespace kt
