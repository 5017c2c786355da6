#include "textwrapper.h"

#include <cmath>
#include <limits>


namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Characters whose advances are kept: Latin (with Vietnamese), digits and
// punctuation. Others (marks, other scripts, a font fallback) are shaped with
// their word.
constexpr char16_t KnownChars = 0x1f00;

bool estimable(char16_t c)
{
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x250 && c < 0x1e00) || c >= KnownChars)
        return false;
    const QChar::Category category = QChar::category(char32_t(c));
    return category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining
            && category != QChar::Mark_Enclosing;
}

} // namespace

double TextWrapper::measure(const QString &text)
{
    m_shaped += text.size();
    return m_metrics.horizontalAdvance(text);
}

double TextWrapper::measure(QChar c)
{
    ++m_shaped;
    return m_metrics.horizontalAdvance(c);
}

TextWrapper::TextWrapper(const QFont &font) : m_font(font), m_metrics(font)
{
    m_space = measure(QChar(u' '));
    m_perJoin = 0.15 * m_metrics.height();
    m_joinSlack = 0.02 * m_metrics.height();
}

double TextWrapper::kerning(char16_t c, bool before)
{
    QHash<char16_t, double> &known = before ? m_kernBefore : m_kernAfter;
    auto found = known.constFind(c);
    if (found == known.constEnd()) {
        double kern = std::numeric_limits<double>::quiet_NaN();
        if (estimable(c)) {
            const QString glyph(QChar{c});
            const QString pair = before ? QString(glyph + u' ') : QString(u' ' + glyph);
            kern = measure(pair) - measure(glyph)
                    - m_space;
        }
        found = known.insert(c, kern);
    }
    return *found;
}

TextWrapper::Width TextWrapper::join(const QString &left, const QString &right)
{
    // The space between two words, with the kerning of each word's glyph at the
    // join against the space, as shaping the two words as one text gives it.
    const double before = kerning(left.back().unicode(), true);
    const double after = kerning(right.front().unicode(), false);
    if (std::isnan(before) || std::isnan(after))
        return {m_space, 2 * m_perJoin};
    return {m_space + before + after, m_joinSlack};
}

double TextWrapper::exactWordWidth(const QString &word)
{
    auto found = m_words.constFind(word);
    if (found == m_words.constEnd()) {
        if (m_words.size() > 200000)
            m_words.clear();
        found = m_words.insert(word, measure(word));
    }
    return *found;
}

double TextWrapper::charAdvance(char32_t c)
{
    // -1: a character to shape with its word.
    auto found = m_chars.constFind(c);
    if (found == m_chars.constEnd()) {
        const char16_t unit = char16_t(c);
        const bool known = estimable(unit) && m_metrics.inFont(QChar(unit));
        found = m_chars.insert(c, known ? measure(QChar(unit)) : -1.0);
    }
    return *found;
}

TextWrapper::Width TextWrapper::wordWidth(const QString &word)
{
    if (const auto found = m_words.constFind(word); found != m_words.constEnd())
        return {*found, 0};
    // The sum of the characters' advances, within the kerning of each glyph
    // against its neighbours (one bound per character also covers a ligature).
    double sum = 0;
    for (const QChar c : word) {
        const double advance = charAdvance(c.unicode());
        if (advance < 0)
            return {exactWordWidth(word), 0};
        sum += advance;
    }
    return {sum, double(word.size()) * m_perJoin};
}

TextWrapper::Width TextWrapper::exactLine(const QStringList &words)
{
    Width line{exactWordWidth(words.constFirst()), 0};
    for (qsizetype i = 1; i < words.size(); ++i) {
        const Width space = join(words.at(i - 1), words.at(i));
        line.value += space.value + exactWordWidth(words.at(i));
        line.error += space.error;
    }
    return line;
}

