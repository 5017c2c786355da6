#pragma once

#include "exportoptions.h"

#include <model/types/view.h>

namespace kt {

class DiagramPainter;

// What an export shows: the view, or only the selected nodes (with the nodes
// nested in selected groups and the connections between kept nodes), and the
// frame: the rectangle of the diagram everything is drawn in, plus the margin.
struct ExportContent
{
    View view;
    QRectF frame;

    static ExportContent make(const DiagramPainter &painter, const View &view,
                              const ExportOptions &options);

    // The nodes of view that a selection keeps; the whole view for an empty one.
    static View selected(const View &view, const QList<NodeId> &selection);
    // The rectangle that painting the view covers (null for an empty view).
    static QRectF paintedExtent(const DiagramPainter &painter, const View &view);
};

} // namespace kt
