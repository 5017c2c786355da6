#include "diagramclipboard.h"

#include "viewqueries.h"

#include <model/core/text.h>
#include <model/edit/editgroup.h>
#include <model/edit/elementedits.h>
#include <model/edit/relationshipedits.h>
#include <model/edit/viewedits.h>
#include <model/modellimits.h>
#include <model/types/kindnames.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

#include <cmath>

namespace kt {

using namespace Qt::StringLiterals;

// The fragment is JSON:
//   { "format": 1, "model": <model id>, "framework": <framework id>,
//     "nodes": [ { id, kind (element|group|note), element, parent, bounds [x,y,w,h],
//                  label, layer, viewRef, style {...} } ]            in pre-order,
//     "elements": [ { id, type, name, documentation, properties {...},
//                     extraProperties [ {key, value} ] } ],
//     "relationships": [ { id, type, source, target, name, documentation, properties,
//                          extraProperties, archimateAttributes } ],
//     "connections": [ { id, relationship, source, target, bendpoints [[x,y]], style } ] }
// A node's parent is named only when the parent is in the fragment too.

namespace {

constexpr int FragmentFormat = 1;

// The fragment as values, between the model, the JSON and the edits.
struct Fragment
{
    ModelId model;
    QString framework;
    QList<ViewNode> nodes; // pre-order
    QList<Element> elements;
    QList<Relationship> relationships;
    QList<ViewConnection> connections;
};

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> mapFromJson(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QJsonArray listToJson(const PropertyList &list)
{
    QJsonArray array;
    for (const Property &p : list)
        array.append(QJsonObject{{u"key"_s, p.key}, {u"value"_s, p.value}});
    return array;
}

PropertyList listFromJson(const QJsonValue &value)
{
    PropertyList list;
    for (const QJsonValue &item : value.toArray())
        list.append(Property{item[u"key"_s].toString(), item[u"value"_s].toString()});
    return list;
}

QJsonObject styleToJson(const NodeStyle &style)
{
    return QJsonObject{{u"fillColor"_s, style.fillColor},
                       {u"lineColor"_s, style.lineColor},
                       {u"fontName"_s, style.fontName},
                       {u"fontSize"_s, style.fontSize},
                       {u"fontColor"_s, style.fontColor},
                       {u"textAlignment"_s, textAlignmentName(style.textAlignment)},
                       {u"lineWidth"_s, style.lineWidth}};
}

NodeStyle styleFromJson(const QJsonValue &value)
{
    NodeStyle style;
    style.fillColor = value[u"fillColor"_s].toString();
    style.lineColor = value[u"lineColor"_s].toString();
    style.fontName = value[u"fontName"_s].toString();
    style.fontSize = value[u"fontSize"_s].toDouble();
    style.fontColor = value[u"fontColor"_s].toString();
    style.textAlignment = textAlignmentFromName(value[u"textAlignment"_s].toString());
    style.lineWidth = value[u"lineWidth"_s].toDouble();
    return style;
}

QByteArray writeFragment(const Fragment &f)
{
    QJsonArray nodes;
    for (const ViewNode &n : f.nodes) {
        const QRectF &b = n.bounds;
        nodes.append(QJsonObject{{u"id"_s, n.id.toString()},
                                 {u"kind"_s, nodeKindName(n.kind)},
                                 {u"element"_s, n.element.toString()},
                                 {u"parent"_s, n.parent.toString()},
                                 {u"bounds"_s, QJsonArray{b.x(), b.y(), b.width(), b.height()}},
                                 {u"label"_s, n.label},
                                 {u"layer"_s, n.layer},
                                 {u"viewRef"_s, n.viewRef.toString()},
                                 {u"style"_s, styleToJson(n.style)}});
    }
    QJsonArray elements;
    for (const Element &e : f.elements)
        elements.append(QJsonObject{{u"id"_s, e.id.toString()},
                                    {u"type"_s, e.type},
                                    {u"name"_s, e.name},
                                    {u"documentation"_s, e.documentation},
                                    {u"properties"_s, mapToJson(e.properties)},
                                    {u"extraProperties"_s, listToJson(e.extraProperties)}});
    QJsonArray relationships;
    for (const Relationship &r : f.relationships)
        relationships.append(
                QJsonObject{{u"id"_s, r.id.toString()},
                            {u"type"_s, r.type},
                            {u"source"_s, r.source.toString()},
                            {u"target"_s, r.target.toString()},
                            {u"name"_s, r.name},
                            {u"documentation"_s, r.documentation},
                            {u"properties"_s, mapToJson(r.properties)},
                            {u"extraProperties"_s, listToJson(r.extraProperties)},
                            {u"archimateAttributes"_s, mapToJson(r.archimateAttributes)}});
    QJsonArray connections;
    for (const ViewConnection &c : f.connections) {
        QJsonArray points;
        for (const QPointF &p : c.bendpoints)
            points.append(QJsonArray{p.x(), p.y()});
        connections.append(QJsonObject{{u"id"_s, c.id.toString()},
                                       {u"relationship"_s, c.relationship.toString()},
                                       {u"source"_s, c.source.toString()},
                                       {u"target"_s, c.target.toString()},
                                       {u"bendpoints"_s, points},
                                       {u"style"_s, styleToJson(c.style)}});
    }
    const QJsonObject root{{u"format"_s, FragmentFormat},  {u"model"_s, f.model.toString()},
                           {u"framework"_s, f.framework},  {u"nodes"_s, nodes},
                           {u"elements"_s, elements},      {u"relationships"_s, relationships},
                           {u"connections"_s, connections}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// What in the fragment lies beyond the limits every model keeps (texts, ids,
// coordinates, nesting, styles: modelLimitsProblem and the style rule), as a file's
// content would; empty when nothing does. The clipboard is input like a file.
QString limitsProblem(const Fragment &f)
{
    ModelData probe;
    for (const Element &e : f.elements)
        probe.elements.append(e);
    for (const Relationship &r : f.relationships)
        probe.relationships.append(r);
    View view;
    view.id = ViewId(DiagramClipboard::tr("clipboard"));
    for (const ViewNode &n : f.nodes) {
        if (!styleWithinLimits(n.style))
            return DiagramClipboard::tr("the node “%1” has a font size or line width out of range")
                    .arg(quotedText(n.id.toString()));
        view.nodes.append(n);
    }
    for (const ViewConnection &c : f.connections) {
        if (!styleWithinLimits(c.style))
            return DiagramClipboard::tr(
                           "the connection “%1” has a font size or line width out of range")
                    .arg(quotedText(c.id.toString()));
        view.connections.append(c);
    }
    probe.views.append(std::move(view));
    return modelLimitsProblem(probe);
}

// Reads and checks a fragment: every reference must resolve inside it, since the
// clipboard may hold anything another program put there.
bool readFragment(const QByteArray &bytes, Fragment &f, QString &error)
{
    const QString damaged = DiagramClipboard::tr("The copied part of a diagram is damaged.");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError
        || root[u"format"_s].toInt() != FragmentFormat) {
        error = damaged;
        return false;
    }
    f.model = ModelId(root[u"model"_s].toString());
    f.framework = root[u"framework"_s].toString();

    QSet<ElementId> elementIds;
    for (const QJsonValue &v : root[u"elements"_s].toArray()) {
        Element e;
        e.id = ElementId(v[u"id"_s].toString());
        e.type = v[u"type"_s].toString();
        e.name = v[u"name"_s].toString();
        e.documentation = v[u"documentation"_s].toString();
        e.properties = mapFromJson(v[u"properties"_s]);
        e.extraProperties = listFromJson(v[u"extraProperties"_s]);
        if (e.id.isNull() || elementIds.contains(e.id)) {
            error = damaged;
            return false;
        }
        elementIds.insert(e.id);
        f.elements.append(e);
    }
    QSet<RelationshipId> relationshipIds;
    for (const QJsonValue &v : root[u"relationships"_s].toArray()) {
        Relationship r;
        r.id = RelationshipId(v[u"id"_s].toString());
        r.type = v[u"type"_s].toString();
        r.source = ElementId(v[u"source"_s].toString());
        r.target = ElementId(v[u"target"_s].toString());
        r.name = v[u"name"_s].toString();
        r.documentation = v[u"documentation"_s].toString();
        r.properties = mapFromJson(v[u"properties"_s]);
        r.extraProperties = listFromJson(v[u"extraProperties"_s]);
        r.archimateAttributes = mapFromJson(v[u"archimateAttributes"_s]);
        if (r.id.isNull() || relationshipIds.contains(r.id) || !elementIds.contains(r.source)
            || !elementIds.contains(r.target)) {
            error = damaged;
            return false;
        }
        relationshipIds.insert(r.id);
        f.relationships.append(r);
    }
    QSet<NodeId> nodeIds;
    for (const QJsonValue &v : root[u"nodes"_s].toArray()) {
        ViewNode n;
        n.id = NodeId(v[u"id"_s].toString());
        n.kind = nodeKindFromName(v[u"kind"_s].toString()).value_or(NodeKind::Element);
        n.element = ElementId(v[u"element"_s].toString());
        n.parent = NodeId(v[u"parent"_s].toString());
        const QJsonArray b = v[u"bounds"_s].toArray();
        n.bounds = QRectF(b.at(0).toDouble(), b.at(1).toDouble(), b.at(2).toDouble(),
                          b.at(3).toDouble());
        n.label = v[u"label"_s].toString();
        n.layer = v[u"layer"_s].toString();
        n.viewRef = ViewId(v[u"viewRef"_s].toString());
        n.style = styleFromJson(v[u"style"_s]);
        if (n.id.isNull() || nodeIds.contains(n.id)
            || (n.kind == NodeKind::Element && !elementIds.contains(n.element))) {
            error = damaged;
            return false;
        }
        // A parent that does not come before its child is not part of the
        // fragment: the node becomes a top-level node of the fragment.
        if (!nodeIds.contains(n.parent))
            n.parent = NodeId();
        nodeIds.insert(n.id);
        f.nodes.append(n);
    }
    for (const QJsonValue &v : root[u"connections"_s].toArray()) {
        ViewConnection c;
        c.id = ConnectionId(v[u"id"_s].toString());
        c.relationship = RelationshipId(v[u"relationship"_s].toString());
        c.source = NodeId(v[u"source"_s].toString());
        c.target = NodeId(v[u"target"_s].toString());
        for (const QJsonValue &p : v[u"bendpoints"_s].toArray())
            c.bendpoints.append(QPointF(p[0].toDouble(), p[1].toDouble()));
        c.style = styleFromJson(v[u"style"_s]);
        if (!nodeIds.contains(c.source) || !nodeIds.contains(c.target)
            || (!c.relationship.isNull() && !relationshipIds.contains(c.relationship))) {
            error = damaged;
            return false;
        }
        f.connections.append(c);
    }
    if (f.nodes.isEmpty()) {
        error = DiagramClipboard::tr("The copied part of a diagram is empty.");
        return false;
    }
    if (const QString beyond = limitsProblem(f); !beyond.isEmpty()) {
        error = DiagramClipboard::tr("The copied part of a diagram cannot be pasted: %1.")
                        .arg(beyond);
        return false;
    }
    return true;
}

// The given nodes with everything nested in them, and what they show.
Fragment collect(const ModelData &data, const View &view, const QList<NodeId> &nodes)
{
    Fragment f;
    f.model = data.info.id;
    f.framework = data.info.frameworkId;
    const QSet<NodeId> chosen(nodes.cbegin(), nodes.cend());
    QSet<NodeId> included;
    QSet<ElementId> elements;
    // Pre-order: a parent is seen before the nodes nested in it.
    for (const ViewNode &node : view.nodes) {
        const bool nested = included.contains(node.parent);
        if (!nested && !chosen.contains(node.id))
            continue;
        ViewNode copy = node;
        if (!nested)
            copy.parent = NodeId();
        if (copy.kind == NodeKind::Element) {
            const Element *element = data.elements.find(copy.element);
            if (!element)
                continue;
            if (!elements.contains(element->id)) {
                elements.insert(element->id);
                f.elements.append(*element);
            }
        }
        included.insert(copy.id);
        f.nodes.append(copy);
    }
    for (const Relationship &r : data.relationships)
        if (elements.contains(r.source) && elements.contains(r.target))
            f.relationships.append(r);
    for (const ViewConnection &c : view.connections)
        if (included.contains(c.source) && included.contains(c.target))
            f.connections.append(c);
    return f;
}

std::unique_ptr<Edit> build(const ModelData &target, const View &view, const Fragment &f,
                            const QPointF &delta, const QString &text, QList<NodeId> *newNodes,
                            QString *error)
{
    const Profile &profile = *target.profile;
    QStringList unknown;
    for (const Element &e : f.elements)
        if (!profile.elementType(e.type) && !unknown.contains(e.type))
            unknown.append(e.type);
    for (const Relationship &r : f.relationships)
        if (!profile.relationshipType(r.type) && !unknown.contains(r.type))
            unknown.append(r.type);
    if (!unknown.isEmpty()) {
        if (error)
            *error = DiagramClipboard::tr("Cannot paste: the framework %1 has no type %2.")
                             .arg(profile.id(), unknown.join(u", "_s));
        return nullptr;
    }

    const bool sameModel = f.model == target.info.id;
    QSet<ElementId> shown;
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Element)
            shown.insert(node.element);

    auto group = std::make_unique<EditGroup>(text);
    QHash<ElementId, ElementId> elementIds;
    for (Element e : f.elements) {
        const Element *existing = sameModel ? target.elements.find(e.id) : nullptr;
        if (existing && !shown.contains(e.id)) {
            elementIds.insert(e.id, e.id);
            continue;
        }
        const ElementId original = e.id;
        e.id = ElementId::create();
        // A second element of the same name beside the first needs telling apart;
        // in another model (or once the original is gone) the name is free.
        if (existing)
            e.name = DiagramClipboard::tr("%1 (copy)").arg(e.name);
        elementIds.insert(original, e.id);
        group->add(std::make_unique<AddElement>(std::move(e)));
    }

    QHash<RelationshipId, RelationshipId> relationshipIds;
    for (Relationship r : f.relationships) {
        const ElementId source = elementIds.value(r.source);
        const ElementId end = elementIds.value(r.target);
        const Relationship *existing = sameModel ? target.relationships.find(r.id) : nullptr;
        if (existing && existing->source == source && existing->target == end) {
            relationshipIds.insert(r.id, r.id);
            continue;
        }
        const RelationshipId original = r.id;
        r.id = RelationshipId::create();
        r.source = source;
        r.target = end;
        relationshipIds.insert(original, r.id);
        group->add(std::make_unique<AddRelationship>(std::move(r)));
    }

    if (newNodes)
        newNodes->clear();
    QHash<NodeId, NodeId> nodeIds;
    for (ViewNode n : f.nodes) {
        const NodeId original = n.id;
        n.id = NodeId::create();
        n.bounds.translate(delta);
        if (n.kind == NodeKind::Element)
            n.element = elementIds.value(n.element);
        // Placed like a node dropped there: into the group it lands in.
        n.parent = n.parent.isNull() ? groupHolding(view, n.bounds) : nodeIds.value(n.parent);
        if (!n.viewRef.isNull() && !target.views.contains(n.viewRef))
            n.viewRef = ViewId();
        nodeIds.insert(original, n.id);
        if (newNodes)
            newNodes->append(n.id);
        group->add(std::make_unique<AddNode>(view.id, std::move(n)));
    }

    for (ViewConnection c : f.connections) {
        c.id = ConnectionId::create();
        c.source = nodeIds.value(c.source);
        c.target = nodeIds.value(c.target);
        if (!c.relationship.isNull())
            c.relationship = relationshipIds.value(c.relationship);
        for (QPointF &p : c.bendpoints)
            p += delta;
        group->add(std::make_unique<AddConnection>(view.id, std::move(c)));
    }
    return group;
}

QPointF topLeftOf(const Fragment &f)
{
    QRectF bounds;
    for (const ViewNode &n : f.nodes)
        bounds = bounds.isNull() ? n.bounds : bounds.united(n.bounds);
    return bounds.topLeft();
}

} // namespace

QString DiagramClipboard::mimeType()
{
    return u"application/x-kientruc-fragment"_s;
}

QMimeData *DiagramClipboard::copy(const ModelData &data, const ViewId &viewId,
                                  const QList<NodeId> &nodes)
{
    const View *view = data.views.find(viewId);
    if (!view)
        return nullptr;
    const Fragment f = collect(data, *view, nodes);
    if (f.nodes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), writeFragment(f));
    QStringList names;
    for (const Element &e : f.elements)
        names.append(e.name);
    mime->setText(names.join(u'\n'));
    return mime;
}

bool DiagramClipboard::canPaste(const QMimeData *mime)
{
    return mime && mime->hasFormat(mimeType());
}

std::unique_ptr<Edit> DiagramClipboard::paste(const ModelData &target, const ViewId &viewId,
                                              const QMimeData *mime, const QPointF &at,
                                              QList<NodeId> *newNodes, QString *error)
{
    QString message;
    const auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return nullptr;
    };
    if (!canPaste(mime))
        return fail(tr("The clipboard holds no part of a diagram."));
    const View *view = target.views.find(viewId);
    if (!view)
        return fail(tr("There is no view with id %1.").arg(viewId.toString()));
    Fragment f;
    if (!readFragment(mime->data(mimeType()), f, message))
        return fail(message);
    const QPointF corner(std::round(at.x() / PasteGrid) * PasteGrid,
                         std::round(at.y() / PasteGrid) * PasteGrid);
    return build(target, *view, f, corner - topLeftOf(f), tr("Paste"), newNodes, error);
}

std::unique_ptr<Edit> DiagramClipboard::duplicate(const ModelData &data, const ViewId &viewId,
                                                  const QList<NodeId> &nodes,
                                                  QList<NodeId> *newNodes)
{
    const View *view = data.views.find(viewId);
    if (!view)
        return nullptr;
    const Fragment f = collect(data, *view, nodes);
    if (f.nodes.isEmpty())
        return nullptr;
    return build(data, *view, f, QPointF(DuplicateOffset, DuplicateOffset), tr("Duplicate"),
                 newNodes, nullptr);
}

} // namespace kt
