#pragma once

#include <QString>

namespace kt {

// Limits on text that comes from outside; longer input is refused with a message.
inline constexpr qsizetype MaxNameLength = 4096;
inline constexpr qsizetype MaxDocumentationLength = 1024 * 1024;

// Text is stored in Unicode NFC; input in NFD (as macOS and some web forms send it)
// is normalised on the way in.
QString normalizedText(const QString &text);

// The accent-insensitive search key (docs/ARCHITECTURE.md, "Vietnamese text"): decomposed, combining marks
// dropped, đ/Đ mapped to d by hand (it has no decomposition), case-folded.
QString searchKey(const QString &text);

} // namespace kt
