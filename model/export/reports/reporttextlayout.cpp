#include "reporttextlayout.h"

namespace kt {

QList<ReportTextLayout::Token> ReportTextLayout::tokens(const QList<ReportRun> &runs) const
{
    QList<Token> result;
    int space = 0;
    bool lineBreak = false;
    for (const ReportRun &run : runs) {
        QString word;
        auto flush = [&] {
            if (word.isEmpty())
                return;
            result.append(Token{word, run.font, m_style.width(run.font, word),
                                result.isEmpty() ? 0 : space, lineBreak && !result.isEmpty()});
            word.clear();
            space = 0;
            lineBreak = false;
        };
        for (const QChar c : run.text) {
            if (c == u'\n') {
                flush();
                lineBreak = true;
            } else if (c.isSpace()) {
                flush();
                ++space;
            } else {
                word.append(c);
            }
        }
        flush();
    }
    return result;
}

// A word wider than the line (a long identifier in a narrow cell) is cut where
// the line ends; the pieces follow each other without a space.
QList<ReportTextLayout::Token> ReportTextLayout::split(const Token &token, double width) const
{
    QList<Token> pieces;
    QString rest = token.text;
    bool first = true;
    while (!rest.isEmpty()) {
        // The longest start that fits (one character at least): widths grow with
        // the characters, so a binary search finds it with a few measures instead
        // of one per character (a long identifier was measured quadratically).
        int n = 1;
        int over = int(rest.size()) + 1; // the shortest start known not to fit
        while (over - n > 1) {
            const int middle = n + (over - n) / 2;
            if (m_style.measure(token.font, rest.left(middle)) <= width)
                n = middle;
            else
                over = middle;
        }
        if (n < rest.size() && rest.at(n - 1).isHighSurrogate())
            ++n;
        const QString piece = rest.left(n);
        Token t = token;
        t.text = piece;
        t.width = m_style.measure(token.font, piece);
        if (!first) {
            t.spaces = 0;
            t.breakBefore = false;
        }
        pieces.append(t);
        rest = rest.mid(n);
        first = false;
    }
    return pieces;
}

QList<ReportUnit> ReportTextLayout::lines(const QList<ReportRun> &runs, double width,
                                          const ReportTextFormat &format) const
{
    struct Line
    {
        QList<Token> tokens;
        double natural = 0;
        bool forced = false; // ended by "\n"
    };
    QList<Line> lines;
    Line line;
    auto available = [&] {
        return width - (lines.isEmpty() ? format.firstIndent : format.indent);
    };
    QList<Token> queue = tokens(runs);
    for (qsizetype i = 0; i < queue.size(); ++i) {
        Token t = queue.at(i);
        if (t.breakBefore && !line.tokens.isEmpty()) {
            line.forced = true;
            lines.append(line);
            line = {};
        }
        double space = line.tokens.isEmpty() ? 0 : t.spaces * m_style.spaceWidth(t.font);
        if (!line.tokens.isEmpty() && line.natural + space + t.width > available()) {
            lines.append(line);
            line = {};
            space = 0;
        }
        if (line.tokens.isEmpty() && t.width > available() && t.text.size() > 1) {
            const QList<Token> pieces = split(t, std::max(1.0, available()));
            queue.insert(i + 1, pieces.size() - 1, Token{});
            for (qsizetype k = 1; k < pieces.size(); ++k)
                queue[i + k] = pieces.at(k);
            t = pieces.first();
        }
        line.tokens.append(t);
        line.natural += space + t.width;
    }
    if (!line.tokens.isEmpty() || lines.isEmpty())
        lines.append(line);

    double largest = 0;
    double ascent = 0;
    double descent = 0;
    for (const ReportRun &run : runs) {
        largest = std::max(largest, m_style.spec(run.font).pt);
        ascent = std::max(ascent, m_style.ascent(run.font));
        descent = std::max(descent, m_style.descent(run.font));
    }
    const double height = largest * format.lineFactor;
    // The baseline sits where the font's own line box, centred in the line, puts it.
    const double baseline = (height - ascent - descent) / 2 + ascent;

    QList<ReportUnit> units;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const Line &l = lines.at(n);
        ReportUnit unit;
        unit.height = height;
        const double indent = n == 0 ? format.firstIndent : format.indent;
        const double room = width - indent;
        int spaces = 0;
        for (qsizetype k = 1; k < l.tokens.size(); ++k)
            spaces += l.tokens.at(k).spaces;
        const bool last = n == lines.size() - 1 || l.forced;
        double gap = 0;
        double x = indent;
        switch (format.align) {
        case ReportTextFormat::Align::Justify:
            if (!last && spaces > 0 && l.natural < room)
                gap = (room - l.natural) / spaces;
            break;
        case ReportTextFormat::Align::Center:
            x = (width - l.natural) / 2;
            break;
        case ReportTextFormat::Align::Right:
            x = width - l.natural;
            break;
        case ReportTextFormat::Align::Left:
            break;
        }
        ReportTextRun run;
        for (qsizetype k = 0; k < l.tokens.size(); ++k) {
            const Token &t = l.tokens.at(k);
            const int spaced = k > 0 ? t.spaces : 0;
            if (k > 0 && t.font != run.font) {
                unit.texts.append(run);
                run = {};
            }
            x += spaced * (m_style.spaceWidth(t.font) + gap);
            if (run.text.isEmpty()) {
                run.origin = QPointF(x, baseline);
                run.font = t.font;
                run.gap = float(gap);
            } else {
                run.text.append(QString(spaced, u' '));
            }
            run.text.append(t.text);
            x += t.width;
        }
        if (!run.text.isEmpty())
            unit.texts.append(run);
        units.append(unit);
    }
    return units;
}

ReportUnit ReportTextLayout::block(const QList<ReportRun> &runs, double width,
                                   const ReportTextFormat &format) const
{
    ReportUnit result;
    for (const ReportUnit &line : lines(runs, width, format)) {
        result.append(line, 0, result.height);
        result.height += line.height;
    }
    return result;
}

} // namespace kt
