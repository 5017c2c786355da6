#include "diffjson.h"

#include <QJsonArray>

namespace kt::cli {

using namespace Qt::StringLiterals;

namespace {

QString matchName(MatchKind match)
{
    switch (match) {
    case MatchKind::Id:
        return u"id"_s;
    case MatchKind::Name:
        return u"name"_s;
    case MatchKind::Unaccented:
        return u"unaccented"_s;
    case MatchKind::Similar:
        return u"similar"_s;
    }
    return {};
}

QJsonArray fieldsOf(const QList<FieldChange> &fields)
{
    QJsonArray array;
    for (const FieldChange &field : fields)
        array.append(QJsonObject {
            { u"key"_s, field.key }, { u"old"_s, field.oldValue }, { u"new"_s, field.newValue } });
    return array;
}

// id: the new id, or the old one when removed; oldId and newId when both exist.
void putIds(QJsonObject &entry, const QString &oldId, const QString &newId)
{
    entry.insert(u"id"_s, newId.isEmpty() ? oldId : newId);
    if (!oldId.isEmpty() && !newId.isEmpty()) {
        entry.insert(u"oldId"_s, oldId);
        entry.insert(u"newId"_s, newId);
    }
}

// old and new values where they differ, the value itself where they do not.
void putPair(QJsonObject &entry, const QString &key, const QString &oldValue,
    const QString &newValue, bool added, bool removed)
{
    if (added || removed || oldValue == newValue) {
        entry.insert(key, removed ? oldValue : newValue);
        return;
    }
    entry.insert(key, newValue);
    QString upper = key;
    upper[0] = upper.at(0).toUpper();
    entry.insert(u"old"_s + upper, oldValue);
    entry.insert(u"new"_s + upper, newValue);
}

QJsonObject elementEntry(const ElementChange &change)
{
    QJsonObject entry;
    putIds(entry, change.oldId.toString(), change.newId.toString());
    const bool added = change.isAdded();
    const bool removed = change.isRemoved();
    putPair(entry, u"type"_s, change.oldType, change.newType, added, removed);
    putPair(entry, u"name"_s, change.oldName, change.newName, added, removed);
    putPair(entry, u"component"_s, change.oldComponent, change.newComponent, added, removed);
    if (!added && !removed)
        entry.insert(u"match"_s, matchName(change.match));
    if (!change.fields.isEmpty())
        entry.insert(u"fields"_s, fieldsOf(change.fields));
    return entry;
}

QJsonObject endOf(const ModelData &model, const ElementId &id)
{
    const Element *element = model.elements.find(id);
    return QJsonObject { { u"id"_s, id.toString() },
        { u"name"_s, element ? element->name : QString() } };
}

QJsonObject relationshipEntry(
    const ModelData &oldModel, const ModelData &newModel, const RelationshipChange &change)
{
    QJsonObject entry;
    putIds(entry, change.oldId.toString(), change.newId.toString());
    const bool removed = change.isRemoved();
    putPair(entry, u"type"_s, change.oldType, change.newType, change.isAdded(), removed);
    entry.insert(u"name"_s, change.name);
    const ModelData &side = removed ? oldModel : newModel;
    entry.insert(u"source"_s, endOf(side, removed ? change.oldSource : change.newSource));
    entry.insert(u"target"_s, endOf(side, removed ? change.oldTarget : change.newTarget));
    if (change.isChanged())
        entry.insert(u"match"_s, matchName(change.match));
    if (!change.fields.isEmpty())
        entry.insert(u"fields"_s, fieldsOf(change.fields));
    return entry;
}

QJsonArray boundsOf(const QRectF &bounds)
{
    return QJsonArray { bounds.x(), bounds.y(), bounds.width(), bounds.height() };
}

QString nodeKindName(NodeChange::Kind kind)
{
    switch (kind) {
    case NodeChange::Added:
        return u"added"_s;
    case NodeChange::Removed:
        return u"removed"_s;
    case NodeChange::Moved:
        return u"moved"_s;
    case NodeChange::Resized:
        return u"resized"_s;
    case NodeChange::MovedAndResized:
        return u"movedAndResized"_s;
    }
    return {};
}

QJsonObject viewEntry(const ViewChange &change)
{
    QJsonObject entry;
    putIds(entry, change.oldId.toString(), change.newId.toString());
    putPair(entry, u"name"_s, change.oldName, change.newName, change.isAdded(), change.isRemoved());
    QJsonArray nodes;
    for (const NodeChange &node : change.nodes) {
        QJsonObject item { { u"change"_s, nodeKindName(node.kind) }, { u"label"_s, node.label } };
        if (!node.oldLabel.isEmpty() && node.oldLabel != node.label)
            item.insert(u"oldLabel"_s, node.oldLabel);
        putIds(item, node.oldNode.toString(), node.newNode.toString());
        const QString element
            = node.newElement.isNull() ? node.oldElement.toString() : node.newElement.toString();
        if (!element.isEmpty())
            item.insert(u"element"_s, element);
        if (node.kind != NodeChange::Added)
            item.insert(u"oldBounds"_s, boundsOf(node.oldBounds));
        if (node.kind != NodeChange::Removed)
            item.insert(u"newBounds"_s, boundsOf(node.newBounds));
        nodes.append(item);
    }
    QJsonArray connections;
    for (const ConnectionChange &connection : change.connections) {
        QJsonObject item { { u"change"_s, connection.added ? u"added"_s : u"removed"_s },
            { u"id"_s, connection.connection.toString() } };
        if (!connection.relationship.isNull())
            item.insert(u"relationship"_s, connection.relationship.toString());
        connections.append(item);
    }
    entry.insert(u"nodes"_s, nodes);
    entry.insert(u"connections"_s, connections);
    return entry;
}

QJsonObject countsOf(const DiffCounts &counts, const QStringList &keys)
{
    const QHash<QString, int> all { { u"added"_s, counts.added }, { u"removed"_s, counts.removed },
        { u"renamed"_s, counts.renamed }, { u"retyped"_s, counts.retyped },
        { u"moved"_s, counts.moved }, { u"changed"_s, counts.changed } };
    QJsonObject object;
    for (const QString &key : keys)
        object.insert(key, all.value(key));
    return object;
}

} // namespace

QJsonObject DiffJson::toJson(
    const ModelData &oldModel, const ModelData &newModel, const ModelDiff &diff)
{
    QJsonArray added, removed, renamed, retyped, moved, changed;
    for (const ElementChange &change : diff.elements) {
        const QJsonObject entry = elementEntry(change);
        if (change.isAdded())
            added.append(entry);
        if (change.isRemoved())
            removed.append(entry);
        if (change.isRenamed())
            renamed.append(entry);
        if (change.isRetyped())
            retyped.append(entry);
        if (change.isMoved())
            moved.append(entry);
        if (change.isChanged())
            changed.append(entry);
    }
    const QJsonObject elements { { u"added"_s, added }, { u"removed"_s, removed },
        { u"renamed"_s, renamed }, { u"retyped"_s, retyped }, { u"moved"_s, moved },
        { u"changed"_s, changed } };

    QJsonArray relAdded, relRemoved, relChanged;
    for (const RelationshipChange &change : diff.relationships) {
        const QJsonObject entry = relationshipEntry(oldModel, newModel, change);
        (change.isAdded() ? relAdded : change.isRemoved() ? relRemoved : relChanged).append(entry);
    }
    const QJsonObject relationships { { u"added"_s, relAdded }, { u"removed"_s, relRemoved },
        { u"changed"_s, relChanged } };

    QJsonArray viewAdded, viewRemoved, viewRenamed, viewChanged;
    for (const ViewChange &change : diff.views) {
        const QJsonObject entry = viewEntry(change);
        if (change.isAdded())
            viewAdded.append(entry);
        else if (change.isRemoved())
            viewRemoved.append(entry);
        if (change.isRenamed())
            viewRenamed.append(entry);
        // As ModelDiff::viewCounts() counts them: a view whose content changed.
        if (!change.nodes.isEmpty() || !change.connections.isEmpty())
            viewChanged.append(entry);
    }
    const QJsonObject views { { u"added"_s, viewAdded }, { u"removed"_s, viewRemoved },
        { u"renamed"_s, viewRenamed }, { u"changed"_s, viewChanged } };

    const QStringList elementKeys { u"added"_s, u"removed"_s, u"renamed"_s, u"retyped"_s,
        u"moved"_s, u"changed"_s };
    const QJsonObject summary { { u"equal"_s, diff.isEmpty() },
        { u"elements"_s, countsOf(diff.elementCounts(), elementKeys) },
        { u"relationships"_s,
            countsOf(diff.relationshipCounts(), { u"added"_s, u"removed"_s, u"changed"_s }) },
        { u"views"_s,
            countsOf(
                diff.viewCounts(), { u"added"_s, u"removed"_s, u"renamed"_s, u"changed"_s }) } };
    return QJsonObject { { u"oldFramework"_s, diff.oldFrameworkId },
        { u"newFramework"_s, diff.newFrameworkId }, { u"framework"_s, diff.frameworkId },
        { u"elements"_s, elements }, { u"relationships"_s, relationships }, { u"views"_s, views },
        { u"summary"_s, summary } };
}

} // namespace kt::cli
