#pragma once

#include "reportfigurerenderer.h"
#include "reportfigureroom.h"
#include "reportoutline.h"
#include "reportcolumnwidths.h"

#include <QXmlStreamWriter>

namespace kt {

// Streams word/document.xml of a DOCX report: the header block and the signing
// block as borderless tables, the title, the filled TOC field, the headings with
// their bookmarks, paragraphs in their named styles, tables whose header row
// repeats, figures as inline pictures, and the sections (portrait, landscape for
// landscape figures and tables, a different first page). The figures' images are
// kept for the package.
class DocxBody
{
    Q_DECLARE_TR_FUNCTIONS(kt::DocxBody)

public:
    struct Figure
    {
        QByteArray png;
        QByteArray svg;
    };

    DocxBody(const ReportDocument &report, const ModelData &data, ReportOutline &outline);

    // False when cancelled or a figure cannot be drawn (errorString() says which).
    bool write(QIODevice *device);

    const QList<Figure> &figures() const { return m_figures; }
    QString errorString() const { return m_error; }

private:
    void startParagraph(const QString &style, bool pageBreakBefore = false);
    void text(const QString &text, bool lead = false);
    void paragraph(const QString &style, const QString &text, const QString &lead = {});
    void pageBreak();
    void rule(double ruleTwips, double cellTwips);

    int textWidth() const; // twips, of the current orientation
    void setOrientation(bool landscape);
    void sectionProperties();

    void headerBlock();
    void titleBlock();
    void tableOfContents();
    bool section(const ReportSection &section);
    bool block(const ReportBlock &block);
    bool table(const ReportTable &table);
    bool figure(const ReportFigure &figure);
    void signingBlock();

    void startTable(const QString &style, const QList<int> &widths);
    void startCell(int width);

    const ReportDocument &m_report;
    ReportOutline &m_outline;
    ReportFigureRenderer m_renderer;
    ReportColumnWidths m_columns; // the PDF's, so that cells wrap alike
    ReportStyle m_style;
    ReportFigureRoom m_room; // the PDF's figure sizes, so that pages break alike
    QXmlStreamWriter m_xml;
    QList<Figure> m_figures;
    QString m_error;
    bool m_landscape = false;
    bool m_firstSection = true;
    bool m_afterTable = false;
    bool m_freshPage = true; // nothing on the page yet: a page break would leave it empty
    // The headings at the top of the page when nothing else is on it yet (they
    // share a landscape figure's page), else empty with m_headingsOnly false.
    QList<const ReportSection *> m_pageHeadings;
    bool m_headingsOnly = false;
    int m_heading = 0;
};

} // namespace kt
