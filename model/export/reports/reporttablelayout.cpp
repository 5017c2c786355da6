#include "reporttablelayout.h"
#include "reportoutline.h"
#include "reportstyles.h"

#include <QSet>

namespace kt {

using namespace Qt::StringLiterals;

static constexpr double PadX = 4;  // points between a cell's border and its text
static constexpr double PadY = 2.5;
static constexpr double Border = 0.5;

static ReportTextFormat::Align align(ReportTableColumn::Align a)
{
    switch (a) {
    case ReportTableColumn::Align::Center:
        return ReportTextFormat::Align::Center;
    case ReportTableColumn::Align::Right:
        return ReportTextFormat::Align::Right;
    case ReportTableColumn::Align::Left:
        break;
    }
    return ReportTextFormat::Align::Left;
}

ReportUnit ReportTableLayout::row(const QList<QList<ReportUnit>> &cells,
                                  const QList<double> &edges, QList<int> *next, double height,
                                  bool top) const
{
    ReportUnit unit;
    double tallest = 0;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QList<ReportUnit> &lines = cells.at(c);
        int &from = (*next)[c];
        double y = PadY;
        while (from < lines.size()
               && (y == PadY || y + lines.at(from).height + PadY <= height)) {
            unit.append(lines.at(from), edges.at(c) + PadX, y);
            y += lines.at(from).height;
            ++from;
        }
        tallest = std::max(tallest, y + PadY);
    }
    unit.height = tallest;
    if (top)
        unit.rules.append(ReportRule{QLineF(edges.first(), 0, edges.last(), 0), float(Border)});
    unit.rules.append(
            ReportRule{QLineF(edges.first(), tallest, edges.last(), tallest), float(Border)});
    for (const double x : edges)
        unit.rules.append(ReportRule{QLineF(x, 0, x, tallest), float(Border)});
    return unit;
}

ReportTableLayout::Fonts ReportTableLayout::fonts(ReportStyle &style, double body)
{
    const double cell = std::max(11.0, body - 1);
    return {style.font(body, ReportStyles::CaptionBold, ReportStyles::CaptionItalic),
            style.font(cell, true), style.font(cell)};
}

double ReportTableLayout::unbreakable(const QString &text, int font, double shortText,
                                      double known) const
{
    // No glyph of the font is wider than an em, none narrower than a fifth of one:
    // bounds that spare measuring most words of a long column.
    const double em = m_style.spec(font).pt;
    double widest = known;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        // A short text is one term: a status ("Nâng cấp"), a level, a period.
        if (trimmed.size() * em > widest && trimmed.size() * em / 5 <= shortText) {
            const double whole = m_style.textWidth(font, trimmed.toString().simplified());
            if (whole <= shortText) {
                widest = std::max(widest, whole);
                continue;
            }
        }
        qsizetype start = -1;
        for (qsizetype i = 0; i <= trimmed.size(); ++i) {
            const bool space = i == trimmed.size() || trimmed.at(i).isSpace();
            if (!space && start < 0)
                start = i;
            if (space && start >= 0) {
                if ((i - start) * em > widest)
                    for (const QStringView piece : ReportOutline::unbreakablePieces(trimmed.sliced(start, i - start)))
                        widest = std::max(widest, m_style.width(font, piece.toString()));
                start = -1;
            }
        }
    }
    return widest;
}

// The columns' widths: each at least as wide as its longest word (of the header
// or of any cell; a short cell text such as a status "Nâng cấp" counts as one
// word), the rest of the width shared in proportion to the columns' relative
// widths. A cell word never claims more than a quarter of the table (a URL
// breaks), and when the least widths together are wider than the table they
// shrink alike.
QList<double> ReportTableLayout::columnWidths(const ReportTable &table, double width) const
{
    // The body is laid out twice (to number the table of contents, then to paint).
    const auto found = m_widths.constFind(&table);
    if (found != m_widths.cend() && found->width == width && found->rows == table.rows.size())
        return found->columns;
    const QList<double> widths = measureColumns(table, width);
    m_widths.insert(&table, {width, table.rows.size(), widths});
    return widths;
}

