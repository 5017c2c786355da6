#pragma once

#include <QSizeF>
#include <QString>

#include <functional>

namespace kt {

// Measures a label: the size it needs when word-wrapped to at most maxWidth
// (diagram units, in the diagram's node font). The model library has no fonts
// (no QtGui), so the caller passes this in: the canvas and exporters measure with
// QFontMetricsF, headless code with estimatedTextMeasure().
using TextMeasure = std::function<QSizeF(const QString &text, double maxWidth)>;

// A font-free estimate for a 9 pt font: an average glyph 0.55 em wide, lines
// 1.3 em apart, greedy word wrap (a word longer than a line is broken), hard
// line breaks kept. Close enough for Latin and Vietnamese text to size nodes.
TextMeasure estimatedTextMeasure();

} // namespace kt
