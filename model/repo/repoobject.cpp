#include "repoobject.h"

#include "../meta/profileregistry.h"
#include "../types/kindnames.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <utility>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Adds the object unless the collection already has its id; a second object
// with one id makes the repository's model unreadable (ok = false).
template<typename Items, typename Item>
void appendOnce(Items &items, Item &&item, bool &ok)
{
    if (items.contains(item.id))
        ok = false;
    else
        items.append(std::forward<Item>(item));
}

const QString PropertyPrefix = u"property."_s;
const QString AttributePrefix = u"attribute."_s;
const QString SettingPrefix = u"setting."_s;
const QString StylePrefix = u"style."_s;

void put(RepoFields &fields, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        fields.insert(name, value);
}

// Exact: the shortest text that reads back as the same double.
QString number(double value)
{
    return value == 0 ? QString() : QString::number(value, 'g', 17);
}

double toNumber(const RepoFields &fields, const QString &name, bool *ok)
{
    const QString text = fields.value(name);
    if (text.isEmpty())
        return 0;
    bool good = false;
    const double value = text.toDouble(&good);
    if (!good)
        *ok = false;
    return value;
}

// Free properties keep their order and may repeat a key: a JSON array of pairs.
QString extraText(const PropertyList &list)
{
    if (list.isEmpty())
        return {};
    QJsonArray array;
    for (const Property &p : list)
        array.append(QJsonArray { p.key, p.value });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

PropertyList extraFrom(const QString &text, bool *ok)
{
    PropertyList list;
    if (text.isEmpty())
        return list;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray()) {
        *ok = false;
        return list;
    }
    for (const QJsonValue &pair : document.array()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2) {
            *ok = false;
            return list;
        }
        list.append(Property { kv.at(0).toString(), kv.at(1).toString() });
    }
    return list;
}

void putMap(RepoFields &fields, const QString &prefix, const QMap<QString, QString> &map)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        fields.insert(prefix + it.key(), it.value()); // kept even when empty: the key counts
}

QMap<QString, QString> mapFrom(const RepoFields &fields, const QString &prefix)
{
    QMap<QString, QString> map;
    for (auto it = fields.lowerBound(prefix); it != fields.cend() && it.key().startsWith(prefix);
         ++it)
        map.insert(it.key().mid(prefix.size()), it.value());
    return map;
}

void putStyle(RepoFields &fields, const NodeStyle &style)
{
    put(fields, StylePrefix + u"fillColor"_s, style.fillColor);
    put(fields, StylePrefix + u"lineColor"_s, style.lineColor);
    put(fields, StylePrefix + u"fontName"_s, style.fontName);
    put(fields, StylePrefix + u"fontSize"_s, number(style.fontSize));
    put(fields, StylePrefix + u"fontColor"_s, style.fontColor);
    put(fields, StylePrefix + u"textAlignment"_s, textAlignmentName(style.textAlignment));
    put(fields, StylePrefix + u"lineWidth"_s, number(style.lineWidth));
}

NodeStyle styleFrom(const RepoFields &f, bool *ok)
{
    NodeStyle style;
    style.fillColor = f.value(StylePrefix + u"fillColor"_s);
    style.lineColor = f.value(StylePrefix + u"lineColor"_s);
    style.fontName = f.value(StylePrefix + u"fontName"_s);
    style.fontSize = toNumber(f, StylePrefix + u"fontSize"_s, ok);
    style.fontColor = f.value(StylePrefix + u"fontColor"_s);
    style.textAlignment = textAlignmentFromName(f.value(StylePrefix + u"textAlignment"_s));
    style.lineWidth = toNumber(f, StylePrefix + u"lineWidth"_s, ok);
    return style;
}

QString pointsText(const QList<QPointF> &points)
{
    QStringList parts;
    for (const QPointF &p : points)
        parts.append(QString::number(p.x(), 'g', 17) + u',' + QString::number(p.y(), 'g', 17));
    return parts.join(u';');
}

