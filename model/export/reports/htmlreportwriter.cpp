#include "htmlreportwriter.h"
#include "reportfigurerenderer.h"
#include "reportfigureroom.h"
#include "reportoutline.h"
#include "reportstyles.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 1).remove(QRegularExpression(u"\\.0$"_s));
}

// The screen and print style sheet: Decree 30's sizes, @page from the page setup.
QString styleSheet(const ReportDocument &report)
{
    const ReportPageSetup &page = report.page;
    const QString paper = page.paper.compare(u"A3"_s, Qt::CaseInsensitive) == 0 ? u"A3"_s : u"A4"_s;
    const QString body = number(page.bodyPt) + u"pt"_s;
    const QString table = number(page.bodyPt - 1) + u"pt"_s;
    // The captions as the other formats set them (ReportStyles).
    const QString caption = u"font-weight: %1; font-style: %2;"_s.arg(
            ReportStyles::CaptionBold ? u"bold"_s : u"normal"_s,
            ReportStyles::CaptionItalic ? u"italic"_s : u"normal"_s);
    const QString margins = u"%1mm %2mm %3mm %4mm"_s.arg(number(page.topMm), number(page.rightMm),
                                                         number(page.bottomMm), number(page.leftMm));
    return u"\n@page { size: %1; margin: %2; @top-center { content: counter(page); } }\n"
           "@page :first { @top-center { content: none; } }\n"
           "@page landscape { size: %1 landscape; margin: %2; }\n"
           ".landscape { page: landscape; }\n"
           "body { font-family: 'Times New Roman', 'Liberation Serif', Tinos, serif; font-size: %3;"
           " line-height: 1.2; max-width: 170mm; margin: 0 auto; }\n"
           // On paper the text is as wide as the page's: a landscape page's is wider.
           "@media print { body { max-width: none; margin: 0; } }\n"
           "p { margin: 0 0 6pt; text-align: justify; text-indent: 1.27cm; }\n"
           "h1, h2, h3 { font-size: %3; margin: 12pt 0 6pt; break-after: avoid; }\n"
           "h2, h3 { text-indent: 1.27cm; } h3 { font-style: italic; }\n"
           ".new-page { break-before: page; }\n"
           ".header-block { display: flex; text-align: center; }\n"
           ".header-block .left { width: 40%; } .header-block .right { width: 60%; }\n"
           ".header-block p, .title p, .signing p, p.centered, p.resolution, caption, figcaption"
           " { text-indent: 0; text-align: center; margin: 0; }\n"
           ".issuing-body, .national-title, .motto { font-weight: bold; }\n"
           ".issuing-body, .number { font-size: 13pt; } .national-title { font-size: 12pt; }\n"
           ".motto { font-size: 13pt; } .motto span { border-bottom: 1px solid; padding-bottom: 1pt; }\n"
           ".place-date { font-style: italic; margin-top: 6pt; }\n"
           "hr.rule { border: 0; border-top: 1px solid; margin: 2pt auto 4pt; }\n"
           ".title { margin: 18pt 0 12pt; font-weight: bold; }\n"
           ".issued-with { font-style: italic; font-weight: normal; }\n"
           "p.legal-basis { font-style: italic; } .lead { font-weight: bold; }\n"
           "p.centered, p.resolution { font-weight: bold; margin: 6pt 0; }\n"
           "p.note { font-size: %4; font-style: italic; text-indent: 0; text-align: left; }\n"
           "p.placeholder { font-style: italic; color: #c00000; }\n"
           "ul.dash { list-style: none; margin: 0 0 6pt; padding-left: 1.27cm; }\n"
           "ul.dash li::before { content: '- '; }\n"
           "nav.contents { break-after: page; } nav.contents ul { list-style: none; padding: 0; }\n"
           "nav.contents .toc2 { padding-left: 1em; } nav.contents .toc3 { padding-left: 2em; }\n"
           "nav.contents a { color: inherit; text-decoration: none; }\n"
           "table { border-collapse: collapse; width: 100%; font-size: %4; margin-bottom: 6pt; }\n"
           "caption { %5 font-size: %3; padding-bottom: 3pt; }\n"
           "th, td { border: 1px solid; padding: 1pt 4pt; vertical-align: top; text-align: left; }\n"
           // A web address breaks in its column as in the PDF, not widening it.
           "td { overflow-wrap: anywhere; }\n"
           "th { text-align: center; } td.center { text-align: center; } td.right { text-align: right; }\n"
           "thead { display: table-header-group; } tr { break-inside: avoid; }\n"
           "figure { margin: 6pt 0; text-align: center; }\n"
           // The height a figure may take (--figure-height, set on each) is its
           // page's text height less its caption and the headings on that page.
           "figure svg { max-width: 100%; max-height: var(--figure-height, none); width: auto;"
           " height: auto; }\n"
           "figcaption { %5 padding-top: 6pt; }\n"
           ".signing { display: flex; margin-top: 12pt; break-inside: avoid; }\n"
           ".signing .recipients { width: 50%; } .signing .signer { width: 50%; }\n"
           ".signing .recipients p { text-align: left; font-size: 11pt; }\n"
           ".signing p.recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }\n"
           ".signer p { font-weight: bold; } .signer p.signer-name { margin-top: 60pt; }\n"_s
            .arg(paper, margins, body, table, caption);
}

class HtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(kt::HtmlReportWriter)

public:
    HtmlWriter(const ReportDocument &report, const ModelData &data, ReportOutline &outline, QIODevice *device)
        : m_report(report), m_outline(outline), m_renderer(data), m_room(report, m_style), m_xml(device)
    {
    }

    bool write();
    QString errorString() const { return m_error; }

private:
    void element(const QString &name, const QString &cssClass, const QString &text, const QString &lead = {});
    void text(const QString &text);
    void rule(double widthPt);
    void headerBlock();
    void titleBlock();
    void contents();
    bool section(const ReportSection &section);
    bool table(const ReportTable &table);
    bool figure(const ReportFigure &figure);
    void signing();

    const ReportDocument &m_report;
    ReportOutline &m_outline;
    ReportFigureRenderer m_renderer;
    ReportStyle m_style;
    ReportFigureRoom m_room;
    // The headings printed on the landscape page that comes (they are kept with
    // its figure).
    QList<const ReportSection *> m_pageHeadings;
    QXmlStreamWriter m_xml;
    QString m_error;
    int m_heading = 0;
};

QString roleClass(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Body: return {};
    case ParagraphRole::LegalBasis: return u"legal-basis"_s;
    case ParagraphRole::Article: return u"article"_s;
    case ParagraphRole::Centered: return u"centered"_s;
    case ParagraphRole::Resolution: return u"resolution"_s;
    case ParagraphRole::Note: return u"note"_s;
    case ParagraphRole::Placeholder: return u"placeholder"_s;
    }
    return {};
}

bool HtmlWriter::write()
{
    m_xml.writeDTD(u"<!DOCTYPE html>"_s);
    m_xml.writeCharacters(u"\n"_s);
    m_xml.writeStartElement(u"html"_s);
    m_xml.writeAttribute(u"lang"_s, m_report.language == u"en" ? u"en"_s : u"vi"_s);
    m_xml.writeStartElement(u"head"_s);
    m_xml.writeEmptyElement(u"meta"_s);
    m_xml.writeAttribute(u"charset"_s, u"utf-8"_s);
    m_xml.writeTextElement(u"title"_s, ReportOutline::clean(m_report.title));
    m_xml.writeEmptyElement(u"meta"_s);
    m_xml.writeAttribute(u"name"_s, u"author"_s);
    m_xml.writeAttribute(u"content"_s, ReportOutline::clean(m_report.author));
    if (m_report.created.isValid()) {
        m_xml.writeEmptyElement(u"meta"_s);
        m_xml.writeAttribute(u"name"_s, u"dcterms.created"_s);
        m_xml.writeAttribute(u"content"_s, m_report.created.toUTC().toString(Qt::ISODate));
    }
    m_xml.writeTextElement(u"style"_s, styleSheet(m_report));
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"body"_s);
    if (m_report.hasHeaderBlock)
        headerBlock();
    titleBlock();
    for (const ReportParagraph &p : m_report.preamble)
        element(u"p"_s, roleClass(p.role), p.text, p.lead);
    if (m_report.tableOfContents)
        contents();
    for (const ReportSection &s : m_report.sections)
        if (!section(s))
            return false;
    signing();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeCharacters(u"\n"_s);
    if (m_xml.hasError()) {
        m_error = tr("Cannot write the HTML report.");
        return false;
    }
    return true;
}

