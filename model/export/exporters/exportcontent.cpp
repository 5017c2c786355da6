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
    // A connection ending on a connection goes when that one goes; connections come
    // in any order, so this runs until nothing more is taken.
    const auto endKept = [&result](const NodeId &node, const ConnectionId &other) {
        return other.isNull() ? result.nodes.contains(node) : result.connections.contains(other);
    };
    for (bool grew = true; grew;) {
        grew = false;
        for (const ViewConnection &c : view.connections) {
            if (!result.connections.contains(c.id) && endKept(c.source, c.sourceConnection)
                && endKept(c.target, c.targetConnection)) {
                result.connections.append(c);
                grew = true;
            }
        }
    }
    // In the view's order again.
    Collection<ConnectionId, ViewConnection> ordered;
    for (const ViewConnection &c : view.connections)
        if (result.connections.contains(c.id))
            ordered.append(c);
    result.connections = std::move(ordered);
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