QList<QPointF> pointsFrom(const QString &text, bool *ok)
{
    QList<QPointF> points;
    if (text.isEmpty())
        return points;
    for (const QString &part : text.split(u';')) {
        const QStringList xy = part.split(u',');
        bool gx = false, gy = false;
        if (xy.size() == 2)
            points.append(QPointF(xy.at(0).toDouble(&gx), xy.at(1).toDouble(&gy)));
        if (!gx || !gy)
            *ok = false;
    }
    return points;
}

} // namespace

QString RepoObject::key() const
{
    return RepoObjects::keyOf(kind, id);
}

QString RepoObjects::kindName(RepoObjectKind kind)
{
    switch (kind) {
    case RepoObjectKind::Model:
        return u"model"_s;
    case RepoObjectKind::Element:
        return u"element"_s;
    case RepoObjectKind::Relationship:
        return u"relationship"_s;
    case RepoObjectKind::View:
        return u"view"_s;
    case RepoObjectKind::Node:
        return u"node"_s;
    case RepoObjectKind::Connection:
        return u"connection"_s;
    }
    return {};
}

QString RepoObjects::keyOf(RepoObjectKind kind, const QString &id)
{
    return kindName(kind) + u'/' + id;
}

RepoObject RepoObjects::objectOf(const ModelInfo &info)
{
    RepoObject model { RepoObjectKind::Model, info.id.toString(), {}, {} };
    put(model.fields, u"name"_s, info.name);
    put(model.fields, u"documentation"_s, info.documentation);
    put(model.fields, u"frameworkId"_s, info.frameworkId);
    put(model.fields, u"province"_s, info.province);
    put(model.fields, u"versionLabel"_s, info.versionLabel);
    put(model.fields, u"decision"_s, info.decision);
    put(model.fields, u"decisionDate"_s, info.decisionDate.toString(Qt::ISODate));
    put(model.fields, u"author"_s, info.author);
    put(model.fields, u"extra"_s, extraText(info.extraProperties));
    return model;
}

RepoObject RepoObjects::objectOf(const Element &e)
{
    RepoObject o { RepoObjectKind::Element, e.id.toString(), {}, {} };
    put(o.fields, u"type"_s, e.type);
    put(o.fields, u"name"_s, e.name);
    put(o.fields, u"documentation"_s, e.documentation);
    putMap(o.fields, PropertyPrefix, e.properties);
    put(o.fields, u"extra"_s, extraText(e.extraProperties));
    return o;
}

RepoObject RepoObjects::objectOf(const Relationship &r)
{
    RepoObject o { RepoObjectKind::Relationship, r.id.toString(), {}, {} };
    put(o.fields, u"type"_s, r.type);
    put(o.fields, u"source"_s, r.source.toString());
    put(o.fields, u"target"_s, r.target.toString());
    put(o.fields, u"sourceRelationship"_s, r.sourceRelationship.toString());
    put(o.fields, u"targetRelationship"_s, r.targetRelationship.toString());
    put(o.fields, u"name"_s, r.name);
    put(o.fields, u"documentation"_s, r.documentation);
    putMap(o.fields, PropertyPrefix, r.properties);
    putMap(o.fields, AttributePrefix, r.archimateAttributes);
    put(o.fields, u"extra"_s, extraText(r.extraProperties));
    return o;
}

RepoObject RepoObjects::objectOf(const View &v)
{
    RepoObject o { RepoObjectKind::View, v.id.toString(), {}, {} };
    put(o.fields, u"name"_s, v.name);
    put(o.fields, u"documentation"_s, v.documentation);
    put(o.fields, u"kind"_s, viewKindName(v.kind));
    putMap(o.fields, SettingPrefix, v.settings);
    put(o.fields, u"extra"_s, extraText(v.extraProperties));
    return o;
}

