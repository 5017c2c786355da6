#pragma once

#include "reportfigurerenderer.h"
#include "reportfigureroom.h"
#include "reportoutline.h"

#include <QXmlStreamWriter>

namespace kt {

// Streams content.xml of an ODT report: the automatic styles (OdtContentStyles),
// then the text —
// the header block and signing block as borderless tables, headings with their
// outline levels and bookmarks, the table of contents already filled, tables
// whose header rows repeat, figures as PNG frames, landscape pages through the
// Landscape master page.
class OdtBody
{
    Q_DECLARE_TR_FUNCTIONS(kt::OdtBody)

public:
    OdtBody(const ReportDocument &report, const ModelData &data, ReportOutline &outline);

    bool write(QIODevice *device);

    const QList<QByteArray> &figures() const { return m_figures; }
    QString errorString() const { return m_error; }

private:
    void startParagraph(const QString &style);
    void text(const QString &text);
    void paragraph(const QString &style, const QString &text, const QString &lead = {});
    void spacer(const QString &style);
    void setOrientation(bool landscape);
    double textWidthMm(bool landscape) const;

    void headerBlock();
    void titleBlock();
    void tableOfContents();
    bool section(const ReportSection &section);
    bool table(const ReportTable &table);
    bool figure(const ReportFigure &figure);
    void signingBlock();
    void startTable(const QString &name, int columns);

    const ReportDocument &m_report;
    ReportOutline &m_outline;
    ReportFigureRenderer m_renderer;
    ReportStyle m_style;
    ReportFigureRoom m_room; // the PDF's figure sizes, so that pages break alike
    QXmlStreamWriter m_xml;
    QList<QByteArray> m_figures;
    QString m_error;
    bool m_landscape = false;
    bool m_freshPage = true; // nothing written on the page yet: a page break would leave it empty
    // The headings at the top of the page when nothing else is on it yet (they
    // share a landscape figure's page), else empty with m_headingsOnly false.
    QList<const ReportSection *> m_pageHeadings;
    bool m_headingsOnly = false;
    int m_heading = 0;
    int m_table = 0;
};

} // namespace kt
