#pragma once

#include "localizedtext.h"

#include <QHash>
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

// EnumSet: any subset of the values (deployment level: province, district and
// commune at once), stored as their ids joined by commas in profile order; a
// single id, as older files have it, is a set of one.
enum class PropertyType { Int, Enum, String, Date, EnumSet };

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

    // The ids of an EnumSet value ("province,district" -> both); empty parts dropped.
    static QStringList setIds(const QString &value)
    {
        QStringList ids;
        for (const QString &part : value.split(u','))
            if (const QString id = part.trimmed(); !id.isEmpty())
                ids.append(id);
        return ids;
    }
    // The stored form of a set: the known ids in profile order, joined by commas.
    QString setValue(const QStringList &ids) const
    {
        QStringList ordered;
        for (const EnumValue &v : values)
            if (ids.contains(v.id))
                ordered.append(v.id);
        return ordered.join(u',');
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
// Small: a small open head (ArchiMate's access); Half: one side of an open head
// (ArchiMate's directed association).
enum class ArrowHead { None, Open, Filled, Hollow, Diamond, HollowDiamond, Dot, Small, Half };

struct RelationshipType
{
    QString id;
    LocalizedText name;
    QString archimateType;
    LineStyle line = LineStyle::Solid;
    ArrowHead sourceArrow = ArrowHead::None;
    ArrowHead targetArrow = ArrowHead::Open;
    bool generic = false;
    // True when ArchiMate reads the relationship the other way round ("a user
    // uses a system" is Serving from the system to the user): the exchange file
    // carries it with source and target swapped.
    bool archimateReversed = false;
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

// An abbreviation the documents use (profile key "abbreviations"), with what it
// stands for: a report's "Chữ viết tắt" lists those its text contains.
struct Abbreviation
{
    QString abbreviation; // "LGSP", "CSDL"
    LocalizedText expansion;
};

// How the types of an earlier framework become this framework's types (profile
// key "upgrades"): what Model ▸ Upgrade and the comparison of two models drawn to
// different frameworks go through. A type missing from the tables has no mapping.
struct FrameworkMapping
{
    QString fromFramework; // "vn-egov-1.0"
    QHash<QString, QString> elementTypes;      // earlier type id -> this profile's type id
    QHash<QString, QString> relationshipTypes; // earlier type id -> this profile's type id
};

} // namespace kt
