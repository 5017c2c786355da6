#include "diagramprinter.h"
#include "diagramexporter.h"
#include "exportcontent.h"

#include <model/export/painter/diagrampainter.h>
#include <model/export/painter/diagramstyle.h>

#include <QFontMetricsF>
#include <QPainter>
#include <QPrinter>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

ExportOptions contentOptions(const PrintOptions &options)
{
    ExportOptions o;
    o.margin = options.margin;
    o.selection = options.selection;
    return o;
}

QSizeF diagramArea(const QPageLayout &layout)
{
    const QRectF paint = layout.paintRect(QPageLayout::Point);
    return QSizeF(paint.width(),
                  paint.height() - DiagramPrinter::HeaderHeight - DiagramPrinter::FooterHeight);
}

// The part of the view a page shows: what is drawn outside the page's clip
// would still be in the file (as hidden text that search finds) and make every
// page as heavy as the whole diagram.
View visiblePart(const DiagramPainter &painter, const View &view, const QRectF &tile)
{
    // Room for badges and markers straddling node corners and for connection labels.
    constexpr double NodeSlack = 20;
    constexpr double LabelSlack = 80;
    View part = view;
    part.nodes = {};
    part.connections = {};
    for (const ViewNode &node : view.nodes)
        if (node.bounds.adjusted(-NodeSlack, -NodeSlack, NodeSlack, NodeSlack).intersects(tile))
            part.nodes.append(node);
    for (const ViewConnection &c : view.connections) {
        const QRectF route = painter.connectionRoute(view, c).boundingRect();
        if (route.adjusted(-LabelSlack, -LabelSlack, LabelSlack, LabelSlack).intersects(tile)) {
            // The route runs between nodes that may lie off the page: keep them
            // in the view for the route, and leave them unpainted.
            part.connections.append(c);
        }
    }
    return part;
}

// Marks for pasting tiled pages together: the page's place in the grid in the
// footer ("Row 1, column 2 of 2 × 3"), corner marks at the diagram area's
// corners, and the places of the pages to the right (at the right edge) and
// below (in the footer's right corner).
void paintAssemblyMarks(QPainter *p, const PrintPlan &plan, qsizetype index, const QRectF &area,
                        double device)
{
    const int row = plan.rowOf(index);
    const int column = plan.columnOf(index);
    p->save();
    p->setPen(DiagramStyle::textColor());
    const QString place = DiagramPrinter::tr("Row %1, column %2 of %3 × %4")
                                  .arg(row)
                                  .arg(column)
                                  .arg(plan.rows)
                                  .arg(plan.columns);
    p->drawText(QPointF(0, area.bottom() + (DiagramPrinter::FooterHeight - 4) * device), place);

    p->setPen(QPen(DiagramStyle::lineColor(), 0.5 * device));
    const double arm = 10 * device;
    for (const QPointF &corner : {area.topLeft(), area.topRight(), area.bottomLeft(),
                                  area.bottomRight()}) {
        const double dx = corner.x() == area.left() ? arm : -arm;
        const double dy = corner.y() == area.top() ? arm : -arm;
        p->drawLine(corner, corner + QPointF(dx, 0));
        p->drawLine(corner, corner + QPointF(0, dy));
    }
    // The neighbours' places.
    QFont small = p->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p->setFont(small);
    p->setPen(DiagramStyle::lineColor());
    const QFontMetricsF metrics(small, p->device());
    const double gap = 2 * device;
    if (column < plan.columns) {
        const QString text = DiagramPrinter::tr("→ row %1, column %2").arg(row).arg(column + 1);
        p->drawText(QPointF(area.right() - metrics.horizontalAdvance(text) - gap,
                            area.center().y()),
                    text);
    }
    if (row < plan.rows) {
        // In the footer's right corner, clear of the page number and the diagram.
        const QString text = DiagramPrinter::tr("↓ row %1, column %2").arg(row + 1).arg(column);
        p->drawText(QPointF(area.right() - metrics.horizontalAdvance(text),
                            area.bottom() + (DiagramPrinter::FooterHeight - 4) * device),
                    text);
    }
    p->restore();
}

} // namespace

