#include "exchangebuilder.h"
#include "../core/text.h"
#include "../types/kindnames.h"
#include "exchangemapping.h"
#include "exchangenames.h"
#include "exchangereader.h"
#include "modelcheck.h"
#include "../meta/profileregistry.h"

#include <QSet>

#include <algorithm>

namespace kt {

using namespace Qt::StringLiterals;
using namespace exchange;

ExchangeBuilder::ExchangeBuilder(const QString &fileName) : m_fileName(fileName) {}

bool ExchangeBuilder::fail(qint64 line, const QString &message)
{
    if (line > 0)
        m_error = ExchangeReader::tr("%1, line %2: %3").arg(m_fileName).arg(line).arg(message);
    else
        m_error = ExchangeReader::tr("%1: %2").arg(m_fileName, message);
    return false;
}

bool ExchangeBuilder::build(RawModel &raw, ModelData *out)
{
    m_definitions = &raw.definitions;
    m_archimateDirections = false;
    m_swapped.clear();
    ModelData data;
    if (!buildInfo(raw, &data) || !buildElements(raw, &data) || !buildRelationships(raw, &data))
        return false;
    data.views.reserve(raw.views.size());
    for (RawView &rawView : raw.views) {
        View view;
        if (!buildView(rawView, &view))
            return false;
        data.views.append(std::move(view));
    }
    *out = std::move(data);
    return true;
}

bool ExchangeBuilder::buildChecked(RawModel &raw, ModelData *out)
{
    ModelData built;
    if (!build(raw, &built))
        return false;
    // The rules of every model, as the .ktm reader checks them: references resolve,
    // nesting is a tree, everything is within core/limits.h.
    if (const QString fault = ModelCheck::check(built); !fault.isEmpty())
        return fail(0, fault);
    *out = std::move(built);
    return true;
}

bool ExchangeBuilder::resolve(const RawProperties &raw, PropertyList *out)
{
    out->reserve(raw.size());
    for (const RawProperty &property : raw) {
        const auto it = m_definitions->constFind(property.definition);
        if (it == m_definitions->constEnd())
            return fail(property.line,
                        ExchangeReader::tr("a property refers to the property definition “%1”, "
                                           "which the file does not define.")
                                .arg(quotedText(property.definition)));
        out->append({*it, property.value});
    }
    return true;
}

bool ExchangeBuilder::buildInfo(RawModel &raw, ModelData *data)
{
    ModelInfo &info = data->info;
    info.id = raw.id.isEmpty() ? ModelId::create() : ModelId(raw.id);
    info.name = std::move(raw.name);
    info.documentation = std::move(raw.documentation);
    PropertyList properties;
    if (!resolve(raw.properties, &properties))
        return false;
    // The first of each of our properties fills ModelInfo; anything else (a
    // repetition, a date that is not one) stays a free property.
    QSet<QString> taken;
    const auto claim = [&taken](const Property &p, const QString &name, QString *field) {
        if (p.key != name || taken.contains(name))
            return false;
        taken.insert(name);
        *field = p.value;
        return true;
    };
    for (const Property &p : std::as_const(properties)) {
        if (claim(p, Framework, &info.frameworkId) || claim(p, Province, &info.province)
            || claim(p, VersionLabel, &info.versionLabel) || claim(p, Decision, &info.decision)
            || claim(p, Author, &info.author))
            continue;
        if (p.key == Directions && p.value == ArchimateDirections && !taken.contains(p.key)) {
            taken.insert(p.key);
            m_archimateDirections = true;
            continue;
        }
        if (p.key == DecisionDate && !taken.contains(p.key)) {
            const QDate date = QDate::fromString(p.value, Qt::ISODate);
            if (date.isValid()) {
                taken.insert(p.key);
                info.decisionDate = date;
                continue;
            }
        }
        info.extraProperties.append(p);
    }
    if (info.frameworkId.isEmpty())
        info.frameworkId = ProfileRegistry::defaultFrameworkId();
    const Result<ProfilePtr> profile = ProfileRegistry::profile(info.frameworkId);
    if (!profile)
        return fail(0, profile.error());
    data->profile = profile.value();
    return true;
}

bool ExchangeBuilder::buildElements(RawModel &raw, ModelData *data)
{
    const Profile &profile = *data->profile;
    data->elements.reserve(raw.elements.size());
    for (RawConcept &item : raw.elements) {
        Element element;
        element.id = ElementId(item.id);
        element.name = std::move(item.name);
        element.documentation = std::move(item.documentation);
        PropertyList properties;
        if (!resolve(item.properties, &properties))
            return false;
        // Our type first: it decides which typed properties are valid.
        qsizetype typeIndex = -1;
        for (qsizetype i = 0; i < properties.size(); ++i) {
            if (properties.at(i).key == Type) {
                if (profile.elementType(properties.at(i).value))
                    typeIndex = i;
                break;
            }
        }
        if (typeIndex >= 0) {
            element.type = properties.at(typeIndex).value;
        } else {
            const ElementType *type = profile.importElementType(item.xsiType);
            if (!type)
                return fail(item.line,
                            ExchangeReader::tr("framework %1 has no element type for “%2” of "
                                               "type %3.")
                                    .arg(profile.id(), quotedText(item.id), quotedText(item.xsiType)));
            element.type = type->id;
            if (type->generic && !item.xsiType.isEmpty())
                element.properties.insert(u"archimateType"_s, item.xsiType);
        }
        for (qsizetype i = 0; i < properties.size(); ++i) {
            if (i == typeIndex)
                continue;
            const Property &p = properties.at(i);
            if (p.key.startsWith(Prefix)) {
                const QString key = p.key.mid(Prefix.size());
                if (profile.property(key) && !element.properties.contains(key)
                    && profile.checkProperty(element.type, key, p.value).isEmpty()) {
                    element.properties.insert(key, p.value);
                    continue;
                }
            }
            element.extraProperties.append(p);
        }
        data->elements.append(std::move(element));
    }
    return true;
}

// The reversed type of ours that an ArchiMate relationship from another tool is,
// read the other way round: Serving from an application to a user is our "uses"
// from the user. Null when none fits the ends.
static const RelationshipType *reversedImport(const Profile &profile, const QString &xsiType,
                                              const ModelData &data,
                                              const Relationship &relationship)
{
    const Element *source = data.elements.find(relationship.source);
    const Element *target = data.elements.find(relationship.target);
    if (!source || !target)
        return nullptr;
    for (const RelationshipType &type : profile.relationshipTypes())
        if (type.archimateReversed && type.archimateType == xsiType
            && profile.isAllowed(type.id, target->type, source->type))
            return &type;
    return nullptr;
}

bool ExchangeBuilder::buildRelationships(RawModel &raw, ModelData *data)
{
    const Profile &profile = *data->profile;
    data->relationships.reserve(raw.relationships.size());
    for (RawConcept &item : raw.relationships) {
        Relationship relationship;
        relationship.id = RelationshipId(item.id);
        // An end is an element, or a relationship (ArchiMate 3.1: an association, an
        // aggregation or composition may end on one; which are allowed is the
        // validator's concern, whether they make a circle ModelCheck's).
        for (const bool isSource : {true, false}) {
            const QString &end = isSource ? item.source : item.target;
            const IdKind kind = raw.identifiers.value(end, IdKind::Model);
            if (kind == IdKind::Element) {
                (isSource ? relationship.source : relationship.target) = ElementId(end);
                continue;
            }
            if (kind == IdKind::Relationship) {
                (isSource ? relationship.sourceRelationship : relationship.targetRelationship) =
                        RelationshipId(end);
                continue;
            }
            return fail(item.line,
                        ExchangeReader::tr("the relationship “%1” joins “%2”, which is not an "
                                           "element or relationship of the file.")
                                .arg(quotedText(item.id), quotedText(end)));
        }
        relationship.name = std::move(item.name);
        relationship.documentation = std::move(item.documentation);
        relationship.archimateAttributes = std::move(item.attributes);
        PropertyList properties;
        if (!resolve(item.properties, &properties))
            return false;
        qsizetype typeIndex = -1;
        for (qsizetype i = 0; i < properties.size(); ++i) {
            if (properties.at(i).key == Type) {
                if (profile.relationshipType(properties.at(i).value))
                    typeIndex = i;
                break;
            }
        }
        bool swap = false;
        if (typeIndex >= 0) {
            relationship.type = properties.at(typeIndex).value;
            swap = m_archimateDirections && isReversed(profile, relationship.type);
        } else {
            const RelationshipType *type = reversedImport(profile, item.xsiType, *data,
                                                          relationship);
            swap = type != nullptr;
            if (!type)
                type = profile.importRelationshipType(item.xsiType);
            if (!type)
                return fail(item.line,
                            ExchangeReader::tr("framework %1 has no relationship type for “%2” of "
                                               "type %3.")
                                    .arg(profile.id(), quotedText(item.id), quotedText(item.xsiType)));
            relationship.type = type->id;
            if (type->generic && !item.xsiType.isEmpty())
                relationship.properties.insert(u"archimateType"_s, item.xsiType);
        }
        if (swap) {
            relationship.swapEnds();
            m_swapped.insert(relationship.id);
        }
        for (qsizetype i = 0; i < properties.size(); ++i) {
            if (i == typeIndex)
                continue;
            const Property &p = properties.at(i);
            if (p.key.startsWith(AttributePrefix)) {
                const QString attribute = p.key.mid(AttributePrefix.size());
                if (!relationship.archimateAttributes.contains(attribute)) {
                    relationship.archimateAttributes.insert(attribute, p.value);
                    continue;
                }
            } else if (p.key.startsWith(Prefix)) {
                // Relationship types have no property schema: any valid value will do.
                const QString key = p.key.mid(Prefix.size());
                if (profile.property(key) && !relationship.properties.contains(key)
                    && profile.checkProperty(QString(), key, p.value).isEmpty()) {
                    relationship.properties.insert(key, p.value);
                    continue;
                }
            }
            relationship.extraProperties.append(p);
        }
        data->relationships.append(std::move(relationship));
    }
    return true;
}

bool ExchangeBuilder::buildView(RawView &rawView, View *view)
{
    view->id = ViewId(rawView.id);
    view->name = std::move(rawView.name);
    view->documentation = std::move(rawView.documentation);
    PropertyList properties;
    if (!resolve(rawView.properties, &properties))
        return false;
    // The shift the writer applied to make coordinates non-negative, undone.
    qsizetype origin = -1;
    double dx = 0;
    double dy = 0;
    for (qsizetype i = 0; i < properties.size() && origin < 0; ++i) {
        if (properties.at(i).key != Origin)
            continue;
        const QStringList parts = properties.at(i).value.split(u' ');
        bool okX = false;
        bool okY = false;
        if (parts.size() == 2) {
            dx = double(parts.at(0).toInt(&okX));
            dy = double(parts.at(1).toInt(&okY));
        }
        if (okX && okY)
            origin = i;
        else
            dx = dy = 0;
    }
    view->nodes.reserve(rawView.nodes.size());
    for (RawNode &rawNode : rawView.nodes) {
        ViewNode &node = rawNode.node;
        node.bounds.translate(-dx, -dy);
        view->nodes.append(std::move(node));
    }
    view->connections.reserve(rawView.connections.size());
    QSet<QString> connectionIds;
    for (const RawConnection &rawConnection : std::as_const(rawView.connections))
        connectionIds.insert(rawConnection.connection.id.toString());
    for (RawConnection &rawConnection : rawView.connections) {
        ViewConnection &connection = rawConnection.connection;
        // The parser reads every end as a node; one naming a connection of this view
        // is a line that ends on that line.
        for (const bool isSource : {true, false}) {
            NodeId &end = isSource ? connection.source : connection.target;
            if (!view->nodes.contains(end) && connectionIds.contains(end.toString())) {
                (isSource ? connection.sourceConnection : connection.targetConnection) =
                        ConnectionId(end.toString());
                end = NodeId();
            }
        }
        if (m_swapped.contains(connection.relationship)) {
            connection.swapEnds();
            std::reverse(connection.bendpoints.begin(), connection.bendpoints.end());
        }
        for (QPointF &point : connection.bendpoints)
            point -= QPointF(dx, dy);
        view->connections.append(std::move(connection));
    }
    sortViewProperties(properties, origin, view);
    return true;
}

// True when ancestor is node or one of its parents.
static bool isWithin(const View &view, const NodeId &node, const NodeId &ancestor)
{
    NodeId current = node;
    for (qsizetype steps = 0; !current.isNull() && steps <= view.nodes.size(); ++steps) {
        if (current == ancestor)
            return true;
        const ViewNode *n = view.nodes.find(current);
        current = n ? n->parent : NodeId();
    }
    return false;
}

void ExchangeBuilder::sortViewProperties(const PropertyList &properties, qsizetype origin,
                                         View *view)
{
    bool kindTaken = false;
    for (qsizetype i = 0; i < properties.size(); ++i) {
        if (i == origin)
            continue;
        const Property &p = properties.at(i);
        if (p.key == ViewKindProperty && !kindTaken) {
            if (const std::optional<ViewKind> kind = viewKindFromName(p.value)) {
                view->kind = *kind;
                kindTaken = true;
                continue;
            }
        }
        if (p.key == Setting) {
            const qsizetype equals = p.value.indexOf(u'=');
            if (equals >= 0 && !view->settings.contains(p.value.left(equals))) {
                view->settings.insert(p.value.left(equals), p.value.mid(equals + 1));
                continue;
            }
        }
        const qsizetype space = p.value.indexOf(u' ');
        if (p.key == BandLayer && space > 0 && space + 1 < p.value.size()) {
            ViewNode *node = view->nodes.find(NodeId(p.value.left(space)));
            if (node && node->layer.isEmpty()) {
                node->layer = p.value.mid(space + 1);
                continue;
            }
        }
        if (p.key == TextAlignmentProperty && space > 0) {
            ViewNode *node = view->nodes.find(NodeId(p.value.left(space)));
            const TextAlignment alignment =
                    textAlignmentFromName(QStringView(p.value).mid(space + 1));
            if (node && node->style.textAlignment == TextAlignment::Default
                && alignment != TextAlignment::Default) {
                node->style.textAlignment = alignment;
                continue;
            }
        }
        if (p.key == NodeKindProperty && space > 0) {
            ViewNode *node = view->nodes.find(NodeId(p.value.left(space)));
            const std::optional<NodeKind> kind = nodeKindFromName(p.value.mid(space + 1));
            if (node && node->kind == NodeKind::Note && node->label.isEmpty()
                && (kind == NodeKind::Legend || kind == NodeKind::TitleBlock)) {
                node->kind = *kind;
                continue;
            }
        }
        if (p.key == Parent && space > 0) {
            ViewNode *node = view->nodes.find(NodeId(p.value.left(space)));
            const NodeId parent(p.value.mid(space + 1));
            // Written where the XML could not nest the node; never makes a circle.
            if (node && view->nodes.contains(parent) && !isWithin(*view, parent, node->id)) {
                node->parent = parent;
                continue;
            }
        }
        view->extraProperties.append(p);
    }
}

} // namespace kt
