#pragma once

#include "reportflow.h"
#include "reporttextlayout.h"

#include <QHash>

namespace kt {

// Sets a table into the flow: the caption above it kept with the header row and
// the first row, thin borders, the header row (bold, centred) repeated at the top
// of every page, cell text wrapped, a row never split across pages unless it is
// taller than a page on its own (it is then cut between lines).
class ReportTableLayout
{
public:
    struct Fonts
    {
        int caption = 0;
        int header = 0;
        int cell = 0;
    };

    ReportTableLayout(const ReportStyle &style, const ReportTextLayout &text, const Fonts &fonts)
        : m_style(style)
        , m_text(text)
        , m_fonts(fonts)
    {
    }

    void add(ReportFlow &flow, const ReportTable &table) const;
    QList<double> columnWidths(const ReportTable &table, double width) const;

    // The fonts of a table of a report whose body is bodyPt: cells a point smaller.
    static Fonts fonts(ReportStyle &style, double bodyPt);

private:
    // The widest part of text that must not be broken, or known if that is wider:
    // its longest word, or the whole of a line no wider than shortText.
    double unbreakable(const QString &text, int font, double shortText, double known) const;
    QList<double> measureColumns(const ReportTable &table, double width) const;
    // The rows of the cells' lines from line `from` on that fit in height (at
    // least one line of each cell that has any left).
    ReportUnit row(const QList<QList<ReportUnit>> &cells, const QList<double> &edges,
                   QList<int> *next, double height, bool top) const;

    const ReportStyle &m_style;
    const ReportTextLayout &m_text;
    Fonts m_fonts;
    // The columns' widths of the tables laid out, with the width they were set in.
    struct Widths
    {
        double width = 0;
        qsizetype rows = 0;
        QList<double> columns;
    };
    mutable QHash<const ReportTable *, Widths> m_widths;
};

} // namespace kt
