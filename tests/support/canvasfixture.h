#pragma once

#include "samplemodel.h"

#include <widgets/canvas/diagramscene.h>
#include <widgets/canvas/diagramview.h>
#include <widgets/document/document.h>

#include <QApplication>

namespace kt::test {

// The sample model's overall diagram on a real canvas at 100 %, 1200 × 800
// pixels, centred on a scene point: what the canvas tests drive with mouse and
// keyboard events. For widget tests only (it needs ktwidgets).
struct CanvasFixture
{
    explicit CanvasFixture(const QPointF &centre = QPointF(300, 250),
                           const ViewId &viewId = ViewId(QStringLiteral("id-v-1")))
        : document(sampleModel()), viewId(viewId)
    {
        scene = new DiagramScene(&document, viewId);
        view = new DiagramView(scene);
        view->resize(1200, 800);
        view->show();
        view->setZoom(1.0);
        view->centerOn(centre);
        QApplication::processEvents();
    }
    ~CanvasFixture()
    {
        delete view;
        delete scene;
    }
    CanvasFixture(const CanvasFixture &) = delete;
    CanvasFixture &operator=(const CanvasFixture &) = delete;

    QPoint at(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }
    QWidget *viewport() const { return view->viewport(); }
    const ModelData &data() const { return document.model().data(); }
    const View &diagram() const { return *document.model().view(viewId); }

    Document document;
    ViewId viewId;
    DiagramScene *scene;
    DiagramView *view;
};

} // namespace kt::test
