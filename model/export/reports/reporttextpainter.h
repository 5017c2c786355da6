#pragma once

#include "reportpageitems.h"
#include "reportstyle.h"

#include <QGlyphRun>
#include <QHash>
#include <QMutex>

#include <utility>

class QPainter;

namespace kt {

// Paints the text runs of a page word by word, where the layout placed the words
// (it measures them one by one): the texts of a font that follow each other are
// drawn as one glyph run from their words' glyphs, each word shaped once per font
// and resolution. A PDF then holds one text object per run of a font instead of
// one per cell, line or word, and the shaping drawText() repeats on every call is
// done once per word.
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
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    // The glyphs of text set with its baseline's left end at (0, 0).
    const QList<QGlyphRun> &shaped(int font, const QString &text, const QFont &deviceFont);
    static void add(QList<Batch> *batches, const QList<QGlyphRun> &runs, QPointF at);
    // Draws the batched glyphs and empties the batches.
    void flush(QPainter *painter);

    const ReportStyle &m_style;
    QMutex m_mutex; // a preview and a printout may paint at once
    double m_dpi = 0;
    QHash<std::pair<int, QString>, QList<QGlyphRun>> m_shaped;
    QList<Batch> m_batches;
};

} // namespace kt
