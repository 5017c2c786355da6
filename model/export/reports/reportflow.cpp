#include "reportflow.h"

#include <QPageSize>

namespace kt {

void ReportUnit::translate(double dx, double dy)
{
    const QPointF d(dx, dy);
    for (ReportTextRun &t : texts)
        t.origin += d;
    for (ReportRule &r : rules)
        r.line.translate(d);
    for (ReportFigureItem &f : figures)
        f.target.translate(d);
}

void ReportUnit::append(const ReportUnit &other, double dx, double dy)
{
    const QPointF d(dx, dy);
    for (ReportTextRun t : other.texts) {
        t.origin += d;
        texts.append(t);
    }
    for (ReportRule r : other.rules) {
        r.line.translate(d);
        rules.append(r);
    }
    for (ReportFigureItem f : other.figures) {
        f.target.translate(d);
        figures.append(f);
    }
}

static constexpr double PointsPerMm = 72 / 25.4;

ReportFlow::ReportFlow(const ReportPageSetup &setup)
    : m_setup(setup)
{
}

QSizeF ReportFlow::pageSize(bool landscape) const
{
    const QPageSize paper(m_setup.paper.compare(u"A3", Qt::CaseInsensitive) == 0
                                  ? QPageSize::A3
                                  : QPageSize::A4);
    const QSizeF size = paper.size(QPageSize::Point);
    return landscape ? size.transposed() : size;
}

QRectF ReportFlow::contentRect(bool landscape) const
{
    const QSizeF size = pageSize(landscape);
    const double left = m_setup.leftMm * PointsPerMm;
    const double right = m_setup.rightMm * PointsPerMm;
    const double top = m_setup.topMm * PointsPerMm;
    const double bottom = m_setup.bottomMm * PointsPerMm;
    return QRectF(left, top, std::max(36.0, size.width() - left - right),
                  std::max(36.0, size.height() - top - bottom));
}

void ReportFlow::flush()
{
    if (!m_sink || m_pages.isEmpty())
        return;
    ReportPage page = m_pages.takeLast();
    ++m_flushed;
    if (!m_sink(std::move(page)))
        m_cancelled = true;
}

void ReportFlow::startPage(bool landscape)
{
    flush();
    ReportPage page;
    page.landscape = landscape;
    m_pages.append(page);
    m_y = 0;
    m_atTop = true;
    m_break = false;
    m_hardBreak = false;
    if (m_repeated)
        place(*m_repeated);
}

void ReportFlow::breakPage(bool landscape)
{
    if (m_atTop && !m_pages.isEmpty() && m_pages.last().landscape == landscape && !m_break) {
        m_nextLandscape = landscape;
        return; // already on an empty page of that orientation
    }
    m_break = true;
    m_hardBreak = true;
    m_nextLandscape = landscape;
}

void ReportFlow::setOrientation(bool landscape)
{
    m_nextLandscape = landscape;
    if (m_pages.isEmpty())
        return; // the first page is started with this orientation
    if (m_pages.last().landscape != landscape)
        m_break = true;
    else if (!m_hardBreak)
        m_break = false;
}

double ReportFlow::pendingHeight() const
{
    double pending = 0;
    for (const ReportUnit &u : m_pending)
        pending += u.height + u.spaceBefore;
    return pending;
}

double ReportFlow::remaining() const
{
    return contentRect(m_nextLandscape).height() - (m_break ? 0 : m_y) - pendingHeight();
}

void ReportFlow::place(const ReportUnit &unit)
{
    if (m_break)
        startPage(m_nextLandscape);
    const QRectF area = contentRect(m_pages.last().landscape);
    double space = m_atTop ? 0 : unit.spaceBefore;
    if (!m_atTop && m_y + space + unit.height > area.height() + 0.01) {
        startPage(m_pages.last().landscape);
        space = m_atTop ? 0 : unit.spaceBefore;
    }
    m_y += space;
    ReportPage &page = m_pages.last();
    const QPointF d(area.left(), area.top() + m_y);
    for (ReportTextRun t : unit.texts) {
        t.origin += d;
        page.texts.append(t);
    }
    for (ReportRule r : unit.rules) {
        r.line.translate(d);
        page.rules.append(r);
    }
    for (ReportFigureItem f : unit.figures) {
        f.target.translate(d);
        page.figures.append(f);
    }
    if (unit.anchor >= 0)
        m_anchors.insert(unit.anchor, pageCount() - 1);
    m_y += unit.height;
    m_atTop = false;
}

void ReportFlow::add(const ReportUnit &unit)
{
    if (m_cancelled)
        return;
    if (m_tick && ++m_count % 500 == 0 && !m_tick()) {
        m_cancelled = true;
        return;
    }
    if (unit.keepWithNext) {
        m_pending.append(unit);
        return;
    }
    QList<ReportUnit> group;
    group.swap(m_pending);
    group.append(unit);
    // The group goes to a new page if it does not fit the rest of this one; on an
    // empty page it is placed unit by unit whatever its height.
    if (!m_break && !m_atTop) {
        double total = 0;
        for (const ReportUnit &u : group)
            total += u.height + u.spaceBefore;
        if (m_y + total > contentRect(m_pages.last().landscape).height() + 0.01)
            m_break = true;
    }
    for (const ReportUnit &u : group)
        place(u);
}

void ReportFlow::finish()
{
    QList<ReportUnit> group;
    group.swap(m_pending);
    for (const ReportUnit &u : group)
        place(u);
    flush();
}

} // namespace kt
