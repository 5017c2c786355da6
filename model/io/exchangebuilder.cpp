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
#include <array>
#include <functional>

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

void ExchangeBuilder::finding(qint64 line, const QString &message)
{
    if (m_strict) {
        if (m_error.isEmpty())
            fail(line, message);
        return;
    }
    if (m_findings.size() >= MaxFindings) {
        ++m_moreFindings;
        return;
    }
    m_findings.append(line > 0 ? ExchangeReader::tr("%1, line %2: %3").arg(m_fileName).arg(line).arg(message)
                               : ExchangeReader::tr("%1: %2").arg(m_fileName, message));
}

QStringList ExchangeBuilder::findings() const
{
    if (m_moreFindings == 0)
        return m_findings;
    return m_findings
            + QStringList{ExchangeReader::tr("%1: and %n more thing(s) left out.", nullptr,
                                             int(m_moreFindings))
                                  .arg(m_fileName)};
}

// The folder the file's organizations give an object, as the property kt:folder,
// unless the object has one already.
static void addFolder(const RawModel &raw, const QString &id, PropertyList *properties)
{
    const auto it = raw.folders.constFind(id);
    if (it == raw.folders.constEnd() || it->isEmpty())
        return;
    for (const Property &p : std::as_const(*properties))
        if (p.key == FolderProperty)
            return;
    properties->append({FolderProperty, *it});
}

