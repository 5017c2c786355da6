#pragma once

#include "reportpageitems.h"
#include "reportstyle.h"

#include <QGlyphRun>
#include <QHash>
#include <QMutex>

#include <utility>

class QPainter;

namespace kt {

// Paints the text runs of a page. Each distinct text (a table cell's, a justified
// line's word) is shaped once per font and resolution, and a page's glyphs are
// drawn as one glyph run per font and colour: a PDF then holds one text object per
// font on a page instead of one per run or word, and the shaping that
// QPainter::drawText() repeats on every call is done once. The glyphs and their
// positions are those drawText() sets: the same font engine shapes the same text.
class ReportTextPainter
{
public:
    explicit ReportTextPainter(const ReportStyle &style)
        : m_style(style)
    {
    }

    // texts in points; the painter's one unit is one point on a device of dpi.
    void paint(QPainter *painter, const QList<ReportTextRun> &texts, double dpi);

private:
    struct Batch
    {
        QRawFont font;
        bool grey = false;
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    // The glyphs of text set with its baseline's left end at (0, 0).
    const QList<QGlyphRun> &shaped(int font, const QString &text, const QFont &deviceFont);
    static void add(QList<Batch> *batches, const QList<QGlyphRun> &runs, QPointF at, bool grey);

    const ReportStyle &m_style;
    QMutex m_mutex; // a preview and a printout may paint at once
    double m_dpi = 0;
    QHash<std::pair<int, QString>, QList<QGlyphRun>> m_shaped;
    QList<Batch> m_batches;
};

} // namespace kt
