#pragma once

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace kt {

class DiagramView;

// The minimap of a diagram (content of a dock): the whole diagram scaled to fit,
// with a frame around the part the DiagramView shows; clicking or dragging in it
// centres the DiagramView there. The picture is rendered into a cached image at
// most once per RefreshInterval after the scene changes (and not while hidden),
// never on paint: on a big view rendering costs far more than a frame may. At
// that scale the items draw themselves in the painter's Outline detail.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(QWidget *parent = nullptr);
    ~OverviewWidget() override;

    // The view to follow; nullptr shows nothing.
    void setView(DiagramView *view);
    DiagramView *view() const { return m_view; }

    QSize sizeHint() const override { return QSize(220, 160); }
    QSize minimumSizeHint() const override { return QSize(80, 60); }

    // The scene area the overview shows: the diagram's content with a margin.
    QRectF shownSceneRect() const { return m_source; }
    QPointF mapToScene(const QPointF &widgetPos) const;
    QPointF mapFromScene(const QPointF &scenePos) const;

    static constexpr int RefreshInterval = 250; // ms
    static constexpr double Margin = 20;        // scene units around the content

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void updateSource();
    QRectF targetRect() const;
    void centreViewAt(const QPointF &widgetPos);

    QPointer<DiagramView> m_view;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_refreshTimer;
    QImage m_image;
    QRectF m_source;
    bool m_stale = false;
    bool m_dragging = false;
};

} // namespace kt
