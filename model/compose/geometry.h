#pragma once

#include <model/core/limits.h>
#include <model/layout/textmeasure.h>

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace kt::geometry {

// The geometry rules of diagrams, in one place: what the canvas, the edits, the
// importers and the command line all obey.

// Coordinates and sizes are whole numbers of at most this size. The same limit
// holds for a file being read and for an edit, so that whatever could be read
// can also be moved and resized (an imported node far away can be brought back).
inline constexpr double MaxCoordinate = limits::MaxCoordinate; // core/limits.h

// The grid nodes snap to on the canvas and on paste.
inline constexpr double GridSize = 10;

// The size of a new element node: at least DefaultNodeSize, wider or taller when
// its name needs it (wrapped at MaxLabelWidth), rounded up to the grid.
inline constexpr QSizeF DefaultNodeSize(140, 60);
inline constexpr double MaxLabelWidth = 180;
// Room around the label inside a node: the type icon on the left.
inline constexpr double LabelLeft = 28;
inline constexpr double LabelRight = 6;
inline constexpr double LabelVertical = 16;
inline constexpr double IconSize = 18;

// New groups and notes.
inline constexpr QSizeF DefaultGroupSize(400, 240);
inline constexpr QSizeF DefaultNoteSize(200, 80);
inline constexpr QSizeF DefaultLegendSize(360, 120);
inline constexpr QSizeF DefaultTitleBlockSize(480, 150);

// The smallest a node can be resized to.
inline constexpr QSizeF MinimumNodeSize(40, 30);

// Elements added to a view together are laid out this far apart; a duplicate
// lands this far from its original.
inline constexpr double CascadeOffset = 20;

bool isValidCoordinate(double value);
bool isValidPoint(const QPointF &point);
// A rectangle with coordinates and sizes within the limit, sizes not negative.
bool isValidBounds(const QRectF &bounds);

// Whole numbers, as stored.
QPointF rounded(const QPointF &point);
QRectF rounded(const QRectF &rect);

// On the grid when snapping, else to whole numbers.
QPointF snapped(const QPointF &point, bool toGrid = true);
// Sizes rounded up to the grid.
QSizeF grownToGrid(const QSizeF &size);

// The size a new element node needs for its label (see DefaultNodeSize).
// `minimum` is the profile's node size when it gives one.
QSizeF nodeSizeForLabel(const QString &label, const TextMeasure &measure,
                        const QSizeF &minimum = DefaultNodeSize);

// Which edges a resize handle moves.
enum class Edge { None = 0, Left = 1, Right = 2, Top = 4, Bottom = 8 };
using Edges = int;
// The rectangle with the given edges moved to point (snapped), no smaller than
// MinimumNodeSize.
QRectF resized(const QRectF &rect, Edges edges, const QPointF &point, bool toGrid = true);

// True when the axis-aligned segment a-b runs through the inside of r (touching or
// running along its edge is not); a slanted segment always counts as entering.
bool segmentEntersInterior(const QPointF &a, const QPointF &b, const QRectF &r);

// The point where the line from the centre of r towards `towards` leaves r.
QPointF boundaryPoint(const QRectF &r, const QPointF &towards);
// The drawn route of a connection: from the boundary of the source towards the
// first bendpoint (or the target's centre), through the bendpoints, to the
// boundary of the target.
QList<QPointF> connectionRoute(const QRectF &source, const QRectF &target,
                               const QList<QPointF> &bendpoints);

} // namespace kt::geometry
