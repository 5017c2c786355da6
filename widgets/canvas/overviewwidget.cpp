#include "overviewwidget.h"
#include "diagramscene.h"
#include "diagramview.h"

#include <model/export/painter/diagramstyle.h>

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace kt {

OverviewWidget::OverviewWidget(QWidget *parent) : QWidget(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshInterval);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OverviewWidget::refresh);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
}

OverviewWidget::~OverviewWidget() = default;

void OverviewWidget::setView(DiagramView *view)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_refreshTimer.stop();
    m_view = view;
    m_image = QImage();
    if (view) {
        QGraphicsScene *scene = view->scene();
        m_connections << connect(scene, &QGraphicsScene::changed, this,
                                 &OverviewWidget::scheduleRefresh);
        m_connections << connect(scene, &QGraphicsScene::sceneRectChanged, this,
                                 &OverviewWidget::scheduleRefresh);
        m_connections << connect(view, &DiagramView::visibleAreaChanged, this,
                                 qOverload<>(&QWidget::update));
        m_connections << connect(view, &DiagramView::zoomChanged, this,
                                 qOverload<>(&QWidget::update));
        m_connections << connect(view, &QObject::destroyed, this, [this]() { setView(nullptr); });
    }
    refresh();
}

void OverviewWidget::scheduleRefresh()
{
    // A burst of changes (a drag) renders once, RefreshInterval after its start.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void OverviewWidget::refresh()
{
    updateSource();
    if (!isVisible()) {
        m_stale = true; // rendered when shown again
        update();
        return;
    }
    m_stale = false;
    const QRectF target = targetRect();
    if (!m_view || !m_view->scene() || target.isEmpty()) {
        m_image = QImage();
        update();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QImage image((target.size() * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->scene()->render(&painter, QRectF(QPointF(0, 0), target.size()), m_source,
                            Qt::IgnoreAspectRatio);
    painter.end();
    m_image = image;
    update();
}

void OverviewWidget::updateSource()
{
    m_source = QRectF();
    if (!m_view)
        return;
    const DiagramScene *scene = m_view->diagramScene();
    const View *view = scene ? scene->view() : nullptr;
    QRectF content = view ? scene->painter().contentBounds(*view) : QRectF();
    if (content.isEmpty())
        content = QRectF(0, 0, 800, 600);
    m_source = content.adjusted(-Margin, -Margin, Margin, Margin);
}

QRectF OverviewWidget::targetRect() const
{
    if (m_source.isEmpty())
        return {};
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    const double scale
            = std::min(area.width() / m_source.width(), area.height() / m_source.height());
    if (scale <= 0)
        return {};
    const QSizeF size = m_source.size() * scale;
    return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

QPointF OverviewWidget::mapToScene(const QPointF &widgetPos) const
{
    const QRectF target = targetRect();
    if (target.isEmpty())
        return m_source.center();
    return m_source.topLeft()
           + (widgetPos - target.topLeft()) * (m_source.width() / target.width());
}

QPointF OverviewWidget::mapFromScene(const QPointF &scenePos) const
{
    const QRectF target = targetRect();
    if (target.isEmpty())
        return QPointF();
    return target.topLeft() + (scenePos - m_source.topLeft()) * (target.width() / m_source.width());
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF target = targetRect();
    if (!m_view || target.isEmpty())
        return;
    // After a resize the old picture is stretched until the next refresh.
    if (m_image.isNull())
        painter.fillRect(target, Qt::white);
    else
        painter.drawImage(target, m_image);

    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF frame
            = QRectF(mapFromScene(visible.topLeft()), mapFromScene(visible.bottomRight()))
                      .intersected(target);
    if (frame.isEmpty())
        return;
    QColor fill = DiagramStyle::selectionColor();
    fill.setAlpha(40);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(DiagramStyle::selectionColor(), 1.5));
    painter.setBrush(fill);
    painter.drawRect(frame.adjusted(0.75, 0.75, -0.75, -0.75));
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRefresh();
}

void OverviewWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || (m_view && m_image.isNull()))
        refresh();
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    centreViewAt(event->position());
    event->accept();
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !(event->buttons() & Qt::LeftButton)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    centreViewAt(event->position());
    event->accept();
}

void OverviewWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

void OverviewWidget::centreViewAt(const QPointF &widgetPos)
{
    if (m_view && !m_source.isEmpty())
        m_view->centerOn(mapToScene(widgetPos));
}

} // namespace kt
