#pragma once

#include "reporttextlayout.h"

#include <model/report/reportdocument.h>

#include <QSizeF>

namespace kt {

// The room a figure gets on its page, the same in the four formats so that their
// pages are the PDF's (the office formats' tables of contents carry the PDF's
// page numbers). A landscape figure fills its page: the text area less what the
// headings printed above it there and its caption take, measured with the PDF's
// text layout (the office formats set their lines alike: ReportTextFormat::
// OfficeLine), and the spacing of the Figure and Caption styles. A figure in the
// text takes at most three quarters of its page with its caption. No figure is
// printed larger than 100 % (96 diagram units an inch).
class ReportFigureRoom
{
public:
    ReportFigureRoom(const ReportDocument &report, ReportStyle &style);

    // A section's heading as the body prints it: its lines, kept with what
    // follows, the first carrying the space above the heading.
    QList<ReportUnit> heading(const ReportSection &section, double width) const;
    // A figure's caption, centred, the space between it and the picture included.
    ReportUnit caption(const QString &caption, double width) const;

    // The height left for a figure's picture in a text area pageHeight high, of
    // which above is taken by what is printed over the picture on its page (0: the
    // picture opens the page) and captionHeight by its caption with its space.
    static double pictureHeight(bool landscape, double pageHeight, double above,
                                double captionHeight);
    // The box a figure's picture is fitted into, in points, for the writers that
    // lay out no pages (office, HTML): above are the headings printed over it on
    // its page.
    QSizeF box(const ReportFigure &figure, const QList<const ReportSection *> &above) const;
    // Points per diagram unit of a picture of extent (diagram units) fitted into
    // box (points): at most 100 %.
    static double scale(const QSizeF &extent, const QSizeF &box);

    // What the office formats print on a landscape figure's page besides the
    // heading, picture and caption the PDF prints, in points: the caption's space
    // after it, the empty paragraph that ends (DOCX) or begins (ODT) the landscape
    // section, and the picture line's depth under its baseline (the Figure
    // style's tiny font).
    static double officeAllowance();

private:
    const ReportDocument &m_report;
    ReportTextLayout m_text;
    QSizeF m_portrait;  // the text areas, in points
    QSizeF m_landscape;
    int m_bold = 0;
    int m_boldItalic = 0;
    int m_caption = 0;
};

} // namespace kt
