#include "exportcontent.h"
#include "diagramexporter.h"
#include "extentrecorder.h"

#include <model/export/painter/diagrampainter.h>

#include <QPainter>
#include <QSet>

namespace kt {

View ExportContent::selected(const View &view, const QList<NodeId> &selection)
{
    if (selection.isEmpty())
        return view;
    // Nodes are in pre-order (parents first), so one pass finds what selected
    // groups contain.
    QSet<NodeId> kept(selection.cbegin(), selection.cend());
    View result = view;
    result.nodes = {};
    result.connections = {};
    for (const ViewNode &node : view.nodes) {
        if (!node.parent.isNull() && kept.contains(node.parent))
            kept.insert(node.id);
        if (kept.contains(node.id))
            result.nodes.append(node);
    }
    for (const ViewConnection &c : view.connections)
        if (result.nodes.contains(c.source) && result.nodes.contains(c.target))
            result.connections.append(c);
    return result;
}

QRectF ExportContent::paintedExtent(const DiagramPainter &painter, const View &view)
{
    ExtentRecorder recorder(DiagramExporter::textDpi());
    QPainter p(&recorder);
    painter.paintView(&p, view, DiagramPainter::Detail::Full);
    p.end();
    return recorder.extent();
}

ExportContent ExportContent::make(const DiagramPainter &painter, const View &view,
                                  const ExportOptions &options)
{
    ExportContent content;
    content.view = selected(view, options.selection);
    const QRectF extent = paintedExtent(painter, content.view);
    const double m = std::max(0.0, options.margin);
    // Whole units keep the edges of a PNG on pixel boundaries at 100%.
    QRectF frame = extent.isNull() ? QRectF(0, 0, 1, 1) : extent;
    frame = QRectF(QPointF(std::floor(frame.left() - m), std::floor(frame.top() - m)),
                   QPointF(std::ceil(frame.right() + m), std::ceil(frame.bottom() + m)));
    content.frame = frame;
    return content;
}

} // namespace kt
