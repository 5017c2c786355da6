#include "profileloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Collects the first problem found; every check names the entry it is about.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(kt::ProfileLoader)

public:
    explicit Reader(QString fileName) : m_fileName(std::move(fileName)) {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = tr("Framework profile %1: %2").arg(m_fileName, message);
    }

    QString string(const QJsonObject &object, const QString &key, const QString &where,
                   bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (required || !value.isUndefined())
            fail(tr("%1 needs a text “%2”.").arg(where, key));
        return {};
    }

    LocalizedText text(const QJsonObject &object, const QString &key, const QString &where)
    {
        const QJsonObject t = object.value(key).toObject();
        LocalizedText result{t.value(u"vi"_s).toString(), t.value(u"en"_s).toString()};
        if (result.vi.isEmpty() || result.en.isEmpty())
            fail(tr("%1 needs “%2” in Vietnamese (vi) and English (en).").arg(where, key));
        return result;
    }

    QStringList strings(const QJsonObject &object, const QString &key, const QString &where)
    {
        QStringList result;
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return result;
        if (!value.isArray()) {
            fail(tr("%1: “%2” must be a list.").arg(where, key));
            return result;
        }
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isString()) {
                fail(tr("%1: “%2” must be a list of texts.").arg(where, key));
                return result;
            }
            result.append(v.toString());
        }
        return result;
    }

    void uniqueId(QSet<QString> &seen, const QString &id, const QString &what)
    {
        if (seen.contains(id))
            fail(tr("the %1 id “%2” is used twice.").arg(what, id));
        seen.insert(id);
    }

private:
    QString m_fileName;
    QString m_error;
};

template<typename T>
T parseEnum(Reader &reader, const QString &value, const QList<std::pair<QString, T>> &names,
            T fallback, const QString &where)
{
    if (value.isEmpty())
        return fallback;
    for (const auto &[name, v] : names)
        if (name == value)
            return v;
    reader.fail(QCoreApplication::translate("kt::ProfileLoader", "%1: unknown value “%2”.")
                        .arg(where, value));
    return fallback;
}

const QList<std::pair<QString, ArrowHead>> &arrowNames()
{
    static const QList<std::pair<QString, ArrowHead>> names{
            {u"none"_s, ArrowHead::None},       {u"open"_s, ArrowHead::Open},
            {u"filled"_s, ArrowHead::Filled},   {u"hollow"_s, ArrowHead::Hollow},
            {u"diamond"_s, ArrowHead::Diamond}, {u"hollow-diamond"_s, ArrowHead::HollowDiamond},
            {u"dot"_s, ArrowHead::Dot},         {u"small"_s, ArrowHead::Small},
            {u"half"_s, ArrowHead::Half}};
    return names;
}

} // namespace

Result<ProfilePtr> ProfileLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ProfilePtr>::failure(
                tr("Framework profile %1 cannot be read: %2").arg(path, file.errorString()));
    return loadData(file.readAll(), path);
}