RepoObject RepoObjects::objectOf(const ViewNode &n, const ViewId &view)
{
    RepoObject node { RepoObjectKind::Node, n.id.toString(), view.toString(), {} };
    put(node.fields, u"kind"_s, nodeKindName(n.kind));
    put(node.fields, u"element"_s, n.element.toString());
    put(node.fields, u"parent"_s, n.parent.toString());
    put(node.fields, u"x"_s, number(n.bounds.x()));
    put(node.fields, u"y"_s, number(n.bounds.y()));
    put(node.fields, u"width"_s, number(n.bounds.width()));
    put(node.fields, u"height"_s, number(n.bounds.height()));
    put(node.fields, u"label"_s, n.label);
    put(node.fields, u"layer"_s, n.layer);
    put(node.fields, u"viewRef"_s, n.viewRef.toString());
    putStyle(node.fields, n.style);
    return node;
}

RepoObject RepoObjects::objectOf(const ViewConnection &c, const ViewId &view)
{
    RepoObject line { RepoObjectKind::Connection, c.id.toString(), view.toString(), {} };
    put(line.fields, u"relationship"_s, c.relationship.toString());
    put(line.fields, u"source"_s, c.source.toString());
    put(line.fields, u"target"_s, c.target.toString());
    put(line.fields, u"sourceConnection"_s, c.sourceConnection.toString());
    put(line.fields, u"targetConnection"_s, c.targetConnection.toString());
    put(line.fields, u"bendpoints"_s, pointsText(c.bendpoints));
    putStyle(line.fields, c.style);
    return line;
}

QList<RepoObject> RepoObjects::flatten(const ModelData &data)
{
    QList<RepoObject> objects;
    objects.reserve(1 + data.elements.size() + data.relationships.size() + data.views.size());
    objects.append(objectOf(data.info));
    for (const Element &e : data.elements)
        objects.append(objectOf(e));
    for (const Relationship &r : data.relationships)
        objects.append(objectOf(r));
    for (const View &v : data.views) {
        objects.append(objectOf(v));
        for (const ViewNode &n : v.nodes)
            objects.append(objectOf(n, v.id));
        for (const ViewConnection &c : v.connections)
            objects.append(objectOf(c, v.id));
    }
    return objects;
}

namespace {

// A changed object of differences(): before or after absent for an added or deleted one.
void differ(QList<RepoObjectChange> &out, std::optional<RepoObject> before,
            std::optional<RepoObject> after)
{
    if (before && after && before->fields == after->fields && before->view == after->view)
        return;
    out.append(RepoObjectChange { std::move(before), std::move(after) });
}

// The objects of two collections that differ: changed or added (in `to`'s order), then
// deleted (in `from`'s order). Only the items that differ are turned into objects.
template<typename Items, typename Convert>
void differItems(QList<RepoObjectChange> &out, const Items &from, const Items &to,
                 Convert convert)
{
    for (const auto &item : to) {
        const auto *old = from.find(item.id);
        if (!old)
            differ(out, std::nullopt, convert(item));
        else if (!(*old == item))
            differ(out, convert(*old), convert(item));
    }
    for (const auto &item : from)
        if (!to.contains(item.id))
            differ(out, convert(item), std::nullopt);
}

// A view's own fields, without its nodes and connections.
bool sameViewFields(const View &a, const View &b)
{
    return a.name == b.name && a.documentation == b.documentation && a.kind == b.kind
            && a.settings == b.settings && a.extraProperties == b.extraProperties;
}

} // namespace

