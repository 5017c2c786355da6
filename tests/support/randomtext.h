#pragma once

#include <QRandomGenerator>
#include <QString>

namespace kt::test {

// Text for the property tests (tst_propertyedits, tst_propertyroundtrip), from a
// seeded generator: valid as a name of the model (NFC, no control characters,
// runs of combining marks within limits::MaxCombiningMarks, no space at either
// end) and at most maxLength UTF-16 units long.

// A short everyday name: Vietnamese words, sometimes a letter of another script.
QString randomName(QRandomGenerator &random);

// Extreme but valid text of exactly length units (NFC): letters of every Unicode
// plane (astral ones as surrogate pairs, never cut), bases with stacked combining
// marks, Vietnamese, and, when unbroken, no space at all.
QString extremeText(QRandomGenerator &random, qsizetype length, bool unbroken);

// One code point of each of the 17 planes (0..16) that XML allows and NFC keeps.
QString everyPlane();

} // namespace kt::test
