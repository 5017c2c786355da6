#include "reportstyles.h"

namespace kt {

using namespace Qt::StringLiterals;

namespace {

ReportParagraphStyle centred(const QString &id, const QString &name, double size, bool bold, bool italic,
                    double after = 0)
{
    ReportParagraphStyle s;
    s.id = id;
    s.name = name;
    s.parent = u"Normal"_s;
    s.align = u"center"_s;
    s.firstLine = 0;
    s.after = after;
    s.size = size;
    s.bold = bold;
    s.italic = italic;
    return s;
}

ReportParagraphStyle left(ReportParagraphStyle s)
{
    s.align = u"left"_s;
    return s;
}

ReportParagraphStyle basedOnNormal(const QString &id, const QString &name)
{
    ReportParagraphStyle s;
    s.id = id;
    s.name = name;
    s.parent = u"Normal"_s;
    return s;
}

} // namespace

QList<ReportParagraphStyle> ReportStyles::paragraphStyles(const ReportDocument &report)
{
    const double body = report.page.bodyPt;
    const double table = body - 1; // tables a point smaller, as the approved documents have them
    QList<ReportParagraphStyle> styles;

    ReportParagraphStyle normal;
    normal.id = u"Normal"_s;
    normal.name = u"Normal"_s;
    normal.align = u"both"_s;
    normal.firstLine = FirstLineIndent;
    normal.before = 0;
    normal.after = ParagraphAfter;
    normal.size = body;
    styles.append(normal);

    ReportParagraphStyle title = centred(u"Title"_s, u"Title"_s, body, true, false);
    title.before = 12;
    title.keepNext = true;
    styles.append(title);
    // On a cover the title stands about the middle of the page, as the PDF sets it
    // (under a header block of some 60 pt, a title of some 80).
    const ReportPageSetup &page = report.page;
    const double paperHeightMm = page.paper.compare(u"A3"_s, Qt::CaseInsensitive) == 0 ? 420 : 297;
    const double textHeight = (paperHeightMm - page.topMm - page.bottomMm) * 72 / 25.4;
    ReportParagraphStyle coverTitle = title;
    coverTitle.id = u"CoverTitle"_s;
    coverTitle.name = u"Cover Title"_s;
    coverTitle.parent = u"Title"_s;
    coverTitle.before = std::max(24.0, (textHeight - 80) / 2 - 60);
    styles.append(coverTitle);
    ReportParagraphStyle subject = centred(u"Subject"_s, u"Subtitle"_s, body, true, false);
    subject.keepNext = true;
    styles.append(subject);
    styles.append(centred(u"IssuedWith"_s, u"Issued With"_s, body, false, true, ParagraphAfter));
    for (int level = 1; level <= 3; ++level) {
        ReportParagraphStyle h = basedOnNormal(u"Heading%1"_s.arg(level), u"heading %1"_s.arg(level));
        h.firstLine = level == 1 ? 0 : FirstLineIndent;
        // With the paragraph above's 6 pt after it: 12, 9 and 6 pt, as the PDF.
        h.before = level == 1 ? 6 : level == 2 ? 3 : 0;
        h.after = ParagraphAfter;
        h.bold = true;
        h.italic = level == 3;
        h.keepNext = true;
        h.outlineLevel = level;
        styles.append(h);
    }
    styles.append(centred(u"Caption"_s, u"caption"_s, body, CaptionBold, CaptionItalic, ParagraphAfter));
    ReportParagraphStyle tableCaption =
            centred(u"TableCaption"_s, u"Table Caption"_s, body, CaptionBold, CaptionItalic, 3);
    tableCaption.parent = u"Caption"_s;
    tableCaption.before = 3; // 9 pt under a paragraph, as the PDF
    tableCaption.keepNext = true;
    styles.append(tableCaption);
    // The picture's line is the picture: single spacing (a line 1.1 high would
    // add a tenth of the picture above it) and a tiny font (little depth under it).
    ReportParagraphStyle figure = centred(u"Figure"_s, u"Figure"_s, SpacerPt, false, false, FigureSpace);
    figure.before = 0;
    figure.keepNext = true;
    figure.lineFactor = 1;
    styles.append(figure);
    ReportParagraphStyle legal = basedOnNormal(u"LegalBasis"_s, u"Legal Basis"_s);
    legal.italic = true;
    styles.append(legal);
    styles.append(basedOnNormal(u"Article"_s, u"Article"_s));
    styles.append(centred(u"CenteredBold"_s, u"Centered Bold"_s, body, true, false, ParagraphAfter));
    ReportParagraphStyle resolution = centred(u"Resolution"_s, u"Resolution"_s, body, true, false, ParagraphAfter);
    resolution.before = 6;
    resolution.keepNext = true;
    styles.append(resolution);
    ReportParagraphStyle note = left(centred(u"TableNote"_s, u"Table Note"_s, table, false, true, ParagraphAfter));
    note.before = 3;
    styles.append(note);
    ReportParagraphStyle placeholder = basedOnNormal(u"Placeholder"_s, u"Placeholder"_s);
    placeholder.italic = true;
    placeholder.color = u"C00000"_s;
    styles.append(placeholder);
    styles.append(basedOnNormal(u"ListBullet"_s, u"List Bullet"_s));
    styles.append(centred(u"TableHeading"_s, u"Table Heading"_s, table, true, false));
    styles.append(left(centred(u"TableText"_s, u"Table Text"_s, table, false, false)));
    ReportParagraphStyle cell = centred(u"TableTextCenter"_s, u"Table Text Centered"_s, table, false, false);
    cell.parent = u"TableText"_s;
    styles.append(cell);
    cell.id = u"TableTextRight"_s;
    cell.name = u"Table Text Right"_s;
    cell.align = u"right"_s;
    styles.append(cell);

    // The Decree 30 header block: sizes of Phụ lục I.
    styles.append(centred(u"ParentBody"_s, u"Parent Body"_s, 13, false, false));
    styles.append(centred(u"IssuingBody"_s, u"Issuing Body"_s, 13, true, false));
    ReportParagraphStyle number = centred(u"DocumentNumber"_s, u"Document Number"_s, 13, false, false);
    number.before = 3;
    styles.append(number);
    styles.append(centred(u"NationalTitle"_s, u"National Title"_s, 12, true, false));
    styles.append(centred(u"Motto"_s, u"Motto"_s, 13, true, false));
    ReportParagraphStyle rule = left(centred(u"Rule"_s, u"Rule"_s, 2, false, false));
    rule.ruleAbove = true;
    rule.before = 3; // clear of the descenders of the text above
    styles.append(rule);
    styles.append(left(centred(u"Spacer"_s, u"Spacer"_s, SpacerPt, false, false)));
    ReportParagraphStyle place = centred(u"PlaceDate"_s, u"Place and Date"_s, body, false, true);
    place.before = 3;
    styles.append(place);

    styles.append(centred(u"TOCHeading"_s, u"TOC Heading"_s, body, true, false, 12));
    // As the PDF prints its contents: each level indented 18 pt more, the page
    // number at the right margin after a dotted leader.
    const double paperWidthMm = page.paper.compare(u"A3"_s, Qt::CaseInsensitive) == 0 ? 297 : 210;
    const double textWidth = (paperWidthMm - page.leftMm - page.rightMm) * 72 / 25.4;
    for (int level = 1; level <= 3; ++level) {
        ReportParagraphStyle toc = left(centred(u"TOC%1"_s.arg(level), u"toc %1"_s.arg(level), body, level == 1, false, 0));
        toc.firstLine = 0;
        toc.before = level == 1 ? 6 : 2;
        toc.leftIndent = (level - 1) * 18;
        toc.rightTab = textWidth - toc.leftIndent;
        styles.append(toc);
    }
    styles.append(left(centred(u"RecipientsTitle"_s, u"Recipients Title"_s, 12, true, true)));
    styles.append(left(centred(u"Recipients"_s, u"Recipients"_s, 11, false, false)));
    styles.append(centred(u"SignerTitle"_s, u"Signer Title"_s, body, true, false));
    styles.append(centred(u"SignerName"_s, u"Signer Name"_s, body, true, false));
    styles.append(centred(u"Header"_s, u"header"_s, body, false, false));
    return styles;
}

QString ReportStyles::paragraphStyle(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Body: return u"Normal"_s;
    case ParagraphRole::LegalBasis: return u"LegalBasis"_s;
    case ParagraphRole::Article: return u"Article"_s;
    case ParagraphRole::Centered: return u"CenteredBold"_s;
    case ParagraphRole::Resolution: return u"Resolution"_s;
    case ParagraphRole::Note: return u"TableNote"_s;
    case ParagraphRole::Placeholder: return u"Placeholder"_s;
    }
    return u"Normal"_s;
}

QString ReportStyles::cellStyle(ReportTableColumn::Align align)
{
    switch (align) {
    case ReportTableColumn::Align::Center: return u"TableTextCenter"_s;
    case ReportTableColumn::Align::Right: return u"TableTextRight"_s;
    case ReportTableColumn::Align::Left: break;
    }
    return u"TableText"_s;
}

} // namespace kt
