#include "odtbody.h"
#include "odtcontentstyles.h"
#include "odtstyles.h"

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QString mm(double value)
{
    return QString::number(value, 'f', 2) + u"mm"_s;
}

} // namespace

OdtBody::OdtBody(const ReportDocument &report, const ModelData &data, ReportOutline &outline)
    : m_report(report)
    , m_outline(outline)
    , m_renderer(data)
    , m_room(report, m_style)
{
}

bool OdtBody::write(QIODevice *device)
{
    m_xml.setDevice(device);
    m_xml.writeStartDocument(u"1.0"_s);
    m_xml.writeStartElement(u"office:document-content"_s);
    const QString oasis = u"urn:oasis:names:tc:opendocument:xmlns:"_s;
    for (const auto &[prefix, name] : {std::pair{u"office"_s, u"office:1.0"_s}, {u"style"_s, u"style:1.0"_s},
                                       {u"text"_s, u"text:1.0"_s}, {u"table"_s, u"table:1.0"_s},
                                       {u"draw"_s, u"drawing:1.0"_s}, {u"fo"_s, u"xsl-fo-compatible:1.0"_s},
                                       {u"svg"_s, u"svg-compatible:1.0"_s}})
        m_xml.writeAttribute(u"xmlns:"_s + prefix, oasis + name);
    m_xml.writeAttribute(u"xmlns:xlink"_s, u"http://www.w3.org/1999/xlink"_s);
    m_xml.writeAttribute(u"office:version"_s, u"1.3"_s);
    OdtContentStyles::write(m_xml, m_report);
    m_xml.writeStartElement(u"office:body"_s);
    m_xml.writeStartElement(u"office:text"_s);

    spacer(u"SpacerFirst"_s); // the first page's master: no page number
    if (m_report.hasHeaderBlock)
        headerBlock();
    titleBlock();
    if (m_report.coverPage)
        spacer(u"SpacerPageBreak"_s);
    for (const ReportParagraph &p : m_report.preamble)
        paragraph(ReportStyles::paragraphStyle(p.role), p.text, p.lead);
    if (m_report.tableOfContents)
        tableOfContents();
    for (const ReportSection &s : m_report.sections)
        if (!section(s))
            return false;
    signingBlock();

    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    if (m_xml.hasError()) {
        m_error = tr("Cannot write the document text.");
        return false;
    }
    return true;
}

double OdtBody::textWidthMm(bool landscape) const
{
    return ReportOutline::paperMm(m_report.page, landscape).width() - m_report.page.leftMm - m_report.page.rightMm;
}

void OdtBody::startParagraph(const QString &style)
{
    m_xml.writeStartElement(u"text:p"_s);
    m_xml.writeAttribute(u"text:style-name"_s, OdtStyles::styleName(style));
    m_freshPage = false;
    m_pageHeadings.clear();
    m_headingsOnly = false;
}

// Text as ODF keeps it: line feeds, tabs and runs of spaces as their elements.
void OdtBody::text(const QString &text)
{
    const QString clean = ReportOutline::clean(text);
    if (!clean.contains(u"  ") && !clean.startsWith(u' ') && !clean.contains(u'\n') && !clean.contains(u'\t')) {
        m_xml.writeCharacters(clean);
        return;
    }
    QString run;
    int spaces = 0;
    const auto flush = [&] {
        if (!run.isEmpty())
            m_xml.writeCharacters(run);
        run.clear();
        if (spaces > 0) {
            m_xml.writeEmptyElement(u"text:s"_s);
            m_xml.writeAttribute(u"text:c"_s, QString::number(spaces));
        }
        spaces = 0;
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c == u' ' && (i == 0 || clean.at(i - 1) == u' ' || clean.at(i - 1) == u'\n')) {
            if (spaces == 0 && !run.isEmpty())
                flush();
            ++spaces;
            continue;
        }
        if (spaces > 0)
            flush();
        if (c == u'\n' || c == u'\t') {
            flush();
            m_xml.writeEmptyElement(c == u'\n' ? u"text:line-break"_s : u"text:tab"_s);
        } else {
            run.append(c);
        }
    }
    flush();
}

