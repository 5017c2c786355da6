#include "extentrecorder.h"

#include <QPaintEngine>
#include <QPainterPath>
#include <QPen>
#include <QPixmap>
#include <QTextItem>
#include <QTransform>

namespace kt {

// The engine behind ExtentRecorder: every drawing call grows the extent by the
// bounds of what it would paint, mapped through the current transform.
class ExtentPaintEngine : public QPaintEngine
{
public:
    ExtentPaintEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    QRectF extent() const { return m_extent; }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const QPaintEngine::DirtyFlags dirty = state.state();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyPen) {
            const QPen pen = state.pen();
            // Half the stroke lies outside the outline; a cosmetic pen is in
            // device units, a zero-width one one pixel.
            m_stroke = pen.style() == Qt::NoPen ? 0.0 : std::max(1.0, pen.widthF()) / 2;
            m_cosmetic = pen.isCosmetic();
        }
    }

    void drawPath(const QPainterPath &path) override { addStroked(path.boundingRect()); }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode) override
    {
        if (count > 0)
            addStroked(QPolygonF(QList<QPointF>(points, points + count)).boundingRect());
    }

    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            addStroked(rects[i]);
    }

    void drawLines(const QLineF *lines, int count) override
    {
        for (int i = 0; i < count; ++i)
            addStroked(QRectF(lines[i].p1(), lines[i].p2()).normalized());
    }

    void drawEllipse(const QRectF &rect) override { addStroked(rect); }

    void drawPoints(const QPointF *points, int count) override
    {
        for (int i = 0; i < count; ++i)
            addStroked(QRectF(points[i], QSizeF(0, 0)));
    }

    void drawPixmap(const QRectF &r, const QPixmap &, const QRectF &) override { add(r); }
    void drawImage(const QRectF &r, const QImage &, const QRectF &, Qt::ImageConversionFlags) override
    {
        add(r);
    }
    void drawTiledPixmap(const QRectF &r, const QPixmap &, const QPointF &) override { add(r); }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        // The advance and the font's ascent and descent bound the glyphs; a
        // little room on both sides covers overhanging accents and italics.
        const double slack = (item.ascent() + item.descent()) * 0.15;
        add(QRectF(p.x() - slack, p.y() - item.ascent() - slack, item.width() + 2 * slack,
                   item.ascent() + item.descent() + 2 * slack));
    }

private:
    void addStroked(const QRectF &r)
    {
        if (m_stroke > 0 && !m_cosmetic) {
            add(r.adjusted(-m_stroke, -m_stroke, m_stroke, m_stroke));
            return;
        }
        const QRectF mapped = m_transform.mapRect(r);
        const double s = m_stroke;
        grow(s > 0 ? mapped.adjusted(-s, -s, s, s) : mapped);
    }

    void add(const QRectF &r) { grow(m_transform.mapRect(r)); }

    void grow(const QRectF &r)
    {
        // QRectF::united ignores empty rectangles: a horizontal line has no height.
        if (m_empty) {
            m_extent = r;
            m_empty = false;
            return;
        }
        m_extent.setLeft(std::min(m_extent.left(), r.left()));
        m_extent.setTop(std::min(m_extent.top(), r.top()));
        m_extent.setRight(std::max(m_extent.right(), r.right()));
        m_extent.setBottom(std::max(m_extent.bottom(), r.bottom()));
    }

    QTransform m_transform;
    QRectF m_extent;
    bool m_empty = true;
    double m_stroke = 0.5;
    bool m_cosmetic = false;
};

ExtentRecorder::ExtentRecorder(int dpi) : m_dpi(dpi), m_engine(std::make_unique<ExtentPaintEngine>())
{
}

ExtentRecorder::~ExtentRecorder() = default;

QPaintEngine *ExtentRecorder::paintEngine() const
{
    return m_engine.get();
}

QRectF ExtentRecorder::extent() const
{
    return m_engine->extent();
}

int ExtentRecorder::metric(PaintDeviceMetric metric) const
{
    // A huge canvas: painting anywhere in the diagram is inside it.
    constexpr int Size = 1 << 24;
    switch (metric) {
    case PdmWidth:
    case PdmHeight:
        return Size;
    case PdmWidthMM:
    case PdmHeightMM:
        return int(Size * 25.4 / m_dpi);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        break;
    }
    return QPaintDevice::metric(metric);
}

} // namespace kt
