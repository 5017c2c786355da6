#pragma once

#include "reportwriter.h"

#include <QSizeF>

namespace kt {

// What the office and HTML writers need to know of a report before they stream
// it: its headings for the table of contents (each with an anchor the heading
// carries), the paragraph the ending ("./.") is appended to, and the number of
// steps (blocks and table rows) that progress counts.
class ReportOutline
{
public:
    struct Heading
    {
        int level = 1;
        QString text;
        QString anchor; // "h1", "h2" … in document order
        int page = -1;  // as the PDF numbers it, once paginate() has run
    };

    ReportOutline(const ReportDocument &report, const ReportProgress &progress);

    const QList<Heading> &headings() const { return m_headings; }
    // The anchor of the n-th heading in document order (the writers walk the
    // sections in the same order).
    QString anchor(int index) const { return m_headings.at(index).anchor; }
    // True for the paragraph the report's ending is appended to.
    bool endsReport(const ReportParagraph *paragraph) const { return paragraph == m_last; }

    // The paper in millimetres, turned for a landscape page.
    static QSizeF paperMm(const ReportPageSetup &page, bool landscape);
    // Text as XML can hold it: control characters other than tab and line feed
    // (which no report text should have) are dropped.
    static QString clean(const QString &text);
    // The Decree 30 rules, in points: under the issuing body about 2/5 of its text,
    // under the Tiêu ngữ as long as it, under the trích yếu a third of its longest line.
    // A centred line of the front matter (the issuing body, the title) too wide
    // for its column, broken into lines of about equal length, as the approved
    // documents set them ("ỦY BAN NHÂN DÂN" over "TỈNH VĨNH PHÚC", not "ỦY BAN
    // NHÂN DÂN TỈNH" over "VĨNH PHÚC"), at the estimated width of its text. Text
    // that fits, or has its own line breaks, is kept as it is. All the writers
    // break these lines here, so that they break alike.
    static QString balancedLines(const QString &text, double widthPt, double sizePt);
    enum class Rule { IssuingBody, Motto, Subject };
    static double ruleLengthPt(const ReportDocument &report, Rule rule);

    // The widths of a table's columns in points, totalPt together: in the
    // proportions the report gives, but each at least as wide as its longest word
    // (of the header and the first rows) at sizePt, so "STT" does not break.
    static QList<double> columnWidths(const ReportTable &table, double totalPt, double sizePt);
    // The parts of a word a table column must hold whole: the word, or the pieces
    // of a web address, which may break after its slashes and dots (else an
    // address takes a wide column and leaves the names beside it a word a line).
    static QList<QStringView> unbreakablePieces(QStringView word);

    // True when a section's first block is printed landscape: its heading goes
    // onto the landscape page with it rather than alone at the foot of a portrait one.
    static bool startsLandscape(const ReportSection &section);
    // True when a section's first block is a landscape figure: the PDF starts a
    // page for it, the headings kept with it, and so do the other formats.
    static bool startsLandscapeFigure(const ReportSection &section);

    // Numbers the headings' pages as the PDF lays the report out (the first half
    // of the progress). False if cancelled.
    bool paginate(const ReportDocument &report, const ModelData &data);

    // Counts steps done; false when the user cancelled. Calls the progress
    // function only now and then, so a 100,000-row table is not slowed.
    bool advance(int steps = 1);
    bool finish();

private:
    void collect(const ReportSection &section);

    ReportProgress m_progress;
    QList<Heading> m_headings;
    const ReportParagraph *m_last = nullptr;
    int m_total = 0;
    int m_done = 0;
    int m_offset = 0; // steps of the pagination before the writing's
    int m_reported = -1;
};

} // namespace kt
