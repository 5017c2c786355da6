#pragma once

#include "limits.h"

#include <QString>

namespace kt {

// Limits on text that comes from outside (core/limits.h); longer input is refused
// with a message.
using limits::MaxDocumentationLength;
using limits::MaxNameLength;

// Text is stored in Unicode NFC; input in NFD (as macOS and some web forms send it)
// is normalised on the way in. A text with a run of more than
// limits::MaxCombiningMarks combining marks is returned as it is (normalising it
// would take quadratic time; readers and edits refuse such text by checkedText()).
QString normalizedText(const QString &text);

// The longest run of consecutive combining marks in text (code points).
qsizetype longestCombiningRun(QStringView text);

// What checkedText() found wrong.
enum class TextFault { None, TooLong, TooManyMarks };
// What is wrong with text for a length limit and limits::MaxCombiningMarks.
TextFault textFault(QStringView text, qsizetype maxLength);
// Checks text against a length limit and limits::MaxCombiningMarks BEFORE
// normalising it (both cost time in proportion to what was checked), then
// normalises it to NFC when it passes.
TextFault checkedText(QString &text, qsizetype maxLength);
// The reason for a fault of checkedText(), to follow "the name of X ..." in a
// message: e.g. "is longer than 4096 characters (it has 5000)".
QString textFaultReason(TextFault fault, const QString &text, qsizetype maxLength);

// Untrusted text (ids, names from a file) as a message quotes it: at most
// limits::MaxQuotedLength characters, then "…"; control characters, line breaks
// and unpaired surrogates escaped (\n, \t, \u{1b}). Every message that quotes
// file content goes through this.
QString quotedText(QStringView text, qsizetype maxLength = limits::MaxQuotedLength);

// The accent-insensitive search key (docs/ARCHITECTURE.md, "Vietnamese text"): decomposed, combining marks
// dropped, đ/Đ mapped to d by hand (it has no decomposition), case-folded.
QString searchKey(const QString &text);

} // namespace kt
