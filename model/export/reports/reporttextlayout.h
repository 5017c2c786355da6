#pragma once

#include "reportpageitems.h"
#include "reportstyle.h"

namespace kt {

// A piece of a paragraph in one font ("Điều 1." bold, then the text).
struct ReportRun
{
    QString text;
    int font = 0;
};

struct ReportTextFormat
{
    enum class Align { Left, Center, Right, Justify };
    Align align = Align::Justify;
    double firstIndent = 0; // of the first line, from the box's left
    double indent = 0;      // of the other lines
    // Line height as a multiple of the largest font size. The office writers'
    // line: 1.1 lines of Times New Roman (its single line is 1.149 em), as Word
    // and LibreOffice set the DOCX, so that the PDF's pages are theirs.
    static constexpr double OfficeLine = 1.1 * 1.149;
    double lineFactor = OfficeLine;
};

// Breaks runs of text into lines of a given width (greedy, words never split
// unless one is wider than the line) and sets them: justified lines stretch their
// spaces, the last line of a paragraph and a line ended by "\n" do not.
class ReportTextLayout
{
public:
    explicit ReportTextLayout(const ReportStyle &style)
        : m_style(style)
    {
    }

    // One unit per line, texts relative to the box's top left.
    QList<ReportUnit> lines(const QList<ReportRun> &runs, double width,
                            const ReportTextFormat &format) const;
    // The lines as one unit (a table cell, a block of the header).
    ReportUnit block(const QList<ReportRun> &runs, double width,
                     const ReportTextFormat &format) const;

private:
    struct Token
    {
        QString text;
        int font = 0;
        double width = 0;
        int spaces = 0; // before it (kept: "Số:      /QĐ-UBND" leaves room to write)
        bool breakBefore = false; // "\n" before it
    };
    QList<Token> tokens(const QList<ReportRun> &runs) const;
    QList<Token> split(const Token &token, double width) const;

    const ReportStyle &m_style;
};

} // namespace kt
