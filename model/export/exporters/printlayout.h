#pragma once

#include <model/core/id.h>

#include <QList>
#include <QRectF>

namespace kt {

enum class PrintMode { FitToPage, Tile };

// How a view is printed. Paper size and orientation are the printer's.
struct PrintOptions
{
    PrintMode mode = PrintMode::FitToPage;
    // Tile: 1.0 prints at 100% (one diagram unit is 1/96 inch).
    double scale = 1.0;
    double margin = 10; // diagram units around the content
    QList<NodeId> selection;
};

// Where each printed page's part of the diagram comes from.
struct PrintPlan
{
    double pointsPerUnit = 1; // page points (1/72 inch) per diagram unit
    int columns = 0;
    int rows = 0;
    QList<QRectF> tiles; // the diagram rectangle of each page, row by row

    qsizetype pageCount() const { return tiles.size(); }
    // Where page index (from 0) goes when the pages are pasted together, from 1.
    int rowOf(qsizetype index) const { return columns > 0 ? int(index / columns) + 1 : 1; }
    int columnOf(qsizetype index) const { return columns > 0 ? int(index % columns) + 1 : 1; }
};

// The page computation of printing, apart from any painting so that it can be
// tested as a function: fit the frame on one page, or cut it into page-sized
// tiles at a scale, the grid starting at the frame's top left corner.
class PrintLayout
{
public:
    // frame: the diagram rectangle to print; area: a page's room for it in points.
    static PrintPlan plan(const QRectF &frame, const QSizeF &area, PrintMode mode, double scale);
};

} // namespace kt
