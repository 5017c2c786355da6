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
    // A rough printed width of text in points (Times, 0.5 em a character, 0.62
    // in capitals): for the length of the Decree 30 rules, which follow their text.
    static double estimatedWidthPt(const QString &text, double pointSize);

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
    int m_reported = -1;
};

} // namespace kt