PrintPlan DiagramPrinter::plan(const ModelData &data, const View &view,
                               const PrintOptions &options, const QPageLayout &layout)
{
    const DiagramPainter painter(&data);
    const ExportContent content = ExportContent::make(painter, view, contentOptions(options));
    return PrintLayout::plan(content.frame, diagramArea(layout), options.mode, options.scale);
}

bool DiagramPrinter::print(const ModelData &data, const View &view, const PrintOptions &options,
                           QPrinter *printer)
{
    const DiagramPainter painter(&data);
    const ExportContent content = ExportContent::make(painter, view, contentOptions(options));
    if (!options.selection.isEmpty() && content.view.nodes.isEmpty()) {
        m_errorString = tr("None of the selected items is on the view “%1”.").arg(view.name);
        return false;
    }
    const QPageLayout layout = printer->pageLayout();
    const PrintPlan plan =
            PrintLayout::plan(content.frame, diagramArea(layout), options.mode, options.scale);
    if (plan.pageCount() == 0) {
        m_errorString = tr("The page has no room for the diagram: check the paper margins.");
        return false;
    }
    if (plan.pageCount() > MaxPages) {
        m_errorString = tr("The view would take %1 pages; choose a smaller scale.")
                                .arg(plan.pageCount());
        return false;
    }

    // Painting at the text resolution keeps names as wide as the painter
    // measured them (the output stays vector).
    const int dpi = DiagramExporter::textDpi();
    printer->setResolution(dpi);
    printer->setDocName(view.name);
    QPainter p;
    if (!p.begin(printer)) {
        m_errorString = tr("Cannot start printing.");
        return false;
    }
    const double device = dpi / 72.0; // device pixels per point
    const QRectF paint = layout.paintRect(QPageLayout::Point);
    const QRectF page(QPointF(0, 0), paint.size() * device);
    const QRectF area(0, HeaderHeight * device, page.width(),
                      page.height() - (HeaderHeight + FooterHeight) * device);
    QFont headerFont = DiagramStyle::labelFont();
    headerFont.setBold(true);
    const QFont footerFont = DiagramStyle::labelFont();
    const QString modelName = data.info.name;

    for (qsizetype i = 0; i < plan.pageCount(); ++i) {
        if (i > 0 && !printer->newPage()) {
            m_errorString = tr("Cannot start page %1.").arg(i + 1);
            return false;
        }
        p.setPen(DiagramStyle::textColor());
        p.setFont(headerFont);
        const QFontMetricsF header(headerFont, printer);
        const double baseline = (HeaderHeight - 8) * device;
        p.drawText(QPointF(0, baseline),
                   header.elidedText(view.name, Qt::ElideRight, page.width() * 0.6));
        p.setFont(footerFont);
        const QFontMetricsF footer(footerFont, printer);
        const QString right =
                footer.elidedText(modelName, Qt::ElideLeft, page.width() * 0.38);
        p.drawText(QPointF(page.width() - footer.horizontalAdvance(right), baseline), right);
        p.setPen(QPen(DiagramStyle::lineColor(), 0.5 * device));
        p.drawLine(QPointF(0, (HeaderHeight - 4) * device),
                   QPointF(page.width(), (HeaderHeight - 4) * device));
        p.setPen(DiagramStyle::textColor());
        const QString number = tr("Page %1 / %2").arg(i + 1).arg(plan.pageCount());
        p.drawText(QPointF((page.width() - footer.horizontalAdvance(number)) / 2,
                           page.height() - 4 * device),
                   number);

        p.save();
        p.setClipRect(area);
        p.translate(area.topLeft());
        const double scale = plan.pointsPerUnit * device;
        p.scale(scale, scale);
        p.translate(-plan.tiles.at(i).topLeft());
        const View part = plan.pageCount() == 1
                ? content.view
                : visiblePart(painter, content.view, plan.tiles.at(i));
        // The visible part; routes find their ends in the whole view.
        painter.paintView(&p, part, DiagramPainter::Detail::Full, &content.view);
        p.restore();
        // Over the diagram, so that no node hides them.
        if (plan.pageCount() > 1)
            paintAssemblyMarks(&p, plan, i, area, device);
    }
    if (!p.end()) {
        m_errorString = tr("Cannot finish printing.");
        return false;
    }
    return true;
}

} // namespace kt
