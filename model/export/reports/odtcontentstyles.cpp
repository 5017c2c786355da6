#include "odtcontentstyles.h"
#include "reportcolumnwidths.h"
#include "odtstyles.h"
#include "reportoutline.h"

#include <QXmlStreamWriter>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

QString mm(double value)
{
    return QString::number(value, 'f', 2) + u"mm"_s;
}

// The report's tables in document order (their column styles come first in content.xml).
void collectTables(const ReportSection &section, QList<const ReportTable *> *tables)
{
    for (const ReportBlock &block : section.blocks)
        if (block.kind == ReportBlock::Kind::Table)
            tables->append(&block.table);
    for (const ReportSection &child : section.sections)
        collectTables(child, tables);
}

constexpr double MmPerPt = 25.4 / 72;

double textWidthMm(const ReportDocument &report, bool landscape)
{
    return ReportOutline::paperMm(report.page, landscape).width() - report.page.leftMm - report.page.rightMm;
}

} // namespace

void OdtContentStyles::write(QXmlStreamWriter &xml, const ReportDocument &report)
{
    xml.writeStartElement(u"office:automatic-styles"_s);
    const auto paragraphStyle = [&xml](const QString &name, const QString &parent, const QString &attribute,
                                       const QString &value) {
        xml.writeStartElement(u"style:style"_s);
        xml.writeAttribute(u"style:name"_s, name);
        xml.writeAttribute(u"style:family"_s, u"paragraph"_s);
        xml.writeAttribute(u"style:parent-style-name"_s, parent);
        if (attribute == u"style:master-page-name") {
            xml.writeAttribute(attribute, value);
        } else {
            xml.writeEmptyElement(u"style:paragraph-properties"_s);
            xml.writeAttribute(attribute, value);
        }
        xml.writeEndElement();
    };
    // Page changes: an empty paragraph whose style names the next master page.
    paragraphStyle(u"SpacerFirst"_s, u"Spacer"_s, u"style:master-page-name"_s, u"FirstPage"_s);
    paragraphStyle(u"SpacerPortrait"_s, u"Spacer"_s, u"style:master-page-name"_s, u"Standard"_s);
    paragraphStyle(u"SpacerLandscape"_s, u"Spacer"_s, u"style:master-page-name"_s, u"Landscape"_s);
    paragraphStyle(u"SpacerPageBreak"_s, u"Spacer"_s, u"fo:break-before"_s, u"page"_s);
    paragraphStyle(u"FigureBreak"_s, u"Figure"_s, u"fo:break-before"_s, u"page"_s);
    for (int level = 1; level <= 3; ++level)
        paragraphStyle(u"Heading%1Break"_s.arg(level), OdtStyles::styleName(u"Heading%1"_s.arg(level)),
                       u"fo:break-before"_s, u"page"_s);

    const double width = textWidthMm(report, false);
    ruleStyle(xml, u"RuleIssuingBody"_s, ReportOutline::ruleLengthPt(report, ReportOutline::Rule::IssuingBody) * MmPerPt,
              width * 2 / 5);
    ruleStyle(xml, u"RuleMotto"_s, ReportOutline::ruleLengthPt(report, ReportOutline::Rule::Motto) * MmPerPt, width * 3 / 5);
    ruleStyle(xml, u"RuleSubject"_s, ReportOutline::ruleLengthPt(report, ReportOutline::Rule::Subject) * MmPerPt, width);

    const auto cellStyle = [&xml](const QString &name, bool border) {
        xml.writeStartElement(u"style:style"_s);
        xml.writeAttribute(u"style:name"_s, name);
        xml.writeAttribute(u"style:family"_s, u"table-cell"_s);
        xml.writeEmptyElement(u"style:table-cell-properties"_s);
        xml.writeAttribute(u"fo:border"_s, border ? u"0.5pt solid #000000"_s : u"none"_s);
        // The PDF's cell padding: 4 pt at the sides, 2.5 pt above and below.
        xml.writeAttribute(u"fo:padding-left"_s, border ? u"4pt"_s : u"0mm"_s);
        xml.writeAttribute(u"fo:padding-right"_s, border ? u"4pt"_s : u"0mm"_s);
        xml.writeAttribute(u"fo:padding-top"_s, border ? u"2.5pt"_s : u"0mm"_s);
        xml.writeAttribute(u"fo:padding-bottom"_s, border ? u"2.5pt"_s : u"0mm"_s);
        xml.writeEndElement();
    };
    cellStyle(u"Cell"_s, true);
    cellStyle(u"PlainCell"_s, false);
    xml.writeStartElement(u"style:style"_s);
    xml.writeAttribute(u"style:name"_s, u"Row"_s);
    xml.writeAttribute(u"style:family"_s, u"table-row"_s);
    xml.writeEmptyElement(u"style:table-row-properties"_s);
    xml.writeAttribute(u"fo:keep-together"_s, u"always"_s);
    xml.writeEndElement();

    tableStyle(xml, report, u"HeaderTable"_s, {2, 3}, false);
    tableStyle(xml, report, u"SigningTable"_s, {1, 1}, false);
    QList<const ReportTable *> tables;
    for (const ReportSection &s : report.sections)
        collectTables(s, &tables);
    // The PDF's columns, so that the cells wrap alike.
    const ReportColumnWidths columns(report.page.bodyPt);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QList<double> widths = columns(*tables.at(i), textWidthMm(report, tables.at(i)->landscape) / MmPerPt);
        tableStyle(xml, report, u"Table%1"_s.arg(i + 1), widths, tables.at(i)->landscape);
    }
    xml.writeEndElement();
}

