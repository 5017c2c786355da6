#include "textmeasure.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace kt {

namespace {

constexpr double FontSize = 9;
constexpr double GlyphWidth = 0.55 * FontSize;
constexpr double LineHeight = 1.3 * FontSize;

// Characters that take room: combining marks (of text not in NFC) sit on the
// previous letter.
qsizetype visibleLength(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing)
            ++n;
    return n;
}

QSizeF measureEstimate(const QString &text, double maxWidth)
{
    if (text.isEmpty())
        return {};
    // At least one glyph per line, whatever the width asked for.
    const qsizetype perLine = std::max<qsizetype>(1, qsizetype(std::floor(maxWidth / GlyphWidth)));
    qsizetype lines = 0;
    qsizetype widest = 0;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        qsizetype current = 0; // glyphs on the current line
        ++lines;
        for (const QStringView word : QStringView(paragraph).split(u' ', Qt::SkipEmptyParts)) {
            qsizetype length = visibleLength(word);
            const qsizetype needed = current == 0 ? length : current + 1 + length;
            if (needed <= perLine) {
                current = needed;
                continue;
            }
            if (current > 0) {
                widest = std::max(widest, current);
                ++lines;
                current = 0;
            }
            // A word longer than a line is broken wherever the line ends.
            while (length > perLine) {
                widest = perLine;
                ++lines;
                length -= perLine;
            }
            current = length;
        }
        widest = std::max(widest, current);
    }
    return QSizeF(double(widest) * GlyphWidth, double(lines) * LineHeight);
}

} // namespace

TextMeasure estimatedTextMeasure()
{
    return measureEstimate;
}

} // namespace kt
