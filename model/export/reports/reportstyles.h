#pragma once

#include <model/report/reportdocument.h>

#include <QList>

namespace kt {

// The named paragraph styles of the office reports, one list for DOCX and ODT so
// the two formats look alike: Decree 30's sizes, the body style justified with its
// first-line indent, the headings with their outline levels. Lengths in points.
struct ReportParagraphStyle
{
    QString id;          // "Heading1": DOCX style id; ODT name with spaces as "_20_"
    QString name;        // "heading 1": the name Word and LibreOffice know
    QString parent;      // empty: based on the default paragraph style
    QString align;       // "both", "center", "left", "right"; empty as the parent
    double firstLine = -1; // points; -1 as the parent
    double before = -1;
    double after = -1;
    double size = 0;     // points; 0 as the parent
    bool bold = false;
    bool italic = false;
    bool keepNext = false;
    int outlineLevel = 0; // 1..3 for headings
    bool ruleAbove = false; // the Decree 30 rules: a short line as the paragraph's top border
    double leftIndent = -1; // points; -1 as the parent
    double rightTab = -1;   // points from the indent: a right tab with a dotted leader
    QString color;        // "rrggbb"
    double lineFactor = -1; // line height in single lines of the font; -1 as the parent
};

class ReportStyles
{
public:
    static constexpr double FirstLineIndent = 36; // 1.27 cm
    static constexpr double ParagraphAfter = 6;
    // Between a figure's picture and its caption, and above the picture after
    // text: the Figure style's space after it (none before).
    static constexpr double FigureSpace = 6;
    // The font size of the empty paragraphs that change the page (Spacer) and of
    // the picture's paragraph (Figure), whose line is the picture's height.
    static constexpr double SpacerPt = 2;
    // The captions of tables and figures ("Bảng 1. …", "Hình 1. …"), the same in
    // the four formats: centred, in the body's size, bold and upright, as the
    // approved documents set their table and figure titles (Decree 30 says
    // nothing of them). The PDF's caption font, the office formats' Caption and
    // Table Caption styles and the HTML's caption rules all take these.
    static constexpr bool CaptionBold = true;
    static constexpr bool CaptionItalic = false;

    // Normal (the body) first, then the others in a fixed order.
    static QList<ReportParagraphStyle> paragraphStyles(const ReportDocument &report);
    // The style of a paragraph role.
    static QString paragraphStyle(ParagraphRole role);
    // Table cells by the column's alignment.
    static QString cellStyle(ReportTableColumn::Align align);
};

} // namespace kt
