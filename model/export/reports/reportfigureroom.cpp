#include "reportfigureroom.h"
#include "reportflow.h"
#include "reportstyles.h"
#include "reporttablelayout.h"

#include <model/export/exporters/exportoptions.h>

namespace kt {

// 1.27 cm, as the body's first lines.
static constexpr double HeadingIndent = ReportStyles::FirstLineIndent;

ReportFigureRoom::ReportFigureRoom(const ReportDocument &report, ReportStyle &style)
    : m_report(report)
    , m_text(style)
{
    const ReportFlow geometry(report.page);
    m_portrait = geometry.contentRect(false).size();
    m_landscape = geometry.contentRect(true).size();
    const double body = report.page.bodyPt;
    m_bold = style.font(body, true);
    m_boldItalic = style.font(body, true, true);
    // Figures' captions as tables' (ReportStyles).
    m_caption = ReportTableLayout::fonts(style, body).caption;
}

QList<ReportUnit> ReportFigureRoom::heading(const ReportSection &section, double width) const
{
    ReportTextFormat format;
    format.align = section.appendix ? ReportTextFormat::Align::Center
                                    : ReportTextFormat::Align::Left;
    // As the Heading styles: "I. …" at the margin, "1. …" and "1.1. …" indented.
    format.firstIndent = section.appendix || section.level <= 1 ? 0 : HeadingIndent;
    const int font = section.level >= 3 ? m_boldItalic : m_bold;
    QList<ReportUnit> lines = m_text.lines({ReportRun{section.heading(), font}}, width, format);
    for (ReportUnit &line : lines)
        line.keepWithNext = true;
    // With the paragraph above's space after it, as the office styles have it.
    lines.first().spaceBefore = section.level == 1 ? 12 : section.level == 2 ? 9 : 6;
    return lines;
}

ReportUnit ReportFigureRoom::caption(const QString &caption, double width) const
{
    ReportTextFormat format;
    format.align = ReportTextFormat::Align::Center;
    ReportUnit unit = m_text.block({ReportRun{caption, m_caption}}, width, format);
    unit.spaceBefore = ReportStyles::FigureSpace;
    return unit;
}

double ReportFigureRoom::pictureHeight(bool landscape, double pageHeight, double above,
                                       double captionHeight)
{
    // A figure in the text leaves a quarter of the page to the text around it.
    if (!landscape)
        return std::max(36.0, pageHeight * 0.75 - captionHeight);
    const double over = above > 0 ? above + ReportStyles::FigureSpace : 0;
    return std::max(36.0, pageHeight - over - captionHeight - officeAllowance());
}

QSizeF ReportFigureRoom::box(const ReportFigure &figure,
                             const QList<const ReportSection *> &above) const
{
    const QSizeF area = figure.landscape ? m_landscape : m_portrait;
    double headings = 0;
    for (const ReportSection *section : above)
        for (const ReportUnit &line : heading(*section, area.width()))
            headings += line.height + line.spaceBefore;
    const ReportUnit under = caption(figure.caption, area.width());
    return QSizeF(area.width(), pictureHeight(figure.landscape, area.height(), headings,
                                              under.height + under.spaceBefore));
}

double ReportFigureRoom::scale(const QSizeF &extent, const QSizeF &box)
{
    if (extent.isEmpty())
        return 72.0 / ExportOptions::UnitsPerInch;
    return std::min({box.width() / extent.width(), box.height() / extent.height(),
                     72.0 / ExportOptions::UnitsPerInch});
}

double ReportFigureRoom::officeAllowance()
{
    const double spacerLine = ReportStyles::SpacerPt * ReportTextFormat::OfficeLine;
    return ReportStyles::ParagraphAfter + 2 * spacerLine;
}

} // namespace kt
