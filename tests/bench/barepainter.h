#pragma once

#include <model/modeldata.h>

class QPainter;

namespace kt::bench {

// The floor of drawing a diagram: what any program drawing these nodes must at
// least do, with a bare QPainter and no model lookups beyond the names: fill and
// outline the rectangles that meet the visible area and, when asked, draw the
// element names wrapped in them.
class BarePainter
{
public:
    static void paint(QPainter *painter, const ModelData &data, const View &view,
        const QRectF &visible, bool labels);
};

} // namespace kt::bench
