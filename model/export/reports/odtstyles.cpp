#include "odtstyles.h"
#include "docxparts.h"
#include "reportoutline.h"

#include <QXmlStreamWriter>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString Font = u"Times New Roman"_s;

QString pt(double value)
{
    return QString::number(value, 'f', 2) + u"pt"_s;
}

QString mm(double value)
{
    return QString::number(value, 'f', 2) + u"mm"_s;
}

void namespaces(QXmlStreamWriter &xml)
{
    const QString oasis = u"urn:oasis:names:tc:opendocument:xmlns:"_s;
    for (const auto &[prefix, name] : {std::pair{u"office"_s, u"office:1.0"_s}, {u"style"_s, u"style:1.0"_s},
                                       {u"text"_s, u"text:1.0"_s}, {u"table"_s, u"table:1.0"_s},
                                       {u"draw"_s, u"drawing:1.0"_s}, {u"fo"_s, u"xsl-fo-compatible:1.0"_s},
                                       {u"svg"_s, u"svg-compatible:1.0"_s}, {u"meta"_s, u"meta:1.0"_s}})
        xml.writeAttribute(u"xmlns:"_s + prefix, oasis + name);
    xml.writeAttribute(u"xmlns:xlink"_s, u"http://www.w3.org/1999/xlink"_s);
    xml.writeAttribute(u"xmlns:dc"_s, u"http://purl.org/dc/elements/1.1/"_s);
    xml.writeAttribute(u"office:version"_s, u"1.3"_s);
}

QString textAlign(const QString &align)
{
    return align == u"both" ? u"justify"_s : align;
}

