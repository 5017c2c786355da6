#pragma once

#include "reportpageitems.h"

#include <model/report/reportdocument.h>

#include <QHash>
#include <QSizeF>

#include <functional>
#include <optional>

namespace kt {

// Places units down the pages: a unit that does not fit starts a new page; units
// kept with the next go with it (a heading never ends a page alone); a table's
// header row repeats at the top of every page the table continues on; a page break
// or a change of orientation is taken only when something follows.
class ReportFlow
{
public:
    explicit ReportFlow(const ReportPageSetup &setup);

    QSizeF pageSize(bool landscape) const; // in points
    QRectF contentRect(bool landscape) const;
    double contentWidth() const { return contentRect(m_nextLandscape).width(); }
    double contentHeight() const { return contentRect(m_nextLandscape).height(); }
    bool landscape() const { return m_nextLandscape; }

    void add(const ReportUnit &unit);
    // The next unit starts a new page of that orientation.
    void breakPage(bool landscape);
    // The next unit is printed in that orientation: on the current page when it
    // has it (and no page break is pending), else on a new page. Landscape tables
    // in a row share their pages as they do in a Word section.
    void setOrientation(bool landscape);
    // Placed at the top of every new page until cleared (a table's header row).
    void setRepeated(const std::optional<ReportUnit> &unit) { m_repeated = unit; }
    // Space left on the current page for what comes next.
    double remaining() const;
    // The height of the units waiting for the next (headings kept with it), with
    // the space above each.
    double pendingHeight() const;
    void finish();

    QList<ReportPage> &pages() { return m_pages; }
    // Pages handed on as each is complete (and the last by finish()), none kept:
    // pages() then holds only the page being filled. False from the sink stops
    // the layout as cancelling does.
    void setSink(const std::function<bool(ReportPage &&)> &sink) { m_sink = sink; }
    // Every page so far, those handed to the sink included.
    int pageCount() const { return m_flushed + int(m_pages.size()); }
    const QHash<int, int> &anchors() const { return m_anchors; }
    // Called every few hundred units (a long table): false stops the layout.
    void setTick(const std::function<bool()> &tick) { m_tick = tick; }
    bool cancelled() const { return m_cancelled; }

private:
    void place(const ReportUnit &unit);
    void startPage(bool landscape);
    void flush();

    ReportPageSetup m_setup;
    QList<ReportPage> m_pages;
    QList<ReportUnit> m_pending;
    std::optional<ReportUnit> m_repeated;
    QHash<int, int> m_anchors; // heading anchor → page index
    double m_y = 0;        // from the content's top
    bool m_atTop = true;   // nothing on the current page yet
    bool m_break = true;   // the next unit starts a new page
    bool m_hardBreak = false; // asked for by breakPage(), not only by a change of orientation
    bool m_nextLandscape = false;
    std::function<bool()> m_tick;
    std::function<bool(ReportPage &&)> m_sink;
    int m_flushed = 0; // pages handed to the sink
    int m_count = 0;
    bool m_cancelled = false;
};

} // namespace kt
