#include "difftext.h"

#include <model/core/language.h>
#include <model/meta/profileregistry.h>

#include <functional>

namespace kt::cli {

using namespace Qt::StringLiterals;

namespace {

const QString Indent = u"    "_s;

QString quoted(const QString &text)
{
    return u"“"_s + text + u"”"_s;
}

QString orNone(const QString &value)
{
    return value.isEmpty() ? DiffText::tr("(none)") : value;
}

// Names in the interface language, from the profile a type or layer id belongs to.
class Names
{
public:
    Names(const ModelData &oldModel, const ModelData &newModel, const QString &frameworkId)
        : m_old(oldModel.profile)
        , m_new(newModel.profile)
        , m_lang(uiLanguage())
    {
        if (m_new && m_new->id() == frameworkId)
            m_compared = m_new;
        else if (m_old && m_old->id() == frameworkId)
            m_compared = m_old;
        else if (const Result<ProfilePtr> profile = ProfileRegistry::profile(frameworkId))
            m_compared = profile.value();
    }

    QString component(const QString &layerId) const
    {
        if (layerId.isEmpty())
            return DiffText::tr("(no component)");
        const Layer *layer = m_compared ? m_compared->layer(layerId) : nullptr;
        return layer ? layer->name.text(m_lang) : layerId;
    }
    QString elementType(const QString &typeId, bool old) const
    {
        const ProfilePtr &profile = old ? m_old : m_new;
        const ElementType *type = profile ? profile->elementType(typeId) : nullptr;
        return type ? type->name.text(m_lang) : typeId;
    }
    // A changed field as a reader names it: the property's name in the profile,
    // "documentation", "name", "type", "source" and "target" in words.
    QString field(const QString &key) const
    {
        if (key == u"documentation")
            return DiffText::tr("documentation");
        if (key == u"name")
            return DiffText::tr("name");
        if (key == u"type")
            return DiffText::tr("type");
        if (key == u"source")
            return DiffText::tr("source");
        if (key == u"target")
            return DiffText::tr("target");
        for (const ProfilePtr &profile : {m_new, m_old})
            if (const PropertyDefinition *p = profile ? profile->property(key) : nullptr)
                return p->name.text(m_lang);
        return key;
    }
    // A value as the side's profile shows it (an enumeration's name, not its id).
    QString value(const QString &key, const QString &value, bool old) const
    {
        const ProfilePtr &profile = old ? m_old : m_new;
        return profile && !value.isEmpty() ? profile->displayValue(key, value, m_lang) : value;
    }
    QString relationshipType(const QString &typeId, bool old) const
    {
        const ProfilePtr &profile = old ? m_old : m_new;
        const RelationshipType *type = profile ? profile->relationshipType(typeId) : nullptr;
        return type ? type->name.text(m_lang) : typeId;
    }

private:
    ProfilePtr m_old;
    ProfilePtr m_new;
    ProfilePtr m_compared;
    QString m_lang;
};

QString idOf(const QString &oldId, const QString &newId)
{
    return newId.isEmpty() ? oldId : newId;
}

void appendFields(QString &text, const QList<FieldChange> &fields, const Names &names)
{
    for (const FieldChange &field : fields)
        text += Indent + Indent
            + u"%1: %2 → %3\n"_s.arg(names.field(field.key),
                orNone(names.value(field.key, field.oldValue, true)),
                orNone(names.value(field.key, field.newValue, false)));
}

QString elementLine(const ElementChange &change, const Names &names)
{
    const QString id = idOf(change.oldId.toString(), change.newId.toString());
    const bool old = change.isRemoved();
    return Indent + id + u"  "_s + names.elementType(old ? change.oldType : change.newType, old)
        + u"  "_s + quoted(old ? change.oldName : change.newName);
}

// The elements of one component, kind after kind.
void appendComponent(QString &text, const QList<const ElementChange *> &changes, const Names &names)
{
    const auto kind = [&](const QString &title, auto has, auto line) {
        QList<const ElementChange *> listed;
        for (const ElementChange *change : changes)
            if (std::invoke(has, *change))
                listed.append(change);
        if (listed.isEmpty())
            return;
        text += u"  "_s + title.arg(listed.size()) + u'\n';
        for (const ElementChange *change : std::as_const(listed))
            text += line(*change);
    };
    const auto plain
        = [&](const ElementChange &c) -> QString { return elementLine(c, names) + u'\n'; };
    kind(DiffText::tr("Added: %1"), &ElementChange::isAdded, plain);
    kind(DiffText::tr("Removed: %1"), &ElementChange::isRemoved, plain);
    kind(DiffText::tr("Renamed: %1"), &ElementChange::isRenamed,
        [&](const ElementChange &c) -> QString {
            return elementLine(c, names) + u" ← "_s + quoted(c.oldName) + u'\n';
        });
    kind(DiffText::tr("Retyped: %1"), &ElementChange::isRetyped,
        [&](const ElementChange &c) -> QString {
            return elementLine(c, names) + u"  "_s + names.elementType(c.oldType, true) + u" → "_s
                + names.elementType(c.newType, false) + u'\n';
        });
    kind(
        DiffText::tr("Moved: %1"), &ElementChange::isMoved, [&](const ElementChange &c) -> QString {
            return elementLine(c, names) + u"  "_s + names.component(c.oldComponent) + u" → "_s
                + names.component(c.newComponent) + u'\n';
        });
    kind(DiffText::tr("Changed: %1"), &ElementChange::isChanged,
        [&](const ElementChange &c) -> QString {
            QString lines = elementLine(c, names) + u'\n';
            appendFields(lines, c.fields, names);
            return lines;
        });
}

QString nameOf(const ModelData &model, const ElementId &id)
{
    const Element *element = model.elements.find(id);
    return element ? quoted(element->name) : id.toString();
}

void appendRelationships(QString &text, const ModelData &oldModel, const ModelData &newModel,
    const ModelDiff &diff, const Names &names)
{
    const auto line = [&](const RelationshipChange &c) -> QString {
        const bool old = c.isRemoved();
        const ModelData &side = old ? oldModel : newModel;
        QString result = Indent + idOf(c.oldId.toString(), c.newId.toString()) + u"  "_s
            + names.relationshipType(old ? c.oldType : c.newType, old) + u"  "_s
            + nameOf(side, old ? c.oldSource : c.newSource) + u" → "_s
            + nameOf(side, old ? c.oldTarget : c.newTarget);
        if (!c.name.isEmpty())
            result += u"  "_s + quoted(c.name);
        result += u'\n';
        appendFields(result, c.fields, names);
        return result;
    };
    const auto kind = [&](const QString &title, auto has) {
        QString lines;
        int count = 0;
        for (const RelationshipChange &change : diff.relationships) {
            if (std::invoke(has, change)) {
                lines += line(change);
                ++count;
            }
        }
        if (count > 0)
            text += u"  "_s + title.arg(count) + u'\n' + lines;
    };
    kind(DiffText::tr("Added: %1"), &RelationshipChange::isAdded);
    kind(DiffText::tr("Removed: %1"), &RelationshipChange::isRemoved);
    kind(DiffText::tr("Changed: %1"), &RelationshipChange::isChanged);
}

void appendViews(QString &text, const ModelDiff &diff)
{
    const auto kind = [&](const QString &title, auto has, auto line) {
        QString lines;
        int count = 0;
        for (const ViewChange &change : diff.views) {
            if (std::invoke(has, change)) {
                lines += Indent + idOf(change.oldId.toString(), change.newId.toString()) + u"  "_s
                    + line(change) + u'\n';
                ++count;
            }
        }
        if (count > 0)
            text += u"  "_s + title.arg(count) + u'\n' + lines;
    };
    const auto newName = [](const ViewChange &c) { return quoted(c.newName); };
    kind(DiffText::tr("Added: %1"), &ViewChange::isAdded, newName);
    kind(DiffText::tr("Removed: %1"), &ViewChange::isRemoved,
        [](const ViewChange &c) { return quoted(c.oldName); });
    kind(DiffText::tr("Renamed: %1"), &ViewChange::isRenamed, [](const ViewChange &c) -> QString {
        return quoted(c.oldName) + u" → "_s + quoted(c.newName);
    });
    kind(
        DiffText::tr("Changed: %1"),
        [](const ViewChange &c) { return !c.nodes.isEmpty() || !c.connections.isEmpty(); },
        [](const ViewChange &c) -> QString {
            int added = 0, removed = 0, placed = 0, linesAdded = 0;
            for (const NodeChange &node : c.nodes)
                (node.kind == NodeChange::Added            ? added
                        : node.kind == NodeChange::Removed ? removed
                                                           : placed)++;
            for (const ConnectionChange &connection : c.connections)
                linesAdded += connection.added ? 1 : 0;
            return quoted(c.newName) + u"  "_s
                + DiffText::tr("nodes: %1 added, %2 removed, %3 moved or resized; "
                               "connections: %4 added, %5 removed")
                      .arg(added)
                      .arg(removed)
                      .arg(placed)
                      .arg(linesAdded)
                      .arg(c.connections.size() - linesAdded);
        });
}

} // namespace

QString DiffText::summary(const ModelDiff &diff)
{
    const DiffCounts e = diff.elementCounts();
    const DiffCounts r = diff.relationshipCounts();
    const DiffCounts v = diff.viewCounts();
    return tr("Summary: elements %1 added, %2 removed, %3 renamed, %4 retyped, %5 moved, "
              "%6 changed; relationships %7 added, %8 removed, %9 changed; views %10 added, "
              "%11 removed, %12 renamed, %13 changed.")
        .arg(e.added)
        .arg(e.removed)
        .arg(e.renamed)
        .arg(e.retyped)
        .arg(e.moved)
        .arg(e.changed)
        .arg(r.added)
        .arg(r.removed)
        .arg(r.changed)
        .arg(v.added)
        .arg(v.removed)
        .arg(v.renamed)
        .arg(v.changed);
}

QString DiffText::toText(
    const ModelData &oldModel, const ModelData &newModel, const ModelDiff &diff)
{
    const Names names(oldModel, newModel, diff.frameworkId);
    QString text;
    if (diff.isEmpty())
        return tr("The two models are the same.") + u'\n' + summary(diff) + u'\n';

    // The changes come in component order; each component is one group, in the order
    // its first change comes.
    QStringList components;
    QHash<QString, QList<const ElementChange *>> groups;
    for (const ElementChange &change : diff.elements) {
        if (!groups.contains(change.component()))
            components.append(change.component());
        groups[change.component()].append(&change);
    }
    for (const QString &component : std::as_const(components)) {
        text += names.component(component) + u'\n';
        appendComponent(text, groups.value(component), names);
    }
    if (!diff.relationships.isEmpty()) {
        text += tr("Relationships") + u'\n';
        appendRelationships(text, oldModel, newModel, diff, names);
    }
    if (!diff.views.isEmpty()) {
        text += tr("Views") + u'\n';
        appendViews(text, diff);
    }
    text += summary(diff) + u'\n';
    return text;
}

} // namespace kt::cli