Result<ProfilePtr> ProfileLoader::loadData(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Result<ProfilePtr>::failure(
                tr("Framework profile %1 is not valid JSON: %2 (at character %3).")
                        .arg(fileName, parseError.errorString())
                        .arg(parseError.offset));

    Reader r(fileName);
    auto profile = std::make_shared<Profile>();
    const QJsonObject root = document.object();
    profile->m_id = r.string(root, u"id"_s, tr("The profile"));
    profile->m_version = r.string(root, u"version"_s, tr("The profile"));
    profile->m_name = r.text(root, u"name"_s, tr("The profile"));
    profile->m_issuedBy = r.text(root, u"issuedBy"_s, tr("The profile"));

    // Properties.
    QSet<QString> seen;
    for (const QJsonValue &v : root.value(u"properties"_s).toArray()) {
        const QJsonObject o = v.toObject();
        PropertyDefinition p;
        p.key = r.string(o, u"key"_s, tr("A property"));
        const QString where = tr("Property “%1”").arg(p.key);
        r.uniqueId(seen, p.key, tr("property"));
        p.name = r.text(o, u"name"_s, where);
        p.type = parseEnum<PropertyType>(r, r.string(o, u"type"_s, where),
                                         {{u"int"_s, PropertyType::Int},
                                          {u"enum"_s, PropertyType::Enum},
                                          {u"string"_s, PropertyType::String},
                                          {u"date"_s, PropertyType::Date},
                                          {u"enumSet"_s, PropertyType::EnumSet}},
                                         PropertyType::String, where);
        p.minimum = o.value(u"min"_s).toInt();
        p.maximum = o.value(u"max"_s).toInt();
        if (p.type == PropertyType::Int && p.minimum > p.maximum)
            r.fail(tr("%1: min is greater than max.").arg(where));
        QSet<QString> valueIds;
        for (const QJsonValue &ev : o.value(u"values"_s).toArray()) {
            EnumValue value;
            value.id = r.string(ev.toObject(), u"id"_s, where);
            value.name = r.text(ev.toObject(), u"name"_s, where);
            r.uniqueId(valueIds, value.id, tr("value of %1").arg(p.key));
            if (value.id.contains(u','))
                r.fail(tr("%1: the value id “%2” contains a comma.").arg(where, value.id));
            p.values.append(value);
        }
        if ((p.type == PropertyType::Enum || p.type == PropertyType::EnumSet)
            && p.values.isEmpty())
            r.fail(tr("%1 is an enumeration without values.").arg(where));
        profile->m_propertyIndex.insert(p.key, profile->m_properties.size());
        profile->m_properties.append(p);
    }
    const auto checkKeys = [&](const QStringList &keys, const QString &where) {
        for (const QString &key : keys)
            if (!profile->m_propertyIndex.contains(key))
                r.fail(tr("%1 names the unknown property “%2”.").arg(where, key));
    };
    const QStringList common = r.strings(root, u"commonProperties"_s, tr("The profile"));
    checkKeys(common, tr("commonProperties"));

    // Layers.
    seen.clear();
    for (const QJsonValue &v : root.value(u"layers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Layer layer;
        layer.id = r.string(o, u"id"_s, tr("A layer"));
        const QString where = tr("Layer “%1”").arg(layer.id);
        r.uniqueId(seen, layer.id, tr("layer"));
        layer.name = r.text(o, u"name"_s, where);
        layer.color = r.string(o, u"color"_s, where);
        if (!layer.color.startsWith(u'#') || layer.color.size() != 7)
            r.fail(tr("%1: the colour must be written #rrggbb.").arg(where));
        layer.placement = parseEnum<LayerPlacement>(r, r.string(o, u"placement"_s, where),
                                                    {{u"band"_s, LayerPlacement::Band},
                                                     {u"column"_s, LayerPlacement::Column},
                                                     {u"side"_s, LayerPlacement::Side},
                                                     {u"component"_s, LayerPlacement::Component}},
                                                    LayerPlacement::Band, where);
        layer.side = parseEnum<ColumnSide>(r, o.value(u"side"_s).toString(),
                                           {{u"left"_s, ColumnSide::Left},
                                            {u"right"_s, ColumnSide::Right}},
                                           ColumnSide::Left, where);
        layer.order = o.value(u"order"_s).toInt();
        QSet<QString> bandIds;
        for (const QJsonValue &bv : o.value(u"bands"_s).toArray()) {
            Band band;
            band.id = r.string(bv.toObject(), u"id"_s, where);
            band.name = r.text(bv.toObject(), u"name"_s, where);
            band.fullWidth = bv.toObject().value(u"fullWidth"_s).toBool();
            band.alongside = r.strings(bv.toObject(), u"alongside"_s, where);
            r.uniqueId(bandIds, band.id, tr("band of layer %1").arg(layer.id));
            layer.bands.append(band);
        }
        profile->m_layers.append(layer);
    }
    if (profile->m_layers.isEmpty())
        r.fail(tr("it declares no layers."));
    std::stable_sort(profile->m_layers.begin(), profile->m_layers.end(),
                     [](const Layer &a, const Layer &b) { return a.order < b.order; });
    for (qsizetype i = 0; i < profile->m_layers.size(); ++i)
        profile->m_layerIndex.insert(profile->m_layers.at(i).id, i);

    // Element types.
    seen.clear();
    for (const QJsonValue &v : root.value(u"elementTypes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ElementType type;
        type.id = r.string(o, u"id"_s, tr("An element type"));
        const QString where = tr("Element type “%1”").arg(type.id);
        r.uniqueId(seen, type.id, tr("element type"));
        type.layer = r.string(o, u"layer"_s, where);
        const Layer *layer = profile->layer(type.layer);
        if (!layer)
            r.fail(tr("%1 names the unknown layer “%2”.").arg(where, type.layer));
        type.band = r.string(o, u"band"_s, where, false);
        if (layer && !type.band.isEmpty()
            && std::none_of(layer->bands.begin(), layer->bands.end(),
                            [&](const Band &b) { return b.id == type.band; }))
            r.fail(tr("%1 names the unknown band “%2” of layer “%3”.")
                           .arg(where, type.band, type.layer));
        type.name = r.text(o, u"name"_s, where);
        type.icon = r.string(o, u"icon"_s, where);
        type.shape = r.string(o, u"shape"_s, where);
        type.archimateType = r.string(o, u"archimate"_s, where);
        type.informationSystem = o.value(u"informationSystem"_s).toBool();
        type.generic = o.value(u"generic"_s).toBool();
        const QStringList own = r.strings(o, u"properties"_s, where);
        checkKeys(own, where);
        type.properties = common;
        for (const QString &key : own)
            if (!type.properties.contains(key))
                type.properties.append(key);
        type.required = r.strings(o, u"required"_s, where);
        for (const QString &key : std::as_const(type.required))
            if (!type.properties.contains(key))
                r.fail(tr("%1 requires the property “%2” that it does not have.").arg(where, key));
        profile->m_elementTypeIndex.insert(type.id, profile->m_elementTypes.size());
        profile->m_elementTypes.append(type);
    }

    for (const Layer &layer : std::as_const(profile->m_layers))
        for (const Band &band : layer.bands)
            for (const QString &type : band.alongside)
                if (!profile->elementType(type))
                    r.fail(tr("%1 names the unknown element type “%2”.")
                                   .arg(tr("Layer “%1”").arg(layer.id), type));

    // Relationship types.
    seen.clear();
    const QList<std::pair<QString, LineStyle>> lineNames{{u"solid"_s, LineStyle::Solid},
                                                         {u"dashed"_s, LineStyle::Dashed},
                                                         {u"dotted"_s, LineStyle::Dotted}};
    for (const QJsonValue &v : root.value(u"relationshipTypes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        RelationshipType type;
        type.id = r.string(o, u"id"_s, tr("A relationship type"));
        const QString where = tr("Relationship type “%1”").arg(type.id);
        r.uniqueId(seen, type.id, tr("relationship type"));
        type.name = r.text(o, u"name"_s, where);
        type.archimateType = r.string(o, u"archimate"_s, where);
        type.line = parseEnum(r, o.value(u"line"_s).toString(), lineNames, LineStyle::Solid, where);
        type.sourceArrow = parseEnum(r, o.value(u"sourceArrow"_s).toString(), arrowNames(),
                                     ArrowHead::None, where);
        type.targetArrow = parseEnum(r, o.value(u"targetArrow"_s).toString(), arrowNames(),
                                     ArrowHead::Open, where);
        type.generic = o.value(u"generic"_s).toBool();
        type.archimateReversed = o.value(u"archimateReversed"_s).toBool();
        if (type.archimateReversed && type.generic)
            r.fail(tr("%1: the generic type cannot be reversed.").arg(where));
        profile->m_relationshipTypeIndex.insert(type.id, profile->m_relationshipTypes.size());
        profile->m_relationshipTypes.append(type);
    }
    for (const QString &id : seen)
        if (profile->m_elementTypeIndex.contains(id))
            r.fail(tr("the id “%1” names both an element type and a relationship type.").arg(id));

    // Rules.
    const auto readEnd = [&](const QJsonObject &o, const QString &where) {
        RuleEnd end;
        end.layers = r.strings(o, u"layers"_s, where);
        end.types = r.strings(o, u"types"_s, where);
        for (const QString &layer : std::as_const(end.layers))
            if (layer != u"*" && !profile->layer(layer))
                r.fail(tr("%1 names the unknown layer “%2”.").arg(where, layer));
        for (const QString &type : std::as_const(end.types))
            if (!profile->elementType(type))
                r.fail(tr("%1 names the unknown element type “%2”.").arg(where, type));
        if (end.layers.isEmpty() && end.types.isEmpty())
            r.fail(tr("%1 has an end with neither layers nor types.").arg(where));
        return end;
    };
    const QJsonArray rules = root.value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        RelationshipRule rule;
        rule.relationship = r.string(o, u"relationship"_s, tr("Rule %1").arg(i + 1));
        const QString where = tr("Rule %1 (%2)").arg(i + 1).arg(rule.relationship);
        if (!profile->relationshipType(rule.relationship))
            r.fail(tr("%1 names the unknown relationship type “%2”.").arg(where, rule.relationship));
        rule.from = readEnd(o.value(u"from"_s).toObject(), where);
        rule.to = readEnd(o.value(u"to"_s).toObject(), where);
        profile->m_rules.append(rule);
    }

    // Component architectures: each names layers, sub-bands and element types
    // the profile declares.
    seen.clear();
    for (const QJsonValue &v : root.value(u"components"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ComponentArchitecture component;
        component.id = r.string(o, u"id"_s, tr("A component architecture"));
        const QString where = tr("Component architecture “%1”").arg(component.id);
        r.uniqueId(seen, component.id, tr("component architecture"));
        component.name = r.text(o, u"name"_s, where);
        component.layers = r.strings(o, u"layers"_s, where);
        component.bands = r.strings(o, u"bands"_s, where);
        component.elementTypes = r.strings(o, u"elementTypes"_s, where);
        for (const QString &layer : std::as_const(component.layers))
            if (!profile->layer(layer))
                r.fail(tr("%1 names the unknown layer “%2”.").arg(where, layer));
        for (const QString &band : std::as_const(component.bands)) {
            const Layer *layer = profile->layer(band.section(u'/', 0, 0));
            const QString bandId = band.section(u'/', 1);
            if (!layer
                || std::none_of(layer->bands.begin(), layer->bands.end(),
                                [&](const Band &b) { return b.id == bandId; }))
                r.fail(tr("%1 names the unknown band “%2” (write “<layer>/<band>”).")
                               .arg(where, band));
        }
        for (const QString &type : std::as_const(component.elementTypes))
            if (!profile->elementType(type))
                r.fail(tr("%1 names the unknown element type “%2”.").arg(where, type));
        if (component.layers.isEmpty() && component.bands.isEmpty()
            && component.elementTypes.isEmpty())
            r.fail(tr("%1 shows nothing: give it layers, bands or element types.").arg(where));
        profile->m_components.append(component);
    }

    // Abbreviations: {"LGSP": {"vi": …, "en": …}, …}, listed in file order.
    const QJsonValue abbreviations = root.value(u"abbreviations"_s);
    if (!abbreviations.isUndefined() && !abbreviations.isArray())
        r.fail(tr("“abbreviations” must be a list of {\"abbreviation\", \"expansion\"}."));
    seen.clear();
    for (const QJsonValue &v : abbreviations.toArray()) {
        const QJsonObject o = v.toObject();
        Abbreviation a;
        a.abbreviation = r.string(o, u"abbreviation"_s, tr("An abbreviation"));
        r.uniqueId(seen, a.abbreviation, tr("abbreviation"));
        a.expansion = r.text(o, u"expansion"_s, tr("Abbreviation “%1”").arg(a.abbreviation));
        profile->m_abbreviations.append(a);
    }

    // Upgrades: [{"from": "vn-egov-1.0", "elementTypes": {old: new}, "relationshipTypes":
    // {old: new}}]. The new types must be this profile's; the old ones belong to the
    // other profile, which tests check against it.
    const QJsonValue upgrades = root.value(u"upgrades"_s);
    if (!upgrades.isUndefined() && !upgrades.isArray())
        r.fail(tr("“upgrades” must be a list of {\"from\", \"elementTypes\", "
                  "\"relationshipTypes\"}."));
    seen.clear();
    for (const QJsonValue &v : upgrades.toArray()) {
        const QJsonObject o = v.toObject();
        FrameworkMapping mapping;
        mapping.fromFramework = r.string(o, u"from"_s, tr("An upgrade"));
        r.uniqueId(seen, mapping.fromFramework, tr("upgrade"));
        const QJsonObject elements = o.value(u"elementTypes"_s).toObject();
        for (auto it = elements.begin(); it != elements.end(); ++it) {
            const QString type = it.value().toString();
            if (!profile->elementType(type))
                r.fail(tr("The upgrade from “%1” maps the element type “%2” to the unknown "
                          "element type “%3”.")
                               .arg(mapping.fromFramework, it.key(), type));
            mapping.elementTypes.insert(it.key(), type);
        }
        const QJsonObject relationships = o.value(u"relationshipTypes"_s).toObject();
        for (auto it = relationships.begin(); it != relationships.end(); ++it) {
            const QString type = it.value().toString();
            if (!profile->relationshipType(type))
                r.fail(tr("The upgrade from “%1” maps the relationship type “%2” to the unknown "
                          "relationship type “%3”.")
                               .arg(mapping.fromFramework, it.key(), type));
            mapping.relationshipTypes.insert(it.key(), type);
        }
        profile->m_mappings.append(mapping);
    }

    // Import mapping.
    const QJsonObject import = root.value(u"import"_s).toObject();
    const QJsonObject importElements = import.value(u"elements"_s).toObject();
    for (auto it = importElements.begin(); it != importElements.end(); ++it) {
        const QString type = it.value().toString();
        if (!profile->elementType(type))
            r.fail(tr("The import of ArchiMate type “%1” names the unknown element type “%2”.")
                           .arg(it.key(), type));
        profile->m_importElements.insert(it.key(), type);
    }
    const QJsonObject importRelationships = import.value(u"relationships"_s).toObject();
    for (auto it = importRelationships.begin(); it != importRelationships.end(); ++it) {
        const QString type = it.value().toString();
        if (!profile->relationshipType(type))
            r.fail(tr("The import of ArchiMate relationship “%1” names the unknown relationship "
                      "type “%2”.")
                           .arg(it.key(), type));
        profile->m_importRelationships.insert(it.key(), type);
    }
    profile->m_fallbackLayer = import.value(u"fallbackLayer"_s).toString();
    if (!profile->m_elementTypes.isEmpty() && !profile->genericElementType(profile->m_fallbackLayer))
        r.fail(tr("the import fallback layer “%1” has no generic element type.")
                       .arg(profile->m_fallbackLayer));
    if (!profile->m_relationshipTypes.isEmpty() && !profile->genericRelationshipType())
        r.fail(tr("no relationship type is marked generic."));

    // Sizes of new shapes, each [width, height]; optional.
    const QJsonObject diagram = root.value(u"diagram"_s).toObject();
    const auto size = [&](const QString &key) {
        const QJsonValue value = diagram.value(key);
        if (value.isUndefined())
            return QSizeF();
        const QJsonArray pair = value.toArray();
        const auto fits = [](const QJsonValue &v) {
            return v.isDouble() && v.toDouble() >= 10 && v.toDouble() <= 10000;
        };
        if (pair.size() == 2 && fits(pair.at(0)) && fits(pair.at(1)))
            return QSizeF(pair.at(0).toDouble(), pair.at(1).toDouble());
        r.fail(tr("“diagram”: “%1” must be [width, height], each from 10 to 10000.").arg(key));
        return QSizeF();
    };
    profile->m_diagramSizes.node = size(u"nodeSize"_s);
    profile->m_diagramSizes.group = size(u"groupSize"_s);
    profile->m_diagramSizes.note = size(u"noteSize"_s);

    if (r.failed())
        return Result<ProfilePtr>::failure(r.error());
    return ProfilePtr(std::move(profile));
}

} // namespace kt
