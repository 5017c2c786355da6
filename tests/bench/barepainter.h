#pragma once

#include <model/modeldata.h>

#include <QHash>
#include <QStaticText>

class QPainter;

namespace kt::bench {

// The floor of drawing a diagram: what any program drawing these nodes must at
// least do, with a bare QPainter and no model lookups beyond the names: fill and
// outline the rectangles that meet the visible area and, when asked, draw the
// element names in them, each on one line (the same glyphs, not broken into lines:
// less work than any wrapping). On a raster device a name is drawn from a
// QStaticText, shaped once, as the diagram painter draws its lines; texts, if
// given, keeps those from one paint to the next (as the canvas's painter keeps its
// own), else they are made in this paint. Vector devices get drawText(), as the
// diagram painter gives them.
class BarePainter
{
public:
    using Texts = QHash<QString, QStaticText>;
    static void paint(QPainter *painter, const ModelData &data, const View &view,
        const QRectF &visible, bool labels, Texts *texts = nullptr);
};

} // namespace kt::bench
