#include "exchangeoutput.h"
#include "../core/text.h"
#include "../modellimits.h"
#include "exchangemapping.h"
#include "exchangenames.h"
#include "modelcheck.h"
#include "exchangewriter.h"

#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace kt {

using namespace Qt::StringLiterals;
namespace names = exchange;
using namespace exchange;

QString ExchangeOutput::check(const ModelData &data, QSet<QString> *identifiers)
{
    if (!data.profile)
        return ExchangeWriter::tr("the model has no framework profile");
    // Identifiers are xs:ID: XML names, unique in the whole file; the rules of every
    // model (ModelCheck) guarantee it and that the nesting makes a tree.
    QString problem = ModelCheck::check(data, identifiers);
    if (!problem.isEmpty())
        return problem;
    for (const View &view : data.views) {
        NodeTree tree;
        if (!(problem = buildTree(view, &tree)).isEmpty())
            return problem;
    }
    return {};
}

ExchangeOutput::ExchangeOutput(const ModelData &data, const QSet<QString> &identifiers,
                               QIODevice *device)
    : m_data(data), m_device(device), m_used(identifiers)
{
}

QString ExchangeOutput::write()
{
    if (!m_device || !m_device->isWritable())
        return ExchangeWriter::tr("the output is not open for writing");
    m_language = TextLanguage;
    for (const Property &p : m_data.info.extraProperties) {
        if (p.key == TextLanguageProperty && (p.value.isEmpty() || isLanguageTag(p.value)))
            m_language = p.value;
        const qsizetype space = p.value.indexOf(u' ');
        if (p.key == PropertyTypeProperty && space > 0)
            m_propertyTypes.insert(p.value.mid(space + 1), p.value.left(space));
    }
    nameDefinitions();

    m_xml.setDevice(m_device);
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(2);
    m_xml.writeStartDocument();
    m_xml.writeStartElement(u"model"_s);
    m_xml.writeDefaultNamespace(names::ArchimateNamespace);
    m_xml.writeNamespace(names::XsiNamespace, u"xsi"_s);
    m_xml.writeAttribute(u"xsi:schemaLocation"_s, names::SchemaLocation);
    const ModelId id = m_data.info.id.isNull() ? ModelId::create() : m_data.info.id;
    m_xml.writeAttribute(u"identifier"_s, id.toString());
    writeTexts(m_data.info.name, m_data.info.documentation, m_data.info.extraProperties, true);
    writeProperties(modelProperties(m_data));
    writeMetadata();
    if (!m_data.elements.isEmpty()) {
        m_xml.writeStartElement(u"elements"_s);
        for (const Element &element : m_data.elements)
            writeElement(element);
        m_xml.writeEndElement();
    }
    if (!m_data.relationships.isEmpty()) {
        m_xml.writeStartElement(u"relationships"_s);
        for (const Relationship &r : m_data.relationships)
            writeRelationship(r);
        m_xml.writeEndElement();
    }
    writeOrganizations();
    writeDefinitions();
    if (!m_data.views.isEmpty()) {
        m_xml.writeStartElement(u"views"_s);
        m_xml.writeStartElement(u"diagrams"_s);
        for (const View &view : m_data.views)
            writeView(view);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    if (m_xml.hasError())
        return ExchangeWriter::tr("the output could not be written (%1)")
                .arg(m_device->errorString());
    return {};
}

QHash<QString, QString> ExchangeOutput::definitionIdentifiers(const ModelData &data)
{
    QSet<QString> identifiers;
    if (!check(data, &identifiers).isEmpty())
        return {};
    ExchangeOutput output(data, identifiers, nullptr);
    output.nameDefinitions();
    return output.m_definitionIds;
}

void ExchangeOutput::nameDefinitions()
{
    const Profile &profile = *m_data.profile;
    // The definitions a file was read with keep their identifiers, in the file's
    // order, used or not; the others follow the concepts that use them: name them
    // all first, in order of first use, so that the output is the same every time.
    for (const Property &p : m_data.info.extraProperties) {
        const qsizetype space = p.value.indexOf(u' ');
        if (p.key != PropertyDefinitionProperty || space <= 0)
            continue;
        const QString id = p.value.left(space);
        const QString name = p.value.mid(space + 1);
        if (!isValidIdentifier(id) || m_used.contains(id) || m_definitionIds.contains(name)
            || isWrittenAsXml(name))
            continue;
        m_used.insert(id);
        m_definitionIds.insert(name, id);
        m_definitionOrder.append(name);
    }
    defineProperties(modelProperties(m_data));
    for (const Element &element : m_data.elements)
        defineProperties(elementProperties(element));
    for (const Relationship &r : m_data.relationships)
        defineProperties(relationshipProperties(r, relationshipXsiType(profile, r)));
    for (const View &view : m_data.views)
        defineProperties(viewProperties(view, shiftOf(view)));
}

void ExchangeOutput::defineProperties(const PropertyList &properties)
{
    for (const Property &property : properties) {
        if (m_definitionIds.contains(property.key) || isWrittenAsXml(property.key))
            continue;
        QString id;
        if (property.key.startsWith(names::Prefix)) {
            id = names::OwnDefinitionPrefix + property.key.mid(names::Prefix.size());
            if (!isValidIdentifier(id) || m_used.contains(id))
                id.clear();
        }
        while (id.isEmpty() || m_used.contains(id))
            id = names::DefinitionPrefix + QString::number(++m_definitionCounter);
        m_used.insert(id);
        m_definitionIds.insert(property.key, id);
        m_definitionOrder.append(property.key);
    }
}

void ExchangeOutput::writeText(const QString &name, const QString &text, bool withLanguage)
{
    m_xml.writeStartElement(name);
    if (withLanguage && !m_language.isEmpty())
        m_xml.writeAttribute(u"xml:lang"_s, m_language);
    writeCharacters(text);
    m_xml.writeEndElement();
}

void ExchangeOutput::writeTexts(const QString &name, const QString &documentation,
                                const PropertyList &properties, bool nameRequired)
{
    QString language = m_language;
    for (const Property &p : properties)
        if (p.key == TextLanguageProperty && (p.value.isEmpty() || isLanguageTag(p.value)))
            language = p.value;
    QString documentationLanguage = language;
    for (const Property &p : properties)
        if (p.key == DocumentationLanguageProperty
            && (p.value.isEmpty() || isLanguageTag(p.value)))
            documentationLanguage = p.value;
    const auto write = [this](const QString &tag, const QString &text, const QString &lang) {
        m_xml.writeStartElement(tag);
        if (!lang.isEmpty())
            m_xml.writeAttribute(u"xml:lang"_s, lang);
        writeCharacters(text);
        m_xml.writeEndElement();
    };
    const auto others = [&](const QString &tag, const QString &prefix) {
        for (const Property &p : properties) {
            const QString lang = p.key.mid(prefix.size());
            if (p.key.startsWith(prefix) && (lang.isEmpty() || isLanguageTag(lang)))
                write(tag, p.value, lang);
        }
    };
    if (nameRequired || !name.isEmpty())
        write(u"name"_s, name, language);
    others(u"name"_s, NameLanguagePrefix);
    if (!documentation.isEmpty())
        write(u"documentation"_s, documentation, documentationLanguage);
    others(u"documentation"_s, DocumentationLanguagePrefix);
}

void ExchangeOutput::writeMetadata()
{
    // The elements dc.xsd declares; another name would not be valid there.
    static const QStringList dublinCore{
            u"title"_s,  u"creator"_s, u"subject"_s,    u"description"_s, u"publisher"_s,
            u"contributor"_s, u"date"_s, u"type"_s,     u"format"_s,      u"identifier"_s,
            u"source"_s, u"language"_s, u"relation"_s, u"coverage"_s,    u"rights"_s};
    bool open = false;
    for (const Property &p : m_data.info.extraProperties) {
        const QString name = p.key.mid(DublinCorePrefix.size());
        if (!p.key.startsWith(DublinCorePrefix) || !dublinCore.contains(name))
            continue;
        if (!open) {
            m_xml.writeStartElement(u"metadata"_s);
            m_xml.writeNamespace(DublinCoreNamespace, u"dc"_s);
            m_xml.writeTextElement(u"schema"_s, u"Dublin Core"_s);
            m_xml.writeTextElement(u"schemaversion"_s, u"1.1"_s);
            open = true;
        }
        m_xml.writeStartElement(DublinCoreNamespace, name);
        writeCharacters(p.value);
        m_xml.writeEndElement();
    }
    if (open)
        m_xml.writeEndElement();
}

void ExchangeOutput::writeCharacters(const QString &text)
{
    // A carriage return written as such would come back as a line feed (XML
    // normalises line ends): it is written as a character reference.
    const QString clean = xmlText(text);
    qsizetype from = 0;
    for (qsizetype cr = clean.indexOf(u'\r'); cr >= 0; cr = clean.indexOf(u'\r', from)) {
        m_xml.writeCharacters(clean.mid(from, cr - from));
        m_xml.writeEntityReference(u"#13"_s);
        from = cr + 1;
    }
    m_xml.writeCharacters(from == 0 ? clean : clean.mid(from));
}

void ExchangeOutput::writeProperties(const PropertyList &properties)
{
    if (properties.isEmpty())
        return;
    bool any = false;
    for (const Property &property : properties)
        any = any || !isWrittenAsXml(property.key);
    if (!any)
        return;
    m_xml.writeStartElement(u"properties"_s);
    for (const Property &property : properties) {
        if (isWrittenAsXml(property.key))
            continue;
        m_xml.writeStartElement(u"property"_s);
        m_xml.writeAttribute(u"propertyDefinitionRef"_s, m_definitionIds.value(property.key));
        writeText(u"value"_s, property.value);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void ExchangeOutput::writeElement(const Element &element)
{
    m_xml.writeStartElement(u"element"_s);
    m_xml.writeAttribute(u"identifier"_s, element.id.toString());
    m_xml.writeAttribute(u"xsi:type"_s, elementXsiType(*m_data.profile, element));
    // The schema wants a name on every element (but a junction).
    writeTexts(element.name, element.documentation, element.extraProperties, true);
    writeProperties(elementProperties(element));
    m_xml.writeEndElement();
}

void ExchangeOutput::writeRelationship(const Relationship &relationship)
{
    const QString xsiType = relationshipXsiType(*m_data.profile, relationship);
    m_xml.writeStartElement(u"relationship"_s);
    m_xml.writeAttribute(u"identifier"_s, relationship.id.toString());
    const bool reversed = isReversed(*m_data.profile, relationship.type);
    // An end is an element or a relationship, both named by their identifier.
    m_xml.writeAttribute(u"source"_s, reversed ? relationship.targetId() : relationship.sourceId());
    m_xml.writeAttribute(u"target"_s, reversed ? relationship.sourceId() : relationship.targetId());
    m_xml.writeAttribute(u"xsi:type"_s, xsiType);
    const QMap<QString, QString> &attributes = relationship.archimateAttributes;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        if (names::acceptsAttribute(xsiType, it.key(), it.value()))
            m_xml.writeAttribute(it.key(), xmlText(it.value()));
    writeTexts(relationship.name, relationship.documentation, relationship.extraProperties, false);
    writeProperties(relationshipProperties(relationship, xsiType));
    m_xml.writeEndElement();
}

// The folder (kt:folder) of each element, relationship and view, as nested items
// of <organizations>: folders in order of first use, their objects in model order.
void ExchangeOutput::writeOrganizations()
{
    struct Folder
    {
        QString name;
        QList<qsizetype> children; // indexes into folders
        QStringList items;         // identifiers
    };
    QList<Folder> folders{Folder()}; // 0: the root
    QHash<QString, qsizetype> byPath;
    const auto add = [&](const QString &id, const PropertyList &properties) {
        const auto it = std::find_if(properties.begin(), properties.end(),
                                     [](const Property &p) { return p.key == FolderProperty; });
        if (it == properties.end() || it->value.isEmpty())
            return;
        qsizetype at = 0;
        QString path;
        for (const QString &name : it->value.split(u'/', Qt::SkipEmptyParts)) {
            path += u'/' + name;
            qsizetype next = byPath.value(path, -1);
            if (next < 0) {
                next = folders.size();
                folders.append({name, {}, {}});
                folders[at].children.append(next);
                byPath.insert(path, next);
            }
            at = next;
        }
        if (at > 0)
            folders[at].items.append(id);
    };
    for (const Element &element : m_data.elements)
        add(element.id.toString(), element.extraProperties);
    for (const Relationship &r : m_data.relationships)
        add(r.id.toString(), r.extraProperties);
    for (const View &view : m_data.views)
        add(view.id.toString(), view.extraProperties);
    if (folders.size() == 1)
        return;
    m_xml.writeStartElement(u"organizations"_s);
    // Depth first without recursion: (folder, next child) pairs.
    QList<std::pair<qsizetype, qsizetype>> open{{0, 0}};
    while (!open.isEmpty()) {
        auto &[folder, next] = open.last();
        if (next < folders.at(folder).children.size()) {
            const qsizetype child = folders.at(folder).children.at(next++);
            m_xml.writeStartElement(u"item"_s);
            writeText(u"label"_s, folders.at(child).name);
            open.append({child, 0});
            continue;
        }
        for (const QString &id : folders.at(folder).items) {
            m_xml.writeEmptyElement(u"item"_s);
            m_xml.writeAttribute(u"identifierRef"_s, id);
        }
        open.removeLast();
        if (!open.isEmpty())
            m_xml.writeEndElement(); // the item of this folder
    }
    m_xml.writeEndElement();
}

void ExchangeOutput::writeDefinitions()
{
    if (m_definitionOrder.isEmpty())
        return;
    m_xml.writeStartElement(u"propertyDefinitions"_s);
    for (const QString &name : std::as_const(m_definitionOrder)) {
        m_xml.writeStartElement(u"propertyDefinition"_s);
        m_xml.writeAttribute(u"identifier"_s, m_definitionIds.value(name));
        m_xml.writeAttribute(u"type"_s, m_propertyTypes.value(name, u"string"_s));
        // A property name is a key, not text in a language.
        writeText(u"name"_s, name, false);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void ExchangeOutput::writeView(const View &view)
{
    const Shift shift = shiftOf(view);
    m_xml.writeStartElement(u"view"_s);
    m_xml.writeAttribute(u"identifier"_s, view.id.toString());
    m_xml.writeAttribute(u"xsi:type"_s, u"Diagram"_s);
    writeTexts(view.name, view.documentation, view.extraProperties, true);
    writeProperties(viewProperties(view, shift));
    writeNodes(view, shift.dx, shift.dy);
    for (const ViewConnection &connection : view.connections)
        writeConnection(connection, shift.dx, shift.dy);
    m_xml.writeEndElement();
}

void ExchangeOutput::writeNodes(const View &view, qint64 dx, qint64 dy)
{
    NodeTree tree;
    buildTree(view, &tree); // checked before writing
    // Pre-order, without recursion: nesting may be deep in a hostile model.
    struct Frame
    {
        qsizetype node;
        qsizetype next;
        bool open;
    };
    QList<Frame> stack;
    // Indentation grows with depth: beyond a depth no diagram reaches, nodes are
    // written without it so that the file stays linear in the size of the model.
    constexpr qsizetype IndentedDepth = 32;
    for (const qsizetype root : std::as_const(tree.roots)) {
        stack.append({root, 0, writeNode(view.nodes.at(root), dx, dy)});
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            const QList<qsizetype> &children = tree.children.at(top.node);
            m_xml.setAutoFormatting(stack.size() < IndentedDepth);
            if (top.next < children.size()) {
                const qsizetype child = children.at(top.next++);
                stack.append({child, 0, writeNode(view.nodes.at(child), dx, dy)});
                continue;
            }
            if (top.open)
                m_xml.writeEndElement();
            stack.removeLast();
        }
    }
    m_xml.setAutoFormatting(true);
}

bool ExchangeOutput::writeNode(const ViewNode &node, qint64 dx, qint64 dy)
{
    m_xml.writeStartElement(u"node"_s);
    m_xml.writeAttribute(u"identifier"_s, node.id.toString());
    switch (node.kind) {
    case NodeKind::Element:
        m_xml.writeAttribute(u"xsi:type"_s, u"Element"_s);
        m_xml.writeAttribute(u"elementRef"_s, node.element.toString());
        break;
    case NodeKind::Group:
        m_xml.writeAttribute(u"xsi:type"_s, u"Container"_s);
        break;
    case NodeKind::Note:
    case NodeKind::Legend:
    case NodeKind::TitleBlock:
        m_xml.writeAttribute(u"xsi:type"_s, u"Label"_s);
        break;
    }
    const QRectF &r = node.bounds;
    m_xml.writeAttribute(u"x"_s, QString::number(whole(r.x()) + dx));
    m_xml.writeAttribute(u"y"_s, QString::number(whole(r.y()) + dy));
    m_xml.writeAttribute(u"w"_s, QString::number(std::max<qint64>(1, whole(r.width()))));
    m_xml.writeAttribute(u"h"_s, QString::number(std::max<qint64>(1, whole(r.height()))));
    if (!node.label.isEmpty())
        writeText(u"label"_s, node.label);
    writeStyle(node.style);
    if (!node.viewRef.isNull()) {
        m_xml.writeEmptyElement(u"viewRef"_s);
        m_xml.writeAttribute(u"ref"_s, node.viewRef.toString());
    }
    if (node.kind == NodeKind::Element || node.kind == NodeKind::Group)
        return true;
    m_xml.writeEndElement();
    return false;
}

void ExchangeOutput::writeConnection(const ViewConnection &connection, qint64 dx, qint64 dy)
{
    m_xml.writeStartElement(u"connection"_s);
    m_xml.writeAttribute(u"identifier"_s, connection.id.toString());
    if (connection.relationship.isNull()) {
        m_xml.writeAttribute(u"xsi:type"_s, u"Line"_s);
    } else {
        m_xml.writeAttribute(u"xsi:type"_s, u"Relationship"_s);
        m_xml.writeAttribute(u"relationshipRef"_s, connection.relationship.toString());
    }
    // A connection of a reversed relationship runs the way the relationship is written.
    const Relationship *relationship = connection.relationship.isNull()
            ? nullptr
            : m_data.relationships.find(connection.relationship);
    const bool reversed = relationship && isReversed(*m_data.profile, relationship->type);
    m_xml.writeAttribute(u"source"_s, reversed ? connection.targetId() : connection.sourceId());
    m_xml.writeAttribute(u"target"_s, reversed ? connection.sourceId() : connection.targetId());
    writeStyle(connection.style);
    QList<QPointF> bendpoints = connection.bendpoints;
    if (reversed)
        std::reverse(bendpoints.begin(), bendpoints.end());
    for (const QPointF &point : std::as_const(bendpoints)) {
        m_xml.writeEmptyElement(u"bendpoint"_s);
        m_xml.writeAttribute(u"x"_s, QString::number(whole(point.x()) + dx));
        m_xml.writeAttribute(u"y"_s, QString::number(whole(point.y()) + dy));
    }
    m_xml.writeEndElement();
}

void ExchangeOutput::writeStyle(NodeStyle style)
{
    style.textAlignment = TextAlignment::Default; // a view property: no place here
    if (style.isEmpty())
        return;
    names::Color color;
    // The schema allows font sizes of whole or half points from 1 up.
    const double size = std::isfinite(style.fontSize) ? std::round(style.fontSize * 2) / 2 : 0;
    const bool hasFont = !style.fontName.isEmpty() || size >= 1
            || names::parseColor(style.fontColor, &color);
    m_xml.writeStartElement(u"style"_s);
    // The schema's width is a whole number of pixels, at least 1.
    if (style.lineWidth > 0 && std::isfinite(style.lineWidth))
        m_xml.writeAttribute(u"lineWidth"_s,
                             QString::number(std::max<qint64>(1, qRound64(style.lineWidth))));
    writeColor(u"fillColor"_s, style.fillColor);
    writeColor(u"lineColor"_s, style.lineColor);
    if (hasFont) {
        m_xml.writeStartElement(u"font"_s);
        if (!style.fontName.isEmpty())
            m_xml.writeAttribute(u"name"_s, xmlText(style.fontName));
        if (size >= 1 && size < 1e6)
            m_xml.writeAttribute(u"size"_s,
                                 QString::number(size, 'f', size == std::floor(size) ? 0 : 1));
        writeColor(u"color"_s, style.fontColor);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void ExchangeOutput::writeColor(const QString &name, const QString &text)
{
    names::Color color;
    if (!names::parseColor(text, &color))
        return;
    m_xml.writeEmptyElement(name);
    m_xml.writeAttribute(u"r"_s, QString::number(color.r));
    m_xml.writeAttribute(u"g"_s, QString::number(color.g));
    m_xml.writeAttribute(u"b"_s, QString::number(color.b));
    if (color.opacity < 100)
        m_xml.writeAttribute(u"a"_s, QString::number(color.opacity));
}

} // namespace kt
