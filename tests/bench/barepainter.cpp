#include "barepainter.h"

#include <model/export/painter/diagramstyle.h>

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>

namespace kt::bench {

void BarePainter::paint(QPainter *painter, const ModelData &data, const View &view,
    const QRectF &visible, bool labels, Texts *texts)
{
    painter->setFont(DiagramStyle::labelFont());
    painter->setPen(DiagramStyle::lineColor());
    painter->setBrush(QColor(0xe1, 0xf3, 0xdf));
    const QPaintEngine *engine = painter->paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    const double ascent = QFontMetricsF(painter->font()).ascent();
    Texts made;
    Texts &shaped = texts ? *texts : made;
    for (const ViewNode &node : view.nodes) {
        if (!node.bounds.intersects(visible))
            continue;
        painter->drawRect(node.bounds);
        if (!labels)
            continue;
        const Element *e = data.elements.find(node.element);
        if (!e)
            continue;
        const QPointF at = node.bounds.topLeft() + QPointF(4, 4);
        if (raster) {
            auto it = shaped.find(e->name);
            if (it == shaped.end()) {
                QStaticText text(e->name);
                text.setTextFormat(Qt::PlainText);
                it = shaped.insert(e->name, text);
            }
            painter->drawStaticText(at, *it);
        } else {
            painter->drawText(at + QPointF(0, ascent), e->name);
        }
    }
}

} // namespace kt::bench
