#include "profile.h"

#include <QDate>

namespace kt {

using namespace Qt::StringLiterals;

template<typename T>
static const T *lookup(const QList<T> &list, const QHash<QString, qsizetype> &index,
                       const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &list.at(*it);
}

const Layer *Profile::layer(const QString &id) const
{
    return lookup(m_layers, m_layerIndex, id);
}

const ComponentArchitecture *Profile::component(const QString &id) const
{
    for (const ComponentArchitecture &component : m_components)
        if (component.id == id)
            return &component;
    return nullptr;
}

const ElementType *Profile::elementType(const QString &id) const
{
    return lookup(m_elementTypes, m_elementTypeIndex, id);
}

const RelationshipType *Profile::relationshipType(const QString &id) const
{
    return lookup(m_relationshipTypes, m_relationshipTypeIndex, id);
}

const PropertyDefinition *Profile::property(const QString &key) const
{
    return lookup(m_properties, m_propertyIndex, key);
}

const ElementType *Profile::genericElementType(const QString &layerId) const
{
    for (const ElementType &type : m_elementTypes)
        if (type.generic && type.layer == layerId)
            return &type;
    return nullptr;
}

const RelationshipType *Profile::genericRelationshipType() const
{
    for (const RelationshipType &type : m_relationshipTypes)
        if (type.generic)
            return &type;
    return nullptr;
}

const FrameworkMapping *Profile::mappingFrom(const QString &frameworkId) const
{
    for (const FrameworkMapping &mapping : m_mappings)
        if (mapping.fromFramework == frameworkId)
            return &mapping;
    return nullptr;
}

const ElementType *Profile::importElementType(const QString &archimateType) const
{
    if (const auto it = m_importElements.constFind(archimateType); it != m_importElements.constEnd())
        return elementType(*it);
    return genericElementType(m_fallbackLayer);
}

const RelationshipType *Profile::importRelationshipType(const QString &archimateType) const
{
    if (const auto it = m_importRelationships.constFind(archimateType);
        it != m_importRelationships.constEnd())
        return relationshipType(*it);
    return genericRelationshipType();
}

bool Profile::matches(const RuleEnd &end, const QString &elementTypeId) const
{
    if (end.types.contains(elementTypeId))
        return true;
    if (end.layers.contains(u"*"_s))
        return true;
    const ElementType *type = elementType(elementTypeId);
    return type && end.layers.contains(type->layer);
}

bool Profile::isAllowed(const QString &relationshipType, const QString &sourceType,
                        const QString &targetType) const
{
    for (const RelationshipRule &rule : m_rules) {
        if (rule.relationship == relationshipType && matches(rule.from, sourceType)
            && matches(rule.to, targetType))
            return true;
    }
    return false;
}

QList<const RelationshipType *> Profile::allowedRelationships(const QString &sourceType,
                                                              const QString &targetType) const
{
    QList<const RelationshipType *> result;
    for (const RelationshipType &type : m_relationshipTypes)
        if (isAllowed(type.id, sourceType, targetType))
            result.append(&type);
    return result;
}

QString Profile::checkProperty(const QString &elementTypeId, const QString &key,
                               const QString &value) const
{
    const PropertyDefinition *definition = property(key);
    if (!definition)
        return tr("“%1” is not a property of framework %2.").arg(key, m_id);
    const ElementType *type = elementType(elementTypeId);
    if (type && !type->properties.contains(key))
        return tr("Elements of type “%1” have no property “%2”.").arg(type->name.en, key);
    if (value.isEmpty())
        return {};
    switch (definition->type) {
    case PropertyType::Int: {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < definition->minimum || number > definition->maximum)
            return tr("%1 must be a whole number from %2 to %3, not “%4”.")
                    .arg(definition->name.en)
                    .arg(definition->minimum)
                    .arg(definition->maximum)
                    .arg(value);
        return {};
    }
    case PropertyType::Enum: {
        if (definition->value(value))
            return {};
        QStringList allowed;
        for (const EnumValue &v : definition->values)
            allowed.append(v.id);
        return tr("%1 must be one of %2, not “%3”.")
                .arg(definition->name.en, allowed.join(u", "_s), value);
    }
    case PropertyType::EnumSet: {
        const QStringList ids = PropertyDefinition::setIds(value);
        for (const QString &id : ids) {
            if (definition->value(id) && ids.count(id) == 1)
                continue;
            QStringList allowed;
            for (const EnumValue &v : definition->values)
                allowed.append(v.id);
            return tr("%1 must be one or more of %2, each once, separated by commas, not “%3”.")
                    .arg(definition->name.en, allowed.join(u", "_s), value);
        }
        return {};
    }
    case PropertyType::Date:
        if (!QDate::fromString(value, Qt::ISODate).isValid())
            return tr("%1 must be a date written as yyyy-mm-dd, not “%2”.")
                    .arg(definition->name.en, value);
        return {};
    case PropertyType::String:
        return {};
    }
    return {};
}

QString Profile::displayValue(const QString &key, const QString &value,
                              const QString &language) const
{
    const PropertyDefinition *definition = property(key);
    if (!definition || value.isEmpty())
        return value;
    if (definition->type == PropertyType::Enum) {
        const EnumValue *v = definition->value(value);
        return v ? v->name.text(language) : value;
    }
    if (definition->type != PropertyType::EnumSet)
        return value;
    // "Tỉnh, huyện, xã": the names in profile order, all but the first in lower case.
    QStringList names;
    for (const EnumValue &v : definition->values) {
        if (!PropertyDefinition::setIds(value).contains(v.id))
            continue;
        QString name = v.name.text(language);
        if (!names.isEmpty() && !name.isEmpty())
            name[0] = name.at(0).toLower();
        names.append(name);
    }
    for (const QString &id : PropertyDefinition::setIds(value))
        if (!definition->value(id))
            names.append(id);
    return names.join(u", "_s);
}

} // namespace kt
