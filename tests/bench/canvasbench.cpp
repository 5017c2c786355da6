#include "canvasbench.h"
#include "barepainter.h"
#include "diffbench.h"

#include <model/diff/modeldiff.h>
#include <model/diff/viewoverlay.h>
#include <model/edit/viewedits.h>
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

// The repaint's floor; texts: the names shaped by the floor's earlier paints, kept
// as the canvas's painter keeps its own.
void bareFloor(const View &view, const ModelData &data, const QTransform &transform,
    const QRectF &visible, bool labels, BarePainter::Texts *texts)
{
    QImage image(Screen, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setTransform(transform);
    BarePainter::paint(&painter, data, view, visible, labels, texts);
}

} // namespace

QList<Measurement> benchCanvas(
    const Benchmark &benchmark, const ModelData &data, const ViewId &viewId)
{
    QList<Measurement> results;
    const View &view = *data.views.find(viewId);
    BarePainter::Texts texts; // the floor's shaped names, from one repaint to the next
    const QString size
        = u"%1 nodes, %2 connections"_s.arg(view.nodes.size()).arg(view.connections.size());
    Document document(data);

    // What the user waits for: the items made, the window fitted, the first frame.
    results.append(benchmark.measure(u"open view in the scene"_s, size, [&]() {
        DiagramScene scene(&document, viewId);
        DiagramView canvas(&scene);
        canvas.resize(Screen);
        canvas.zoomToFit();
        QImage image(Screen, QImage::Format_ARGB32_Premultiplied);
        canvas.viewport()->render(&image);
        benchmark.check(scene.items().size() >= view.nodes.size() + view.connections.size(),
            u"the scene of %1 lacks items"_s.arg(size));
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
    const auto visibleArea
        = [&]() { return canvas.mapToScene(canvas.viewport()->rect()).boundingRect(); };

    canvas.zoomToFit();
    const QTransform fit = canvas.viewportTransform();
    const QRectF fitArea = visibleArea();
    results.append(benchmark.measure(u"repaint at fit-to-window"_s,
        size + u" @ %1%"_s.arg(qRound(canvas.zoom() * 100)), repaint,
        { u"bare QPainter rectangles"_s,
            [&]() { bareFloor(view, data, fit, fitArea, false, &texts); } }));

    canvas.setZoom(1.0);
    canvas.centerOn(scene.painter().contentBounds(view).center());
    const QTransform actual = canvas.viewportTransform();
    const QRectF actualArea = visibleArea();
    results.append(benchmark.measure(u"repaint at 100%"_s, size, repaint,
        { u"bare QPainter rectangles and labels"_s,
            [&]() { bareFloor(view, data, actual, actualArea, true, &texts); } }));

    // The comparison overlay (issue 11: it adds at most 20% to a repaint): the view
    // against the same view in a copy with 5% of everything changed, the old
    // version's ghosts drawn where they stood. Measured beside the same repaint
    // without it (the rows above) and over the same floor: the ratio of the two
    // medians is the overlay's cost.
    const ModelData older = changedCopy(data);
    const ModelDiff diff = ModelDiffer::compare(older, data);
    const ViewOverlay overlay = ViewOverlay::forNewView(diff, older, data, viewId);
    benchmark.check(!overlay.isEmpty(), u"the overlay of %1 marks nothing"_s.arg(size));
    scene.setOverlay(overlay);
    canvas.zoomToFit();
    results.append(benchmark.measure(u"repaint at fit-to-window with the comparison overlay"_s,
        size + u" @ %1%"_s.arg(qRound(canvas.zoom() * 100)), repaint,
        { u"bare QPainter rectangles"_s,
            [&]() { bareFloor(view, data, fit, fitArea, false, &texts); } }));
    canvas.setZoom(1.0);
    canvas.centerOn(scene.painter().contentBounds(view).center());
    results.append(benchmark.measure(u"repaint at 100% with the comparison overlay"_s, size,
        repaint, { u"bare QPainter rectangles and labels"_s, [&]() {
                      bareFloor(view, data, actual, actualArea, true, &texts);
                  } }));
    scene.clearOverlay();

    // Deleting every other node (with the connections that end on them) and undoing
    // it through the document, the scene following each change as in the editor.
    QSet<NodeId> half;
    for (qsizetype i = 0; i < view.nodes.size(); i += 2)
        half.insert(view.nodes.at(i).id);
    results.append(benchmark.measure(u"delete half the nodes, undo"_s, size, [&]() {
        QString error;
        benchmark.check(document.push(std::make_unique<RemoveNodes>(viewId, half), &error), error);
        document.undoStack()->undo();
        benchmark.check(scene.nodeItems().size() == view.nodes.size(),
            u"undo did not bring the nodes back to the scene"_s);
    }));
    return results;
}

} // namespace kt::bench
