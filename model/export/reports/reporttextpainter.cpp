#include "reporttextpainter.h"

#include <QPainter>
#include <QTextLayout>

namespace kt {

// The words of justified paragraphs repeat; the cap bounds what a long report keeps.
static constexpr qsizetype MaxShaped = 20000;

const QList<QGlyphRun> &ReportTextPainter::shaped(int font, const QString &text,
                                                  const QFont &deviceFont)
{
    const std::pair<int, QString> key(font, text);
    const auto found = m_shaped.constFind(key);
    if (found != m_shaped.cend())
        return found.value();
    if (m_shaped.size() >= MaxShaped)
        m_shaped.clear();
    QTextLayout layout(text, deviceFont);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    QList<QGlyphRun> runs;
    if (line.isValid()) {
        runs = layout.glyphRuns();
        // The layout puts the baseline at the line's ascent; drawText() at the point.
        const QPointF baseline(0, line.y() + line.ascent());
        for (QGlyphRun &run : runs) {
            QList<QPointF> positions = run.positions();
            for (QPointF &p : positions)
                p -= baseline;
            run.setPositions(positions);
        }
    }
    return m_shaped.insert(key, runs).value();
}

void ReportTextPainter::add(QList<Batch> *batches, const QList<QGlyphRun> &runs, QPointF at)
{
    for (const QGlyphRun &run : runs) {
        const QRawFont font = run.rawFont();
        auto batch = std::find_if(batches->begin(), batches->end(),
                                  [&](const Batch &b) { return b.font == font; });
        if (batch == batches->end()) {
            batches->append(Batch{font, {}, {}});
            batch = batches->end() - 1;
        }
        batch->glyphs += run.glyphIndexes();
        for (const QPointF &p : run.positions())
            batch->positions.append(at + p);
    }
}

void ReportTextPainter::paint(QPainter *painter, const QList<ReportTextRun> &texts, double dpi)
{
    QMutexLocker lock(&m_mutex);
    if (m_dpi != dpi) {
        m_shaped.clear();
        m_dpi = dpi;
    }
    QHash<int, QFont> fonts;
    int current = -1;
    for (const ReportTextRun &run : texts) {
        if (run.font != current) {
            auto found = fonts.find(run.font);
            if (found == fonts.end())
                found = fonts.insert(run.font, m_style.paintFont(run.font, dpi));
            painter->setFont(found.value());
            painter->setPen(m_style.spec(run.font).grey ? QColor(0x60, 0x60, 0x60)
                                                        : QColor(Qt::black));
            current = run.font;
        }
        if (run.gap <= 0) {
            // A cell's or a heading's text is mostly unique (names, identifiers):
            // drawText() shapes it once, as a cache of it would, at less cost.
            painter->drawText(run.origin, run.text);
            continue;
        }
        // A justified line: each word where the layout put it, the words shaped
        // once each (they repeat), the line drawn as one glyph run per font instead
        // of a drawText() and a PDF text object per word. The batches keep their
        // capacity from line to line.
        for (Batch &batch : m_batches) {
            batch.glyphs.clear();
            batch.positions.clear();
        }
        double x = run.origin.x();
        const double space = m_style.spaceWidth(run.font) + run.gap;
        for (const QString &word : run.text.split(u' ')) {
            if (!word.isEmpty()) {
                // The painter's font is resolved for its device, as drawText() uses it.
                add(&m_batches, shaped(run.font, word, painter->font()),
                    QPointF(x, run.origin.y()));
                x += m_style.width(run.font, word);
            }
            x += space;
        }
        for (const Batch &batch : std::as_const(m_batches)) {
            if (batch.glyphs.isEmpty())
                continue;
            QGlyphRun line;
            line.setRawFont(batch.font);
            line.setGlyphIndexes(batch.glyphs);
            line.setPositions(batch.positions);
            painter->drawGlyphRun(QPointF(0, 0), line);
        }
    }
}

} // namespace kt
