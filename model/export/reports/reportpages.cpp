#include "reportpages.h"
#include "reportbodylayout.h"
#include "reporttextpainter.h"

#include <model/diff/viewoverlay.h>
#include <model/export/exporters/diagramexporter.h>
#include <model/export/painter/diagrampainter.h>

#include <QPageSize>
#include <QPaintDevice>
#include <QPainter>
#include <QPicture>
#include <QVarLengthArray>

namespace kt {

struct ReportPages::Private
{
    Private(const ReportDocument &r, const ModelData &d)
        : report(r)
        , data(d)
        , painter(&d)
        , geometry(r.page)
        , texts(style)
    {
    }

    const ReportDocument &report;
    const ModelData &data;
    DiagramPainter painter;
    ReportStyle style;
    ReportFlow geometry; // the page sizes and content areas only
    QList<ReportPage> pages;
    ReportTextPainter texts;
    int numberFont = 0;

    int painted = 0;

    void paintFigure(QPainter *p, const ReportFigureItem &figure) const;
    void paintPage(QPainter *painter, const ReportPage &page, int index);
    QPageLayout pageLayout(bool landscape) const;
    // The front pages (the cover) and the table of contents for the body's
    // anchors; body is the body's flow after its layout.
    QList<ReportPage> frontPages(const ReportBodyLayout &parts) const;
    // numbers: set to the headings' page numbers when not null.
    QList<ReportPage> contentsPages(const ReportBodyLayout &parts, const ReportFlow &body,
                                    int front, QList<int> *numbers = nullptr) const;
};

ReportPages::ReportPages(const ReportDocument &report, const ModelData &data)
    : d(std::make_unique<Private>(report, data))
{
    d->numberFont = d->style.font(report.page.bodyPt);
}

ReportPages::~ReportPages() = default;

int ReportPages::pageCount() const
{
    return int(d->pages.size());
}

static void appendPages(QList<ReportPage> *to, ReportFlow &flow)
{
    flow.finish();
    to->append(flow.pages());
}

QList<ReportPage> ReportPages::Private::frontPages(const ReportBodyLayout &parts) const
{
    QList<ReportPage> front;
    if (report.coverPage) {
        ReportFlow cover(report.page);
        parts.cover(cover);
        appendPages(&front, cover);
    }
    return front;
}

QList<ReportPage> ReportPages::Private::contentsPages(const ReportBodyLayout &parts,
                                                      const ReportFlow &body, int front,
                                                      QList<int> *numbersOut) const
{
    QList<ReportPage> contents;
    if (!report.tableOfContents) {
        if (numbersOut) {
            numbersOut->clear();
            for (int i = 0; i < parts.headings().size(); ++i)
                numbersOut->append(body.anchors().value(i, -1) + front + 1);
        }
        return contents;
    }
    // Pass 1 finds how many pages the contents take (the numbers' column is
    // reserved, so they do not change it); pass 2 prints the numbers. Should the
    // count still change, the passes repeat until it is stable.
    const QList<ReportBodyLayout::Heading> headings = parts.headings();
    QList<int> numbers;
    qsizetype count = -1;
    for (int pass = 0; pass < 5; ++pass) {
        ReportFlow flow(report.page);
        parts.contents(flow, numbers);
        flow.finish();
        const bool stable = flow.pages().size() == count;
        contents = flow.pages();
        if (stable)
            break;
        count = contents.size();
        numbers.clear();
        const int offset = int(front + count) + 1;
        for (int i = 0; i < headings.size(); ++i)
            numbers.append(body.anchors().value(i, -1) + offset);
    }
    if (numbersOut)
        *numbersOut = numbers;
    return contents;
}

bool ReportPages::layout(const ReportProgress &progress)
{
    d->pages.clear();
    const ReportDocument &r = d->report;
    ReportBodyLayout parts(r, d->data, d->style, d->painter);
    const int total = int(r.sections.size()) + 2;
    int done = 0;
    auto report = [&] { return !progress || progress(std::min(done, total), total); };
    if (!report())
        return false;

    const QList<ReportPage> front = d->frontPages(parts);
    // The body is laid out once: its pages do not depend on the table of contents
    // before it, only their numbers do.
    ReportFlow body(r.page);
    body.setTick(report);
    const bool finished = parts.body(body, [&](int sections) {
        done = 1 + sections;
        return report();
    });
    if (!finished)
        return false;
    const QList<ReportPage> contents = d->contentsPages(parts, body, int(front.size()));
    d->pages = front + contents + body.pages();
    done = total;
    return report();
}

// The body laid out into counting with its pages dropped as they are made: the
// pages counted and the headings placed. sectionDone(n) is told each section
// done before report() is asked whether to go on.
static bool countBody(const ReportBodyLayout &parts, ReportFlow &counting,
                      const std::function<bool()> &report,
                      const std::function<void(int)> &sectionDone)
{
    counting.setTick(report);
    counting.setSink([](ReportPage &&) { return true; });
    return parts.body(counting, [&](int n) {
        sectionDone(n);
        return report();
    });
}

bool ReportPages::paintAll(QPainter *painter,
                           const std::function<bool(int, const QPageLayout &)> &startPage,
                           const ReportProgress &progress)
{
    d->pages.clear();
    d->painted = 0;
    const ReportDocument &r = d->report;
    ReportBodyLayout parts(r, d->data, d->style, d->painter);
    // Progress: the first layout of the body is the first half of the work (by
    // sections), painting the pages the second (by pages).
    const int sections = int(r.sections.size()) + 1;
    int total = 2 * sections;
    int done = 0;
    auto report = [&] { return !progress || progress(std::min(done, total), total); };
    if (!report())
        return false;

    const QList<ReportPage> front = d->frontPages(parts);
    // Pass 1: the body's pages are counted and its headings placed, not kept.
    ReportFlow counting(r.page);
    if (!countBody(parts, counting, report, [&](int n) { done = n; }))
        return false;
    const QList<ReportPage> contents = d->contentsPages(parts, counting, int(front.size()));
    const int pages = int(front.size() + contents.size()) + counting.pageCount();
    total = 2 * pages;
    done = pages;

    int index = 0;
    const auto paint = [&](const ReportPage &page) {
        if (!startPage(index, d->pageLayout(page.landscape)))
            return false;
        d->paintPage(painter, page, index);
        ++index;
        d->painted = index;
        done = pages + index;
        return report();
    };
    for (const ReportPage &page : front + contents)
        if (!paint(page))
            return false;
    // Pass 2: the body again, each page painted as it is complete and dropped.
    ReportFlow body(r.page);
    body.setSink([&](ReportPage &&page) { return paint(page); });
    if (!parts.body(body, [](int) { return true; }) || body.cancelled())
        return false;
    return index == pages; // the two layouts of the body are the same
}

bool ReportPages::headingPages(QList<int> *numbers, const ReportProgress &progress)
{
    const ReportDocument &r = d->report;
    ReportBodyLayout parts(r, d->data, d->style, d->painter);
    const int total = int(r.sections.size()) + 1;
    int done = 0;
    auto report = [&] { return !progress || progress(std::min(done, total), total); };
    if (!report())
        return false;
    const QList<ReportPage> front = d->frontPages(parts);
    ReportFlow counting(r.page);
    if (!countBody(parts, counting, report, [&](int n) { done = n; }))
        return false;
    d->contentsPages(parts, counting, int(front.size()), numbers);
    done = total;
    return report();
}

int ReportPages::paintedPages() const
{
    return d->painted;
}

QPageLayout ReportPages::Private::pageLayout(bool landscape) const
{
    const ReportPageSetup &s = report.page;
    const QPageSize size(s.paper.compare(u"A3", Qt::CaseInsensitive) == 0 ? QPageSize::A3
                                                                          : QPageSize::A4);
    return QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(s.leftMm, s.topMm, s.rightMm, s.bottomMm),
                       QPageLayout::Millimeter);
}

