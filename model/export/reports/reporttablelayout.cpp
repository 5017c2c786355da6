#include "reporttablelayout.h"

namespace kt {

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

void ReportTableLayout::add(ReportFlow &flow, const ReportTable &table) const
{
    if (table.columns.isEmpty())
        return;
    const double width = flow.contentWidth();
    double total = 0;
    for (const ReportTableColumn &c : table.columns)
        total += std::max(0.01, c.width);
    QList<double> edges{0};
    for (const ReportTableColumn &c : table.columns)
        edges.append(edges.last() + width * std::max(0.01, c.width) / total);

    ReportTextFormat format;
    format.lineFactor = 1.2;
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
            cells.append(cellLines(cellsText.value(c), c, m_fonts.cell,
                                   align(table.columns.at(c).align)));
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
