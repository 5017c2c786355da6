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
    const QPointF origin(frame.center().x() - plan.columns * tile.width() / 2,
                         frame.center().y() - plan.rows * tile.height() / 2);
    for (int row = 0; row < plan.rows; ++row)
        for (int column = 0; column < plan.columns; ++column)
            plan.tiles.append(QRectF(origin + QPointF(column * tile.width(), row * tile.height()),
                                     tile));
    return plan;
}

} // namespace kt
