#include "canvasbench.h"

#include <model/export/painter/diagramstyle.h>
#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/document/document.h>

#include <QApplication>
#include <QImage>
#include <QPainter>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr QSize Screen(1920, 1080);

// What any program drawing these nodes must at least do: fill and outline the
// rectangles in the visible area and draw their names.
void bareFloor(const View &view, const ModelData &data, const QTransform &transform,
               const QRectF &visible, bool labels)
{
    QImage image(Screen, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setTransform(transform);
    painter.setFont(DiagramStyle::labelFont());
    for (const ViewNode &node : view.nodes) {
        if (!node.bounds.intersects(visible))
            continue;
        painter.setBrush(QColor(0xe1, 0xf3, 0xdf));
        painter.drawRect(node.bounds);
        if (labels)
            if (const Element *e = data.elements.find(node.element))
                painter.drawText(node.bounds, Qt::AlignCenter | Qt::TextWordWrap, e->name);
    }
}

} // namespace

QList<Measurement> benchCanvas(const Benchmark &benchmark, const ModelData &data,
                               const ViewId &viewId)
{
    QList<Measurement> results;
    const View &view = *data.views.find(viewId);
    const QString size = u"%1 nodes, %2 connections"_s.arg(view.nodes.size()).arg(view.connections.size());
    Document document(data);

    results.append(benchmark.measure(u"open view in the scene"_s, size, [&]() {
        DiagramScene scene(&document, viewId);
        DiagramView canvas(&scene);
        canvas.resize(Screen);
        canvas.zoomToFit();
        QImage image(Screen, QImage::Format_ARGB32_Premultiplied);
        canvas.viewport()->render(&image);
    }));

    DiagramScene scene(&document, viewId);
    DiagramView canvas(&scene);
    canvas.setAttribute(Qt::WA_DontShowOnScreen);
    canvas.resize(Screen);
    canvas.show();
    QApplication::processEvents();
    QImage image(Screen, QImage::Format_ARGB32_Premultiplied);
    const auto repaint = [&]() {
        image.fill(Qt::white);
        canvas.viewport()->render(&image);
    };
    const auto visibleArea = [&]() {
        return canvas.mapToScene(canvas.viewport()->rect()).boundingRect();
    };

    canvas.zoomToFit();
    QTransform fit = canvas.viewportTransform();
    QRectF fitArea = visibleArea();
    results.append(benchmark.measure(
            u"repaint at fit-to-window"_s, size + u" @ %1%"_s.arg(qRound(canvas.zoom() * 100)),
            repaint, u"bare QPainter rectangles"_s,
            [&]() { bareFloor(view, data, fit, fitArea, false); }));

    canvas.setZoom(1.0);
    canvas.centerOn(scene.painter().contentBounds(view).center());
    QTransform actual = canvas.viewportTransform();
    QRectF actualArea = visibleArea();
    results.append(benchmark.measure(u"repaint at 100%"_s, size, repaint,
                                     u"bare QPainter rectangles and labels"_s,
                                     [&]() { bareFloor(view, data, actual, actualArea, true); }));
    return results;
}

} // namespace kt::bench
