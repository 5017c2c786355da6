#include "barepainter.h"

#include <model/export/painter/diagramstyle.h>

#include <QPainter>

namespace kt::bench {

void BarePainter::paint(
    QPainter *painter, const ModelData &data, const View &view, const QRectF &visible, bool labels)
{
    painter->setFont(DiagramStyle::labelFont());
    painter->setPen(DiagramStyle::lineColor());
    painter->setBrush(QColor(0xe1, 0xf3, 0xdf));
    for (const ViewNode &node : view.nodes) {
        if (!node.bounds.intersects(visible))
            continue;
        painter->drawRect(node.bounds);
        if (labels)
            if (const Element *e = data.elements.find(node.element))
                painter->drawText(node.bounds, Qt::AlignCenter | Qt::TextWordWrap, e->name);
    }
}

} // namespace kt::bench