QList<RepoObjectChange> RepoObjects::differences(const ModelData &from, const ModelData &to)
{
    QList<RepoObjectChange> out;
    if (!(from.info == to.info))
        differ(out, objectOf(from.info), objectOf(to.info));
    differItems(out, from.elements, to.elements, [](const Element &e) { return objectOf(e); });
    differItems(out, from.relationships, to.relationships,
                [](const Relationship &r) { return objectOf(r); });
    // Views, then the nodes and connections of the views that differ: a node that moved
    // to another view changed both.
    QList<const View *> fromViews, toViews;
    for (const View &v : to.views) {
        const View *old = from.views.find(v.id);
        if (!old)
            differ(out, std::nullopt, objectOf(v));
        else if (!sameViewFields(*old, v))
            differ(out, objectOf(*old), objectOf(v));
        if (!old || !(*old == v)) {
            toViews.append(&v);
            if (old)
                fromViews.append(old);
        }
    }
    for (const View &v : from.views)
        if (!to.views.contains(v.id)) {
            differ(out, objectOf(v), std::nullopt);
            fromViews.append(&v);
        }
    QHash<QString, std::pair<const ViewNode *, ViewId>> oldNodes, newNodes;
    QHash<QString, std::pair<const ViewConnection *, ViewId>> oldLines, newLines;
    for (const View *v : std::as_const(fromViews)) {
        for (const ViewNode &n : v->nodes)
            oldNodes.insert(n.id.toString(), { &n, v->id });
        for (const ViewConnection &c : v->connections)
            oldLines.insert(c.id.toString(), { &c, v->id });
    }
    for (const View *v : std::as_const(toViews)) {
        for (const ViewNode &n : v->nodes)
            newNodes.insert(n.id.toString(), { &n, v->id });
        for (const ViewConnection &c : v->connections)
            newLines.insert(c.id.toString(), { &c, v->id });
    }
    const auto pairUp = [&](const auto &olds, const auto &news, const auto &toViewsOrder,
                            auto items) {
        for (const View *v : toViewsOrder)
            for (const auto &item : items(*v)) {
                const auto old = olds.constFind(item.id.toString());
                if (old == olds.cend())
                    differ(out, std::nullopt, objectOf(item, v->id));
                else if (!(*old->first == item) || old->second != v->id)
                    differ(out, objectOf(*old->first, old->second), objectOf(item, v->id));
            }
        for (const View *v : std::as_const(fromViews))
            for (const auto &item : items(*v))
                if (!news.contains(item.id.toString()))
                    differ(out, objectOf(item, v->id), std::nullopt);
    };
    pairUp(oldNodes, newNodes, toViews, [](const View &v) -> const auto & { return v.nodes; });
    pairUp(oldLines, newLines, toViews,
           [](const View &v) -> const auto & { return v.connections; });
    return out;
}

