#include "reporttextpainter.h"

#include <QPainter>
#include <QTextLayout>

namespace kt {

// Words repeat (in tables most of all); the cap bounds what a long report keeps.
static constexpr qsizetype MaxShaped = 50000;

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

void ReportTextPainter::flush(QPainter *painter)
{
    for (Batch &batch : m_batches) {
        if (batch.glyphs.isEmpty())
            continue;
        QGlyphRun run;
        run.setRawFont(batch.font);
        run.setGlyphIndexes(batch.glyphs);
        run.setPositions(batch.positions);
        painter->drawGlyphRun(QPointF(0, 0), run);
        // The batches keep their capacity from run to run.
        batch.glyphs.clear();
        batch.positions.clear();
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
            // What is batched is drawn in its font's colour before the next font's.
            flush(painter);
            auto found = fonts.find(run.font);
            if (found == fonts.end())
                found = fonts.insert(run.font, m_style.paintFont(run.font, dpi));
            painter->setFont(found.value());
            painter->setPen(m_style.spec(run.font).grey ? QColor(0x60, 0x60, 0x60)
                                                        : QColor(Qt::black));
            current = run.font;
        }
        // Each word where the layout put it (the layout measured word by word),
        // the words shaped once each (they repeat, in tables most of all), the
        // texts of a font that follow each other drawn as one glyph run: a PDF
        // then holds one text object per run of a font instead of one per cell
        // and line, and the shaping drawText() repeats on every call is done once
        // per word.
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
    }
    flush(painter);
}

} // namespace kt
