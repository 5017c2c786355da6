#include "docxparts.h"

#include <QXmlStreamWriter>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString R = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;

} // namespace

QByteArray DocxParts::xmlPart(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(u"1.0"_s, true);
    body(xml);
    xml.writeEndDocument();
    return bytes;
}

QByteArray DocxParts::settings(const ReportDocument &report)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"w:settings"_s);
        xml.writeAttribute(u"xmlns:w"_s, W);
        xml.writeEmptyElement(u"w:defaultTabStop"_s);
        xml.writeAttribute(u"w:val"_s, u"720"_s);
        xml.writeStartElement(u"w:compat"_s);
        xml.writeEmptyElement(u"w:compatSetting"_s);
        xml.writeAttribute(u"w:name"_s, u"compatibilityMode"_s);
        xml.writeAttribute(u"w:uri"_s, u"http://schemas.microsoft.com/office/word"_s);
        xml.writeAttribute(u"w:val"_s, u"15"_s);
        xml.writeEndElement();
        xml.writeEmptyElement(u"w:themeFontLang"_s);
        xml.writeAttribute(u"w:val"_s, report.language == u"en" ? u"en-GB"_s : u"vi-VN"_s);
        xml.writeEndElement();
    });
}

QByteArray DocxParts::header(bool withPageNumber)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"w:hdr"_s);
        xml.writeAttribute(u"xmlns:w"_s, W);
        xml.writeStartElement(u"w:p"_s);
        xml.writeStartElement(u"w:pPr"_s);
        xml.writeEmptyElement(u"w:pStyle"_s);
        xml.writeAttribute(u"w:val"_s, u"Header"_s);
        xml.writeEndElement();
        if (withPageNumber) {
            xml.writeStartElement(u"w:fldSimple"_s);
            xml.writeAttribute(u"w:instr"_s, u" PAGE "_s);
            xml.writeStartElement(u"w:r"_s);
            xml.writeTextElement(u"w:t"_s, u"2"_s);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray DocxParts::contentTypes()
{
    return xmlPart([](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"Types"_s);
        xml.writeAttribute(u"xmlns"_s, u"http://schemas.openxmlformats.org/package/2006/content-types"_s);
        const auto byExtension = [&](const QString &extension, const QString &type) {
            xml.writeEmptyElement(u"Default"_s);
            xml.writeAttribute(u"Extension"_s, extension);
            xml.writeAttribute(u"ContentType"_s, type);
        };
        byExtension(u"rels"_s, u"application/vnd.openxmlformats-package.relationships+xml"_s);
        byExtension(u"xml"_s, u"application/xml"_s);
        byExtension(u"png"_s, u"image/png"_s);
        byExtension(u"svg"_s, u"image/svg+xml"_s);
        const QString wml = u"application/vnd.openxmlformats-officedocument.wordprocessingml."_s;
        const auto part = [&](const QString &name, const QString &type) {
            xml.writeEmptyElement(u"Override"_s);
            xml.writeAttribute(u"PartName"_s, name);
            xml.writeAttribute(u"ContentType"_s, type);
        };
        part(u"/word/document.xml"_s, wml + u"document.main+xml"_s);
        part(u"/word/styles.xml"_s, wml + u"styles+xml"_s);
        part(u"/word/settings.xml"_s, wml + u"settings+xml"_s);
        part(u"/word/header1.xml"_s, wml + u"header+xml"_s);
        part(u"/word/header2.xml"_s, wml + u"header+xml"_s);
        part(u"/docProps/core.xml"_s, u"application/vnd.openxmlformats-package.core-properties+xml"_s);
        xml.writeEndElement();
    });
}

namespace {

void relationship(QXmlStreamWriter &xml, const QString &id, const QString &type, const QString &target)
{
    xml.writeEmptyElement(u"Relationship"_s);
    xml.writeAttribute(u"Id"_s, id);
    xml.writeAttribute(u"Type"_s, type);
    xml.writeAttribute(u"Target"_s, target);
}

const QString PackageRelationships = u"http://schemas.openxmlformats.org/package/2006/relationships"_s;

} // namespace

QByteArray DocxParts::packageRelationships()
{
    return xmlPart([](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"Relationships"_s);
        xml.writeAttribute(u"xmlns"_s, PackageRelationships);
        relationship(xml, u"rId1"_s, R + u"/officeDocument"_s, u"word/document.xml"_s);
        relationship(xml, u"rId2"_s, PackageRelationships + u"/metadata/core-properties"_s, u"docProps/core.xml"_s);
        xml.writeEndElement();
    });
}

QByteArray DocxParts::documentRelationships(int figures, bool svg)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"Relationships"_s);
        xml.writeAttribute(u"xmlns"_s, PackageRelationships);
        relationship(xml, u"rIdStyles"_s, R + u"/styles"_s, u"styles.xml"_s);
        relationship(xml, u"rIdSettings"_s, R + u"/settings"_s, u"settings.xml"_s);
        relationship(xml, u"rIdHeader"_s, R + u"/header"_s, u"header1.xml"_s);
        relationship(xml, u"rIdHeaderFirst"_s, R + u"/header"_s, u"header2.xml"_s);
        for (int n = 1; n <= figures; ++n) {
            relationship(xml, u"rIdFigure%1"_s.arg(n), R + u"/image"_s, u"media/figure%1.png"_s.arg(n));
            if (svg)
                relationship(xml, u"rIdFigure%1Svg"_s.arg(n), R + u"/image"_s, u"media/figure%1.svg"_s.arg(n));
        }
        xml.writeEndElement();
    });
}