// Text with its line feeds as line breaks.
void HtmlWriter::text(const QString &text)
{
    const QStringList lines = ReportOutline::clean(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_xml.writeEmptyElement(u"br"_s);
        m_xml.writeCharacters(lines.at(i));
    }
}

void HtmlWriter::element(const QString &name, const QString &cssClass, const QString &body, const QString &lead)
{
    m_xml.writeStartElement(name);
    if (!cssClass.isEmpty())
        m_xml.writeAttribute(u"class"_s, cssClass);
    if (!lead.isEmpty()) {
        m_xml.writeStartElement(u"span"_s);
        m_xml.writeAttribute(u"class"_s, u"lead"_s);
        text(lead);
        m_xml.writeEndElement();
        if (!body.isEmpty())
            m_xml.writeCharacters(u" "_s);
    }
    text(body);
    m_xml.writeEndElement();
}

void HtmlWriter::rule(double widthPt)
{
    m_xml.writeEmptyElement(u"hr"_s);
    m_xml.writeAttribute(u"class"_s, u"rule"_s);
    m_xml.writeAttribute(u"style"_s, u"width: %1pt"_s.arg(qRound(widthPt)));
}

void HtmlWriter::headerBlock()
{
    const ReportHeaderBlock &h = m_report.header;
    m_xml.writeStartElement(u"div"_s);
    m_xml.writeAttribute(u"class"_s, u"header-block"_s);
    m_xml.writeStartElement(u"div"_s);
    m_xml.writeAttribute(u"class"_s, u"left"_s);
    // The header's left column: 2/5 of the printed text's width.
    const ReportPageSetup &page = m_report.page;
    const double left = (ReportOutline::paperMm(page, false).width() - page.leftMm - page.rightMm) * 2 / 5 * 72 / 25.4;
    if (!h.parentBody.isEmpty())
        element(u"p"_s, u"parent-body"_s, ReportOutline::balancedLines(h.parentBody, left, 13));
    element(u"p"_s, u"issuing-body"_s, ReportOutline::balancedLines(h.issuingBody, left, 13));
    rule(ReportOutline::ruleLengthPt(m_report, ReportOutline::Rule::IssuingBody));
    element(u"p"_s, u"number"_s, h.number);
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"div"_s);
    m_xml.writeAttribute(u"class"_s, u"right"_s);
    element(u"p"_s, u"national-title"_s, h.nationalTitle);
    // The rule under the Tiêu ngữ is the text's own underline: exactly as long as it.
    m_xml.writeStartElement(u"p"_s);
    m_xml.writeAttribute(u"class"_s, u"motto"_s);
    element(u"span"_s, {}, h.motto);
    m_xml.writeEndElement();
    element(u"p"_s, u"place-date"_s, h.placeAndDate);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void HtmlWriter::titleBlock()
{
    m_xml.writeStartElement(u"div"_s);
    m_xml.writeAttribute(u"class"_s, m_report.coverPage ? u"title cover"_s : u"title"_s);
    const ReportPageSetup &page = m_report.page;
    const double width = (ReportOutline::paperMm(page, false).width() - page.leftMm - page.rightMm) * 72 / 25.4;
    if (!m_report.documentType.isEmpty())
        element(u"p"_s, u"document-type"_s, ReportOutline::balancedLines(m_report.documentType, width, page.bodyPt));
    for (const QString &line : m_report.subject)
        element(u"p"_s, u"subject"_s, ReportOutline::balancedLines(line, width, page.bodyPt));
    if (!m_report.subject.isEmpty())
        rule(ReportOutline::ruleLengthPt(m_report, ReportOutline::Rule::Subject));
    if (!m_report.issuedWith.isEmpty())
        element(u"p"_s, u"issued-with"_s, m_report.issuedWith);
    m_xml.writeEndElement();
}

