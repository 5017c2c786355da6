#include "reporttextpainter.h"

#include <QPainter>
#include <QTextLayout>

namespace kt {

// Table cells repeat (a layer, a status, "—"); identifiers do not. The cap bounds
// what unique texts of a long report keep.
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

void ReportTextPainter::add(QList<Batch> *batches, const QList<QGlyphRun> &runs, QPointF at,
                            bool grey)
{
    for (const QGlyphRun &run : runs) {
        const QRawFont font = run.rawFont();
        auto batch = std::find_if(batches->begin(), batches->end(), [&](const Batch &b) {
            return b.grey == grey && b.font == font;
        });
        if (batch == batches->end()) {
            batches->append(Batch{font, grey, {}, {}});
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
    QHash<int, QFont> fonts; // resolved for the device, as QPainter::setFont() does
    auto deviceFont = [&](int font) -> const QFont & {
        auto found = fonts.find(font);
        if (found == fonts.end())
            found = fonts.insert(font, QFont(m_style.paintFont(font, dpi), painter->device()));
        return found.value();
    };
    // The batches stay from page to page with their capacity: a long report's pages
    // would otherwise grow the same lists anew.
    QList<Batch> &batches = m_batches;
    for (Batch &batch : batches) {
        batch.glyphs.clear();
        batch.positions.clear();
    }
    for (const ReportTextRun &run : texts) {
        const bool grey = m_style.spec(run.font).grey;
        if (run.gap <= 0) {
            add(&batches, shaped(run.font, run.text, deviceFont(run.font)), run.origin, grey);
            continue;
        }
        // A justified line: each word where the layout put it.
        double x = run.origin.x();
        const double space = m_style.spaceWidth(run.font) + run.gap;
        for (const QString &word : run.text.split(u' ')) {
            if (!word.isEmpty()) {
                add(&batches, shaped(run.font, word, deviceFont(run.font)),
                    QPointF(x, run.origin.y()), grey);
                x += m_style.width(run.font, word);
            }
            x += space;
        }
    }
    for (const Batch &batch : std::as_const(batches)) {
        if (batch.glyphs.isEmpty())
            continue;
        painter->setPen(batch.grey ? QColor(0x60, 0x60, 0x60) : QColor(Qt::black));
        QGlyphRun run;
        run.setRawFont(batch.font);
        run.setGlyphIndexes(batch.glyphs);
        run.setPositions(batch.positions);
        painter->drawGlyphRun(QPointF(0, 0), run);
    }
}

} // namespace kt
