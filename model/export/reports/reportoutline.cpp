#include "reportoutline.h"
#include "reportpages.h"

#include <QRegularExpression>

#include <limits>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The paragraphs of text the ending "./." may close; not notes, reminders or titles.
bool endable(ParagraphRole role)
{
    return role == ParagraphRole::Body || role == ParagraphRole::Article || role == ParagraphRole::LegalBasis;
}

} // namespace

ReportOutline::ReportOutline(const ReportDocument &report, const ReportProgress &progress)
    : m_progress(progress)
{
    for (const ReportSection &section : report.sections)
        collect(section);
    m_total = std::max(m_total, 1);
}

void ReportOutline::collect(const ReportSection &section)
{
    if (!section.heading().isEmpty())
        m_headings.append({std::clamp(section.level, 1, 3), section.heading(),
                           u"h%1"_s.arg(m_headings.size() + 1)});
    ++m_total;
    for (const ReportBlock &block : section.blocks) {
        ++m_total;
        if (block.kind == ReportBlock::Kind::Table)
            m_total += int(block.table.rows.size());
        else if (block.kind == ReportBlock::Kind::Paragraph && endable(block.paragraph.role))
            m_last = &block.paragraph;
    }
    for (const ReportSection &child : section.sections)
        collect(child);
}

QSizeF ReportOutline::paperMm(const ReportPageSetup &page, bool landscape)
{
    const QSizeF portrait = page.paper.compare(u"A3"_s, Qt::CaseInsensitive) == 0 ? QSizeF(297, 420)
                                                                               : QSizeF(210, 297);
    return landscape ? portrait.transposed() : portrait;
}

QString ReportOutline::clean(const QString &text)
{
    QString result = text;
    result.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\n' && c != u'\t'; });
    return result;
}

namespace {

// A rough printed width of text's longest line in points: Times, half an em a
// character, 0.62 em in capitals. The rules follow their text's length.
double estimatedWidthPt(const QStringList &lines, double pointSize)
{
    double widest = 0;
    for (const QString &text : lines)
        for (const QString &line : text.split(u'\n')) {
            const bool capitals = line == line.toUpper();
            widest = std::max(widest, line.size() * pointSize * (capitals ? 0.62 : 0.5));
        }
    return widest;
}

} // namespace

QString ReportOutline::balancedLines(const QString &text, double widthPt, double sizePt)
{
    if (text.contains(u'\n') || estimatedWidthPt({text}, sizePt) <= widthPt)
        return text;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const qsizetype count = words.size();
    // The width of words [from, to) on one line.
    const auto width = [&](qsizetype from, qsizetype to) {
        return estimatedWidthPt({words.mid(from, to - from).join(u' ')}, sizePt);
    };
    // The fewest lines that fit (a word wider than the column takes one alone),
    // the widest of them as narrow as can be: best[k][j] is the widest line of
    // the first j words set on k lines, from[k][j] where its last line starts.
    constexpr double Infinite = std::numeric_limits<double>::infinity();
    for (qsizetype lines = 2; lines <= count; ++lines) {
        QList<QList<double>> best(lines + 1, QList<double>(count + 1, Infinite));
        QList<QList<qsizetype>> from(lines + 1, QList<qsizetype>(count + 1, 0));
        best[0][0] = 0;
        for (qsizetype k = 1; k <= lines; ++k)
            for (qsizetype j = k; j <= count; ++j)
                for (qsizetype i = k - 1; i < j; ++i) {
                    const double widest = std::max(best[k - 1][i], width(i, j));
                    if (widest < best[k][j]) {
                        best[k][j] = widest;
                        from[k][j] = i;
                    }
                }
        if (best[lines][count] > widthPt && lines < count)
            continue;
        QStringList result;
        for (qsizetype k = lines, j = count; k > 0; j = from[k][j], --k)
            result.prepend(words.mid(from[k][j], j - from[k][j]).join(u' '));
        return result.join(u'\n');
    }
    return text;
}

QList<QStringView> ReportOutline::unbreakablePieces(QStringView word)
{
    if (!word.contains(u"://"))
        return {word};
    QList<QStringView> pieces;
    qsizetype start = 0;
    for (qsizetype i = 0; i < word.size(); ++i)
        if ((word.at(i) == u'/' || word.at(i) == u'.') && (i + 1 == word.size() || word.at(i + 1) != u'/')) {
            pieces.append(word.sliced(start, i + 1 - start));
            start = i + 1;
        }
    if (start < word.size())
        pieces.append(word.sliced(start));
    return pieces;
}

