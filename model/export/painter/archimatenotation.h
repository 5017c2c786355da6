#pragma once

#include <model/meta/metatypes.h>

#include <QColor>
#include <QMap>
#include <QPainterPath>
#include <QRectF>
#include <QString>

class QPainter;

namespace kt::archimate {

// ArchiMate 3.1's notation (the specification's chapters on each layer and on
// relationships), for the painter: the shape, colour and icon of an element type,
// the line and ends of a relationship type. Types are the exchange format's names
// ("BusinessActor", "Serving").

enum class Shape {
    Rectangle, // active and passive structure
    Rounded,   // behaviour, strategy behaviour, work package
    Cut,       // motivation: corners cut off
    Junction,  // a small circle, filled for And
    Grouping,  // dashed, with a tab
    Unknown,
};

struct ElementLook
{
    Shape shape = Shape::Unknown;
    QColor fill; // the colour ArchiMate tools give the layer
};

// The look of an element type; Shape::Unknown for a name ArchiMate does not have.
ElementLook elementLook(const QString &type);
QPainterPath outline(Shape shape, const QRectF &r);
// The small icon ArchiMate draws in a node's top right corner, in the line colour;
// false when the type has none (grouping, junction, an unknown name).
bool paintIcon(QPainter *painter, const QString &type, const QRectF &r, const QColor &color);

struct LineLook
{
    bool known = false;
    LineStyle line = LineStyle::Solid;
    ArrowHead source = ArrowHead::None;
    ArrowHead target = ArrowHead::None;
};

// The line of a relationship type; attributes are those the exchange file gives
// (accessType "Read", "Write", "ReadWrite", "Access"; isDirected "true").
LineLook lineLook(const QString &type, const QMap<QString, QString> &attributes);

} // namespace kt::archimate
