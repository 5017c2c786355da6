#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>
#include <QStringList>

namespace kt {

// Greedy word wrap of text in one font, as DiagramPainter draws names: words
// joined by single spaces while "line word", measured as a whole, is no wider
// than the width; a hard line break starts a new line; a word wider than the
// width is broken by characters.
//
// Measuring "line word" means shaping it, which cost the overall layout of a big
// model most of its time. The wrapper decides without shaping whenever it can:
// the width of a line is known from its words within a margin (shaping a line as
// a whole differs from the sum of its words and spaces by the kerning at the
// joins, measured once per character against a space), and a word it has not measured yet is estimated from the advances of
// its characters within a margin (the kerning between them). Only a decision that
// falls inside the margin measures the word, and then the candidate line, exactly,
// so the lines are the ones measuring every candidate would give.
class TextWrapper
{
public:
    explicit TextWrapper(const QFont &font);

    // A label is laid out from its first MaxLaidOutLength characters at most (a
    // node shows a few lines of it in any case); the rest is elided, "…" ending the
    // last of them. Names may be longer (up to limits::MaxNameLength).
    static constexpr qsizetype MaxLaidOutLength = 1000;

    const QFontMetricsF &metrics() const { return m_metrics; }
    double lineHeight() const { return m_metrics.lineSpacing(); }

    // The lines of text wrapped to width.
    QStringList lines(const QString &text, double width);
    // How many lines that is (at least one), without building them. Not cached:
    // the layout asks for a name at two widths or so, and a cache keyed by the
    // whole text cost the layout of a big model more than it saved.
    int lineCount(const QString &text, double width);

    // The characters this wrapper has shaped (measured with the font) so far: the
    // work it did, which tests check stays near-linear in the length of a text.
    qint64 shapedCharacters() const { return m_shaped; }

private:
    // Every measurement of a text with the font goes through here (and is counted).
    double measure(const QString &text);
    double measure(QChar c);
    struct Width
    {
        double value = 0;
        double error = 0; // the exact width is within value +- error
    };
    Width wordWidth(const QString &word);
    double exactWordWidth(const QString &word);
    double charAdvance(char32_t c);
    // The kerning of a character before (or after) a space; NaN: not known.
    double kerning(char16_t c, bool before);
    // The space between two words on a line.
    Width join(const QString &left, const QString &right);
    // A line's width from its words measured exactly.
    Width exactLine(const QStringList &words);
    // The longest prefix of word (at least one character) no wider than width; the
    // word's size when it fits whole, its width then in *wholeWidth.
    qsizetype fittingPrefix(const QString &word, double width, double *wholeWidth);
    // Calls line(words) for each line, the words of a line as separate strings.
    template<typename Emit>
    void breakLines(const QString &text, double width, Emit &&line);

    QFont m_font;
    QFontMetricsF m_metrics;
    double m_space = 0;
    double m_perJoin = 0; // more than any font kerns a pair of glyphs
    double m_joinSlack = 0; // a join whose kerning is measured: rounding only
    QHash<char16_t, double> m_kernBefore;
    QHash<char16_t, double> m_kernAfter;
    QHash<QString, double> m_words; // exact widths of the words measured
    QHash<char32_t, double> m_chars; // advances; -1: a character to shape with its word
    qint64 m_shaped = 0;
};

} // namespace kt