QPageLayout ReportPages::pageLayout(int page) const
{
    return d->pageLayout(page >= 0 && page < d->pages.size() && d->pages.at(page).landscape);
}

void ReportPages::Private::paintFigure(QPainter *p, const ReportFigureItem &figure) const
{
    // A view of another model (the old version in a comparison) is drawn by a
    // painter of that model.
    std::unique_ptr<DiagramPainter> other;
    if (figure.model)
        other = std::make_unique<DiagramPainter>(figure.model.get());
    const DiagramPainter &diagram = other ? *other : painter;
    const View *found = (figure.model ? *figure.model : data).views.find(figure.view);
    if (!found || figure.frame.isEmpty())
        return;
    View view = *found;
    if (!figure.legend) {
        view.nodes = {};
        for (const ViewNode &node : found->nodes)
            if (node.kind != NodeKind::Legend)
                view.nodes.append(node);
    }
    const auto paint = [&](QPainter *target) {
        diagram.paintView(target, view, DiagramPainter::Detail::Full);
        if (figure.overlay)
            diagram.paintOverlay(target, view, *figure.overlay);
    };
    p->save();
    p->translate(figure.target.center());
    const double scale = std::min(figure.target.width() / figure.frame.width(),
                                  figure.target.height() / figure.frame.height());
    p->scale(scale, scale);
    p->translate(-figure.frame.center());
    // The painter measured the names at the text resolution; on a device of
    // another resolution a picture keeps the fonts as measured.
    if (p->device()->logicalDpiY() == DiagramExporter::textDpi()) {
        paint(p);
    } else {
        QPicture picture;
        QPainter recorder(&picture);
        paint(&recorder);
        recorder.end();
        // drawPicture() scales a picture to the device's resolution; the painter's
        // transform already does.
        const double ratio = double(picture.logicalDpiY()) / p->device()->logicalDpiY();
        p->scale(ratio, ratio);
        p->drawPicture(QPointF(0, 0), picture);
    }
    p->restore();
}

