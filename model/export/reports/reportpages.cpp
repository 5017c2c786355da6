#include "reportpages.h"
#include "reportbodylayout.h"
#include "reporttextpainter.h"

#include <model/export/exporters/diagramexporter.h>
#include <model/diff/viewoverlay.h>
#include <model/export/painter/diagrampainter.h>

#include <QPageSize>
#include <QPaintDevice>
#include <QPainter>
#include <QPicture>

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

    void paintFigure(QPainter *p, const ReportFigureItem &figure) const;
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

    QList<ReportPage> front;
    if (r.coverPage) {
        ReportFlow cover(r.page);
        parts.cover(cover);
        appendPages(&front, cover);
    }

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

    QList<ReportPage> contents;
    if (r.tableOfContents) {
        // Pass 1 finds how many pages the contents take (the numbers' column is
        // reserved, so they do not change it); pass 2 prints the numbers. Should the
        // count still change, the passes repeat until it is stable.
        const QList<ReportBodyLayout::Heading> headings = parts.headings();
        QList<int> numbers;
        qsizetype count = -1;
        for (int pass = 0; pass < 5; ++pass) {
            ReportFlow flow(r.page);
            parts.contents(flow, numbers);
            flow.finish();
            const bool stable = flow.pages().size() == count;
            contents = flow.pages();
            if (stable)
                break;
            count = contents.size();
            numbers.clear();
            const int offset = int(front.size() + count) + 1;
            for (int i = 0; i < headings.size(); ++i)
                numbers.append(body.anchors().value(i, -1) + offset);
        }
    }
    d->pages = front + contents + body.pages();
    done = total;
    return report();
}

QPageLayout ReportPages::pageLayout(int page) const
{
    const ReportPageSetup &s = d->report.page;
    const bool landscape = page >= 0 && page < d->pages.size() && d->pages.at(page).landscape;
    const QPageSize size(s.paper.compare(u"A3", Qt::CaseInsensitive) == 0 ? QPageSize::A3
                                                                          : QPageSize::A4);
    return QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(s.leftMm, s.topMm, s.rightMm, s.bottomMm),
                       QPageLayout::Millimeter);
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

void ReportPages::releasePage(int page)
{
    if (page >= 0 && page < d->pages.size()) {
        ReportPage &p = d->pages[page];
        p = ReportPage{p.landscape, {}, {}, {}};
    }
}

void ReportPages::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= d->pages.size())
        return;
    const ReportPage &page = d->pages.at(index);
    const double dpi = painter->device()->logicalDpiY();
    painter->save();
    painter->scale(dpi / 72, dpi / 72);
    painter->setRenderHint(QPainter::Antialiasing);

    // The pen changes only between kinds of rule: a table's borders are one state,
    // drawn as one path (a line each was a stroke each in the PDF).
    QList<QLineF> lines;
    for (qsizetype i = 0; i < page.rules.size();) {
        const ReportRule &first = page.rules.at(i);
        lines.clear();
        for (; i < page.rules.size() && page.rules.at(i).width == first.width
               && page.rules.at(i).dotted == first.dotted;
             ++i)
            lines.append(page.rules.at(i).line);
        painter->setPen(QPen(Qt::black, first.width, first.dotted ? Qt::DotLine : Qt::SolidLine,
                             Qt::FlatCap));
        painter->drawLines(lines);
    }

    d->texts.paint(painter, page.texts, dpi);

    for (const ReportFigureItem &figure : page.figures)
        d->paintFigure(painter, figure);

    // From page 2 on, the number centred in the top margin.
    if (index > 0) {
        const QRectF content = d->geometry.contentRect(page.landscape);
        const QString number = QString::number(index + 1);
        const int font = d->numberFont;
        painter->setFont(d->style.paintFont(font, dpi));
        painter->setPen(Qt::black);
        const double w = d->style.textWidth(font, number);
        const double y = content.top() / 2 + (d->style.ascent(font) - d->style.descent(font)) / 2;
        painter->drawText(QPointF(content.center().x() - w / 2, y), number);
    }
    painter->restore();
}

} // namespace kt
