#pragma once

#include "metatypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace kt {

// The vocabulary of one framework: layers, element and relationship types, the
// rules of which relationship may join which ends, and property schemas.
// Immutable once loaded; shared by every model that follows the framework.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(kt::Profile)

public:
    QString id() const { return m_id; }
    QString version() const { return m_version; }
    const LocalizedText &name() const { return m_name; }
    const LocalizedText &issuedBy() const { return m_issuedBy; }

    const QList<Layer> &layers() const { return m_layers; } // in diagram order
    const QList<ElementType> &elementTypes() const { return m_elementTypes; }
    const QList<RelationshipType> &relationshipTypes() const { return m_relationshipTypes; }
    const QList<PropertyDefinition> &properties() const { return m_properties; }
    const QList<RelationshipRule> &rules() const { return m_rules; }
    const DiagramSizes &diagramSizes() const { return m_diagramSizes; }
    // The component architectures, in profile order.
    const QList<ComponentArchitecture> &components() const { return m_components; }
    const ComponentArchitecture *component(const QString &id) const;
    // The abbreviations of the framework's documents, in profile order.
    const QList<Abbreviation> &abbreviations() const { return m_abbreviations; }
    // The mapping of an earlier framework's types to this profile's, or null
    // when the profile maps nothing from that framework.
    const FrameworkMapping *mappingFrom(const QString &frameworkId) const;
    const QList<FrameworkMapping> &mappings() const { return m_mappings; }

    const Layer *layer(const QString &id) const;
    const ElementType *elementType(const QString &id) const;
    const RelationshipType *relationshipType(const QString &id) const;
    const PropertyDefinition *property(const QString &key) const;

    // The generic type of a layer, for ArchiMate types the profile does not map.
    const ElementType *genericElementType(const QString &layerId) const;
    const RelationshipType *genericRelationshipType() const;

    // The type an element or relationship of an ArchiMate type becomes on import
    // when it carries no type of ours.
    const ElementType *importElementType(const QString &archimateType) const;
    const RelationshipType *importRelationshipType(const QString &archimateType) const;

    // True when the framework allows a relationship of this type from an element
    // of type sourceType to one of type targetType.
    bool isAllowed(const QString &relationshipType, const QString &sourceType,
                   const QString &targetType) const;
    // The relationship types allowed between the two element types, in profile order.
    QList<const RelationshipType *> allowedRelationships(const QString &sourceType,
                                                         const QString &targetType) const;

    // Checks a value of a property of an element type: an empty message when the
    // value is acceptable, otherwise a message saying why not.
    QString checkProperty(const QString &elementType, const QString &key,
                          const QString &value) const;

    // A stored value as a reader sees it: an enum value's name, the names of a
    // set joined ("Tỉnh, huyện, xã"); other values (and unknown ids) as stored.
    QString displayValue(const QString &key, const QString &value, const QString &language) const;

private:
    friend class ProfileLoader;
    bool matches(const RuleEnd &end, const QString &elementType) const;

    QString m_id;
    QString m_version;
    LocalizedText m_name;
    LocalizedText m_issuedBy;
    QList<Layer> m_layers;
    QList<ElementType> m_elementTypes;
    QList<RelationshipType> m_relationshipTypes;
    QList<PropertyDefinition> m_properties;
    QList<RelationshipRule> m_rules;
    QHash<QString, QString> m_importElements;
    QHash<QString, QString> m_importRelationships;
    QString m_fallbackLayer;
    DiagramSizes m_diagramSizes;
    QList<ComponentArchitecture> m_components;
    QList<Abbreviation> m_abbreviations;
    QList<FrameworkMapping> m_mappings;

    QHash<QString, qsizetype> m_layerIndex;
    QHash<QString, qsizetype> m_elementTypeIndex;
    QHash<QString, qsizetype> m_relationshipTypeIndex;
    QHash<QString, qsizetype> m_propertyIndex;
};

using ProfilePtr = std::shared_ptr<const Profile>;

} // namespace kt