void OdtBody::paragraph(const QString &style, const QString &body, const QString &lead)
{
    startParagraph(style);
    if (!lead.isEmpty()) {
        m_xml.writeStartElement(u"text:span"_s);
        m_xml.writeAttribute(u"text:style-name"_s, u"Lead"_s);
        text(lead);
        m_xml.writeEndElement();
        if (!body.isEmpty())
            m_xml.writeCharacters(u" "_s);
    }
    text(body);
    m_xml.writeEndElement();
}

void OdtBody::spacer(const QString &style)
{
    m_xml.writeEmptyElement(u"text:p"_s);
    m_xml.writeAttribute(u"text:style-name"_s, style);
    m_freshPage = style != u"SpacerFirst";
    m_pageHeadings.clear();
    m_headingsOnly = m_freshPage;
}

void OdtBody::setOrientation(bool landscape)
{
    if (landscape == m_landscape)
        return;
    m_landscape = landscape;
    spacer(landscape ? u"SpacerLandscape"_s : u"SpacerPortrait"_s);
}

void OdtBody::startTable(const QString &name, int columns)
{
    m_xml.writeStartElement(u"table:table"_s);
    m_xml.writeAttribute(u"table:name"_s, name);
    m_xml.writeAttribute(u"table:style-name"_s, name);
    for (int c = 1; c <= columns; ++c) {
        m_xml.writeEmptyElement(u"table:table-column"_s);
        m_xml.writeAttribute(u"table:style-name"_s, u"%1.C%2"_s.arg(name).arg(c));
    }
    m_freshPage = false;
    m_pageHeadings.clear();
    m_headingsOnly = false;
}

