#pragma once

#include <QPaintDevice>
#include <QRectF>

#include <memory>

namespace kt {

class ExtentPaintEngine;

// A paint device that draws nothing but records the rectangle that everything
// painted on it covers: shapes with their pen width, text by its metrics,
// images. Exports frame the diagram by what the DiagramPainter really draws
// (badges and markers that straddle node corners, connection labels,
// arrowheads), so no label is ever clipped, and without copying the painter's
// geometry here.
class ExtentRecorder : public QPaintDevice
{
public:
    // dpi: the logical resolution text is measured at (see DiagramExporter::textDpi).
    explicit ExtentRecorder(int dpi);
    ~ExtentRecorder() override;

    QPaintEngine *paintEngine() const override;
    // The rectangle painted so far, in device coordinates; null when nothing was.
    QRectF extent() const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    int m_dpi;
    std::unique_ptr<ExtentPaintEngine> m_engine;
};

} // namespace kt