void ReportPages::paintPage(QPainter *painter, int index) const
{
    if (index >= 0 && index < d->pages.size())
        d->paintPage(painter, d->pages.at(index), index);
}

void ReportPages::Private::paintPage(QPainter *painter, const ReportPage &page, int index)
{
    const double dpi = painter->device()->logicalDpiY();
    painter->save();
    painter->scale(dpi / 72, dpi / 72);
    painter->setRenderHint(QPainter::Antialiasing);

    // The pen changes only between kinds of rule: a table's borders are one state,
    // drawn as one path (a line each was a stroke each in the PDF).
    // One allocation a page at most: with the heap fragmented by the pages freed
    // before, growing a list line by line cost a tenth of the PDF's time at L.
    QVarLengthArray<QLineF, 512> lines;
    lines.reserve(page.rules.size());
    for (qsizetype i = 0; i < page.rules.size();) {
        const ReportRule &first = page.rules.at(i);
        lines.clear();
        for (; i < page.rules.size() && page.rules.at(i).width == first.width
               && page.rules.at(i).dotted == first.dotted;
             ++i)
            lines.append(page.rules.at(i).line);
        painter->setPen(QPen(Qt::black, first.width, first.dotted ? Qt::DotLine : Qt::SolidLine,
                             Qt::FlatCap));
        painter->drawLines(lines.constData(), int(lines.size()));
    }

    texts.paint(painter, page.texts, dpi);

    for (const ReportFigureItem &figure : page.figures)
        paintFigure(painter, figure);

    // From page 2 on, the number centred in the top margin.
    if (index > 0) {
        const QRectF content = geometry.contentRect(page.landscape);
        const QString number = QString::number(index + 1);
        const int font = numberFont;
        painter->setFont(style.paintFont(font, dpi));
        painter->setPen(Qt::black);
        const double w = style.textWidth(font, number);
        const double y = content.top() / 2 + (style.ascent(font) - style.descent(font)) / 2;
        painter->drawText(QPointF(content.center().x() - w / 2, y), number);
    }
    painter->restore();
}

} // namespace kt
