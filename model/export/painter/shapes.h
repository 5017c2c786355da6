#pragma once

#include <model/meta/metatypes.h>

#include <QLineF>
#include <QPainterPath>
#include <QRectF>

namespace kt::shapes {

// The outline of a node of a profile shape ("rectangle", "cylinder", ...) in r.
QPainterPath outline(const QString &shape, const QRectF &r);
// Where the label may go inside that outline (a cylinder's lid, a bus's ends ...).
QRectF labelArea(const QString &shape, const QRectF &r);

// The point where the line from the centre of r towards `towards` leaves r.
QPointF boundaryPoint(const QRectF &r, const QPointF &towards);

// An arrowhead at the end p2 of line (pointing along it); returns the path and
// whether it is to be filled.
QPainterPath arrowHead(ArrowHead head, const QLineF &line, double size, bool *filled);
// The line shortened at p2 by the length the arrowhead covers.
double arrowInset(ArrowHead head, double size);

} // namespace kt::shapes
