#pragma once

#include "../core/limits.h"

#include "../types/view.h"

#include <QString>

// Names shared by the ArchiMate Open Exchange reader and writer: the XML
// namespaces, the properties through which our model says what the exchange
// format cannot (see docs in exchangewriter.h), and the ArchiMate vocabulary.
namespace kt::exchange {

// The ArchiMate 3.1 exchange format still uses the 3.0 namespace.
inline const QString ArchimateNamespace =
        QStringLiteral("http://www.opengroup.org/xsd/archimate/3.0/");
// The ArchiMate 2.1 exchange format's namespace (ExchangeParser reads it).
inline const QString Archimate2Namespace = QStringLiteral("http://www.opengroup.org/xsd/archimate");
inline const QString XsiNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
inline const QString SchemaLocation =
        QStringLiteral("http://www.opengroup.org/xsd/archimate/3.0/ "
                       "http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd");
// The language of the product, written on every text of the model.
inline const QString TextLanguage = QStringLiteral("vi");

// Every property of ours is named "kt:" + key.
inline const QString Prefix = QStringLiteral("kt:");
// Property definitions of our properties get "propid-kt-" + key as identifier.
inline const QString OwnDefinitionPrefix = QStringLiteral("propid-kt-");
inline const QString DefinitionPrefix = QStringLiteral("propid-");

// Model properties (ModelInfo).
inline const QString Framework = QStringLiteral("kt:framework");
inline const QString Province = QStringLiteral("kt:province");
inline const QString VersionLabel = QStringLiteral("kt:versionLabel");
inline const QString Decision = QStringLiteral("kt:decision");
inline const QString DecisionDate = QStringLiteral("kt:decisionDate");
inline const QString Author = QStringLiteral("kt:author");
// Says that reversed relationship types (RelationshipType::archimateReversed) are
// written in ArchiMate's direction; files written before carry ours and lack it.
inline const QString Directions = QStringLiteral("kt:directions");
inline const QString ArchimateDirections = QStringLiteral("archimate");

// Element and relationship properties: our type id; an ArchiMate attribute the
// relationship's xsi:type does not accept ("kt:archimate.accessType").
inline const QString Type = QStringLiteral("kt:type");
inline const QString AttributePrefix = QStringLiteral("kt:archimate.");

// View properties: the kind, one "key=value" per setting, the shift applied to
// make coordinates non-negative ("dx dy"), the layer of a band ("nodeId layerId"),
// and the parent of a node that XML cannot nest there ("nodeId parentId", for
// children of a note: a Label node cannot contain nodes).
inline const QString ViewKindProperty = QStringLiteral("kt:viewKind");
inline const QString Setting = QStringLiteral("kt:setting");
inline const QString Origin = QStringLiteral("kt:origin");
inline const QString BandLayer = QStringLiteral("kt:bandLayer");
inline const QString Parent = QStringLiteral("kt:parent");
// The text alignment of a node's style ("nodeId left|center|right"): the schema's
// style element has no place for it.
inline const QString TextAlignmentProperty = QStringLiteral("kt:textAlignment");
// The kind of a Label node that is a legend or a title block ("nodeId legend|titleBlock",
// the words of kindnames.h): drawn by Kiến Trúc Studio, an empty label elsewhere.
inline const QString NodeKindProperty = QStringLiteral("kt:nodeKind");

// What the exchange format says that our model has no field for, kept as extra
// properties (the .ktm keeps them as it keeps any property) and written back in
// the format's own way, never as properties:
// - a name or documentation in another language than the main one
//   ("kt:name@en", "kt:documentation@fr"), one property per text;
// - the language of an object's main texts when it is not the model's ("kt:lang";
//   on the model: when it is not vi; an empty value: written without xml:lang),
//   of its main documentation when that is not its name's ("kt:lang.documentation");
// - the data type of a property definition other than string, on the model
//   ("kt:propertyType" = "number Cost": the type, a space, the property's name);
// - the identifier of a property definition read from a file, on the model
//   ("kt:propertyDefinition" = "propid-7 Cost": the identifier, a space, the
//   property's name), so that the definition is written back with it, used or not;
// - Dublin Core metadata of the model, one property per element ("kt:dc.title").
inline const QString NameLanguagePrefix = QStringLiteral("kt:name@");
inline const QString DocumentationLanguagePrefix = QStringLiteral("kt:documentation@");
inline const QString TextLanguageProperty = QStringLiteral("kt:lang");
inline const QString DocumentationLanguageProperty = QStringLiteral("kt:lang.documentation");
inline const QString PropertyTypeProperty = QStringLiteral("kt:propertyType");
inline const QString PropertyDefinitionProperty = QStringLiteral("kt:propertyDefinition");
inline const QString DublinCorePrefix = QStringLiteral("kt:dc.");
inline const QString DublinCoreNamespace = QStringLiteral("http://purl.org/dc/elements/1.1/");
// True for the properties above, which are written as XML of their own.
bool isWrittenAsXml(const QString &key);
// The folder of an element, relationship or view ("Business/Processes"): written as
// the file's <organizations> (<organization> in 2.1), read back from them.
inline const QString FolderProperty = QStringLiteral("kt:folder");
// True for a language tag as xml:lang takes it ("en", "vi-VN").
bool isLanguageTag(const QString &text);

// ArchiMate relationship attributes kept in Relationship::archimateAttributes.
inline const QString AccessType = QStringLiteral("accessType");
inline const QString IsDirected = QStringLiteral("isDirected");
inline const QString Modifier = QStringLiteral("modifier");

// True for the element types of ArchiMate 3.1 (with the junctions), as the schema
// names them.
bool isElementType(const QString &archimateType);
bool isRelationshipType(const QString &archimateType);
// The ArchiMate 3.1 name of a type named as ArchiMate 2.x (and Archi before 4) named
// it, as the Open Group's migration to 3.0 renames them: UsedBy → Serving,
// Realisation → Realization, InfrastructureService → TechnologyService,
// CommunicationPath → Path, Network → CommunicationNetwork, …; any other name as it is.
QString archimate3TypeName(const QString &archimate2Type);
// The xsi:type to write for an element of that ArchiMate type: the type itself
// when the schema knows it ("Junction", Archi's older name, becomes
// "AndJunction"), otherwise fallback.
QString elementTypeToWrite(const QString &archimateType, const QString &fallback);
// True when the schema lets a relationship of that type carry the attribute
// with that value.
bool acceptsAttribute(const QString &relationshipType, const QString &attribute,
                      const QString &value);

// True when text is an XML NCName (the type of identifiers in the exchange format).
bool isXmlName(const QString &text);
// Longer identifiers are refused on reading: no tool makes them, and they would
// only serve to exhaust memory.
inline constexpr qsizetype MaxIdentifierLength = limits::MaxIdentifierLength; // core/limits.h

// A colour of the exchange format: r, g, b from 0 to 255 and an opacity from 0
// (transparent) to 100 (opaque). Our styles hold "#rrggbb" or "#aarrggbb".
struct Color
{
    int r = 0;
    int g = 0;
    int b = 0;
    int opacity = 100;
};
bool parseColor(const QString &text, Color *color);
QString colorName(const Color &color);

// The words for view kinds: model/types/kindnames.h (shared with the .ktm file).

} // namespace kt::exchange