// An inline picture: the PNG of figure n, its SVG beside it.
void DocxParts::picture(QXmlStreamWriter &xml, int n, QSizeF sizeMm, const QString &description)
{
    constexpr double EmuPerMm = 36000;
    const QString cx = QString::number(qRound(sizeMm.width() * EmuPerMm));
    const QString cy = QString::number(qRound(sizeMm.height() * EmuPerMm));
    xml.writeStartElement(u"w:r"_s);
    xml.writeStartElement(u"w:drawing"_s);
    xml.writeStartElement(u"wp:inline"_s);
    xml.writeEmptyElement(u"wp:extent"_s);
    xml.writeAttribute(u"cx"_s, cx);
    xml.writeAttribute(u"cy"_s, cy);
    xml.writeEmptyElement(u"wp:docPr"_s);
    xml.writeAttribute(u"id"_s, QString::number(n));
    xml.writeAttribute(u"name"_s, u"Figure %1"_s.arg(n));
    xml.writeAttribute(u"descr"_s, description);
    xml.writeStartElement(u"a:graphic"_s);
    xml.writeStartElement(u"a:graphicData"_s);
    xml.writeAttribute(u"uri"_s, u"http://schemas.openxmlformats.org/drawingml/2006/picture"_s);
    xml.writeStartElement(u"pic:pic"_s);
    xml.writeStartElement(u"pic:nvPicPr"_s);
    xml.writeEmptyElement(u"pic:cNvPr"_s);
    xml.writeAttribute(u"id"_s, QString::number(n));
    xml.writeAttribute(u"name"_s, u"figure%1.png"_s.arg(n));
    xml.writeEmptyElement(u"pic:cNvPicPr"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"pic:blipFill"_s);
    xml.writeStartElement(u"a:blip"_s);
    xml.writeAttribute(u"r:embed"_s, u"rIdFigure%1"_s.arg(n));
    // The vector drawing beside the PNG, for Word 2016 and later (Office's SVG extension).
    xml.writeStartElement(u"a:extLst"_s);
    xml.writeStartElement(u"a:ext"_s);
    xml.writeAttribute(u"uri"_s, u"{96DAC541-7B7A-43D3-8B79-37D633B846F1}"_s);
    xml.writeEmptyElement(u"asvg:svgBlip"_s);
    xml.writeAttribute(u"xmlns:asvg"_s, u"http://schemas.microsoft.com/office/drawing/2016/SVG/main"_s);
    xml.writeAttribute(u"r:embed"_s, u"rIdFigure%1Svg"_s.arg(n));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(u"a:stretch"_s);
    xml.writeEmptyElement(u"a:fillRect"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(u"pic:spPr"_s);
    xml.writeStartElement(u"a:xfrm"_s);
    xml.writeEmptyElement(u"a:off"_s);
    xml.writeAttribute(u"x"_s, u"0"_s);
    xml.writeAttribute(u"y"_s, u"0"_s);
    xml.writeEmptyElement(u"a:ext"_s);
    xml.writeAttribute(u"cx"_s, cx);
    xml.writeAttribute(u"cy"_s, cy);
    xml.writeEndElement();
    xml.writeStartElement(u"a:prstGeom"_s);
    xml.writeAttribute(u"prst"_s, u"rect"_s);
    xml.writeEmptyElement(u"a:avLst"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // pic:pic
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // wp:inline
    xml.writeEndElement();
    xml.writeEndElement(); // w:r
}

QByteArray DocxParts::coreProperties(const ReportDocument &report)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"cp:coreProperties"_s);
        xml.writeAttribute(u"xmlns:cp"_s, u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s);
        xml.writeAttribute(u"xmlns:dc"_s, u"http://purl.org/dc/elements/1.1/"_s);
        xml.writeAttribute(u"xmlns:dcterms"_s, u"http://purl.org/dc/terms/"_s);
        xml.writeAttribute(u"xmlns:xsi"_s, u"http://www.w3.org/2001/XMLSchema-instance"_s);
        xml.writeTextElement(u"dc:title"_s, report.title);
        xml.writeTextElement(u"dc:creator"_s, report.author);
        xml.writeTextElement(u"dc:language"_s, report.language);
        // The report's own date, never the time of writing.
        if (report.created.isValid()) {
            const QString when = report.created.toUTC().toString(Qt::ISODate);
            for (const QString &element : {u"dcterms:created"_s, u"dcterms:modified"_s}) {
                xml.writeStartElement(element);
                xml.writeAttribute(u"xsi:type"_s, u"dcterms:W3CDTF"_s);
                xml.writeCharacters(when);
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    });
}

} // namespace kt
