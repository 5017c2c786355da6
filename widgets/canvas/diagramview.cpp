#include "diagramview.h"
#include "canvastool.h"
#include "diagramscene.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace kt {

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene, &DiagramScene::toolChanged, this, &DiagramView::updateCursor);
    updateCursor();
}

DiagramScene *DiagramView::diagramScene() const
{
    return static_cast<DiagramScene *>(scene());
}

void DiagramView::updateCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (diagramScene()->tool())
        viewport()->setCursor(diagramScene()->tool()->cursor());
}

void DiagramView::setZoom(double zoom, const QPointF &anchor)
{
    m_fitted = false;
    zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
    const QPointF sceneAnchor = std::isnan(anchor.x()) ? mapToScene(viewport()->rect().center())
                                                       : anchor;
    const QPoint viewAnchor = mapFromScene(sceneAnchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the anchor point under the same place of the viewport.
    const QPointF moved = mapFromScene(sceneAnchor) - viewAnchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(moved.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(moved.y())));
    Q_EMIT zoomChanged(zoom);
    Q_EMIT visibleAreaChanged();
}

void DiagramView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void DiagramView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void DiagramView::zoomToFit()
{
    const View *view = diagramScene()->view();
    QRectF content = view ? diagramScene()->painter().contentBounds(*view) : QRectF();
    if (content.isEmpty())
        content = QRectF(0, 0, 800, 600);
    content.adjust(-20, -20, 20, 20);
    const QSizeF available = viewport()->size();
    const double zoom = std::min(available.width() / content.width(),
                                 available.height() / content.height());
    setTransform(QTransform::fromScale(std::clamp(zoom, MinimumZoom, MaximumZoom),
                                       std::clamp(zoom, MinimumZoom, MaximumZoom)));
    centerOn(content.center());
    m_fitted = true;
    Q_EMIT zoomChanged(this->zoom());
    Q_EMIT visibleAreaChanged();
}

void DiagramView::zoomActualSize()
{
    setZoom(1.0);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps), mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton
        || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panStart = event->pos();
        updateCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        // The selection stays for the context menu that follows.
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    QGraphicsItem *item = event->reason() == QContextMenuEvent::Mouse ? itemAt(event->pos())
                                                                       : nullptr;
    while (item && !(item->flags() & QGraphicsItem::ItemIsSelectable))
        item = item->parentItem();
    if (event->reason() == QContextMenuEvent::Mouse && (!item || !item->isSelected())) {
        scene()->clearSelection();
        if (item)
            item->setSelected(true);
    }
    event->accept();
    Q_EMIT contextMenuRequested(event->globalPos());
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !scene()->focusItem()) {
        m_spaceHeld = true;
        updateCursor();
        event->accept();
        return;
    }
    // Arrow keys nudge the selection (the scene's tool), not scroll the view.
    if (scene())
        QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT visibleAreaChanged();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A fitted diagram stays fitted while the window and its panels find their
    // sizes, until the user zooms.
    if (m_fitted)
        zoomToFit();
    Q_EMIT visibleAreaChanged();
}

} // namespace kt