QList<double> ReportOutline::columnWidths(const ReportTable &table, double totalPt, double sizePt)
{
    constexpr double Padding = 9; // the cell's margins and borders
    constexpr int SampledRows = 100;
    const qsizetype count = table.columns.size();
    QList<double> minimum(count, 0);
    for (qsizetype c = 0; c < count; ++c) {
        static const QRegularExpression spaces(u"\\s+"_s);
        QStringList words;
        for (qsizetype r = 0; r < std::min<qsizetype>(table.rows.size(), SampledRows); ++r)
            for (const QString &word : table.rows.at(r).value(c).split(spaces))
                for (const QStringView piece : unbreakablePieces(word))
                    words.append(piece.toString());
        // The header is bold: about a tenth wider.
        const double header = estimatedWidthPt(table.columns.at(c).header.split(spaces), sizePt * 1.12);
        minimum[c] = std::max(header, estimatedWidthPt(words, sizePt)) + Padding;
    }
    // Columns below their minimum get it; the others share what is left in proportion.
    QList<double> widths(count, 0);
    QList<bool> fixed(count, false);
    for (bool changed = true; changed;) {
        changed = false;
        double free = totalPt, share = 0;
        for (qsizetype c = 0; c < count; ++c) {
            if (fixed.at(c))
                free -= minimum.at(c);
            else
                share += std::max(table.columns.at(c).width, 0.01);
        }
        if (share <= 0) {
            widths = minimum;
            break;
        }
        for (qsizetype c = 0; c < count; ++c) {
            if (fixed.at(c)) {
                widths[c] = minimum.at(c);
                continue;
            }
            widths[c] = std::max(free, 0.0) * std::max(table.columns.at(c).width, 0.01) / share;
            if (widths.at(c) < minimum.at(c)) {
                fixed[c] = true;
                changed = true;
            }
        }
    }
    // Wider than the text when every column is at its minimum: all shrink alike.
    double sum = 0;
    for (double w : widths)
        sum += w;
    if (sum > totalPt)
        for (double &w : widths)
            w *= totalPt / sum;
    return widths;
}

double ReportOutline::ruleLengthPt(const ReportDocument &report, Rule rule)
{
    switch (rule) {
    case Rule::IssuingBody: return estimatedWidthPt({report.header.issuingBody}, 13) * 0.4;
    case Rule::Motto: return estimatedWidthPt({report.header.motto}, 13);
    case Rule::Subject: break;
    }
    return std::clamp(estimatedWidthPt(report.subject, report.page.bodyPt) / 3, 60.0, 160.0);
}

// The first block a section prints: a chapter with no text of its own starts as
// its first section does (the PDF keeps its heading with what follows).
static const ReportBlock *firstBlock(const ReportSection &section)
{
    if (section.blocks.isEmpty())
        return section.sections.isEmpty() ? nullptr : firstBlock(section.sections.first());
    return &section.blocks.first();
}

bool ReportOutline::startsLandscape(const ReportSection &section)
{
    const ReportBlock *first = firstBlock(section);
    return first
            && ((first->kind == ReportBlock::Kind::Figure && first->figure.landscape)
                || (first->kind == ReportBlock::Kind::Table && first->table.landscape));
}

bool ReportOutline::startsLandscapeFigure(const ReportSection &section)
{
    const ReportBlock *first = firstBlock(section);
    return first && first->kind == ReportBlock::Kind::Figure && first->figure.landscape;
}

bool ReportOutline::paginate(const ReportDocument &report, const ModelData &data)
{
    ReportPages pages(report, data);
    QList<int> numbers;
    // The layout counts sections; it is given as many steps as the writing.
    const int steps = m_total;
    const bool done = pages.headingPages(&numbers, [&](int done, int total) {
        return !m_progress || m_progress(int(qint64(steps) * done / std::max(total, 1)), 2 * steps);
    });
    if (!done)
        return false;
    for (qsizetype i = 0; i < m_headings.size() && i < numbers.size(); ++i)
        m_headings[i].page = numbers.at(i);
    m_offset = steps;
    return true;
}

bool ReportOutline::advance(int steps)
{
    m_done = std::min(m_done + steps, m_total);
    if (!m_progress)
        return true;
    // About two hundred calls for the whole report at most.
    if (m_reported >= 0 && m_done - m_reported < std::max(1, m_total / 200))
        return true;
    m_reported = m_done;
    return m_progress(m_offset + m_done, m_offset + m_total);
}

bool ReportOutline::finish()
{
    m_done = m_total;
    return m_progress ? m_progress(m_offset + m_total, m_offset + m_total) : true;
}

} // namespace kt
