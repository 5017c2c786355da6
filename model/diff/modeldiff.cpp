#include "modeldiff.h"

#include <algorithm>

namespace kt {

namespace {

template <typename Key> QHash<Key, Key> invertedMatches(const QHash<Key, Key> &matches)
{
    QHash<Key, Key> inverted;
    inverted.reserve(matches.size());
    for (auto it = matches.constBegin(); it != matches.constEnd(); ++it)
        inverted.insert(it.value(), it.key());
    return inverted;
}

void swapFields(QList<FieldChange> &fields)
{
    for (FieldChange &field : fields)
        std::swap(field.oldValue, field.newValue);
}

} // namespace

ModelDiff ModelDiff::inverted() const
{
    ModelDiff diff;
    diff.oldFrameworkId = newFrameworkId;
    diff.newFrameworkId = oldFrameworkId;
    diff.frameworkId = frameworkId;
    diff.componentOrder = componentOrder;

    diff.elements = elements;
    for (ElementChange &c : diff.elements) {
        std::swap(c.oldId, c.newId);
        std::swap(c.oldType, c.newType);
        std::swap(c.comparedOldType, c.comparedNewType);
        std::swap(c.oldName, c.newName);
        std::swap(c.oldComponent, c.newComponent);
        swapFields(c.fields);
    }

    diff.relationships = relationships;
    for (RelationshipChange &c : diff.relationships) {
        std::swap(c.oldId, c.newId);
        std::swap(c.oldType, c.newType);
        std::swap(c.oldSource, c.newSource);
        std::swap(c.oldTarget, c.newTarget);
        swapFields(c.fields);
        // The name is the new version's: the old one when it changed.
        if (c.isChanged())
            for (const FieldChange &field : std::as_const(c.fields))
                if (field.key == u"name")
                    c.name = field.newValue;
    }

    diff.views = views;
    for (ViewChange &v : diff.views) {
        std::swap(v.oldId, v.newId);
        std::swap(v.oldName, v.newName);
        for (NodeChange &n : v.nodes) {
            std::swap(n.oldNode, n.newNode);
            std::swap(n.oldElement, n.newElement);
            std::swap(n.oldBounds, n.newBounds);
            switch (n.kind) {
            case NodeChange::Added: // label stays the listed side's; the old side had it
                n.kind = NodeChange::Removed;
                n.oldLabel = n.label;
                break;
            case NodeChange::Removed:
                n.kind = NodeChange::Added;
                n.oldLabel.clear();
                break;
            default:
                std::swap(n.label, n.oldLabel);
                break;
            }
        }
        for (ConnectionChange &c : v.connections)
            c.added = !c.added;
    }

    diff.elementMatches = invertedMatches(elementMatches);
    diff.relationshipMatches = invertedMatches(relationshipMatches);
    diff.viewMatches = invertedMatches(viewMatches);
    diff.sortLists();
    return diff;
}

void ModelDiff::sortLists()
{
    const auto componentRank = [this](const QString &component) {
        const qsizetype i = componentOrder.indexOf(component);
        return i < 0 ? componentOrder.size() : i;
    };
    std::sort(
        elements.begin(), elements.end(), [&](const ElementChange &a, const ElementChange &b) {
            const QString ca = a.component();
            const QString cb = b.component();
            if (ca != cb) {
                const qsizetype ra = componentRank(ca);
                const qsizetype rb = componentRank(cb);
                return ra != rb ? ra < rb : ca < cb;
            }
            const QString &na = a.isRemoved() ? a.oldName : a.newName;
            const QString &nb = b.isRemoved() ? b.oldName : b.newName;
            if (na != nb)
                return na < nb;
            const ElementId &ia = a.isRemoved() ? a.oldId : a.newId;
            const ElementId &ib = b.isRemoved() ? b.oldId : b.newId;
            if (ia != ib)
                return ia < ib;
            return a.oldId < b.oldId;
        });
    std::sort(relationships.begin(), relationships.end(),
        [](const RelationshipChange &a, const RelationshipChange &b) {
            if (a.name != b.name)
                return a.name < b.name;
            const RelationshipId &ia = a.isRemoved() ? a.oldId : a.newId;
            const RelationshipId &ib = b.isRemoved() ? b.oldId : b.newId;
            if (ia != ib)
                return ia < ib;
            return a.oldId < b.oldId;
        });
    for (ViewChange &v : views) {
        std::sort(v.nodes.begin(), v.nodes.end(), [](const NodeChange &a, const NodeChange &b) {
            if (a.label != b.label)
                return a.label < b.label;
            const NodeId &ia = a.kind == NodeChange::Removed ? a.oldNode : a.newNode;
            const NodeId &ib = b.kind == NodeChange::Removed ? b.oldNode : b.newNode;
            if (ia != ib)
                return ia < ib;
            return a.oldNode < b.oldNode;
        });
        std::sort(v.connections.begin(), v.connections.end(),
            [](const ConnectionChange &a, const ConnectionChange &b) {
                if (a.connection != b.connection)
                    return a.connection < b.connection;
                return a.added < b.added;
            });
    }
    std::sort(views.begin(), views.end(), [](const ViewChange &a, const ViewChange &b) {
        const QString &na = a.isRemoved() ? a.oldName : a.newName;
        const QString &nb = b.isRemoved() ? b.oldName : b.newName;
        if (na != nb)
            return na < nb;
        const ViewId &ia = a.isRemoved() ? a.oldId : a.newId;
        const ViewId &ib = b.isRemoved() ? b.oldId : b.newId;
        if (ia != ib)
            return ia < ib;
        return a.oldId < b.oldId;
    });
}

namespace {

void count(DiffCounts &counts, const ElementChange &c)
{
    if (c.isAdded()) {
        ++counts.added;
        return;
    }
    if (c.isRemoved()) {
        ++counts.removed;
        return;
    }
    counts.renamed += c.isRenamed() ? 1 : 0;
    counts.retyped += c.isRetyped() ? 1 : 0;
    counts.moved += c.isMoved() ? 1 : 0;
    counts.changed += c.isChanged() ? 1 : 0;
}

} // namespace

QHash<QString, DiffCounts> ModelDiff::elementCountsByComponent() const
{
    QHash<QString, DiffCounts> counts;
    for (const ElementChange &c : elements)
        count(counts[c.component()], c);
    return counts;
}

DiffCounts ModelDiff::elementCounts() const
{
    DiffCounts counts;
    for (const ElementChange &c : elements)
        count(counts, c);
    return counts;
}

DiffCounts ModelDiff::relationshipCounts() const
{
    DiffCounts counts;
    for (const RelationshipChange &c : relationships) {
        counts.added += c.isAdded() ? 1 : 0;
        counts.removed += c.isRemoved() ? 1 : 0;
        counts.changed += c.isChanged() ? 1 : 0;
    }
    return counts;
}

DiffCounts ModelDiff::viewCounts() const
{
    DiffCounts counts;
    for (const ViewChange &v : views) {
        counts.added += v.isAdded() ? 1 : 0;
        counts.removed += v.isRemoved() ? 1 : 0;
        counts.renamed += v.isRenamed() ? 1 : 0;
        counts.changed += !v.nodes.isEmpty() || !v.connections.isEmpty() ? 1 : 0;
    }
    return counts;
}

} // namespace kt
