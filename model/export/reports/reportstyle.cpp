#include "reportstyle.h"

#include <QImage>

namespace kt {

using namespace Qt::StringLiterals;

// Fonts are measured at this many times their size on a 72 dpi device, so that
// widths in points keep their fractions whatever the glyph hinting would round.
static constexpr double MeasureScale = 16;

ReportStyle::ReportStyle() = default;
ReportStyle::~ReportStyle() = default;

QString ReportStyle::family()
{
    return u"Liberation Serif"_s;
}

static QFont makeFont(double pointSize, bool bold, bool italic)
{
    QFont f(ReportStyle::family());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    // The same advances on the page, in the preview and in the measures.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

static const QImage &pointDevice()
{
    static const QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = qRound(72 / 0.0254);
        i.setDotsPerMeterX(dotsPerMeter);
        i.setDotsPerMeterY(dotsPerMeter);
        return i;
    }();
    return image;
}

int ReportStyle::font(double pt, bool bold, bool italic, bool grey)
{
    for (int i = 0; i < m_fonts.items.size(); ++i) {
        const Font &f = m_fonts.items.at(i)->spec;
        if (qFuzzyCompare(f.pt, pt) && f.bold == bold && f.italic == italic && f.grey == grey)
            return i;
    }
    auto entry = std::make_shared<Entry>();
    entry->spec = Font{pt, bold, italic, grey};
    entry->metrics = std::make_unique<QFontMetricsF>(makeFont(pt * MeasureScale, bold, italic),
                                                     &pointDevice());
    entry->space = entry->metrics->horizontalAdvance(u' ') / MeasureScale;
    entry->ascent = entry->metrics->ascent() / MeasureScale;
    entry->descent = entry->metrics->descent() / MeasureScale;
    m_fonts.items.append(entry);
    return int(m_fonts.items.size() - 1);
}

QFont ReportStyle::paintFont(int font, double dpi) const
{
    const Font &f = spec(font);
    // A point size resolves at the device's resolution; the painter's coordinates
    // are points, so the size is given in device pixels per point.
    return makeFont(f.pt * 72 / dpi, f.bold, f.italic);
}

double ReportStyle::width(int font, const QString &word) const
{
    const Entry &entry = m_fonts.at(font);
    const auto found = entry.widths.constFind(word);
    if (found != entry.widths.cend())
        return found.value();
    const double w = entry.metrics->horizontalAdvance(word) / MeasureScale;
    // Cell texts are few distinct words; a cap keeps a pathological input bounded.
    if (entry.widths.size() < 200000)
        entry.widths.insert(word, w);
    return w;
}

double ReportStyle::measure(int font, const QString &text) const
{
    return m_fonts.at(font).metrics->horizontalAdvance(text) / MeasureScale;
}

double ReportStyle::textWidth(int font, const QString &text) const
{
    // Every space counts, as the painter sets it (a blank left to fill in by hand).
    const QStringList words = text.split(u' ');
    double w = (words.size() - 1) * spaceWidth(font);
    for (const QString &word : words)
        if (!word.isEmpty())
            w += width(font, word);
    return w;
}

} // namespace kt