// A table as wide as the text, its columns in proportion.
void OdtContentStyles::tableStyle(QXmlStreamWriter &xml, const ReportDocument &report, const QString &name, const QList<double> &widths, bool landscape)
{
    const double width = textWidthMm(report, landscape);
    xml.writeStartElement(u"style:style"_s);
    xml.writeAttribute(u"style:name"_s, name);
    xml.writeAttribute(u"style:family"_s, u"table"_s);
    xml.writeEmptyElement(u"style:table-properties"_s);
    xml.writeAttribute(u"style:width"_s, mm(width));
    xml.writeAttribute(u"table:align"_s, u"margins"_s);
    xml.writeEndElement();
    double total = 0;
    for (double w : widths)
        total += w;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        xml.writeStartElement(u"style:style"_s);
        xml.writeAttribute(u"style:name"_s, u"%1.C%2"_s.arg(name).arg(c + 1));
        xml.writeAttribute(u"style:family"_s, u"table-column"_s);
        xml.writeEmptyElement(u"style:table-column-properties"_s);
        xml.writeAttribute(u"style:column-width"_s, mm(width * widths.at(c) / total));
        xml.writeAttribute(u"style:rel-column-width"_s, u"%1*"_s.arg(qRound(10000 * widths.at(c) / total)));
        xml.writeEndElement();
    }
}

// A Decree 30 rule: the Rule style's top border, indented to ruleMm centred in cellMm.
void OdtContentStyles::ruleStyle(QXmlStreamWriter &xml, const QString &name, double ruleMm, double cellMm)
{
    const double indent = std::max(0.0, (cellMm - ruleMm) / 2);
    xml.writeStartElement(u"style:style"_s);
    xml.writeAttribute(u"style:name"_s, name);
    xml.writeAttribute(u"style:family"_s, u"paragraph"_s);
    xml.writeAttribute(u"style:parent-style-name"_s, u"Rule"_s);
    xml.writeEmptyElement(u"style:paragraph-properties"_s);
    xml.writeAttribute(u"fo:margin-left"_s, mm(indent));
    xml.writeAttribute(u"fo:margin-right"_s, mm(indent));
    xml.writeEndElement();
}

} // namespace kt