namespace {

ModelInfo infoFrom(const RepoObject &o, bool &ok)
{
    const RepoFields &f = o.fields;
    ModelInfo info;
    info.id = ModelId(o.id);
    info.name = f.value(u"name"_s);
    info.documentation = f.value(u"documentation"_s);
    info.frameworkId = f.value(u"frameworkId"_s);
    info.province = f.value(u"province"_s);
    info.versionLabel = f.value(u"versionLabel"_s);
    info.decision = f.value(u"decision"_s);
    const QString date = f.value(u"decisionDate"_s);
    info.decisionDate = QDate::fromString(date, Qt::ISODate);
    ok = date.isEmpty() || info.decisionDate.isValid();
    info.author = f.value(u"author"_s);
    info.extraProperties = extraFrom(f.value(u"extra"_s), &ok);
    return info;
}

Element elementFrom(const RepoObject &o, bool &ok)
{
    const RepoFields &f = o.fields;
    Element e;
    e.id = ElementId(o.id);
    e.type = f.value(u"type"_s);
    e.name = f.value(u"name"_s);
    e.documentation = f.value(u"documentation"_s);
    e.properties = mapFrom(f, PropertyPrefix);
    e.extraProperties = extraFrom(f.value(u"extra"_s), &ok);
    return e;
}

Relationship relationshipFrom(const RepoObject &o, bool &ok)
{
    const RepoFields &f = o.fields;
    Relationship r;
    r.id = RelationshipId(o.id);
    r.type = f.value(u"type"_s);
    r.source = ElementId(f.value(u"source"_s));
    r.target = ElementId(f.value(u"target"_s));
    r.sourceRelationship = RelationshipId(f.value(u"sourceRelationship"_s));
    r.targetRelationship = RelationshipId(f.value(u"targetRelationship"_s));
    r.name = f.value(u"name"_s);
    r.documentation = f.value(u"documentation"_s);
    r.properties = mapFrom(f, PropertyPrefix);
    r.archimateAttributes = mapFrom(f, AttributePrefix);
    r.extraProperties = extraFrom(f.value(u"extra"_s), &ok);
    return r;
}

// The view's own fields (no nodes, no connections).
View viewFrom(const RepoObject &o, bool &ok)
{
    const RepoFields &f = o.fields;
    View v;
    v.id = ViewId(o.id);
    v.name = f.value(u"name"_s);
    v.documentation = f.value(u"documentation"_s);
    const std::optional<ViewKind> kind = viewKindFromName(f.value(u"kind"_s));
    ok = kind.has_value();
    v.kind = kind.value_or(ViewKind::Free);
    v.settings = mapFrom(f, SettingPrefix);
    v.extraProperties = extraFrom(f.value(u"extra"_s), &ok);
    return v;
}

ViewNode nodeFrom(const RepoObject &o, bool &ok)
{
    const RepoFields &f = o.fields;
    ViewNode n;
    n.id = NodeId(o.id);
    const std::optional<NodeKind> kind = nodeKindFromName(f.value(u"kind"_s));
    ok = kind.has_value();
    n.kind = kind.value_or(NodeKind::Element);
    n.element = ElementId(f.value(u"element"_s));
    n.parent = NodeId(f.value(u"parent"_s));
    n.bounds = QRectF(toNumber(f, u"x"_s, &ok), toNumber(f, u"y"_s, &ok),
                      toNumber(f, u"width"_s, &ok), toNumber(f, u"height"_s, &ok));
    n.label = f.value(u"label"_s);
    n.layer = f.value(u"layer"_s);
    n.viewRef = ViewId(f.value(u"viewRef"_s));
    n.style = styleFrom(f, &ok);
    return n;
}

ViewConnection connectionFrom(const RepoObject &o, bool &ok)
{
    const RepoFields &f = o.fields;
    ViewConnection c;
    c.id = ConnectionId(o.id);
    c.relationship = RelationshipId(f.value(u"relationship"_s));
    c.source = NodeId(f.value(u"source"_s));
    c.target = NodeId(f.value(u"target"_s));
    c.sourceConnection = ConnectionId(f.value(u"sourceConnection"_s));
    c.targetConnection = ConnectionId(f.value(u"targetConnection"_s));
    c.bendpoints = pointsFrom(f.value(u"bendpoints"_s), &ok);
    c.style = styleFrom(f, &ok);
    return c;
}

QString unreadable(const RepoObject &o)
{
    return RepoObjects::tr("The repository's %1 %2 cannot be read (a field of it is not valid).")
        .arg(RepoObjects::kindName(o.kind), o.id);
}

// Puts item in place of the one of its id, or appends it.
template<typename Items, typename Item>
void replaceOrAppend(Items &items, Item &&item)
{
    if (auto *old = items.find(item.id))
        *old = std::forward<Item>(item);
    else
        items.append(std::forward<Item>(item));
}

} // namespace

Result<ModelData> RepoObjects::assemble(const QList<RepoObject> &objects)
{
    ModelData data;
    bool haveModel = false;
    QHash<QString, qsizetype> viewIndex;
    QList<View> views;
    for (const RepoObject &o : objects) {
        bool ok = true;
        switch (o.kind) {
        case RepoObjectKind::Model:
            data.info = infoFrom(o, ok);
            haveModel = true;
            break;
        case RepoObjectKind::Element:
            appendOnce(data.elements, elementFrom(o, ok), ok);
            break;
        case RepoObjectKind::Relationship:
            appendOnce(data.relationships, relationshipFrom(o, ok), ok);
            break;
        case RepoObjectKind::View: {
            View v = viewFrom(o, ok);
            ok = ok && !viewIndex.contains(o.id);
            viewIndex.insert(o.id, views.size());
            views.append(std::move(v));
            break;
        }
        case RepoObjectKind::Node: {
            const qsizetype at = viewIndex.value(o.view, -1);
            ViewNode n = nodeFrom(o, ok);
            ok = ok && at >= 0;
            if (ok)
                appendOnce(views[at].nodes, std::move(n), ok);
            break;
        }
        case RepoObjectKind::Connection: {
            const qsizetype at = viewIndex.value(o.view, -1);
            ViewConnection c = connectionFrom(o, ok);
            ok = ok && at >= 0;
            if (ok)
                appendOnce(views[at].connections, std::move(c), ok);
            break;
        }
        }
        if (!ok)
            return Result<ModelData>::failure(unreadable(o));
    }
    if (!haveModel)
        return Result<ModelData>::failure(tr("The repository holds no model information."));
    for (View &v : views)
        data.views.append(std::move(v));
    const Result<ProfilePtr> profile = ProfileRegistry::profile(data.info.frameworkId);
    if (!profile)
        return Result<ModelData>::failure(profile.error());
    data.profile = profile.value();
    return data;
}

