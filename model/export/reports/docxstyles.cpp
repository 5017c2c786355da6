#include "docxstyles.h"
#include "docxparts.h"
#include "reportstyles.h"

#include <QXmlStreamWriter>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString Font = u"Times New Roman"_s;

int twips(double points)
{
    return qRound(points * 20);
}

class StyleWriter
{
public:
    explicit StyleWriter(QXmlStreamWriter &xml) : m_xml(xml) {}

    void paragraph(const ReportParagraphStyle &f)
    {
        m_xml.writeStartElement(u"w:style"_s);
        m_xml.writeAttribute(u"w:type"_s, u"paragraph"_s);
        if (f.id == u"Normal")
            m_xml.writeAttribute(u"w:default"_s, u"1"_s);
        m_xml.writeAttribute(u"w:styleId"_s, f.id);
        value(u"w:name"_s, f.name);
        if (!f.parent.isEmpty())
            value(u"w:basedOn"_s, f.parent);
        if (f.outlineLevel > 0)
            value(u"w:next"_s, u"Normal"_s);
        m_xml.writeEmptyElement(u"w:qFormat"_s);
        m_xml.writeStartElement(u"w:pPr"_s);
        if (f.keepNext) {
            m_xml.writeEmptyElement(u"w:keepNext"_s);
            m_xml.writeEmptyElement(u"w:keepLines"_s);
        }
        if (f.ruleAbove) {
            m_xml.writeStartElement(u"w:pBdr"_s);
            m_xml.writeEmptyElement(u"w:top"_s);
            m_xml.writeAttribute(u"w:val"_s, u"single"_s);
            m_xml.writeAttribute(u"w:sz"_s, u"6"_s);
            m_xml.writeAttribute(u"w:space"_s, u"1"_s);
            m_xml.writeAttribute(u"w:color"_s, u"000000"_s);
            m_xml.writeEndElement();
        }
        if (f.rightTab >= 0) {
            // Word's tab positions count from the margin (ODF's from the indent).
            m_xml.writeStartElement(u"w:tabs"_s);
            m_xml.writeEmptyElement(u"w:tab"_s);
            m_xml.writeAttribute(u"w:val"_s, u"right"_s);
            m_xml.writeAttribute(u"w:leader"_s, u"dot"_s);
            m_xml.writeAttribute(u"w:pos"_s, QString::number(twips(f.rightTab + std::max(0.0, f.leftIndent))));
            m_xml.writeEndElement();
        }
        if (f.before >= 0 || f.after >= 0 || f.lineFactor > 0) {
            m_xml.writeEmptyElement(u"w:spacing"_s);
            if (f.before >= 0)
                m_xml.writeAttribute(u"w:before"_s, QString::number(twips(f.before)));
            if (f.after >= 0)
                m_xml.writeAttribute(u"w:after"_s, QString::number(twips(f.after)));
            if (f.lineFactor > 0) { // in 240ths of a line
                m_xml.writeAttribute(u"w:line"_s, QString::number(qRound(f.lineFactor * 240)));
                m_xml.writeAttribute(u"w:lineRule"_s, u"auto"_s);
            }
        }
        if (f.firstLine >= 0 || f.leftIndent >= 0) {
            m_xml.writeEmptyElement(u"w:ind"_s);
            if (f.leftIndent >= 0)
                m_xml.writeAttribute(u"w:left"_s, QString::number(twips(f.leftIndent)));
            if (f.firstLine >= 0)
                m_xml.writeAttribute(u"w:firstLine"_s, QString::number(twips(f.firstLine)));
        }
        if (!f.align.isEmpty())
            value(u"w:jc"_s, f.align);
        if (f.outlineLevel > 0)
            value(u"w:outlineLvl"_s, QString::number(f.outlineLevel - 1));
        m_xml.writeEndElement();
        runProperties(qRound(f.size * 2), f.bold, f.italic, f.color);
        m_xml.writeEndElement();
    }

    void runProperties(int halfPoints, bool bold, bool italic, const QString &color = {})
    {
        m_xml.writeStartElement(u"w:rPr"_s);
        if (bold) {
            m_xml.writeEmptyElement(u"w:b"_s);
            m_xml.writeEmptyElement(u"w:bCs"_s);
        }
        if (italic) {
            m_xml.writeEmptyElement(u"w:i"_s);
            m_xml.writeEmptyElement(u"w:iCs"_s);
        }
        if (!color.isEmpty())
            value(u"w:color"_s, color);
        if (halfPoints > 0) {
            value(u"w:sz"_s, QString::number(halfPoints));
            value(u"w:szCs"_s, QString::number(halfPoints));
        }
        m_xml.writeEndElement();
    }

    void value(const QString &element, const QString &value)
    {
        m_xml.writeEmptyElement(element);
        m_xml.writeAttribute(u"w:val"_s, value);
    }