QList<double> ReportTableLayout::measureColumns(const ReportTable &table, double width) const
{
    const qsizetype n = table.columns.size();
    QList<double> share(n);
    QList<double> least(n);
    const double shortText = width / 8;
    const double longestCellWord = width / 4 - 2 * PadX - 1;
    for (qsizetype c = 0; c < n; ++c) {
        share[c] = std::max(0.01, table.columns.at(c).width);
        // The header wraps between its words ("Cấp độ / ATTT").
        double word = unbreakable(table.columns.at(c).header, m_fonts.header, 0, 0);
        // Every row, each distinct text once (the texts of a column repeat), until
        // a word reaches the most a cell word may claim.
        double cellWord = 0;
        QSet<QString> seen;
        for (const QStringList &row : table.rows) {
            if (cellWord >= longestCellWord)
                break;
            if (c >= row.size() || seen.contains(row.at(c)))
                continue;
            seen.insert(row.at(c));
            cellWord = unbreakable(row.at(c), m_fonts.cell, shortText, cellWord);
        }
        word = std::max(word, std::min(cellWord, longestCellWord));
        // A point to spare: the office programs measure a word a little wider.
        least[c] = word + 2 * PadX + 2;
    }
    double leastTotal = 0;
    for (const double w : least)
        leastTotal += w;
    if (leastTotal >= width) {
        QList<double> widths(n);
        for (qsizetype c = 0; c < n; ++c)
            widths[c] = width * least.at(c) / leastTotal;
        return widths;
    }
    QList<double> widths(n);
    QList<bool> fixed(n, false);
    // Columns under their least width take it; the rest share what remains. A few
    // rounds settle it (each round fixes at least one more column or stops).
    for (int round = 0; round <= n; ++round) {
        double free = width;
        double shares = 0;
        for (qsizetype c = 0; c < n; ++c) {
            if (fixed.at(c))
                free -= least.at(c);
            else
                shares += share.at(c);
        }
        bool changed = false;
        for (qsizetype c = 0; c < n; ++c) {
            widths[c] = fixed.at(c) ? least.at(c) : std::max(0.0, free) * share.at(c) / shares;
            if (!fixed.at(c) && widths.at(c) < least.at(c)) {
                fixed[c] = true;
                changed = true;
            }
        }
        if (!changed || shares <= 0)
            break;
    }
    return widths;
}

void ReportTableLayout::add(ReportFlow &flow, const ReportTable &table) const
{
    if (table.columns.isEmpty())
        return;
    const double width = flow.contentWidth();
    const QList<double> widths = columnWidths(table, width);
    QList<double> edges{0};
    for (const double w : widths)
        edges.append(edges.last() + w);

    ReportTextFormat format;
    format.lineFactor = ReportTextFormat::OfficeLine;
    auto cellLines = [&](const QString &text, int column, int font, ReportTextFormat::Align a) {
        format.align = a;
        const double w = std::max(1.0, edges.at(column + 1) - edges.at(column) - 2 * PadX);
        return m_text.lines({ReportRun{text, font}}, w, format);
    };
    auto all = [](qsizetype n) { return QList<int>(n, 0); };
    const double huge = 1e12;

    if (!table.caption.isEmpty()) {
        format.align = ReportTextFormat::Align::Center;
        ReportUnit caption = m_text.block({ReportRun{table.caption, m_fonts.caption}}, width,
                                          format);
        caption.spaceBefore = 9;
        caption.height += 3;
        caption.keepWithNext = true;
        flow.add(caption);
    }

    // The lines of a cell's text by column: a column's texts repeat (owners,
    // levels, states) and each is broken into lines once. Bounded for a table of
    // only distinct texts.
    static constexpr qsizetype MaxCached = 4096;
    QList<QHash<QString, QList<ReportUnit>>> cached(table.columns.size());
    auto bodyLines = [&](const QString &text, int column) {
        QHash<QString, QList<ReportUnit>> &known = cached[column];
        const auto found = known.constFind(text);
        if (found != known.cend())
            return found.value();
        if (known.size() >= MaxCached)
            known.clear();
        const QList<ReportUnit> lines =
                cellLines(text, column, m_fonts.cell, align(table.columns.at(column).align));
        known.insert(text, lines);
        return lines;
    };

    QList<QList<ReportUnit>> cells;
    for (int c = 0; c < table.columns.size(); ++c)
        cells.append(cellLines(table.columns.at(c).header, c, m_fonts.header,
                               ReportTextFormat::Align::Center));
    QList<int> next = all(cells.size());
    ReportUnit header = row(cells, edges, &next, huge, true);
    header.keepWithNext = true;
    flow.add(header);

    // A row taller than a page less the repeated header is cut between lines.
    const double tallest = std::max(20.0, flow.contentHeight() - header.height - 2);
    bool first = true;
    for (const QStringList &cellsText : table.rows) {
        if (flow.cancelled())
            return;
        cells.clear();
        for (int c = 0; c < table.columns.size(); ++c)
            cells.append(bodyLines(cellsText.value(c), c));
        next = all(cells.size());
        auto left = [&] {
            for (qsizetype c = 0; c < cells.size(); ++c)
                if (next.at(c) < cells.at(c).size())
                    return true;
            return false;
        };
        do {
            flow.add(row(cells, edges, &next, tallest, false));
            if (first) {
                // From the second row on, a new page starts with the header row.
                ReportUnit repeated = header;
                repeated.keepWithNext = false;
                flow.setRepeated(repeated);
                first = false;
            }
        } while (left());
    }
    flow.setRepeated(std::nullopt);
}

} // namespace kt
