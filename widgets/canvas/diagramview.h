#pragma once

#include <QGraphicsView>

namespace kt {

class DiagramScene;

// The canvas widget: zoom (Ctrl+wheel, Ctrl++/-, fit, 100%), pan (middle drag,
// Space+drag, scroll bars), and the cursor of the active tool.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const;
    double zoom() const { return transform().m11(); }
    void setZoom(double zoom, const QPointF &anchorScenePos = QPointF(qQNaN(), qQNaN()));
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomActualSize();

    static constexpr double MinimumZoom = 0.05;
    static constexpr double MaximumZoom = 8.0;

Q_SIGNALS:
    void zoomChanged(double zoom);
    void visibleAreaChanged();
    // A right click (or the menu key): the item under it is selected first,
    // unless it already is; the window shows the menu of what applies.
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCursor();

    bool m_fitted = false; // zoomed to fit and not zoomed since
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace kt