void HtmlWriter::contents()
{
    m_xml.writeStartElement(u"nav"_s);
    m_xml.writeAttribute(u"class"_s, m_report.coverPage ? u"contents new-page"_s : u"contents"_s);
    element(u"p"_s, u"centered"_s, m_report.tableOfContentsTitle);
    m_xml.writeStartElement(u"ul"_s);
    for (const ReportOutline::Heading &heading : m_outline.headings()) {
        m_xml.writeStartElement(u"li"_s);
        m_xml.writeAttribute(u"class"_s, u"toc%1"_s.arg(heading.level));
        m_xml.writeStartElement(u"a"_s);
        m_xml.writeAttribute(u"href"_s, u"#"_s + heading.anchor);
        text(heading.text);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

bool HtmlWriter::section(const ReportSection &s)
{
    const int level = std::clamp(s.level, 1, 3);
    // A section without a title (a decision's articles) has no heading.
    if (!s.heading().isEmpty()) {
        m_xml.writeStartElement(u"h%1"_s.arg(level));
        m_xml.writeAttribute(u"id"_s, m_outline.anchor(m_heading++));
        // A heading before a landscape figure or table is printed on its page.
        if (ReportOutline::startsLandscape(s)) {
            // Over a landscape figure: on a page of its own, as in the PDF (the
            // figure before may be landscape too: no change of page to break it).
            const bool own = ReportOutline::startsLandscapeFigure(s) && m_pageHeadings.isEmpty();
            m_xml.writeAttribute(u"class"_s, own ? u"landscape new-page"_s : u"landscape"_s);
            m_pageHeadings.append(&s);
        } else {
            m_pageHeadings.clear();
            if (s.appendix || s.newPage)
                m_xml.writeAttribute(u"class"_s, u"new-page"_s);
        }
        text(s.heading());
        m_xml.writeEndElement();
    }
    if (!m_outline.advance())
        return false;
    for (const ReportBlock &b : s.blocks) {
        if (b.kind != ReportBlock::Kind::Figure)
            m_pageHeadings.clear();
        switch (b.kind) {
        case ReportBlock::Kind::Paragraph: {
            QString body = b.paragraph.text;
            if (m_outline.endsReport(&b.paragraph))
                body += m_report.ending;
            element(u"p"_s, roleClass(b.paragraph.role), body, b.paragraph.lead);
            break;
        }
        case ReportBlock::Kind::Bullets:
            m_xml.writeStartElement(u"ul"_s);
            m_xml.writeAttribute(u"class"_s, u"dash"_s);
            for (const QString &item : b.bullets)
                element(u"li"_s, {}, item);
            m_xml.writeEndElement();
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

bool HtmlWriter::table(const ReportTable &t)
{
    m_xml.writeStartElement(u"table"_s);
    if (t.landscape)
        m_xml.writeAttribute(u"class"_s, u"landscape"_s);
    if (!t.caption.isEmpty())
        element(u"caption"_s, {}, t.caption);
    // The columns' shares of the printed text width, each as wide as its longest word.
    const ReportPageSetup &page = m_report.page;
    const double totalPt = (ReportOutline::paperMm(page, t.landscape).width() - page.leftMm - page.rightMm) * 72 / 25.4;
    const QList<double> widths = ReportOutline::columnWidths(t, totalPt, page.bodyPt - 1);
    m_xml.writeStartElement(u"colgroup"_s);
    QStringList classes;
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        m_xml.writeEmptyElement(u"col"_s);
        m_xml.writeAttribute(u"style"_s, u"width: %1%"_s.arg(number(100 * widths.at(c) / totalPt)));
        const ReportTableColumn::Align align = t.columns.at(c).align;
        classes.append(align == ReportTableColumn::Align::Center  ? u"center"_s
                       : align == ReportTableColumn::Align::Right ? u"right"_s
                                                                  : QString());
    }
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"thead"_s);
    m_xml.writeStartElement(u"tr"_s);
    for (const ReportTableColumn &c : t.columns)
        element(u"th"_s, {}, c.header);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"tbody"_s);
    for (const QStringList &row : t.rows) {
        m_xml.writeStartElement(u"tr"_s);
        for (qsizetype c = 0; c < classes.size(); ++c)
            element(u"td"_s, classes.at(c), row.value(c));
        m_xml.writeEndElement();
        if (!m_outline.advance())
            return false;
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    return true;
}

// The diagram as inline SVG: the exporter's document copied token by token
// without its XML prolog.
bool HtmlWriter::figure(const ReportFigure &f)
{
    QByteArray svg;
    if (!m_renderer.svg(f, &svg)) {
        m_error = m_renderer.errorString();
        return false;
    }
    m_xml.writeStartElement(u"figure"_s);
    if (f.landscape)
        m_xml.writeAttribute(u"class"_s, u"landscape"_s);
    const QSizeF box = m_room.box(f, m_pageHeadings);
    m_pageHeadings.clear();
    m_xml.writeAttribute(u"style"_s, u"--figure-height: %1mm"_s.arg(number(box.height() * 25.4 / 72)));
    // Copied element by element with the names as the exporter wrote them: an
    // HTML parser knows <svg> only without a namespace prefix (copying the
    // tokens would write <n1:svg>, which no browser draws).
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            m_xml.writeStartElement(reader.qualifiedName().toString());
            for (const QXmlStreamNamespaceDeclaration &ns : reader.namespaceDeclarations())
                m_xml.writeAttribute(ns.prefix().isEmpty() ? u"xmlns"_s
                                                           : u"xmlns:"_s + ns.prefix(),
                                     ns.namespaceUri().toString());
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                m_xml.writeAttribute(attribute.qualifiedName().toString(),
                                     attribute.value().toString());
            break;
        case QXmlStreamReader::EndElement:
            m_xml.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (!reader.isWhitespace())
                m_xml.writeCharacters(reader.text().toString());
            break;
        default: // the prolog, comments, processing instructions
            break;
        }
    }
    if (reader.hasError()) {
        m_error = tr("The figure \"%1\" is not valid SVG: %2").arg(f.caption, reader.errorString());
        return false;
    }
    if (!f.caption.isEmpty())
        element(u"figcaption"_s, {}, f.caption);
    m_xml.writeEndElement();
    return true;
}

void HtmlWriter::signing()
{
    if (m_report.recipients.isEmpty() && !m_report.hasSigner)
        return;
    m_xml.writeStartElement(u"div"_s);
    m_xml.writeAttribute(u"class"_s, u"signing"_s);
    m_xml.writeStartElement(u"div"_s);
    m_xml.writeAttribute(u"class"_s, u"recipients"_s);
    if (!m_report.recipientsTitle.isEmpty())
        element(u"p"_s, u"recipients-title"_s, m_report.recipientsTitle);
    for (const QString &line : m_report.recipients)
        element(u"p"_s, {}, line);
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"div"_s);
    m_xml.writeAttribute(u"class"_s, u"signer"_s);
    if (m_report.hasSigner) {
        for (const QString &line : m_report.signer.titleLines)
            element(u"p"_s, {}, line);
        element(u"p"_s, u"signer-name"_s, m_report.signer.name);
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

} // namespace

QString HtmlReportWriter::format() const
{
    return u"html"_s;
}

QString HtmlReportWriter::mimeType() const
{
    return u"text/html"_s;
}

bool HtmlReportWriter::write(const ReportDocument &report, const ModelData &data, QIODevice *device,
                             const ReportProgress &progress)
{
    ReportOutline outline(report, progress);
    HtmlWriter writer(report, data, outline, device);
    if (!writer.write()) {
        setErrorString(writer.errorString().isEmpty() ? tr("The report was cancelled.") : writer.errorString());
        return false;
    }
    if (!outline.finish()) {
        setErrorString(tr("The report was cancelled."));
        return false;
    }
    return true;
}

} // namespace kt