    void border(const QString &side, bool visible)
    {
        m_xml.writeEmptyElement(side);
        m_xml.writeAttribute(u"w:val"_s, visible ? u"single"_s : u"nil"_s);
        if (visible) {
            m_xml.writeAttribute(u"w:sz"_s, u"4"_s);
            m_xml.writeAttribute(u"w:space"_s, u"0"_s);
            m_xml.writeAttribute(u"w:color"_s, u"000000"_s);
        }
    }

    // A table style: with all borders (the report's tables) or none (the header
    // block and the signing block).
    void table(const QString &id, const QString &name, bool borders, int cellMargin, int cellMarginY)
    {
        m_xml.writeStartElement(u"w:style"_s);
        m_xml.writeAttribute(u"w:type"_s, u"table"_s);
        m_xml.writeAttribute(u"w:styleId"_s, id);
        value(u"w:name"_s, name);
        value(u"w:basedOn"_s, u"TableNormal"_s);
        m_xml.writeStartElement(u"w:tblPr"_s);
        m_xml.writeStartElement(u"w:tblBorders"_s);
        for (const QString &side : {u"w:top"_s, u"w:left"_s, u"w:bottom"_s, u"w:right"_s,
                                    u"w:insideH"_s, u"w:insideV"_s})
            border(side, borders);
        m_xml.writeEndElement();
        m_xml.writeStartElement(u"w:tblCellMar"_s);
        for (const QString &side : {u"w:top"_s, u"w:left"_s, u"w:bottom"_s, u"w:right"_s}) {
            const bool vertical = side == u"w:top" || side == u"w:bottom";
            m_xml.writeEmptyElement(side);
            m_xml.writeAttribute(u"w:w"_s, QString::number(vertical ? cellMarginY : cellMargin));
            m_xml.writeAttribute(u"w:type"_s, u"dxa"_s);
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

private:
    QXmlStreamWriter &m_xml;
};

} // namespace

QByteArray DocxStyles::styles(const ReportDocument &report)
{
    return DocxParts::xmlPart([&](QXmlStreamWriter &xml) {
        StyleWriter s(xml);
        const int body = qRound(report.page.bodyPt * 2);
        xml.writeStartElement(u"w:styles"_s);
        xml.writeAttribute(u"xmlns:w"_s, W);
        xml.writeStartElement(u"w:docDefaults"_s);
        xml.writeStartElement(u"w:rPrDefault"_s);
        xml.writeStartElement(u"w:rPr"_s);
        xml.writeEmptyElement(u"w:rFonts"_s);
        for (const QString &a : {u"w:ascii"_s, u"w:hAnsi"_s, u"w:cs"_s, u"w:eastAsia"_s})
            xml.writeAttribute(a, Font);
        s.value(u"w:sz"_s, QString::number(body));
        s.value(u"w:szCs"_s, QString::number(body));
        xml.writeEmptyElement(u"w:lang"_s);
        xml.writeAttribute(u"w:val"_s, report.language == u"en" ? u"en-GB"_s : u"vi-VN"_s);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(u"w:pPrDefault"_s);
        xml.writeStartElement(u"w:pPr"_s);
        // Widow and orphan control said, not left to the program's default: the
        // PDF's pages (the table of contents' numbers) have it too.
        xml.writeEmptyElement(u"w:widowControl"_s);
        xml.writeEmptyElement(u"w:spacing"_s);
        xml.writeAttribute(u"w:after"_s, u"0"_s);
        xml.writeAttribute(u"w:line"_s, u"264"_s); // 1.1 lines
        xml.writeAttribute(u"w:lineRule"_s, u"auto"_s);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeStartElement(u"w:style"_s);
        xml.writeAttribute(u"w:type"_s, u"table"_s);
        xml.writeAttribute(u"w:default"_s, u"1"_s);
        xml.writeAttribute(u"w:styleId"_s, u"TableNormal"_s);
        s.value(u"w:name"_s, u"Normal Table"_s);
        xml.writeEndElement();

        xml.writeStartElement(u"w:style"_s);
        xml.writeAttribute(u"w:type"_s, u"character"_s);
        xml.writeAttribute(u"w:styleId"_s, u"Lead"_s);
        s.value(u"w:name"_s, u"Lead"_s);
        s.runProperties(0, true, false);
        xml.writeEndElement();

        for (const ReportParagraphStyle &style : ReportStyles::paragraphStyles(report))
            s.paragraph(style);
        // The PDF's cell padding: 4 pt at the sides, 2.5 pt above and below.
        s.table(u"ReportTable"_s, u"Report Table"_s, true, 80, 50);
        s.table(u"PlainTable"_s, u"Plain Table"_s, false, 0, 0);
        xml.writeEndElement();
    });
}

} // namespace kt
