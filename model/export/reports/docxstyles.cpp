#include "docxstyles.h"
#include "docxparts.h"

#include <QXmlStreamWriter>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString Font = u"Times New Roman"_s;
constexpr int FirstLineIndent = 720; // 1.27 cm in twips
constexpr int ParagraphAfter = 120;  // 6 pt

// What a paragraph style sets; zero or empty leaves it to the style it is based on.
struct ParagraphFormat
{
    QString align;          // "both", "center", "left", "right"
    int firstLine = -1;     // twips; -1 as based on
    int before = -1;
    int after = -1;
    int halfPoints = 0;
    bool bold = false;
    bool italic = false;
    bool keepNext = false;
    int outlineLevel = -1;
    bool ruleAbove = false; // the Decree 30 rules under the issuing body, the Tiêu ngữ, the trích yếu
    QString color;
};

class StyleWriter
{
public:
    explicit StyleWriter(QXmlStreamWriter &xml) : m_xml(xml) {}

    void paragraph(const QString &id, const QString &name, const ParagraphFormat &f,
                   const QString &basedOn = u"Normal"_s, const QString &next = {})
    {
        m_xml.writeStartElement(u"w:style"_s);
        m_xml.writeAttribute(u"w:type"_s, u"paragraph"_s);
        m_xml.writeAttribute(u"w:styleId"_s, id);
        value(u"w:name"_s, name);
        if (!basedOn.isEmpty())
            value(u"w:basedOn"_s, basedOn);
        if (!next.isEmpty())
            value(u"w:next"_s, next);
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
        if (f.before >= 0 || f.after >= 0) {
            m_xml.writeEmptyElement(u"w:spacing"_s);
            if (f.before >= 0)
                m_xml.writeAttribute(u"w:before"_s, QString::number(f.before));
            if (f.after >= 0)
                m_xml.writeAttribute(u"w:after"_s, QString::number(f.after));
        }
        if (f.firstLine >= 0) {
            m_xml.writeEmptyElement(u"w:ind"_s);
            m_xml.writeAttribute(u"w:firstLine"_s, QString::number(f.firstLine));
        }
        if (!f.align.isEmpty())
            value(u"w:jc"_s, f.align);
        if (f.outlineLevel >= 0)
            value(u"w:outlineLvl"_s, QString::number(f.outlineLevel));
        m_xml.writeEndElement();
        runProperties(f.halfPoints, f.bold, f.italic, f.color);
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
    void table(const QString &id, const QString &name, bool borders, int cellMargin)
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
        for (const QString &side : {u"w:left"_s, u"w:right"_s}) {
            m_xml.writeEmptyElement(side);
            m_xml.writeAttribute(u"w:w"_s, QString::number(cellMargin));
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

QString DocxStyles::paragraphStyle(ParagraphRole role)
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

QByteArray DocxStyles::styles(const ReportDocument &report)
{
    return DocxParts::xmlPart([&](QXmlStreamWriter &xml) {
        StyleWriter s(xml);
        const int body = qRound(report.page.bodyPt * 2);
        const int table = body - 2; // tables a point smaller, as the approved documents have them
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
        xml.writeEmptyElement(u"w:spacing"_s);
        xml.writeAttribute(u"w:after"_s, u"0"_s);
        xml.writeAttribute(u"w:line"_s, u"264"_s); // 1.1 lines
        xml.writeAttribute(u"w:lineRule"_s, u"auto"_s);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();

        // Normal: the body text of Decree 30.
        xml.writeStartElement(u"w:style"_s);
        xml.writeAttribute(u"w:type"_s, u"paragraph"_s);
        xml.writeAttribute(u"w:default"_s, u"1"_s);
        xml.writeAttribute(u"w:styleId"_s, u"Normal"_s);
        s.value(u"w:name"_s, u"Normal"_s);
        xml.writeEmptyElement(u"w:qFormat"_s);
        xml.writeStartElement(u"w:pPr"_s);
        xml.writeEmptyElement(u"w:spacing"_s);
        xml.writeAttribute(u"w:after"_s, QString::number(ParagraphAfter));
        xml.writeEmptyElement(u"w:ind"_s);
        xml.writeAttribute(u"w:firstLine"_s, QString::number(FirstLineIndent));
        s.value(u"w:jc"_s, u"both"_s);
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

        const auto centred = [](int halfPoints, bool bold, bool italic, int after = 0) {
            ParagraphFormat f;
            f.align = u"center"_s;
            f.firstLine = 0;
            f.after = after;
            f.halfPoints = halfPoints;
            f.bold = bold;
            f.italic = italic;
            return f;
        };
        ParagraphFormat title = centred(body, true, false);
        title.before = 240;
        title.keepNext = true;
        s.paragraph(u"Title"_s, u"Title"_s, title);
        ParagraphFormat subject = centred(body, true, false);
        subject.keepNext = true;
        s.paragraph(u"Subject"_s, u"Subtitle"_s, subject);
        s.paragraph(u"IssuedWith"_s, u"Issued With"_s, centred(body, false, true, ParagraphAfter));
        for (int level = 1; level <= 3; ++level) {
            ParagraphFormat f;
            f.align = u"both"_s;
            f.firstLine = level == 1 ? 0 : FirstLineIndent;
            f.before = level == 1 ? 240 : 120;
            f.after = ParagraphAfter;
            f.bold = true;
            f.italic = level == 3;
            f.keepNext = true;
            f.outlineLevel = level - 1;
            s.paragraph(u"Heading%1"_s.arg(level), u"heading %1"_s.arg(level), f, u"Normal"_s, u"Normal"_s);
        }
        s.paragraph(u"Caption"_s, u"caption"_s, centred(body, false, true, ParagraphAfter));
        ParagraphFormat tableCaption = centred(body, false, true, 60);
        tableCaption.keepNext = true;
        s.paragraph(u"TableCaption"_s, u"Table Caption"_s, tableCaption, u"Caption"_s);
        ParagraphFormat figure = centred(0, false, false, 60);
        figure.before = 120;
        figure.keepNext = true;
        s.paragraph(u"Figure"_s, u"Figure"_s, figure);
        ParagraphFormat legal;
        legal.italic = true;
        s.paragraph(u"LegalBasis"_s, u"Legal Basis"_s, legal);
        s.paragraph(u"Article"_s, u"Article"_s, {});
        s.paragraph(u"CenteredBold"_s, u"Centered Bold"_s, centred(body, true, false, ParagraphAfter));
        ParagraphFormat resolution = centred(body, true, false, ParagraphAfter);
        resolution.before = 120;
        resolution.keepNext = true;
        s.paragraph(u"Resolution"_s, u"Resolution"_s, resolution);
        ParagraphFormat note;
        note.align = u"left"_s;
        note.firstLine = 0;
        note.before = 60;
        note.halfPoints = table;
        note.italic = true;
        s.paragraph(u"TableNote"_s, u"Table Note"_s, note);
        ParagraphFormat placeholder;
        placeholder.italic = true;
        placeholder.color = u"C00000"_s;
        s.paragraph(u"Placeholder"_s, u"Placeholder"_s, placeholder);
        s.paragraph(u"ListBullet"_s, u"List Bullet"_s, {});
        s.paragraph(u"TableHeading"_s, u"Table Heading"_s, centred(table, true, false));
        ParagraphFormat cell = centred(table, false, false);
        cell.align = u"left"_s;
        s.paragraph(u"TableText"_s, u"Table Text"_s, cell);
        cell.align = u"center"_s;
        s.paragraph(u"TableTextCenter"_s, u"Table Text Centered"_s, cell, u"TableText"_s);
        cell.align = u"right"_s;
        s.paragraph(u"TableTextRight"_s, u"Table Text Right"_s, cell, u"TableText"_s);

        // The Decree 30 header block: sizes of Phụ lục I.
        s.paragraph(u"ParentBody"_s, u"Parent Body"_s, centred(26, false, false));
        s.paragraph(u"IssuingBody"_s, u"Issuing Body"_s, centred(26, true, false));
        ParagraphFormat number = centred(26, false, false);
        number.before = 60;
        s.paragraph(u"DocumentNumber"_s, u"Document Number"_s, number);
        s.paragraph(u"NationalTitle"_s, u"National Title"_s, centred(24, true, false));
        s.paragraph(u"Motto"_s, u"Motto"_s, centred(26, true, false));
        ParagraphFormat rule = centred(4, false, false);
        rule.ruleAbove = true;
        rule.align = u"left"_s;
        s.paragraph(u"Rule"_s, u"Rule"_s, rule);
        ParagraphFormat spacer = centred(4, false, false);
        spacer.align = u"left"_s;
        s.paragraph(u"Spacer"_s, u"Spacer"_s, spacer);
        ParagraphFormat place = centred(body, false, true);
        place.before = 60;
        s.paragraph(u"PlaceDate"_s, u"Place and Date"_s, place);

        ParagraphFormat toc = centred(body, true, false, 240);
        s.paragraph(u"TOCHeading"_s, u"TOC Heading"_s, toc);
        for (int level = 1; level <= 3; ++level) {
            ParagraphFormat f;
            f.align = u"left"_s;
            f.firstLine = 0;
            f.after = 60;
            f.bold = level == 1;
            s.paragraph(u"TOC%1"_s.arg(level), u"toc %1"_s.arg(level), f);
        }
        ParagraphFormat recipientsTitle = centred(24, true, true);
        recipientsTitle.align = u"left"_s;
        s.paragraph(u"RecipientsTitle"_s, u"Recipients Title"_s, recipientsTitle);
        ParagraphFormat recipients = centred(22, false, false);
        recipients.align = u"left"_s;
        s.paragraph(u"Recipients"_s, u"Recipients"_s, recipients);
        s.paragraph(u"SignerTitle"_s, u"Signer Title"_s, centred(body, true, false));
        s.paragraph(u"SignerName"_s, u"Signer Name"_s, centred(body, true, false));
        s.paragraph(u"Header"_s, u"header"_s, centred(body, false, false));

        s.table(u"ReportTable"_s, u"Report Table"_s, true, 80);
        s.table(u"PlainTable"_s, u"Plain Table"_s, false, 0);
        xml.writeEndElement();
    });
}

} // namespace kt
