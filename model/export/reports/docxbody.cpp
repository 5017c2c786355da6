#include "docxbody.h"
#include "docxparts.h"
#include "reportstyles.h"

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr double TwipsPerMm = 1440 / 25.4;

int twips(double mm)
{
    return qRound(mm * TwipsPerMm);
}

QString number(double value)
{
    return QString::number(qRound(value));
}

} // namespace

DocxBody::DocxBody(const ReportDocument &report, const ModelData &data, ReportOutline &outline)
    : m_report(report)
    , m_outline(outline)
    , m_renderer(data)
    , m_columns(report.page.bodyPt)
    , m_room(report, m_style)
{
}

bool DocxBody::write(QIODevice *device)
{
    m_xml.setDevice(device);
    m_xml.writeStartDocument(u"1.0"_s, true);
    m_xml.writeStartElement(u"w:document"_s);
    m_xml.writeAttribute(u"xmlns:w"_s, u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s);
    m_xml.writeAttribute(u"xmlns:r"_s, u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s);
    m_xml.writeAttribute(u"xmlns:wp"_s, u"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"_s);
    m_xml.writeAttribute(u"xmlns:a"_s, u"http://schemas.openxmlformats.org/drawingml/2006/main"_s);
    m_xml.writeAttribute(u"xmlns:pic"_s, u"http://schemas.openxmlformats.org/drawingml/2006/picture"_s);
    m_xml.writeStartElement(u"w:body"_s);

    if (m_report.hasHeaderBlock)
        headerBlock();
    titleBlock();
    if (m_report.coverPage)
        pageBreak();
    for (const ReportParagraph &p : m_report.preamble)
        paragraph(ReportStyles::paragraphStyle(p.role), p.text, p.lead);
    if (m_report.tableOfContents)
        tableOfContents();
    for (const ReportSection &s : m_report.sections)
        if (!section(s))
            return false;
    signingBlock();
    setOrientation(false);

    // The last section's properties close the body.
    sectionProperties();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    if (m_xml.hasError()) {
        m_error = tr("Cannot write the document text.");
        return false;
    }
    return true;
}

void DocxBody::startParagraph(const QString &style, bool pageBreakBefore)
{
    m_xml.writeStartElement(u"w:p"_s);
    m_xml.writeStartElement(u"w:pPr"_s);
    m_xml.writeEmptyElement(u"w:pStyle"_s);
    m_xml.writeAttribute(u"w:val"_s, style);
    if (pageBreakBefore)
        m_xml.writeEmptyElement(u"w:pageBreakBefore"_s);
    m_xml.writeEndElement();
    m_afterTable = false;
    m_freshPage = false;
    m_pageHeadings.clear();
    m_headingsOnly = false;
}

