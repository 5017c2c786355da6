#pragma once

#include <model/core/id.h>

#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>

#include <memory>

namespace kt {

struct ViewOverlay;

enum class ExportBackground { White, Transparent };

// How a diagram is exported. One diagram unit is 1/96 inch: the canvas at 100%.
struct ExportOptions
{
    // Size of the output: 1.0 is 100%. For PNG, dpi (when above 0) overrides it
    // (96 dpi is 100%); SVG and a PDF page fitted to the diagram scale by it too.
    double scale = 1.0;
    int dpi = 0;
    ExportBackground background = ExportBackground::White;
    // Diagram units of empty space around everything drawn.
    double margin = 20;
    // Only these nodes (with what they contain and the connections between
    // them); empty: the whole view.
    QList<NodeId> selection;
    // Drawn over the diagram: what changed between two versions (the comparison).
    std::shared_ptr<const ViewOverlay> overlay;

    // PDF: an invalid paper size fits the page to the diagram; a valid one
    // (A4, A3 ...) fits the diagram into the page inside the paper margins (mm;
    // 7 mm, what office printers print to, so that the overall diagram's names
    // reach 6 pt on A4) and `margin` does not apply.
    QPageSize paperSize;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF paperMargins{7, 7, 7, 7};

    static constexpr double UnitsPerInch = 96;

    // Output pixels per diagram unit.
    double pixelsPerUnit() const { return dpi > 0 ? dpi / UnitsPerInch : scale; }
    // The resolution recorded in a PNG file.
    double effectiveDpi() const { return dpi > 0 ? dpi : scale * UnitsPerInch; }
};

} // namespace kt
