#include "reportoutline.h"

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

double ReportOutline::estimatedWidthPt(const QString &text, double pointSize)
{
    double widest = 0;
    for (const QString &line : text.split(u'\n')) {
        const bool capitals = line == line.toUpper();
        widest = std::max(widest, line.size() * pointSize * (capitals ? 0.62 : 0.5));
    }
    return widest;
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
    return m_progress(m_done, m_total);
}

bool ReportOutline::finish()
{
    m_done = m_total;
    return m_progress ? m_progress(m_total, m_total) : true;
}

} // namespace kt
