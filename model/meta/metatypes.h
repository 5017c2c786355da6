#pragma once

#include "localizedtext.h"

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace kt {

// The kinds of things a framework profile declares (see docs/PROFILE-FORMAT.md).

// Component: a layer shown only in the component architectures (e.g. business,
// data), never in the overall diagram.
enum class LayerPlacement { Band, Column, Side, Component };
enum class ColumnSide { Left, Right };

struct Band
{
    QString id;
    LocalizedText name;
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

// One component architecture (profile key "components"): the view of one part
// of the architecture (business, data, applications, ...). It shows the
// elements of its layers, of its sub-bands ("<layer>/<band>") and of its
// element types.
struct ComponentArchitecture
{
    QString id;
    LocalizedText name;
    QStringList layers;
    QStringList bands;
    QStringList elementTypes;
};

} // namespace kt
