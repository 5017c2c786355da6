#include "exchangenames.h"

#include <QHash>
#include <QSet>

namespace kt::exchange {

using namespace Qt::StringLiterals;

bool isElementType(const QString &archimateType)
{
    // ElementTypeEnum of archimate3_Model.xsd (3.1).
    static const QSet<QString> types{
            u"BusinessActor"_s,        u"BusinessRole"_s,          u"BusinessCollaboration"_s,
            u"BusinessInterface"_s,    u"BusinessProcess"_s,       u"BusinessFunction"_s,
            u"BusinessInteraction"_s,  u"BusinessEvent"_s,         u"BusinessService"_s,
            u"BusinessObject"_s,       u"Contract"_s,              u"Representation"_s,
            u"Product"_s,              u"ApplicationComponent"_s,  u"ApplicationCollaboration"_s,
            u"ApplicationInterface"_s, u"ApplicationFunction"_s,   u"ApplicationInteraction"_s,
            u"ApplicationProcess"_s,   u"ApplicationEvent"_s,      u"ApplicationService"_s,
            u"DataObject"_s,           u"Node"_s,                  u"Device"_s,
            u"SystemSoftware"_s,       u"TechnologyCollaboration"_s, u"TechnologyInterface"_s,
            u"Path"_s,                 u"CommunicationNetwork"_s,  u"TechnologyFunction"_s,
            u"TechnologyProcess"_s,    u"TechnologyInteraction"_s, u"TechnologyEvent"_s,
            u"TechnologyService"_s,    u"Artifact"_s,              u"Equipment"_s,
            u"Facility"_s,             u"DistributionNetwork"_s,   u"Material"_s,
            u"Stakeholder"_s,          u"Driver"_s,                u"Assessment"_s,
            u"Goal"_s,                 u"Outcome"_s,               u"Principle"_s,
            u"Requirement"_s,          u"Constraint"_s,            u"Meaning"_s,
            u"Value"_s,                u"Resource"_s,              u"Capability"_s,
            u"CourseOfAction"_s,       u"ValueStream"_s,           u"WorkPackage"_s,
            u"Deliverable"_s,          u"ImplementationEvent"_s,   u"Plateau"_s,
            u"Gap"_s,                  u"Grouping"_s,              u"Location"_s,
            u"AndJunction"_s,          u"OrJunction"_s};
    return types.contains(archimateType);
}

bool isWrittenAsXml(const QString &key)
{
    return key.startsWith(NameLanguagePrefix) || key.startsWith(DocumentationLanguagePrefix)
            || key == TextLanguageProperty || key == DocumentationLanguageProperty
            || key == PropertyTypeProperty || key == PropertyDefinitionProperty
            || key == FolderProperty
            || key.startsWith(DublinCorePrefix);
}

bool isLanguageTag(const QString &text)
{
    // xs:language: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*
    const QStringList parts = text.split(u'-');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty() || part.size() > 8)
            return false;
        for (const QChar c : part)
            if (!(c.isDigit() && i > 0) && !((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
                return false;
    }
    return true;
}

QString archimate3TypeName(const QString &archimate2Type)
{
    static const QHash<QString, QString> renamed{
            {u"UsedBy"_s, u"Serving"_s},
            {u"Realisation"_s, u"Realization"_s},
            {u"Specialisation"_s, u"Specialization"_s},
            {u"InfrastructureService"_s, u"TechnologyService"_s},
            {u"InfrastructureInterface"_s, u"TechnologyInterface"_s},
            {u"InfrastructureFunction"_s, u"TechnologyFunction"_s},
            {u"Network"_s, u"CommunicationNetwork"_s},
            {u"CommunicationPath"_s, u"Path"_s},
            {u"Workpackage"_s, u"WorkPackage"_s},
            {u"Junction"_s, u"AndJunction"_s}};
    return renamed.value(archimate2Type, archimate2Type);
}

bool isRelationshipType(const QString &archimateType)
{
    static const QSet<QString> types{u"Composition"_s, u"Aggregation"_s,   u"Assignment"_s,
                                     u"Realization"_s, u"Serving"_s,       u"Access"_s,
                                     u"Influence"_s,   u"Triggering"_s,    u"Flow"_s,
                                     u"Specialization"_s, u"Association"_s};
    return types.contains(archimateType);
}

QString elementTypeToWrite(const QString &archimateType, const QString &fallback)
{
    if (archimateType == u"Junction")
        return u"AndJunction"_s;
    return isElementType(archimateType) ? archimateType : fallback;
}

bool acceptsAttribute(const QString &relationshipType, const QString &attribute,
                      const QString &value)
{
    if (attribute == AccessType)
        return relationshipType == u"Access"
                && (value == u"Access" || value == u"Read" || value == u"Write"
                    || value == u"ReadWrite");
    if (attribute == IsDirected)
        return relationshipType == u"Association"
                && (value == u"true" || value == u"false" || value == u"1" || value == u"0");
    if (attribute == Modifier)
        // InfluenceModifierType is a union with xs:string: any text will do.
        return relationshipType == u"Influence";
    return false;
}

static bool isNameStart(QChar c)
{
    return c == u'_' || c.isLetter();
}

static bool isNameChar(QChar c)
{
    if (isNameStart(c) || c.isDigit() || c == u'-' || c == u'.' || c == QChar(0x00B7))
        return true;
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Number_DecimalDigit || category == QChar::Number_Letter
            || category == QChar::Letter_Modifier;
}

bool isXmlName(const QString &text)
{
    if (text.isEmpty() || !isNameStart(text.front()))
        return false;
    for (const QChar c : text)
        if (!isNameChar(c))
            return false;
    return true;
}

bool parseColor(const QString &text, Color *color)
{
    if (!text.startsWith(u'#') || (text.size() != 7 && text.size() != 9))
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    const uint value = QStringView(text).mid(1).toUInt(nullptr, 16);
    color->r = (value >> 16) & 0xff;
    color->g = (value >> 8) & 0xff;
    color->b = value & 0xff;
    color->opacity = text.size() == 9 ? qRound(((value >> 24) & 0xff) * 100.0 / 255.0) : 100;
    return true;
}

QString colorName(const Color &color)
{
    const auto hex = [](int v) { return u"%1"_s.arg(v & 0xff, 2, 16, QChar(u'0')); };
    const QString rgb = hex(color.r) + hex(color.g) + hex(color.b);
    if (color.opacity >= 100)
        return u'#' + rgb;
    return u'#' + hex(qRound(qMax(color.opacity, 0) * 255.0 / 100.0)) + rgb;
}

} // namespace kt::exchange
