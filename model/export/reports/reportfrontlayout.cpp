#include "reportfrontlayout.h"
#include "reportoutline.h"

namespace kt {

using namespace Qt::StringLiterals;

static constexpr double RuleWidth = 0.75;

ReportFrontLayout::ReportFrontLayout(ReportStyle &style, const ReportTextLayout &text,
                                     double bodyPt)
    : m_style(style)
    , m_text(text)
    , m_body(bodyPt)
    , m_regular13(style.font(13))
    , m_bold13(style.font(13, true))
    , m_bold12(style.font(12, true))
    , m_motto(style.font(bodyPt >= 14 ? 14 : 13, true))
    , m_dateFont(style.font(bodyPt >= 14 ? 14 : 13, false, true))
    , m_bodyBold(style.font(bodyPt, true))
    , m_bodyItalic(style.font(bodyPt, false, true))
    , m_coverTitle(style.font(bodyPt + 2, true))
    , m_recipientsTitle(style.font(12, true, true))
    , m_recipient(style.font(11))
{
}

double ReportFrontLayout::centred(ReportUnit *unit, const QString &text, int font, double left,
                                  double width, double y) const
{
    if (text.isEmpty())
        return y;
    ReportTextFormat format;
    format.align = ReportTextFormat::Align::Center;
    format.lineFactor = 1.2;
    const ReportUnit block = m_text.block({ReportRun{text, font}}, width, format);
    unit->append(block, left, y);
    return y + block.height;
}

double ReportFrontLayout::widest(const QString &text, int font) const
{
    double w = 0;
    for (const QString &line : text.split(u'\n'))
        w = std::max(w, m_style.textWidth(font, line));
    return w;
}

ReportUnit ReportFrontLayout::headerBlock(const ReportHeaderBlock &header, double width) const
{
    ReportUnit unit;
    const double leftWidth = width * 2 / 5;
    const double rightWidth = width - leftWidth;

    const QString parentBody = ReportOutline::balancedLines(header.parentBody, leftWidth, 13);
    const QString issuingBody = ReportOutline::balancedLines(header.issuingBody, leftWidth, 13);
    double left = centred(&unit, parentBody, m_regular13, 0, leftWidth, 0);
    left = centred(&unit, issuingBody, m_bold13, 0, leftWidth, left);
    if (!issuingBody.isEmpty()) {
        // The short rule: 2/5 of the issuing body's longest line, centred under it.
        const double length = std::min(leftWidth, widest(issuingBody, m_bold13)) * 2 / 5;
        const double y = left + 2;
        unit.rules.append(ReportRule{QLineF(leftWidth / 2 - length / 2, y,
                                            leftWidth / 2 + length / 2, y), float(RuleWidth)});
        left = y;
    }

    // Quốc hiệu at 13 pt where the column holds it on one line, else 12 pt.
    const int national = widest(header.nationalTitle, m_bold13) <= rightWidth
            ? m_bold13
            : m_bold12;
    double right = centred(&unit, header.nationalTitle, national, leftWidth, rightWidth, 0);
    right = centred(&unit, header.motto, m_motto, leftWidth, rightWidth, right);
    if (!header.motto.isEmpty()) {
        // The rule under the Tiêu ngữ is as long as its text.
        const double length = std::min(rightWidth, widest(header.motto, m_motto));
        const double centre = leftWidth + rightWidth / 2;
        const double y = right + 2;
        unit.rules.append(ReportRule{QLineF(centre - length / 2, y, centre + length / 2, y),
                                     float(RuleWidth)});
        right = y;
    }

    // The number and the place and date share a line under both.
    const double y = std::max(left, right) + 8;
    const double numberBottom = centred(&unit, header.number, m_regular13, 0, leftWidth, y);
    const double dateBottom = centred(&unit, header.placeAndDate, m_dateFont, leftWidth,
                                      rightWidth, y);
    unit.height = std::max({numberBottom, dateBottom, left, right});
    return unit;
}

ReportUnit ReportFrontLayout::title(const ReportDocument &report, double width, bool cover) const
{
    ReportUnit unit;
    double y = 0;
    const int titleFont = cover ? m_coverTitle : m_bodyBold;
    y = centred(&unit, ReportOutline::balancedLines(report.documentType, width, m_style.spec(titleFont).pt),
                titleFont, 0, width, y);
    double ruleLength = 0;
    for (const QString &line : report.subject) {
        y = centred(&unit, ReportOutline::balancedLines(line, width, m_body), m_bodyBold, 0, width, y);
        ruleLength = std::max(ruleLength, widest(line, m_bodyBold));
    }
    if (!report.subject.isEmpty()) {
        // The short rule under the trích yếu: a third of it, between 1.5 and 6 cm.
        const double length = std::clamp(ruleLength / 3, 42.0, 170.0);
        y += 6; // clear of the descenders of the last line (q, y, g)
        unit.rules.append(ReportRule{QLineF(width / 2 - length / 2, y, width / 2 + length / 2, y),
                                     float(RuleWidth)});
        y += 3;
    }
    if (!report.issuedWith.isEmpty())
        y = centred(&unit, report.issuedWith, m_bodyItalic, 0, width, y + 3);
    unit.height = y;
    return unit;
}

ReportUnit ReportFrontLayout::closing(const ReportDocument &report, double width) const
{
    ReportUnit unit;
    const double leftWidth = width * 0.45;
    const double rightWidth = width - leftWidth;

    ReportTextFormat format;
    format.align = ReportTextFormat::Align::Left;
    format.lineFactor = 1.15;
    double left = 0;
    if (!report.recipientsTitle.isEmpty() || !report.recipients.isEmpty()) {
        const ReportUnit title = m_text.block({ReportRun{report.recipientsTitle,
                                                         m_recipientsTitle}},
                                              leftWidth, format);
        unit.append(title, 0, left);
        left += title.height;
        // Wrapped recipients continue under their text, past the "- ".
        format.indent = m_style.textWidth(m_recipient, u"- "_s);
        for (const QString &line : report.recipients) {
            const ReportUnit item = m_text.block({ReportRun{line, m_recipient}}, leftWidth,
                                                 format);
            unit.append(item, 0, left);
            left += item.height;
        }
    }

    double right = 0;
    if (report.hasSigner) {
        for (const QString &line : report.signer.titleLines)
            right = centred(&unit, line, m_bodyBold, leftWidth, rightWidth, right);
        right += m_body * 5; // room for the signature and the seal
        // Without a name (a final printed before the signer is known) its line is
        // still kept, to be filled in.
        right = report.signer.name.isEmpty()
                ? right + m_body * 1.2
                : centred(&unit, report.signer.name, m_bodyBold, leftWidth, rightWidth, right);
    }
    unit.height = std::max(left, right);
    unit.spaceBefore = 12;
    return unit;
}

} // namespace kt