// A run of text; a line feed is a line break within the paragraph.
void DocxBody::text(const QString &text, bool lead)
{
    if (text.isEmpty())
        return;
    m_xml.writeStartElement(u"w:r"_s);
    if (lead) {
        m_xml.writeStartElement(u"w:rPr"_s);
        m_xml.writeEmptyElement(u"w:rStyle"_s);
        m_xml.writeAttribute(u"w:val"_s, u"Lead"_s);
        m_xml.writeEndElement();
    }
    const QStringList lines = ReportOutline::clean(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_xml.writeEmptyElement(u"w:br"_s);
        if (lines.at(i).isEmpty())
            continue;
        m_xml.writeStartElement(u"w:t"_s);
        m_xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        m_xml.writeCharacters(lines.at(i));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void DocxBody::paragraph(const QString &style, const QString &body, const QString &lead)
{
    startParagraph(style);
    if (!lead.isEmpty()) {
        text(lead, true);
        if (!body.isEmpty())
            text(u" "_s);
    }
    text(body);
    m_xml.writeEndElement();
}

void DocxBody::pageBreak()
{
    m_xml.writeStartElement(u"w:p"_s);
    m_xml.writeStartElement(u"w:r"_s);
    m_xml.writeEmptyElement(u"w:br"_s);
    m_xml.writeAttribute(u"w:type"_s, u"page"_s);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_afterTable = false;
    m_freshPage = true;
    m_pageHeadings.clear();
    m_headingsOnly = true;
}

// A Decree 30 rule: the top border of an empty paragraph indented so that the
// line is ruleTwips long, centred in a cell (or the text) cellTwips wide.
void DocxBody::rule(double ruleTwips, double cellTwips)
{
    const double indent = std::max(0.0, (cellTwips - ruleTwips) / 2);
    m_xml.writeStartElement(u"w:p"_s);
    m_xml.writeStartElement(u"w:pPr"_s);
    m_xml.writeEmptyElement(u"w:pStyle"_s);
    m_xml.writeAttribute(u"w:val"_s, u"Rule"_s);
    m_xml.writeEmptyElement(u"w:ind"_s);
    m_xml.writeAttribute(u"w:left"_s, number(indent));
    m_xml.writeAttribute(u"w:right"_s, number(indent));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

int DocxBody::textWidth() const
{
    const ReportPageSetup &page = m_report.page;
    return twips(ReportOutline::paperMm(page, m_landscape).width() - page.leftMm - page.rightMm);
}

// A section ends with the paragraph holding its properties; the next one has the
// other orientation.
void DocxBody::setOrientation(bool landscape)
{
    if (landscape == m_landscape)
        return;
    m_xml.writeStartElement(u"w:p"_s);
    m_xml.writeStartElement(u"w:pPr"_s);
    m_xml.writeEmptyElement(u"w:pStyle"_s);
    m_xml.writeAttribute(u"w:val"_s, u"Spacer"_s);
    sectionProperties();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_landscape = landscape;
    m_afterTable = false;
    m_freshPage = true;
    m_pageHeadings.clear();
    m_headingsOnly = true;
}

void DocxBody::sectionProperties()
{
    const ReportPageSetup &page = m_report.page;
    m_xml.writeStartElement(u"w:sectPr"_s);
    // Headers carry on into later sections; only the first has a first page of its own.
    if (m_firstSection) {
        m_xml.writeEmptyElement(u"w:headerReference"_s);
        m_xml.writeAttribute(u"w:type"_s, u"default"_s);
        m_xml.writeAttribute(u"r:id"_s, u"rIdHeader"_s);
        m_xml.writeEmptyElement(u"w:headerReference"_s);
        m_xml.writeAttribute(u"w:type"_s, u"first"_s);
        m_xml.writeAttribute(u"r:id"_s, u"rIdHeaderFirst"_s);
    }
    const QSizeF paper = ReportOutline::paperMm(page, m_landscape);
    m_xml.writeEmptyElement(u"w:pgSz"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(twips(paper.width())));
    m_xml.writeAttribute(u"w:h"_s, QString::number(twips(paper.height())));
    if (m_landscape)
        m_xml.writeAttribute(u"w:orient"_s, u"landscape"_s);
    m_xml.writeEmptyElement(u"w:pgMar"_s);
    m_xml.writeAttribute(u"w:top"_s, QString::number(twips(page.topMm)));
    m_xml.writeAttribute(u"w:right"_s, QString::number(twips(page.rightMm)));
    m_xml.writeAttribute(u"w:bottom"_s, QString::number(twips(page.bottomMm)));
    m_xml.writeAttribute(u"w:left"_s, QString::number(twips(page.leftMm)));
    // The page number sits in the top margin, about halfway down it.
    m_xml.writeAttribute(u"w:header"_s, QString::number(twips(page.topMm / 2)));
    m_xml.writeAttribute(u"w:footer"_s, QString::number(twips(page.bottomMm / 2)));
    m_xml.writeAttribute(u"w:gutter"_s, u"0"_s);
    if (m_firstSection)
        m_xml.writeEmptyElement(u"w:titlePg"_s);
    m_xml.writeEndElement();
    m_firstSection = false;
}

void DocxBody::startTable(const QString &style, const QList<int> &widths)
{
    if (m_afterTable) // two tables in a row would merge into one
        paragraph(u"Spacer"_s, {});
    int total = 0;
    for (int w : widths)
        total += w;
    m_xml.writeStartElement(u"w:tbl"_s);
    m_xml.writeStartElement(u"w:tblPr"_s);
    m_xml.writeEmptyElement(u"w:tblStyle"_s);
    m_xml.writeAttribute(u"w:val"_s, style);
    m_xml.writeEmptyElement(u"w:tblW"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(total));
    m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    m_xml.writeEmptyElement(u"w:tblLayout"_s);
    m_xml.writeAttribute(u"w:type"_s, u"fixed"_s);
    m_xml.writeEndElement();
    m_freshPage = false;
    m_pageHeadings.clear();
    m_headingsOnly = false;
    m_xml.writeStartElement(u"w:tblGrid"_s);
    for (int w : widths) {
        m_xml.writeEmptyElement(u"w:gridCol"_s);
        m_xml.writeAttribute(u"w:w"_s, QString::number(w));
    }
    m_xml.writeEndElement();
}

void DocxBody::startCell(int width)
{
    m_xml.writeStartElement(u"w:tc"_s);
    m_xml.writeStartElement(u"w:tcPr"_s);
    m_xml.writeEmptyElement(u"w:tcW"_s);
    m_xml.writeAttribute(u"w:w"_s, QString::number(width));
    m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
    m_xml.writeEndElement();
}

// The Decree 30 header block: a borderless table, issuing body in the left 2/5,
// Quốc hiệu and Tiêu ngữ in the right 3/5, each with its rule.
void DocxBody::headerBlock()
{
    const ReportHeaderBlock &h = m_report.header;
    const int left = textWidth() * 2 / 5;
    const int right = textWidth() - left;
    startTable(u"PlainTable"_s, {left, right});
    m_xml.writeStartElement(u"w:tr"_s);
    startCell(left);
    if (!h.parentBody.isEmpty())
        paragraph(u"ParentBody"_s, ReportOutline::balancedLines(h.parentBody, left / 20.0, 13));
    paragraph(u"IssuingBody"_s, ReportOutline::balancedLines(h.issuingBody, left / 20.0, 13));
    rule(ReportOutline::ruleLengthPt(m_report, ReportOutline::Rule::IssuingBody) * 20, left);
    paragraph(u"DocumentNumber"_s, h.number);
    m_xml.writeEndElement();
    startCell(right);
    paragraph(u"NationalTitle"_s, h.nationalTitle);
    paragraph(u"Motto"_s, h.motto);
    rule(ReportOutline::ruleLengthPt(m_report, ReportOutline::Rule::Motto) * 20, right);
    paragraph(u"PlaceDate"_s, h.placeAndDate);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_afterTable = true;
}

void DocxBody::titleBlock()
{
    const double width = textWidth() / 20.0;
    const double size = m_report.page.bodyPt;
    if (!m_report.documentType.isEmpty())
        paragraph(m_report.coverPage ? u"CoverTitle"_s : u"Title"_s,
                  ReportOutline::balancedLines(m_report.documentType, width, size));
    for (const QString &line : m_report.subject)
        paragraph(u"Subject"_s, ReportOutline::balancedLines(line, width, size));
    if (!m_report.subject.isEmpty())
        rule(ReportOutline::ruleLengthPt(m_report, ReportOutline::Rule::Subject) * 20, textWidth());
    if (!m_report.issuedWith.isEmpty())
        paragraph(u"IssuedWith"_s, m_report.issuedWith);
}

// A TOC field whose result is already the list of headings, each a link to its
// heading's bookmark with its page number as the PDF layout numbers it (the
// layout follows Word's page and margins), in a PAGEREF field as Word writes
// its own, so that updating the field (F9) renumbers them.
void DocxBody::tableOfContents()
{
    startParagraph(u"TOCHeading"_s, m_report.coverPage ? false : true);
    text(m_report.tableOfContentsTitle);
    m_xml.writeEndElement();
    const auto fieldChar = [this](const QString &type) {
        m_xml.writeStartElement(u"w:r"_s);
        m_xml.writeEmptyElement(u"w:fldChar"_s);
        m_xml.writeAttribute(u"w:fldCharType"_s, type);
        m_xml.writeEndElement();
    };
    const auto instruction = [this](const QString &code) {
        m_xml.writeStartElement(u"w:r"_s);
        m_xml.writeStartElement(u"w:instrText"_s);
        m_xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        m_xml.writeCharacters(code);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    };
    const QList<ReportOutline::Heading> &headings = m_outline.headings();
    for (qsizetype i = 0; i < std::max<qsizetype>(headings.size(), 1); ++i) {
        const ReportOutline::Heading *heading = i < headings.size() ? &headings.at(i) : nullptr;
        startParagraph(u"TOC%1"_s.arg(heading ? heading->level : 1));
        if (i == 0) {
            fieldChar(u"begin"_s);
            instruction(u" TOC \\o \"1-3\" \\h \\z \\u "_s);
            fieldChar(u"separate"_s);
        }
        if (heading) {
            const QString bookmark = u"_Toc_"_s + heading->anchor;
            m_xml.writeStartElement(u"w:hyperlink"_s);
            m_xml.writeAttribute(u"w:anchor"_s, bookmark);
            m_xml.writeAttribute(u"w:history"_s, u"1"_s);
            text(heading->text);
            if (heading->page > 0) {
                m_xml.writeStartElement(u"w:r"_s);
                m_xml.writeEmptyElement(u"w:tab"_s);
                m_xml.writeEndElement();
                fieldChar(u"begin"_s);
                instruction(u" PAGEREF "_s + bookmark + u" \\h "_s);
                fieldChar(u"separate"_s);
                text(QString::number(heading->page));
                fieldChar(u"end"_s);
            }
            m_xml.writeEndElement();
        }
        if (i == std::max<qsizetype>(headings.size(), 1) - 1)
            fieldChar(u"end"_s);
        m_xml.writeEndElement();
    }
    pageBreak();
}

bool DocxBody::section(const ReportSection &s)
{
    setOrientation(ReportOutline::startsLandscape(s));
    // A section without a title (a decision's articles) has no heading.
    if (!s.heading().isEmpty()) {
        const int index = m_heading++;
        const QString anchor = u"_Toc_"_s + m_outline.anchor(index);
        // A heading on a page just begun does not break the page again; one over a
        // landscape figure goes with it onto a page of its own, as in the PDF.
        const bool breakBefore = ((s.appendix || s.newPage) && !m_freshPage)
                || (ReportOutline::startsLandscapeFigure(s) && !m_headingsOnly);
        QList<const ReportSection *> headings = breakBefore ? QList<const ReportSection *>() : m_pageHeadings;
        const bool headingsOnly = breakBefore || m_headingsOnly;
        startParagraph(u"Heading%1"_s.arg(std::clamp(s.level, 1, 3)), breakBefore);
        if (headingsOnly) {
            m_pageHeadings = headings << &s;
            m_headingsOnly = true;
        }
        m_xml.writeEmptyElement(u"w:bookmarkStart"_s);
        m_xml.writeAttribute(u"w:id"_s, QString::number(index));
        m_xml.writeAttribute(u"w:name"_s, anchor);
        text(s.heading());
        m_xml.writeEmptyElement(u"w:bookmarkEnd"_s);
        m_xml.writeAttribute(u"w:id"_s, QString::number(index));
        m_xml.writeEndElement();
    }
    if (!m_outline.advance())
        return false;
    for (const ReportBlock &b : s.blocks)
        if (!block(b) || !m_outline.advance())
            return false;
    for (const ReportSection &child : s.sections)
        if (!section(child))
            return false;
    return true;
}

bool DocxBody::block(const ReportBlock &b)
{
    switch (b.kind) {
    case ReportBlock::Kind::Paragraph: {
        setOrientation(false);
        QString body = b.paragraph.text;
        if (m_outline.endsReport(&b.paragraph))
            body += m_report.ending;
        paragraph(ReportStyles::paragraphStyle(b.paragraph.role), body, b.paragraph.lead);
        return true;
    }
    case ReportBlock::Kind::Bullets:
        setOrientation(false);
        for (const QString &item : b.bullets)
            paragraph(u"ListBullet"_s, u"- "_s + item);
        return true;
    case ReportBlock::Kind::Table:
        return table(b.table);
    case ReportBlock::Kind::Figure:
        return figure(b.figure);
    }
    return true;
}

bool DocxBody::table(const ReportTable &t)
{
    setOrientation(t.landscape);
    if (!t.caption.isEmpty())
        paragraph(u"TableCaption"_s, t.caption);
    QList<int> widths;
    for (double w : m_columns(t, textWidth() / 20.0))
        widths.append(qRound(w * 20));
    QStringList styles;
    for (const ReportTableColumn &c : t.columns)
        styles.append(ReportStyles::cellStyle(c.align));
    startTable(u"ReportTable"_s, widths);
    const auto row = [&](const QStringList &cells, bool header) {
        m_xml.writeStartElement(u"w:tr"_s);
        m_xml.writeStartElement(u"w:trPr"_s);
        m_xml.writeEmptyElement(u"w:cantSplit"_s);
        if (header)
            m_xml.writeEmptyElement(u"w:tblHeader"_s);
        m_xml.writeEndElement();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            startCell(widths.at(c));
            paragraph(header ? u"TableHeading"_s : styles.at(c), cells.value(c));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    };
    QStringList headers;
    for (const ReportTableColumn &c : t.columns)
        headers.append(c.header);
    row(headers, true);
    for (const QStringList &cells : t.rows) {
        row(cells, false);
        if (!m_outline.advance())
            return false;
    }
    m_xml.writeEndElement();
    m_afterTable = true;
    return true;
}

bool DocxBody::figure(const ReportFigure &f)
{
    setOrientation(f.landscape);
    // A landscape figure fills a page of its own, under the headings that open
    // it, as in the PDF.
    const bool opensPage = m_headingsOnly;
    const QSizeF box = m_room.box(f, opensPage ? m_pageHeadings : QList<const ReportSection *>());
    ReportFigureRenderer::Image image;
    Figure files;
    if (!m_renderer.png(f, box * (25.4 / 72), &image) || !m_renderer.svg(f, &files.svg)) {
        m_error = m_renderer.errorString();
        return false;
    }
    files.png = image.bytes;
    m_figures.append(files);
    const int n = int(m_figures.size());

    startParagraph(u"Figure"_s, f.landscape && !opensPage);
    DocxParts::picture(m_xml, n, image.sizeMm, ReportOutline::clean(f.caption));
    m_xml.writeEndElement();
    if (!f.caption.isEmpty())
        paragraph(u"Caption"_s, f.caption);
    return true;
}

// Nơi nhận at the left, the signer at the right, in a borderless table.
void DocxBody::signingBlock()
{
    if (m_report.recipients.isEmpty() && !m_report.hasSigner)
        return;
    setOrientation(false);
    const int half = textWidth() / 2;
    startTable(u"PlainTable"_s, {half, textWidth() - half});
    m_xml.writeStartElement(u"w:tr"_s);
    m_xml.writeStartElement(u"w:trPr"_s);
    m_xml.writeEmptyElement(u"w:cantSplit"_s);
    m_xml.writeEndElement();
    startCell(half);
    paragraph(u"RecipientsTitle"_s, m_report.recipientsTitle);
    for (const QString &line : m_report.recipients)
        paragraph(u"Recipients"_s, line);
    m_xml.writeEndElement();
    startCell(textWidth() - half);
    if (m_report.hasSigner) {
        for (const QString &line : m_report.signer.titleLines)
            paragraph(u"SignerTitle"_s, line);
        // Room for the signature and the seal.
        for (int i = 0; i < 4; ++i)
            paragraph(u"SignerTitle"_s, {});
        paragraph(u"SignerName"_s, m_report.signer.name);
    } else {
        paragraph(u"SignerName"_s, {});
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    // A table cannot end the body.
    paragraph(u"Spacer"_s, {});
}

} // namespace kt
