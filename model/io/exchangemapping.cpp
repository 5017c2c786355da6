#include "exchangemapping.h"
#include "../types/kindnames.h"
#include "exchangenames.h"
#include "exchangewriter.h"

#include <algorithm>
#include <cmath>

namespace kt::exchange {

using namespace Qt::StringLiterals;
static bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// The text without the characters XML 1.0 cannot hold (QXmlStreamWriter would
// write them and fail, or leave a file no parser accepts).
QString xmlText(const QString &text)
{
    bool clean = true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.isSurrogate() || c.unicode() >= 0xFFFE) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
        } else if (!c.isSurrogate() && isXmlChar(c.unicode())) {
            result.append(c);
        }
    }
    return result;
}

// A coordinate as the schema wants it: a whole number (our geometry is whole
// numbers already; anything else is rounded).
qint64 whole(double value)
{
    if (!std::isfinite(value))
        return 0;
    return std::llround(std::clamp(value, -1e12, 1e12));
}

Shift shiftOf(const View &view)
{
    qint64 minX = 0;
    qint64 minY = 0;
    for (const ViewNode &node : view.nodes) {
        minX = std::min(minX, whole(node.bounds.x()));
        minY = std::min(minY, whole(node.bounds.y()));
    }
    for (const ViewConnection &connection : view.connections) {
        for (const QPointF &point : connection.bendpoints) {
            minX = std::min(minX, whole(point.x()));
            minY = std::min(minY, whole(point.y()));
        }
    }
    return {-minX, -minY};
}

QString buildTree(const View &view, NodeTree *tree)
{
    tree->children.resize(view.nodes.size());
    for (qsizetype i = 0; i < view.nodes.size(); ++i) {
        const ViewNode &node = view.nodes.at(i);
        if (node.parent.isNull()) {
            tree->roots.append(i);
            continue;
        }
        const qsizetype parent = view.nodes.indexOf(node.parent);
        if (parent < 0)
            return ExchangeWriter::tr("the node “%1” of view “%2” is nested in “%3”, which is not "
                                      "a node of that view")
                    .arg(node.id.toString(), view.id.toString(), node.parent.toString());
        tree->children[parent].append(i);
    }
    // Every node must hang from a root; a node outside is part of a circle.
    qsizetype reached = 0;
    QList<qsizetype> pending = tree->roots;
    while (!pending.isEmpty()) {
        const qsizetype i = pending.takeLast();
        ++reached;
        pending.append(tree->children.at(i));
    }
    if (reached != view.nodes.size())
        return ExchangeWriter::tr("the nodes of view “%1” are nested in a circle")
                .arg(view.id.toString());
    return {};
}

static const ElementType *elementTypeOf(const Profile &profile, const Element &element)
{
    const ElementType *type = profile.elementType(element.type);
    return type ? type : profile.importElementType(QString());
}

QString elementXsiType(const Profile &profile, const Element &element)
{
    const ElementType *type = elementTypeOf(profile, element);
    const QString own = type ? type->archimateType : QString();
    // A generic type (or one unknown to the profile) stands for the ArchiMate type
    // it keeps in "archimateType".
    if (!type || type->generic || type->id != element.type)
        return elementTypeToWrite(element.property(u"archimateType"_s),
                                         elementTypeToWrite(own, u"Grouping"_s));
    return elementTypeToWrite(own, u"Grouping"_s);
}

QString relationshipXsiType(const Profile &profile, const Relationship &relationship)
{
    const RelationshipType *type = profile.relationshipType(relationship.type);
    if (!type)
        type = profile.genericRelationshipType();
    const QString own = type && isRelationshipType(type->archimateType)
            ? type->archimateType
            : u"Association"_s;
    if (!type || type->generic || type->id != relationship.type) {
        const QString kept = relationship.properties.value(u"archimateType"_s);
        return isRelationshipType(kept) ? kept : own;
    }
    return own;
}

bool isReversed(const Profile &profile, const QString &relationshipType)
{
    const RelationshipType *type = profile.relationshipType(relationshipType);
    return type && type->archimateReversed;
}

PropertyList modelProperties(const ModelData &data)
{
    const ModelInfo &info = data.info;
    PropertyList list;
    list.append({Framework, info.frameworkId.isEmpty() ? data.profile->id()
                                                              : info.frameworkId});
    list.append({Directions, ArchimateDirections});
    const auto add = [&list](const QString &name, const QString &value) {
        if (!value.isEmpty())
            list.append({name, value});
    };
    add(Province, info.province);
    add(VersionLabel, info.versionLabel);
    add(Decision, info.decision);
    if (info.decisionDate.isValid())
        add(DecisionDate, info.decisionDate.toString(Qt::ISODate));
    add(Author, info.author);
    list.append(info.extraProperties);
    return list;
}

static PropertyList conceptProperties(const QString &type, const TypedProperties &typed)
{
    PropertyList list;
    list.reserve(1 + typed.size());
    list.append({Type, type});
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        list.append({Prefix + it.key(), it.value()});
    return list;
}

PropertyList elementProperties(const Element &element)
{
    PropertyList list = conceptProperties(element.type, element.properties);
    list.append(element.extraProperties);
    return list;
}

PropertyList relationshipProperties(const Relationship &relationship, const QString &xsiType)
{
    PropertyList list = conceptProperties(relationship.type, relationship.properties);
    const QMap<QString, QString> &attributes = relationship.archimateAttributes;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        if (!acceptsAttribute(xsiType, it.key(), it.value()))
            list.append({AttributePrefix + it.key(), it.value()});
    list.append(relationship.extraProperties);
    return list;
}

PropertyList viewProperties(const View &view, const Shift &shift)
{
    PropertyList list;
    list.append({ViewKindProperty, viewKindName(view.kind)});
    for (auto it = view.settings.cbegin(); it != view.settings.cend(); ++it)
        list.append({Setting, it.key() + u'=' + it.value()});
    if (shift.dx != 0 || shift.dy != 0)
        list.append({Origin, u"%1 %2"_s.arg(shift.dx).arg(shift.dy)});
    for (const ViewNode &node : view.nodes)
        if (!node.layer.isEmpty())
            list.append({BandLayer, node.id.toString() + u' ' + node.layer});
    for (const ViewNode &node : view.nodes)
        if (node.style.textAlignment != TextAlignment::Default)
            list.append({TextAlignmentProperty,
                         node.id.toString() + u' ' + textAlignmentName(node.style.textAlignment)});
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Legend || node.kind == NodeKind::TitleBlock)
            list.append({NodeKindProperty, node.id.toString() + u' ' + nodeKindName(node.kind)});
    // A Label node cannot contain nodes: its children follow it, their parent here.
    for (const ViewNode &node : view.nodes) {
        if (node.parent.isNull())
            continue;
        const ViewNode *parent = view.nodes.find(node.parent);
        if (parent && parent->kind != NodeKind::Element && parent->kind != NodeKind::Group)
            list.append({Parent, node.id.toString() + u' ' + node.parent.toString()});
    }
    list.append(view.extraProperties);
    return list;
}

} // namespace kt::exchange
