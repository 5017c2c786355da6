#pragma once

#include "localizedtext.h"

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace kt {

// The kinds of things a framework profile declares (see docs/PROFILE-FORMAT.md).

enum class LayerPlacement { Band, Column, Side };
enum class ColumnSide { Left, Right };

struct Band
{
    QString id;
    LocalizedText name;
    // Drawn as a band of its own across the overall diagram's central width: above
    // its layer's band when it comes before the layer's other sub-bands, else below.
    bool fullWidth = false;
    // Element types of a column or side layer whose elements the overall diagram
    // places in their column level with this band (the national platforms beside LGSP).
    QStringList alongside;
};

struct Layer
{
    QString id;
    LocalizedText name;
    QString color; // "#rrggbb"
    LayerPlacement placement = LayerPlacement::Band;
    ColumnSide side = ColumnSide::Left;
    int order = 0;
    QList<Band> bands;
};

// The sizes of new shapes on a diagram (profile key "diagram"); an empty size
// leaves the editor's default (model/compose/geometry.h).
struct DiagramSizes
{
    QSizeF node;
    QSizeF group;
    QSizeF note;
};

enum class PropertyType { Int, Enum, String, Date };

struct EnumValue
{
    QString id;
    LocalizedText name;
};

struct PropertyDefinition
{
    QString key;
    LocalizedText name;
    PropertyType type = PropertyType::String;
    int minimum = 0;
    int maximum = 0;
    QList<EnumValue> values;

    const EnumValue *value(const QString &id) const
    {
        for (const EnumValue &v : values)
            if (v.id == id)
                return &v;
        return nullptr;
    }
};

struct ElementType
{
    QString id;
    QString layer;
    QString band; // empty when the layer has no sub-bands
    LocalizedText name;
    QString icon;
    QString shape;
    QString archimateType;
    bool informationSystem = false;
    bool generic = false;
    QStringList properties; // all property keys of the type: common ones first
    QStringList required;
};

enum class LineStyle { Solid, Dashed, Dotted };
enum class ArrowHead { None, Open, Filled, Hollow, Diamond, HollowDiamond, Dot };

struct RelationshipType
{
    QString id;
    LocalizedText name;
    QString archimateType;
    LineStyle line = LineStyle::Solid;
    ArrowHead sourceArrow = ArrowHead::None;
    ArrowHead targetArrow = ArrowHead::Open;
    bool generic = false;
};

// One end of a rule: matches an element whose layer or type is listed.
struct RuleEnd
{
    QStringList layers; // "*" matches every layer
    QStringList types;
};

struct RelationshipRule
{
    QString relationship;
    RuleEnd from;
    RuleEnd to;
};

} // namespace kt
