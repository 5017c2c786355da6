#include "printlayout.h"
#include "exportoptions.h"

#include <cmath>

namespace kt {

PrintPlan PrintLayout::plan(const QRectF &frame, const QSizeF &area, PrintMode mode, double scale)
{
    PrintPlan plan;
    if (frame.isEmpty() || area.isEmpty())
        return plan;
    if (mode == PrintMode::FitToPage) {
        plan.pointsPerUnit =
                std::min(area.width() / frame.width(), area.height() / frame.height());
        plan.columns = plan.rows = 1;
        QRectF tile(QPointF(), area / plan.pointsPerUnit);
        tile.moveCenter(frame.center());
        plan.tiles.append(tile);
        return plan;
    }
    plan.pointsPerUnit = std::max(scale, 0.01) * 72 / ExportOptions::UnitsPerInch;
    const QSizeF tile = area / plan.pointsPerUnit;
    // A rounding hair over a page's width is no reason for another column.
    constexpr double Slack = 1e-6;
    plan.columns = std::max(1, int(std::ceil(frame.width() / tile.width() - Slack)));
    plan.rows = std::max(1, int(std::ceil(frame.height() / tile.height() - Slack)));
    // The grid starts at the frame's top left corner: the first page is as full
    // as the diagram allows, and what the last pages leave over is blank paper
    // at the right and bottom, where a pasted-up sheet is trimmed anyway. (A
    // centred grid gave the first page a strip of the diagram's corner.)
    const QPointF origin = frame.topLeft();
    for (int row = 0; row < plan.rows; ++row)
        for (int column = 0; column < plan.columns; ++column)
            plan.tiles.append(QRectF(origin + QPointF(column * tile.width(), row * tile.height()),
                                     tile));
    return plan;
}

} // namespace kt
