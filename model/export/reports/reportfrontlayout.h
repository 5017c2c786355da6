#pragma once

#include "reporttextlayout.h"

#include <model/report/reportdocument.h>

namespace kt {

// The fixed blocks of an administrative document (Decree 30): the two-column
// header block (issuing body with a short rule | Quốc hiệu, Tiêu ngữ with a rule
// as long as it; number | place and date), the title with the trích yếu and its
// short rule, and the closing block (Nơi nhận at the left, the signer at the right).
class ReportFrontLayout
{
public:
    ReportFrontLayout(ReportStyle &style, const ReportTextLayout &text, double bodyPt);

    ReportUnit headerBlock(const ReportHeaderBlock &header, double width) const;
    // Document type, subject with its rule, "(Ban hành kèm theo …)"; larger on a cover.
    ReportUnit title(const ReportDocument &report, double width, bool cover) const;
    ReportUnit closing(const ReportDocument &report, double width) const;

private:
    // Lines of a text centred in a column from y down; returns the bottom.
    double centred(ReportUnit *unit, const QString &text, int font, double left, double width,
                   double y) const;
    double widest(const QString &text, int font) const;

    ReportStyle &m_style;
    const ReportTextLayout &m_text;
    double m_body;
    int m_regular13;
    int m_bold13;
    int m_bold12;
    int m_motto;
    int m_dateFont;
    int m_bodyBold;
    int m_bodyItalic;
    int m_coverTitle;
    int m_recipientsTitle;
    int m_recipient;
};

} // namespace kt