qsizetype TextWrapper::fittingPrefix(const QString &word, double width, double *wholeWidth)
{
    // Prefix widths grow with the prefix. Galloping: 1, 2, 4, ... characters until
    // a prefix is too wide or the whole word is measured.
    qsizetype fits = 0; // the longest prefix known to fit
    qsizetype tooWide = -1; // the shortest prefix known not to fit
    for (qsizetype k = 1;; k *= 2) {
        const qsizetype n = std::min(k, word.size());
        const double advance = measure(word.left(n));
        if (advance > width) {
            tooWide = n;
            break;
        }
        fits = n;
        if (n == word.size()) {
            *wholeWidth = advance;
            return n;
        }
    }
    // The answer lies in [fits, tooWide - 1]; at least one character.
    while (tooWide - fits > 1) {
        const qsizetype middle = fits + (tooWide - fits) / 2;
        if (measure(word.left(middle)) > width)
            tooWide = middle;
        else
            fits = middle;
    }
    return std::max<qsizetype>(1, fits);
}

template<typename Emit>
void TextWrapper::breakLines(const QString &fullText, double width, Emit &&emitLine)
{
    // At most MaxLaidOutLength characters, not cutting a surrogate pair.
    QString text = fullText;
    if (text.size() > MaxLaidOutLength) {
        qsizetype cut = MaxLaidOutLength;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut) + u'\u2026';
    }
    QStringList line; // its words
    double lineWidth = 0; // the width of the line, within +- uncertainty
    double uncertainty = 0;
    const auto flush = [&]() {
        if (!line.isEmpty()) {
            emitLine(line);
            line.clear();
        }
    };
    for (const QString &paragraph : text.split(u'\n')) {
        for (QString word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            Width w = wordWidth(word);
            // Whether the word alone is wider than the width; measured when the
            // estimate cannot tell.
            const auto exactIfUnsure = [&](double from, double margin) {
                if (w.error > 0 && from - margin <= width && from + margin > width)
                    w = {exactWordWidth(word), 0};
            };
            if (line.isEmpty()) {
                exactIfUnsure(w.value, w.error);
                if (w.value + w.error <= width) {
                    line = QStringList{word};
                    lineWidth = w.value;
                    uncertainty = w.error;
                    continue;
                }
            } else {
                const Width space = join(line.constLast(), word);
                double sum = lineWidth + space.value + w.value;
                double margin = uncertainty + space.error + w.error;
                if (sum - margin <= width && sum + margin > width) {
                    // Unsure: the words measured exactly, before the candidate is.
                    w = {exactWordWidth(word), 0};
                    const Width exact = exactLine(line);
                    if (exact.error < uncertainty) {
                        lineWidth = exact.value;
                        uncertainty = exact.error;
                    }
                    sum = lineWidth + space.value + w.value;
                    margin = uncertainty + space.error;
                }
                if (sum + margin <= width) {
                    line.append(word);
                    lineWidth = sum;
                    uncertainty = margin;
                    continue;
                }
                if (sum - margin <= width) {
                    const double exact =
                            measure(line.join(u' ') + u' ' + word);
                    if (exact <= width) {
                        line.append(word);
                        lineWidth = exact;
                        uncertainty = 0;
                        continue;
                    }
                }
            }
            flush();
            exactIfUnsure(w.value, w.error);
            if (w.value - w.error > width && word.size() > 1) {
                // Broken by characters: each line the longest prefix that fits (at
                // least one character), as scanning down from the whole word finds
                // it, found by a galloping then a binary search, so that a line
                // costs a few measurements of texts at most twice its length.
                for (;;) {
                    double whole = 0;
                    const qsizetype n = fittingPrefix(word, width, &whole);
                    if (n >= word.size()) {
                        w = {whole, 0};
                        break;
                    }
                    emitLine(QStringList{word.left(n)});
                    word = word.mid(n);
                    if (word.size() == 1) {
                        w = {measure(word), 0};
                        break;
                    }
                }
            }
            line = QStringList{word};
            lineWidth = w.value;
            uncertainty = w.error;
        }
        flush();
    }
}

QStringList TextWrapper::lines(const QString &text, double width)
{
    QStringList result;
    breakLines(text, width, [&result](const QStringList &words) {
        result.append(words.join(u' '));
    });
    return result;
}

int TextWrapper::lineCount(const QString &text, double width)
{
    int count = 0;
    breakLines(text, width, [&count](const QStringList &) { ++count; });
    return std::max(1, count);
}

} // namespace kt
