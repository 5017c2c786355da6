#pragma once

#include "reportfigureroom.h"
#include "reportflow.h"
#include "reportfrontlayout.h"
#include "reporttablelayout.h"
#include "reporttextlayout.h"

#include <model/modeldata.h>

#include <functional>

namespace kt {

class DiagramPainter;

// Lays out the parts of a report into flows: the cover, the table of contents
// and the body (header block and title where there is no cover, preamble, the
// sections with their paragraphs, lists, tables and figures, the closing block).
class ReportBodyLayout
{
public:
    struct Heading
    {
        int level = 1;
        QString text;
    };

    ReportBodyLayout(const ReportDocument &report, const ModelData &data, ReportStyle &style,
                     const DiagramPainter &painter);

    void cover(ReportFlow &flow) const;
    // The entries with their page numbers (empty: not known yet; the column for
    // them is reserved either way, so that the numbers do not change the layout).
    void contents(ReportFlow &flow, const QList<int> &numbers) const;
    // sectionDone(n) after each top-level section; false cancels.
    bool body(ReportFlow &flow, const std::function<bool(int)> &sectionDone) const;

    // The headings listed in the table of contents, in order (the flow's anchors).
    QList<Heading> headings() const;

private:
    void heading(ReportFlow &flow, const ReportSection &section, int *anchor) const;
    void section(ReportFlow &flow, const ReportSection &section, int *anchor) const;
    void paragraph(ReportFlow &flow, const ReportParagraph &paragraph) const;
    void bullets(ReportFlow &flow, const QStringList &items) const;
    void figure(ReportFlow &flow, const ReportFigure &figure) const;
    void addLines(ReportFlow &flow, QList<ReportUnit> lines, double spaceBefore,
                  bool keep = false, int anchor = -1) const;
    static QRectF frame(const DiagramPainter &painter, const View &view);

    const ReportDocument &m_report;
    const ModelData &m_data;
    ReportStyle &m_style;
    const DiagramPainter &m_painter;
    ReportTextLayout m_text;
    ReportFrontLayout m_front;
    ReportTableLayout m_tables;
    ReportFigureRoom m_room;
    const ReportParagraph *m_last = nullptr; // gets the ending ("./.")
    double m_indent;
    struct Fonts
    {
        int body, bold, italic, boldItalic, note, placeholder, tocTitle;
    } m_fonts;
};

} // namespace kt