void OdtBody::headerBlock()
{
    const ReportHeaderBlock &h = m_report.header;
    startTable(u"HeaderTable"_s, 2);
    m_xml.writeStartElement(u"table:table-row"_s);
    const auto cell = [this] {
        m_xml.writeStartElement(u"table:table-cell"_s);
        m_xml.writeAttribute(u"table:style-name"_s, u"PlainCell"_s);
        m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
    };
    cell();
    // The header table's left column: 2/5 of the text (OdtContentStyles).
    const double left = textWidthMm(false) * 2 / 5 * 72 / 25.4;
    if (!h.parentBody.isEmpty())
        paragraph(u"ParentBody"_s, ReportOutline::balancedLines(h.parentBody, left, 13));
    paragraph(u"IssuingBody"_s, ReportOutline::balancedLines(h.issuingBody, left, 13));
    paragraph(u"RuleIssuingBody"_s, {});
    paragraph(u"DocumentNumber"_s, h.number);
    m_xml.writeEndElement();
    cell();
    paragraph(u"NationalTitle"_s, h.nationalTitle);
    paragraph(u"Motto"_s, h.motto);
    paragraph(u"RuleMotto"_s, {});
    paragraph(u"PlaceDate"_s, h.placeAndDate);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void OdtBody::titleBlock()
{
    const double width = textWidthMm(false) * 72 / 25.4;
    const double size = m_report.page.bodyPt;
    if (!m_report.documentType.isEmpty())
        paragraph(m_report.coverPage ? u"CoverTitle"_s : u"Title"_s,
                  ReportOutline::balancedLines(m_report.documentType, width, size));
    for (const QString &line : m_report.subject)
        paragraph(u"Subject"_s, ReportOutline::balancedLines(line, width, size));
    if (!m_report.subject.isEmpty())
        paragraph(u"RuleSubject"_s, {});
    if (!m_report.issuedWith.isEmpty())
        paragraph(u"IssuedWith"_s, m_report.issuedWith);
}

// The table of contents with its entries already in place, each a link to its
// heading's bookmark with its page number as the PDF layout numbers it;
// LibreOffice renumbers them when the index is updated.
void OdtBody::tableOfContents()
{
    if (m_report.coverPage)
        m_freshPage = true;
    else
        spacer(u"SpacerPageBreak"_s);
    m_xml.writeStartElement(u"text:table-of-content"_s);
    m_xml.writeAttribute(u"text:name"_s, u"Contents"_s);
    m_xml.writeAttribute(u"text:protected"_s, u"true"_s);
    m_xml.writeStartElement(u"text:table-of-content-source"_s);
    m_xml.writeAttribute(u"text:outline-level"_s, u"3"_s);
    m_xml.writeStartElement(u"text:index-title-template"_s);
    m_xml.writeAttribute(u"text:style-name"_s, OdtStyles::styleName(u"TOCHeading"_s));
    text(m_report.tableOfContentsTitle);
    m_xml.writeEndElement();
    for (int level = 1; level <= 3; ++level) {
        m_xml.writeStartElement(u"text:table-of-content-entry-template"_s);
        m_xml.writeAttribute(u"text:outline-level"_s, QString::number(level));
        m_xml.writeAttribute(u"text:style-name"_s, OdtStyles::styleName(u"TOC%1"_s.arg(level)));
        m_xml.writeEmptyElement(u"text:index-entry-link-start"_s);
        m_xml.writeEmptyElement(u"text:index-entry-text"_s);
        m_xml.writeEmptyElement(u"text:index-entry-tab-stop"_s);
        m_xml.writeAttribute(u"style:type"_s, u"right"_s);
        m_xml.writeAttribute(u"style:leader-char"_s, u"."_s);
        m_xml.writeEmptyElement(u"text:index-entry-page-number"_s);
        m_xml.writeEmptyElement(u"text:index-entry-link-end"_s);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"text:index-body"_s);
    m_xml.writeStartElement(u"text:index-title"_s);
    m_xml.writeAttribute(u"text:name"_s, u"Contents_Head"_s);
    paragraph(u"TOCHeading"_s, m_report.tableOfContentsTitle);
    m_xml.writeEndElement();
    for (const ReportOutline::Heading &heading : m_outline.headings()) {
        startParagraph(u"TOC%1"_s.arg(heading.level));
        m_xml.writeStartElement(u"text:a"_s);
        m_xml.writeAttribute(u"xlink:type"_s, u"simple"_s);
        m_xml.writeAttribute(u"xlink:href"_s, u"#"_s + heading.anchor);
        text(heading.text);
        if (heading.page > 0) {
            m_xml.writeEmptyElement(u"text:tab"_s);
            m_xml.writeCharacters(QString::number(heading.page));
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    spacer(u"SpacerPageBreak"_s);
}

bool OdtBody::section(const ReportSection &s)
{
    setOrientation(ReportOutline::startsLandscape(s));
    const int level = std::clamp(s.level, 1, 3);
    // A heading on a page just begun does not break the page again; one over a
    // landscape figure goes with it onto a page of its own, as in the PDF.
    const bool breakBefore = ((s.appendix || s.newPage) && !m_freshPage)
            || (ReportOutline::startsLandscapeFigure(s) && !m_headingsOnly);
    // A section without a title (a decision's articles) has no heading.
    if (!s.heading().isEmpty()) {
        m_xml.writeStartElement(u"text:h"_s);
        m_xml.writeAttribute(u"text:style-name"_s, breakBefore ? u"Heading%1Break"_s.arg(level)
                                                               : OdtStyles::styleName(u"Heading%1"_s.arg(level)));
        m_xml.writeAttribute(u"text:outline-level"_s, QString::number(level));
        m_xml.writeEmptyElement(u"text:bookmark"_s);
        m_xml.writeAttribute(u"text:name"_s, m_outline.anchor(m_heading++));
        text(s.heading());
        m_xml.writeEndElement();
        m_freshPage = false;
        if (breakBefore)
            m_pageHeadings.clear();
        if (breakBefore || m_headingsOnly) {
            m_pageHeadings.append(&s);
            m_headingsOnly = true;
        }
    }
    if (!m_outline.advance())
        return false;
    for (const ReportBlock &b : s.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Paragraph: {
            setOrientation(false);
            QString body = b.paragraph.text;
            if (m_outline.endsReport(&b.paragraph))
                body += m_report.ending;
            paragraph(ReportStyles::paragraphStyle(b.paragraph.role), body, b.paragraph.lead);
            break;
        }
        case ReportBlock::Kind::Bullets:
            setOrientation(false);
            for (const QString &item : b.bullets)
                paragraph(u"ListBullet"_s, u"- "_s + item);
            break;
        case ReportBlock::Kind::Table:
            if (!table(b.table))
                return false;
            break;
        case ReportBlock::Kind::Figure:
            if (!figure(b.figure))
                return false;
            break;
        }
        if (!m_outline.advance())
            return false;
    }
    for (const ReportSection &child : s.sections)
        if (!section(child))
            return false;
    return true;
}

bool OdtBody::table(const ReportTable &t)
{
    setOrientation(t.landscape);
    if (!t.caption.isEmpty())
        paragraph(u"TableCaption"_s, t.caption);
    QStringList styles;
    for (const ReportTableColumn &c : t.columns)
        styles.append(ReportStyles::cellStyle(c.align));
    startTable(u"Table%1"_s.arg(++m_table), int(t.columns.size()));
    const auto row = [&](const QStringList &cells, bool header) {
        m_xml.writeStartElement(u"table:table-row"_s);
        m_xml.writeAttribute(u"table:style-name"_s, u"Row"_s);
        for (qsizetype c = 0; c < styles.size(); ++c) {
            m_xml.writeStartElement(u"table:table-cell"_s);
            m_xml.writeAttribute(u"table:style-name"_s, u"Cell"_s);
            m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
            paragraph(header ? u"TableHeading"_s : styles.at(c), cells.value(c));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    };
    QStringList headers;
    for (const ReportTableColumn &c : t.columns)
        headers.append(c.header);
    m_xml.writeStartElement(u"table:table-header-rows"_s);
    row(headers, true);
    m_xml.writeEndElement();
    for (const QStringList &cells : t.rows) {
        row(cells, false);
        if (!m_outline.advance())
            return false;
    }
    m_xml.writeEndElement();
    return true;
}

bool OdtBody::figure(const ReportFigure &f)
{
    setOrientation(f.landscape);
    // A landscape figure fills a page of its own, under the headings that open
    // it, as in the PDF.
    const bool opensPage = m_headingsOnly;
    const QSizeF box = m_room.box(f, opensPage ? m_pageHeadings : QList<const ReportSection *>());
    ReportFigureRenderer::Image image;
    if (!m_renderer.png(f, box * (25.4 / 72), &image)) {
        m_error = m_renderer.errorString();
        return false;
    }
    m_figures.append(image.bytes);
    const int n = int(m_figures.size());
    startParagraph(f.landscape && !opensPage ? u"FigureBreak"_s : u"Figure"_s);
    m_xml.writeStartElement(u"draw:frame"_s);
    m_xml.writeAttribute(u"draw:name"_s, u"Figure%1"_s.arg(n));
    m_xml.writeAttribute(u"text:anchor-type"_s, u"as-char"_s);
    m_xml.writeAttribute(u"svg:width"_s, mm(image.sizeMm.width()));
    m_xml.writeAttribute(u"svg:height"_s, mm(image.sizeMm.height()));
    m_xml.writeEmptyElement(u"draw:image"_s);
    m_xml.writeAttribute(u"xlink:href"_s, u"Pictures/figure%1.png"_s.arg(n));
    m_xml.writeAttribute(u"xlink:type"_s, u"simple"_s);
    m_xml.writeAttribute(u"xlink:show"_s, u"embed"_s);
    m_xml.writeAttribute(u"xlink:actuate"_s, u"onLoad"_s);
    m_xml.writeAttribute(u"draw:mime-type"_s, u"image/png"_s);
    m_xml.writeTextElement(u"svg:title"_s, ReportOutline::clean(f.caption));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    if (!f.caption.isEmpty())
        paragraph(u"Caption"_s, f.caption);
    return true;
}

void OdtBody::signingBlock()
{
    if (m_report.recipients.isEmpty() && !m_report.hasSigner)
        return;
    setOrientation(false);
    startTable(u"SigningTable"_s, 2);
    m_xml.writeStartElement(u"table:table-row"_s);
    m_xml.writeAttribute(u"table:style-name"_s, u"Row"_s);
    const auto cell = [this] {
        m_xml.writeStartElement(u"table:table-cell"_s);
        m_xml.writeAttribute(u"table:style-name"_s, u"PlainCell"_s);
        m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
    };
    cell();
    paragraph(u"RecipientsTitle"_s, m_report.recipientsTitle);
    for (const QString &line : m_report.recipients)
        paragraph(u"Recipients"_s, line);
    m_xml.writeEndElement();
    cell();
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
}

} // namespace kt