bool ExchangeBuilder::build(RawModel &raw, ModelData *out)
{
    m_definitions = &raw.definitions;
    m_archimateDirections = false;
    m_swapped.clear();
    m_findings.clear();
    m_moreFindings = 0;
    m_lines.clear();
    for (const QString &message : std::as_const(raw.findings)) {
        if (m_findings.size() < MaxFindings)
            m_findings.append(message);
        else
            ++m_moreFindings;
    }
    m_error.clear();
    ModelData data;
    if (!buildInfo(raw, &data) || !buildElements(raw, &data) || !buildRelationships(raw, &data))
        return false;
    if (m_strict && !m_error.isEmpty())
        return false;
    if (!m_strict)
        dropBrokenRelationshipChains(&data);
    for (auto it = raw.folders.cbegin(); it != raw.folders.cend(); ++it) {
        const IdKind kind = raw.identifiers.value(it.key(), IdKind::Model);
        if (kind != IdKind::Element && kind != IdKind::Relationship && kind != IdKind::View)
            finding(raw.folderLines.value(it.key()),
                    ExchangeReader::tr("a folder (organization) holds “%1”, which is not an "
                                       "element, relationship or view of the file; it is left "
                                       "out of the folder.")
                            .arg(quotedText(it.key())));
    }
    m_raw = &raw;
    QSet<QString> viewIds;
    viewIds.reserve(raw.views.size());
    for (const RawView &rawView : std::as_const(raw.views))
        viewIds.insert(rawView.id);
    data.views.reserve(raw.views.size());
    for (RawView &rawView : raw.views) {
        View view;
        if (!buildView(rawView, viewIds, data, &view))
            return false;
        data.views.append(std::move(view));
    }
    if (m_strict && !m_error.isEmpty())
        return false;
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

void ExchangeBuilder::resolve(const RawProperties &raw, const QString &owner, PropertyList *out)
{
    out->reserve(raw.size());
    for (const RawProperty &property : raw) {
        const auto it = m_definitions->constFind(property.definition);
        if (it == m_definitions->constEnd()) {
            finding(property.line,
                    ExchangeReader::tr("a property of “%1” refers to the property definition "
                                       "“%2”, which the file does not define; the property is "
                                       "left out.")
                            .arg(quotedText(owner), quotedText(property.definition)));
            continue;
        }
        out->append({*it, property.value});
    }
}

bool ExchangeBuilder::buildInfo(RawModel &raw, ModelData *data)
{
    ModelInfo &info = data->info;
    info.id = raw.id.isEmpty() ? ModelId::create() : ModelId(raw.id);
    info.name = std::move(raw.name);
    info.documentation = std::move(raw.documentation);
    PropertyList properties;
    resolve(raw.properties, info.id.toString(), &properties);
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
        resolve(item.properties, item.id, &properties);
        addFolder(raw, item.id, &properties);
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
            if (!type) {
                finding(item.line,
                        ExchangeReader::tr("framework %1 has no element type for “%2” of type "
                                           "%3; the element is left out.")
                                .arg(profile.id(), quotedText(item.id), quotedText(item.xsiType)));
                continue;
            }
            if (!isElementType(item.xsiType))
                finding(item.line,
                        ExchangeReader::tr("the element “%1” is of the type “%2”, which is no "
                                           "ArchiMate 3.1 element type; it is kept as “%3”.")
                                .arg(quotedText(item.id), quotedText(item.xsiType), type->id));
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
            finding(item.line,
                    ExchangeReader::tr("the relationship “%1” joins “%2”, which is not an "
                                       "element or relationship of the file; it is left out.")
                            .arg(quotedText(item.id), quotedText(end)));
            relationship.id = RelationshipId();
            break;
        }
        if (relationship.id.isNull())
            continue;
        // An element end that was itself left out.
        for (const ElementId &end : {relationship.source, relationship.target})
            if (!end.isNull() && !data->elements.contains(end)) {
                finding(item.line,
                        ExchangeReader::tr("the relationship “%1” joins the element “%2”, which "
                                           "is left out; it is left out too.")
                                .arg(quotedText(item.id), quotedText(end.toString())));
                relationship.id = RelationshipId();
                break;
            }
        if (relationship.id.isNull())
            continue;
        m_lines.insert(item.id, item.line);
        relationship.name = std::move(item.name);
        relationship.documentation = std::move(item.documentation);
        relationship.archimateAttributes = std::move(item.attributes);
        PropertyList properties;
        resolve(item.properties, item.id, &properties);
        addFolder(raw, item.id, &properties);
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
            if (!type) {
                finding(item.line,
                        ExchangeReader::tr("framework %1 has no relationship type for “%2” of "
                                           "type %3; the relationship is left out.")
                                .arg(profile.id(), quotedText(item.id), quotedText(item.xsiType)));
                continue;
            }
            if (!isRelationshipType(item.xsiType))
                finding(item.line,
                        ExchangeReader::tr("the relationship “%1” is of the type “%2”, which is "
                                           "no ArchiMate 3.1 relationship type; it is kept as "
                                           "“%3”.")
                                .arg(quotedText(item.id), quotedText(item.xsiType), type->id));
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

namespace {

// What becomes of an item of a list whose items may end on items of the same list
// (relationships on relationships, connections on connections).
constexpr qsizetype Kept = -1;
constexpr qsizetype DroppedBefore = -2; // given as dropped
constexpr qsizetype InCircle = -3;      // its ends lead round to itself, or into such a circle

// ends(i): the indexes of the items item i ends on (-1: none). Returns per item
// Kept, DroppedBefore, InCircle or the index of the dropped item it ends on. An item
// is kept when every item it ends on is kept; found without recursion.
QList<qsizetype> chainVerdicts(qsizetype count,
                               const std::function<std::array<qsizetype, 2>(qsizetype)> &ends,
                               const QList<bool> &dropped)
{
    QList<qsizetype> verdict(count, InCircle);
    QList<qsizetype> pending(count, 0);
    QList<QList<qsizetype>> dependents(count);
    QList<qsizetype> queue;
    for (qsizetype i = 0; i < count; ++i) {
        if (dropped.at(i)) {
            verdict[i] = DroppedBefore;
            queue.append(i);
        }
        for (const qsizetype j : ends(i))
            if (j >= 0) {
                ++pending[i];
                dependents[j].append(i);
            }
    }
    // What is dropped takes what ends on it along.
    for (qsizetype q = 0; q < queue.size(); ++q)
        for (const qsizetype k : std::as_const(dependents.at(queue.at(q))))
            if (verdict.at(k) == InCircle) {
                verdict[k] = queue.at(q);
                queue.append(k);
            }
    queue.clear();
    for (qsizetype i = 0; i < count; ++i)
        if (pending.at(i) == 0 && verdict.at(i) == InCircle)
            queue.append(i);
    while (!queue.isEmpty()) {
        const qsizetype i = queue.takeLast();
        verdict[i] = Kept;
        for (const qsizetype k : std::as_const(dependents.at(i)))
            if (--pending[k] == 0 && verdict.at(k) == InCircle)
                queue.append(k);
    }
    return verdict;
}

} // namespace

// Relationships on relationships left out: one ending on a relationship that is
// not in the model (left out before), those ending on them, and circles.
void ExchangeBuilder::dropBrokenRelationshipChains(ModelData *data)
{
    const auto &relationships = data->relationships;
    const qsizetype count = relationships.size();
    if (std::none_of(relationships.begin(), relationships.end(),
                     [](const Relationship &r) { return r.endsOnRelationship(); }))
        return;
    QList<bool> dropped(count, false);
    QHash<qsizetype, RelationshipId> missingEnd; // ends on a relationship not in the model
    const auto index = [&relationships](const RelationshipId &id) {
        return id.isNull() ? qsizetype(-1) : relationships.indexOf(id);
    };
    for (qsizetype i = 0; i < count; ++i) {
        const Relationship &r = relationships.at(i);
        for (const RelationshipId &end : {r.sourceRelationship, r.targetRelationship})
            if (!end.isNull() && index(end) < 0 && !dropped.at(i)) {
                dropped[i] = true;
                missingEnd.insert(i, end);
            }
    }
    const QList<qsizetype> verdict = chainVerdicts(
            count,
            [&](qsizetype i) {
                const Relationship &r = relationships.at(i);
                return std::array<qsizetype, 2>{index(r.sourceRelationship),
                                                index(r.targetRelationship)};
            },
            dropped);
    QSet<RelationshipId> leftOut;
    for (qsizetype i = 0; i < count; ++i) {
        if (verdict.at(i) == Kept)
            continue;
        const QString id = relationships.at(i).id.toString();
        leftOut.insert(relationships.at(i).id);
        if (verdict.at(i) == InCircle) {
            finding(m_lines.value(id),
                    ExchangeReader::tr("the relationship “%1” ends on relationships that end "
                                       "on it again (a circle); it is left out.")
                            .arg(quotedText(id)));
            continue;
        }
        const RelationshipId end = verdict.at(i) == DroppedBefore
                ? missingEnd.value(i)
                : relationships.at(verdict.at(i)).id;
        finding(m_lines.value(id),
                ExchangeReader::tr("the relationship “%1” ends on the relationship “%2”, "
                                   "which is left out; it is left out too.")
                        .arg(quotedText(id), quotedText(end.toString())));
    }
    if (!leftOut.isEmpty())
        data->relationships.takeAll(leftOut);
}

bool ExchangeBuilder::buildView(RawView &rawView, const QSet<QString> &viewIds,
                                const ModelData &data, View *view)
{
    view->id = ViewId(rawView.id);
    view->name = std::move(rawView.name);
    view->documentation = std::move(rawView.documentation);
    PropertyList properties;
    resolve(rawView.properties, rawView.id, &properties);
    addFolder(*m_raw, rawView.id, &properties);
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
    // A node left out passes its children to its own parent (nodes come parents
    // first, so the parent's own replacement is known already).
    QHash<NodeId, NodeId> replacedParent;
    for (RawNode &rawNode : rawView.nodes) {
        ViewNode &node = rawNode.node;
        if (const auto it = replacedParent.constFind(node.parent); it != replacedParent.constEnd())
            node.parent = *it;
        QString problem = rawNode.problem;
        if (problem.isEmpty() && node.kind == NodeKind::Element && !data.elements.contains(node.element))
            problem = ExchangeReader::tr("it shows the element “%1”, which is not in the file or "
                                         "is left out")
                              .arg(quotedText(node.element.toString()));
        if (!problem.isEmpty()) {
            finding(rawNode.line, ExchangeReader::tr("the node “%1” of the view “%2” is left out: %3.")
                                          .arg(quotedText(node.id.toString()),
                                               quotedText(rawView.id), problem));
            replacedParent.insert(node.id, node.parent);
            continue;
        }
        if (!node.viewRef.isNull() && !viewIds.contains(node.viewRef.toString())) {
            finding(rawNode.line,
                    ExchangeReader::tr("the node “%1” of the view “%2” links to the view “%3”, "
                                       "which is not in the file; the link is left out.")
                            .arg(quotedText(node.id.toString()), quotedText(rawView.id),
                                 quotedText(node.viewRef.toString())));
            node.viewRef = ViewId();
        }
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
        m_lines.insert(connection.id.toString(), rawConnection.line);
        if (!rawConnection.problem.isEmpty()) {
            finding(rawConnection.line,
                    ExchangeReader::tr("the connection “%1” of the view “%2” is left out: %3.")
                            .arg(quotedText(connection.id.toString()), quotedText(rawView.id),
                                 rawConnection.problem));
            continue;
        }
        view->connections.append(std::move(connection));
    }
    dropBrokenConnections(rawView, data, view);
    sortViewProperties(properties, origin, view);
    return true;
}

// Connections left out: those showing a relationship the model does not have, or
// joining what is neither a node nor a connection of the view, then those ending on
// a connection left out, and circles of connections on connections.
void ExchangeBuilder::dropBrokenConnections(const RawView &rawView, const ModelData &data,
                                            View *view)
{
    const auto &connections = view->connections;
    const qsizetype count = connections.size();
    QList<bool> dropped(count, false);
    const auto drop = [&](qsizetype i, const QString &reason) {
        dropped[i] = true;
        const QString id = connections.at(i).id.toString();
        finding(m_lines.value(id),
                ExchangeReader::tr("the connection “%1” of the view “%2” is left out: %3.")
                        .arg(quotedText(id), quotedText(rawView.id), reason));
    };
    bool chains = false;
    for (qsizetype i = 0; i < count; ++i) {
        const ViewConnection &c = connections.at(i);
        chains = chains || c.endsOnConnection();
        if (!c.relationship.isNull() && !data.relationships.contains(c.relationship)) {
            drop(i, ExchangeReader::tr("it shows the relationship “%1”, which is not in the file "
                                       "or is left out")
                            .arg(quotedText(c.relationship.toString())));
            continue;
        }
        for (const bool isSource : {true, false}) {
            const NodeId &node = isSource ? c.source : c.target;
            const ConnectionId &line = isSource ? c.sourceConnection : c.targetConnection;
            const bool found = line.isNull() ? view->nodes.contains(node) : connections.contains(line);
            if (!found) {
                drop(i, ExchangeReader::tr("it joins “%1”, which is not a node or connection of "
                                           "the view, or is left out")
                                .arg(quotedText(line.isNull() ? node.toString() : line.toString())));
                break;
            }
        }
    }
    QList<qsizetype> verdict(count, Kept);
    if (chains) {
        const auto index = [&connections](const ConnectionId &id) {
            return id.isNull() ? qsizetype(-1) : connections.indexOf(id);
        };
        verdict = chainVerdicts(
                count,
                [&](qsizetype i) {
                    const ViewConnection &c = connections.at(i);
                    return std::array<qsizetype, 2>{index(c.sourceConnection),
                                                    index(c.targetConnection)};
                },
                dropped);
    }
    QSet<ConnectionId> leftOut;
    for (qsizetype i = 0; i < count; ++i) {
        if (dropped.at(i))
            leftOut.insert(connections.at(i).id);
        if (verdict.at(i) == Kept || verdict.at(i) == DroppedBefore)
            continue;
        drop(i, verdict.at(i) == InCircle
                        ? ExchangeReader::tr("it ends on connections that end on it again (a "
                                             "circle)")
                        : ExchangeReader::tr("it ends on the connection “%1”, which is left out")
                                  .arg(quotedText(connections.at(verdict.at(i)).id.toString())));
        leftOut.insert(connections.at(i).id);
    }
    if (!leftOut.isEmpty())
        view->connections.takeAll(leftOut);
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