bool RepoObjects::place(ModelData &data, const RepoObject &o, QString *error)
{
    bool ok = true;
    switch (o.kind) {
    case RepoObjectKind::Model: {
        const QString framework = data.info.frameworkId;
        data.info = infoFrom(o, ok);
        if (ok && (framework != data.info.frameworkId || !data.profile)) {
            const Result<ProfilePtr> profile = ProfileRegistry::profile(data.info.frameworkId);
            if (!profile) {
                if (error)
                    *error = profile.error();
                return false;
            }
            data.profile = profile.value();
        }
        break;
    }
    case RepoObjectKind::Element:
        if (Element e = elementFrom(o, ok); ok)
            replaceOrAppend(data.elements, std::move(e));
        break;
    case RepoObjectKind::Relationship:
        if (Relationship r = relationshipFrom(o, ok); ok)
            replaceOrAppend(data.relationships, std::move(r));
        break;
    case RepoObjectKind::View:
        if (View v = viewFrom(o, ok); ok) {
            if (View *old = data.views.find(v.id)) {
                v.nodes = std::move(old->nodes);
                v.connections = std::move(old->connections);
                *old = std::move(v);
            } else {
                data.views.append(std::move(v));
            }
        }
        break;
    case RepoObjectKind::Node: {
        ViewNode n = nodeFrom(o, ok);
        View *view = data.views.find(ViewId(o.view));
        ok = ok && view;
        if (!ok)
            break;
        if (!view->nodes.contains(n.id)) // from another view (not expected: a node stays)
            remove(data, o.kind, o.id);
        replaceOrAppend(view->nodes, std::move(n));
        break;
    }
    case RepoObjectKind::Connection: {
        ViewConnection c = connectionFrom(o, ok);
        View *view = data.views.find(ViewId(o.view));
        ok = ok && view;
        if (!ok)
            break;
        if (!view->connections.contains(c.id))
            remove(data, o.kind, o.id);
        replaceOrAppend(view->connections, std::move(c));
        break;
    }
    }
    if (!ok && error)
        *error = unreadable(o);
    return ok;
}

void RepoObjects::remove(ModelData &data, RepoObjectKind kind, const QString &id)
{
    switch (kind) {
    case RepoObjectKind::Model:
        break;
    case RepoObjectKind::Element:
        data.elements.take(ElementId(id));
        break;
    case RepoObjectKind::Relationship:
        data.relationships.take(RelationshipId(id));
        break;
    case RepoObjectKind::View:
        data.views.take(ViewId(id));
        break;
    case RepoObjectKind::Node:
        for (qsizetype i = 0; i < data.views.size(); ++i)
            if (data.views.at(i).nodes.contains(NodeId(id))) {
                data.views.find(data.views.at(i).id)->nodes.take(NodeId(id));
                return;
            }
        break;
    case RepoObjectKind::Connection:
        for (qsizetype i = 0; i < data.views.size(); ++i)
            if (data.views.at(i).connections.contains(ConnectionId(id))) {
                data.views.find(data.views.at(i).id)->connections.take(ConnectionId(id));
                return;
            }
        break;
    }
}

} // namespace kt
