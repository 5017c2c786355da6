#include "repoobject.h"

#include "../meta/profileregistry.h"
#include "../types/kindnames.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QList<RepoObject> RepoObjects::flatten(const ModelData &data)
{
    QList<RepoObject> objects;
    objects.reserve(1 + data.elements.size() + data.relationships.size() + data.views.size());

    const ModelInfo &info = data.info;
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
    objects.append(model);

    for (const Element &e : data.elements) {
        RepoObject o { RepoObjectKind::Element, e.id.toString(), {}, {} };
        put(o.fields, u"type"_s, e.type);
        put(o.fields, u"name"_s, e.name);
        put(o.fields, u"documentation"_s, e.documentation);
        putMap(o.fields, PropertyPrefix, e.properties);
        put(o.fields, u"extra"_s, extraText(e.extraProperties));
        objects.append(o);
    }
    for (const Relationship &r : data.relationships) {
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
        objects.append(o);
    }
    for (const View &v : data.views) {
        RepoObject o { RepoObjectKind::View, v.id.toString(), {}, {} };
        put(o.fields, u"name"_s, v.name);
        put(o.fields, u"documentation"_s, v.documentation);
        put(o.fields, u"kind"_s, viewKindName(v.kind));
        putMap(o.fields, SettingPrefix, v.settings);
        put(o.fields, u"extra"_s, extraText(v.extraProperties));
        objects.append(o);
        for (const ViewNode &n : v.nodes) {
            RepoObject node { RepoObjectKind::Node, n.id.toString(), v.id.toString(), {} };
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
            objects.append(node);
        }
        for (const ViewConnection &c : v.connections) {
            RepoObject line { RepoObjectKind::Connection, c.id.toString(), v.id.toString(), {} };
            put(line.fields, u"relationship"_s, c.relationship.toString());
            put(line.fields, u"source"_s, c.source.toString());
            put(line.fields, u"target"_s, c.target.toString());
            put(line.fields, u"sourceConnection"_s, c.sourceConnection.toString());
            put(line.fields, u"targetConnection"_s, c.targetConnection.toString());
            put(line.fields, u"bendpoints"_s, pointsText(c.bendpoints));
            putStyle(line.fields, c.style);
            objects.append(line);
        }
    }
    return objects;
}

Result<ModelData> RepoObjects::assemble(const QList<RepoObject> &objects)
{
    ModelData data;
    bool haveModel = false;
    QHash<QString, qsizetype> viewIndex;
    QList<View> views;
    for (const RepoObject &o : objects) {
        const RepoFields &f = o.fields;
        bool ok = true;
        switch (o.kind) {
        case RepoObjectKind::Model: {
            ModelInfo &info = data.info;
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
            haveModel = true;
            break;
        }
        case RepoObjectKind::Element: {
            Element e;
            e.id = ElementId(o.id);
            e.type = f.value(u"type"_s);
            e.name = f.value(u"name"_s);
            e.documentation = f.value(u"documentation"_s);
            e.properties = mapFrom(f, PropertyPrefix);
            e.extraProperties = extraFrom(f.value(u"extra"_s), &ok);
            appendOnce(data.elements, std::move(e), ok);
            break;
        }
        case RepoObjectKind::Relationship: {
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
            appendOnce(data.relationships, std::move(r), ok);
            break;
        }
        case RepoObjectKind::View: {
            View v;
            v.id = ViewId(o.id);
            v.name = f.value(u"name"_s);
            v.documentation = f.value(u"documentation"_s);
            const std::optional<ViewKind> kind = viewKindFromName(f.value(u"kind"_s));
            ok = kind.has_value() && !viewIndex.contains(o.id);
            v.kind = kind.value_or(ViewKind::Free);
            v.settings = mapFrom(f, SettingPrefix);
            v.extraProperties = extraFrom(f.value(u"extra"_s), &ok);
            viewIndex.insert(o.id, views.size());
            views.append(std::move(v));
            break;
        }
        case RepoObjectKind::Node: {
            const qsizetype at = viewIndex.value(o.view, -1);
            ViewNode n;
            n.id = NodeId(o.id);
            const std::optional<NodeKind> kind = nodeKindFromName(f.value(u"kind"_s));
            ok = at >= 0 && kind.has_value();
            n.kind = kind.value_or(NodeKind::Element);
            n.element = ElementId(f.value(u"element"_s));
            n.parent = NodeId(f.value(u"parent"_s));
            n.bounds = QRectF(toNumber(f, u"x"_s, &ok), toNumber(f, u"y"_s, &ok),
                              toNumber(f, u"width"_s, &ok), toNumber(f, u"height"_s, &ok));
            n.label = f.value(u"label"_s);
            n.layer = f.value(u"layer"_s);
            n.viewRef = ViewId(f.value(u"viewRef"_s));
            n.style = styleFrom(f, &ok);
            if (ok)
                appendOnce(views[at].nodes, std::move(n), ok);
            break;
        }
        case RepoObjectKind::Connection: {
            const qsizetype at = viewIndex.value(o.view, -1);
            ViewConnection c;
            c.id = ConnectionId(o.id);
            c.relationship = RelationshipId(f.value(u"relationship"_s));
            c.source = NodeId(f.value(u"source"_s));
            c.target = NodeId(f.value(u"target"_s));
            c.sourceConnection = ConnectionId(f.value(u"sourceConnection"_s));
            c.targetConnection = ConnectionId(f.value(u"targetConnection"_s));
            c.bendpoints = pointsFrom(f.value(u"bendpoints"_s), &ok);
            c.style = styleFrom(f, &ok);
            ok = ok && at >= 0;
            if (ok)
                appendOnce(views[at].connections, std::move(c), ok);
            break;
        }
        }
        if (!ok)
            return Result<ModelData>::failure(
                tr("The repository's %1 %2 cannot be read (a field of it is not valid).")
                    .arg(kindName(o.kind), o.id));
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

} // namespace kt