void paragraphStyle(QXmlStreamWriter &xml, const ReportParagraphStyle &s)
{
    xml.writeStartElement(u"style:style"_s);
    xml.writeAttribute(u"style:name"_s, OdtStyles::styleName(s.id));
    xml.writeAttribute(u"style:display-name"_s, s.outlineLevel > 0 ? u"Heading %1"_s.arg(s.outlineLevel) : s.name);
    xml.writeAttribute(u"style:family"_s, u"paragraph"_s);
    if (!s.parent.isEmpty())
        xml.writeAttribute(u"style:parent-style-name"_s, OdtStyles::styleName(s.parent));
    if (s.outlineLevel > 0) {
        xml.writeAttribute(u"style:next-style-name"_s, u"Normal"_s);
        xml.writeAttribute(u"style:default-outline-level"_s, QString::number(s.outlineLevel));
    }
    xml.writeStartElement(u"style:paragraph-properties"_s);
    if (!s.align.isEmpty())
        xml.writeAttribute(u"fo:text-align"_s, textAlign(s.align));
    if (s.firstLine >= 0)
        xml.writeAttribute(u"fo:text-indent"_s, pt(s.firstLine));
    if (s.before >= 0)
        xml.writeAttribute(u"fo:margin-top"_s, pt(s.before));
    if (s.after >= 0)
        xml.writeAttribute(u"fo:margin-bottom"_s, pt(s.after));
    if (s.lineFactor > 0)
        xml.writeAttribute(u"fo:line-height"_s, QString::number(qRound(s.lineFactor * 100)) + u"%"_s);
    if (s.keepNext)
        xml.writeAttribute(u"fo:keep-with-next"_s, u"always"_s);
    if (s.id == u"Normal") { // widow and orphan control, as the PDF and the DOCX
        xml.writeAttribute(u"fo:widows"_s, u"2"_s);
        xml.writeAttribute(u"fo:orphans"_s, u"2"_s);
    }
    if (s.ruleAbove) {
        xml.writeAttribute(u"fo:border-top"_s, u"0.75pt solid #000000"_s);
        xml.writeAttribute(u"fo:padding"_s, u"0pt"_s);
    }
    if (s.leftIndent >= 0)
        xml.writeAttribute(u"fo:margin-left"_s, pt(s.leftIndent));
    if (s.rightTab >= 0) {
        // ODF's tab positions count from the paragraph's indent.
        xml.writeStartElement(u"style:tab-stops"_s);
        xml.writeEmptyElement(u"style:tab-stop"_s);
        xml.writeAttribute(u"style:position"_s, pt(s.rightTab));
        xml.writeAttribute(u"style:type"_s, u"right"_s);
        xml.writeAttribute(u"style:leader-style"_s, u"dotted"_s);
        xml.writeAttribute(u"style:leader-text"_s, u"."_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEmptyElement(u"style:text-properties"_s);
    if (s.size > 0)
        xml.writeAttribute(u"fo:font-size"_s, pt(s.size));
    if (s.bold)
        xml.writeAttribute(u"fo:font-weight"_s, u"bold"_s);
    if (s.italic)
        xml.writeAttribute(u"fo:font-style"_s, u"italic"_s);
    if (!s.color.isEmpty())
        xml.writeAttribute(u"fo:color"_s, u"#"_s + s.color);
    xml.writeEndElement();
}

// A page layout: the paper, the report's margins; pages with a header put it in
// the top margin, the body starting where the margin ends.
void pageLayout(QXmlStreamWriter &xml, const QString &name, const ReportPageSetup &page, bool landscape,
                bool header)
{
    const QSizeF paper = ReportOutline::paperMm(page, landscape);
    xml.writeStartElement(u"style:page-layout"_s);
    xml.writeAttribute(u"style:name"_s, name);
    xml.writeEmptyElement(u"style:page-layout-properties"_s);
    xml.writeAttribute(u"fo:page-width"_s, mm(paper.width()));
    xml.writeAttribute(u"fo:page-height"_s, mm(paper.height()));
    xml.writeAttribute(u"style:print-orientation"_s, landscape ? u"landscape"_s : u"portrait"_s);
    xml.writeAttribute(u"fo:margin-top"_s, mm(header ? page.topMm / 2 : page.topMm));
    xml.writeAttribute(u"fo:margin-bottom"_s, mm(page.bottomMm));
    xml.writeAttribute(u"fo:margin-left"_s, mm(page.leftMm));
    xml.writeAttribute(u"fo:margin-right"_s, mm(page.rightMm));
    if (header) {
        xml.writeStartElement(u"style:header-style"_s);
        xml.writeEmptyElement(u"style:header-footer-properties"_s);
        xml.writeAttribute(u"fo:min-height"_s, u"0mm"_s);
        xml.writeAttribute(u"fo:margin-bottom"_s, mm(std::max(2.0, page.topMm / 2 - 6)));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void masterPage(QXmlStreamWriter &xml, const QString &name, const QString &layout, bool pageNumber,
                const QString &next = {})
{
    xml.writeStartElement(u"style:master-page"_s);
    xml.writeAttribute(u"style:name"_s, name);
    xml.writeAttribute(u"style:page-layout-name"_s, layout);
    if (!next.isEmpty())
        xml.writeAttribute(u"style:next-style-name"_s, next);
    if (pageNumber) {
        xml.writeStartElement(u"style:header"_s);
        xml.writeStartElement(u"text:p"_s);
        xml.writeAttribute(u"text:style-name"_s, u"Header"_s);
        xml.writeStartElement(u"text:page-number"_s);
        xml.writeAttribute(u"text:select-page"_s, u"current"_s);
        xml.writeCharacters(u"2"_s);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

QString OdtStyles::styleName(const QString &id)
{
    if (id.startsWith(u"Heading") && id.size() == 8)
        return u"Heading_20_"_s + id.back();
    if (id.startsWith(u"TOC") && id.size() == 4)
        return u"Contents_20_"_s + id.back();
    if (id == u"TOCHeading")
        return u"Contents_20_Heading"_s;
    if (id == u"Subject")
        return u"Subtitle"_s;
    return id;
}

QByteArray OdtStyles::styles(const ReportDocument &report)
{
    return DocxParts::xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"office:document-styles"_s);
        namespaces(xml);
        xml.writeStartElement(u"office:font-face-decls"_s);
        xml.writeEmptyElement(u"style:font-face"_s);
        xml.writeAttribute(u"style:name"_s, Font);
        xml.writeAttribute(u"svg:font-family"_s, u"'"_s + Font + u"'"_s);
        xml.writeAttribute(u"style:font-family-generic"_s, u"roman"_s);
        xml.writeAttribute(u"style:font-pitch"_s, u"variable"_s);
        xml.writeEndElement();

        xml.writeStartElement(u"office:styles"_s);
        xml.writeStartElement(u"style:default-style"_s);
        xml.writeAttribute(u"style:family"_s, u"paragraph"_s);
        xml.writeEmptyElement(u"style:paragraph-properties"_s);
        xml.writeAttribute(u"fo:line-height"_s, u"110%"_s);
        xml.writeEmptyElement(u"style:text-properties"_s);
        xml.writeAttribute(u"style:font-name"_s, Font);
        xml.writeAttribute(u"fo:font-size"_s, pt(report.page.bodyPt));
        const bool english = report.language == u"en";
        xml.writeAttribute(u"fo:language"_s, english ? u"en"_s : u"vi"_s);
        xml.writeAttribute(u"fo:country"_s, english ? u"GB"_s : u"VN"_s);
        xml.writeEndElement();
        for (const ReportParagraphStyle &style : ReportStyles::paragraphStyles(report))
            paragraphStyle(xml, style);
        xml.writeStartElement(u"style:style"_s);
        xml.writeAttribute(u"style:name"_s, u"Lead"_s);
        xml.writeAttribute(u"style:family"_s, u"text"_s);
        xml.writeEmptyElement(u"style:text-properties"_s);
        xml.writeAttribute(u"fo:font-weight"_s, u"bold"_s);
        xml.writeEndElement();
        // Headings are not numbered by the outline: their numbers are in their text.
        xml.writeStartElement(u"text:outline-style"_s);
        xml.writeAttribute(u"style:name"_s, u"Outline"_s);
        for (int level = 1; level <= 10; ++level) {
            xml.writeEmptyElement(u"text:outline-level-style"_s);
            xml.writeAttribute(u"text:level"_s, QString::number(level));
            xml.writeAttribute(u"style:num-format"_s, QString());
        }
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeStartElement(u"office:automatic-styles"_s);
        pageLayout(xml, u"FirstLayout"_s, report.page, false, false);
        pageLayout(xml, u"PortraitLayout"_s, report.page, false, true);
        pageLayout(xml, u"LandscapeLayout"_s, report.page, true, true);
        xml.writeEndElement();
        xml.writeStartElement(u"office:master-styles"_s);
        masterPage(xml, u"Standard"_s, u"PortraitLayout"_s, true);
        masterPage(xml, u"FirstPage"_s, u"FirstLayout"_s, false, u"Standard"_s);
        masterPage(xml, u"Landscape"_s, u"LandscapeLayout"_s, true);
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray OdtStyles::meta(const ReportDocument &report)
{
    return DocxParts::xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"office:document-meta"_s);
        namespaces(xml);
        xml.writeStartElement(u"office:meta"_s);
        xml.writeTextElement(u"dc:title"_s, ReportOutline::clean(report.title));
        xml.writeTextElement(u"meta:initial-creator"_s, ReportOutline::clean(report.author));
        xml.writeTextElement(u"dc:creator"_s, ReportOutline::clean(report.author));
        xml.writeTextElement(u"dc:language"_s, report.language);
        // The report's own date, never the time of writing.
        if (report.created.isValid()) {
            const QString when = report.created.toUTC().toString(Qt::ISODate);
            xml.writeTextElement(u"meta:creation-date"_s, when);
            xml.writeTextElement(u"dc:date"_s, when);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray OdtStyles::manifest(int figures)
{
    return DocxParts::xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"manifest:manifest"_s);
        xml.writeAttribute(u"xmlns:manifest"_s, u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s);
        xml.writeAttribute(u"manifest:version"_s, u"1.3"_s);
        const auto entry = [&](const QString &path, const QString &type) {
            xml.writeEmptyElement(u"manifest:file-entry"_s);
            xml.writeAttribute(u"manifest:full-path"_s, path);
            if (path == u"/")
                xml.writeAttribute(u"manifest:version"_s, u"1.3"_s);
            xml.writeAttribute(u"manifest:media-type"_s, type);
        };
        entry(u"/"_s, u"application/vnd.oasis.opendocument.text"_s);
        entry(u"content.xml"_s, u"text/xml"_s);
        entry(u"styles.xml"_s, u"text/xml"_s);
        entry(u"meta.xml"_s, u"text/xml"_s);
        for (int n = 1; n <= figures; ++n)
            entry(u"Pictures/figure%1.png"_s.arg(n), u"image/png"_s);
        xml.writeEndElement();
    });
}

} // namespace kt
