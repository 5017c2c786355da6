#include "repomerge.h"

#include <model/repo/repodelta.h>

#include <QHash>

#include <optional>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

using Index = QHash<QString, const RepoObject *>;

Index indexOf(const QList<RepoObject> &objects)
{
    Index index;
    index.reserve(objects.size());
    for (const RepoObject &o : objects)
        index.insert(o.key(), &o);
    return index;
}

bool same(const RepoObject *a, const RepoObject *b)
{
    if (!a || !b)
        return a == b;
    return a->fields == b->fields && a->view == b->view;
}

// The objects an object refers to by field, as keys: what must stay in the open model
// while the object does.
QStringList referencesOf(const RepoObject &o)
{
    QStringList keys;
    const auto add = [&](RepoObjectKind kind, const QString &field) {
        const QString id = o.fields.value(field);
        if (!id.isEmpty())
            keys.append(RepoObjects::keyOf(kind, id));
    };
    switch (o.kind) {
    case RepoObjectKind::Relationship:
        add(RepoObjectKind::Element, u"source"_s);
        add(RepoObjectKind::Element, u"target"_s);
        add(RepoObjectKind::Relationship, u"sourceRelationship"_s);
        add(RepoObjectKind::Relationship, u"targetRelationship"_s);
        break;
    case RepoObjectKind::Node:
        keys.append(RepoObjects::keyOf(RepoObjectKind::View, o.view));
        add(RepoObjectKind::Element, u"element"_s);
        add(RepoObjectKind::Node, u"parent"_s);
        add(RepoObjectKind::View, u"viewRef"_s);
        break;
    case RepoObjectKind::Connection:
        keys.append(RepoObjects::keyOf(RepoObjectKind::View, o.view));
        add(RepoObjectKind::Relationship, u"relationship"_s);
        add(RepoObjectKind::Node, u"source"_s);
        add(RepoObjectKind::Node, u"target"_s);
        add(RepoObjectKind::Connection, u"sourceConnection"_s);
        add(RepoObjectKind::Connection, u"targetConnection"_s);
        break;
    default:
        break;
    }
    return keys;
}

// The open model's object after the merge (absent: none), from the base's, mine and
// theirs (each absent when the model has none).
std::optional<RepoObject> decideObject(const RepoObject *bo, const RepoObject *lo,
                                       const RepoObject *to)
{
    std::optional<RepoObject> result;
    if (same(lo, bo)) {
        if (to)
            result = *to;
    } else if (same(to, bo) || same(lo, to)) {
        if (lo)
            result = *lo;
    } else if (lo && to && bo) {
        // Both changed the object: theirs with the fields I changed.
        RepoObject m = *to;
        m.view = lo->view;
        QStringList fields = bo->fields.keys() + lo->fields.keys();
        fields.removeDuplicates();
        for (const QString &field : std::as_const(fields)) {
            const auto bv = bo->fields.constFind(field), lv = lo->fields.constFind(field);
            const bool inBase = bv != bo->fields.cend(), inLocal = lv != lo->fields.cend();
            if (inBase == inLocal && (!inBase || *bv == *lv))
                continue;
            if (inLocal)
                m.fields.insert(field, *lv);
            else
                m.fields.remove(field);
        }
        result = m;
    } else if (lo) {
        result = *lo; // added twice, or changed by me and deleted by them: mine stays
    }
    return result;
}

// The object of that kind and id in the model, as the repository stores it; index (if
// given) receives its place in its collection (-1 for the model's info).
std::optional<RepoObject> objectIn(const ModelData &data, RepoObjectKind kind, const QString &id,
                                   qsizetype *index = nullptr)
{
    const auto at = [index](qsizetype i) {
        if (index)
            *index = i;
    };
    switch (kind) {
    case RepoObjectKind::Model:
        at(-1);
        return RepoObjects::objectOf(data.info);
    case RepoObjectKind::Element:
        if (const Element *e = data.elements.find(ElementId(id))) {
            at(data.elements.indexOf(e->id));
            return RepoObjects::objectOf(*e);
        }
        break;
    case RepoObjectKind::Relationship:
        if (const Relationship *r = data.relationships.find(RelationshipId(id))) {
            at(data.relationships.indexOf(r->id));
            return RepoObjects::objectOf(*r);
        }
        break;
    case RepoObjectKind::View:
        if (const View *v = data.views.find(ViewId(id))) {
            at(data.views.indexOf(v->id));
            return RepoObjects::objectOf(*v);
        }
        break;
    case RepoObjectKind::Node:
        for (const View &v : data.views)
            if (const ViewNode *n = v.nodes.find(NodeId(id))) {
                at(v.nodes.indexOf(n->id));
                return RepoObjects::objectOf(*n, v.id);
            }
        break;
    case RepoObjectKind::Connection:
        for (const View &v : data.views)
            if (const ViewConnection *c = v.connections.find(ConnectionId(id))) {
                at(v.connections.indexOf(c->id));
                return RepoObjects::objectOf(*c, v.id);
            }
        break;
    }
    return std::nullopt;
}

RepoObjectKind kindOfKey(const QString &key, QString *id)
{
    const qsizetype slash = key.indexOf(u'/');
    *id = key.mid(slash + 1);
    const QStringView kind = QStringView(key).left(slash);
    for (const RepoObjectKind k : { RepoObjectKind::Model, RepoObjectKind::Element,
                                    RepoObjectKind::Relationship, RepoObjectKind::View,
                                    RepoObjectKind::Node, RepoObjectKind::Connection })
        if (kind == RepoObjects::kindName(k))
            return k;
    return RepoObjectKind::Model;
}

// Whether the object stands elsewhere in theirs than in the base (positions known).
bool theyMoved(const RepoCheckout &base, const RepoCheckout &theirs, const QString &key)
{
    const auto b = base.positions.constFind(key), t = theirs.positions.constFind(key);
    return b != base.positions.cend() && t != theirs.positions.cend() && *b != *t;
}

// Puts the object (or its absence) into the model.
bool put(ModelData &data, RepoObjectKind kind, const QString &id,
         const std::optional<RepoObject> &object, QString *error)
{
    if (object)
        return RepoObjects::place(data, *object, error);
    RepoObjects::remove(data, kind, id);
    return true;
}

} // namespace

Result<RepoMerge> RepoMerge::mergeDelta(const RepoCheckout &base, const ModelData &local,
                                        const RepoDelta &delta, const QSet<QString> *mine)
{
    RepoCheckout theirs = base;
    QString error;
    if (!applyDelta(theirs, delta, &error))
        return Result<RepoMerge>::failure(error);
    if (!delta.removed.isEmpty() && !mine)
        return merge(base, local, theirs);

    RepoMerge out;
    out.local = local;
    out.base = std::move(theirs);
    const auto fail = [&](const QString &why) {
        return Result<RepoMerge>::failure(
                tr("The model “%1” cannot take the repository's changes: %2")
                        .arg(base.modelName, why));
    };
    // Deleted by them: gone from the open model too, unless I changed it (mine stays) or
    // what stays mine refers to it (it stays too): those keep their old base, so that
    // the commit says what is missing. Only my objects (mine) can refer to it: the
    // repository's own no longer do.
    if (!delta.removed.isEmpty()) {
        QHash<QString, std::optional<RepoObject>> gone; // key -> local object
        QSet<QString> kept;
        for (const auto &[kind, id] : delta.removed) {
            const QString key = RepoObjects::keyOf(kind, id);
            const std::optional<RepoObject> lo = objectIn(local, kind, id);
            if (!lo)
                continue;
            const std::optional<RepoObject> bo = objectIn(base.data, kind, id);
            if (same(&*lo, bo ? &*bo : nullptr)) {
                gone.insert(key, lo);
            } else {
                kept.insert(key);
                out.overlapping.insert(key);
            }
        }
        QStringList pending = mine->values();
        for (const QString &key : std::as_const(kept))
            pending.append(key);
        while (!pending.isEmpty()) {
            const QString key = pending.takeLast();
            if (gone.contains(key))
                continue;
            QString id;
            const RepoObjectKind kind = kindOfKey(key, &id);
            const std::optional<RepoObject> lo = objectIn(local, kind, id);
            if (!lo)
                continue;
            for (const QString &ref : referencesOf(*lo))
                if (gone.remove(ref)) {
                    kept.insert(ref);
                    pending.append(ref);
                }
        }
        for (const QString &key : std::as_const(kept)) {
            QString id;
            const RepoObjectKind kind = kindOfKey(key, &id);
            if (const std::optional<RepoObject> bo = objectIn(base.data, kind, id);
                bo && RepoObjects::place(out.base.data, *bo)) {
                out.base.versions.insert(key, base.versions.value(key));
                out.base.positions.insert(key, base.positions.value(key));
            }
        }
        for (auto it = gone.cbegin(); it != gone.cend(); ++it) {
            const RepoObject &o = **it;
            RepoObjects::remove(out.local, o.kind, o.id);
            noteKey(out.changes, o.kind, o.id, o.view, true, false);
            out.changed.insert(it.key());
        }
    }
    // Views first (the delta's kinds are in order): a new view is there before its nodes.
    for (const RepoObject &to : delta.changed) {
        const QString key = to.key();
        const std::optional<RepoObject> bo = objectIn(base.data, to.kind, to.id);
        const std::optional<RepoObject> lo = objectIn(local, to.kind, to.id);
        const std::optional<RepoObject> result
                = decideObject(bo ? &*bo : nullptr, lo ? &*lo : nullptr, &to);
        const RepoObject *after = result ? &*result : nullptr;
        if (!same(lo ? &*lo : nullptr, after)) {
            if (!put(out.local, to.kind, to.id, result, &error))
                return fail(error);
            noteKey(out.changes, to.kind, to.id, after ? after->view : lo->view, lo.has_value(),
                    result.has_value());
            out.changed.insert(key);
        }
        // Moved by them (and not by me): the open model takes their order.
        if (result && bo && lo && theyMoved(base, out.base, key)
            && !RepoObjects::placeChanged(base.data, local, to.kind, to.id)
            && RepoObjects::followPlace(out.local, out.base.data, to.kind, to.id)) {
            noteKey(out.changes, to.kind, to.id, result->view, true, true);
            out.changed.insert(key);
        }
        const RepoObject *b = bo ? &*bo : nullptr, *l = lo ? &*lo : nullptr;
        if (!same(l, b) && !same(&to, b) && !same(l, &to))
            out.overlapping.insert(key);
        if (!same(after, &to)) {
            // Mine and theirs differ: the object keeps its old base for the commit.
            if (!put(out.base.data, to.kind, to.id, bo, &error))
                return fail(error);
            if (bo)
                out.base.versions.insert(key, base.versions.value(key));
            else
                out.base.versions.remove(key);
        }
    }
    return out;
}

const QString RepoMerge::AllFields = u"*"_s;
const QString RepoMerge::PositionField = u"#position"_s;

RepoFieldChanges RepoMerge::fieldChanges(const ModelData &from, const ModelData &to,
                                         const QSet<QString> &keys)
{
    RepoFieldChanges out;
    for (const QString &key : keys) {
        QString id;
        const RepoObjectKind kind = kindOfKey(key, &id);
        qsizetype fromIndex = -1, toIndex = -1;
        const std::optional<RepoObject> before = objectIn(from, kind, id, &fromIndex);
        const std::optional<RepoObject> after = objectIn(to, kind, id, &toIndex);
        if (!before && !after)
            continue;
        QSet<QString> fields;
        if (!before || !after || before->view != after->view) {
            fields.insert(AllFields);
        } else {
            for (auto it = before->fields.cbegin(); it != before->fields.cend(); ++it)
                if (after->fields.value(it.key(), QString()) != it.value()
                    || !after->fields.contains(it.key()))
                    fields.insert(it.key());
            for (auto it = after->fields.cbegin(); it != after->fields.cend(); ++it)
                if (!before->fields.contains(it.key()))
                    fields.insert(it.key());
            if (fromIndex != toIndex)
                fields.insert(PositionField);
        }
        if (!fields.isEmpty())
            out.insert(key, fields);
    }
    return out;
}

QString RepoMerge::overlap(const RepoFieldChanges &a, const RepoFieldChanges &b)
{
    const RepoFieldChanges &small = a.size() <= b.size() ? a : b;
    const RepoFieldChanges &large = a.size() <= b.size() ? b : a;
    for (auto it = small.cbegin(); it != small.cend(); ++it) {
        const auto other = large.constFind(it.key());
        if (other == large.cend())
            continue;
        if (it->contains(AllFields) || other->contains(AllFields) || it->intersects(*other))
            return it.key();
    }
    return {};
}

Result<RepoMerge> RepoMerge::afterCommit(const RepoCheckout &base, const ModelData &local,
                                         const RepoCommitResult &result,
                                         const QSet<QString> &mine)
{
    // What the commit wrote and what others wrote since the base: the objects they
    // name. (What it deleted the open model has deleted already.)
    return mergeDelta(base, local, result.delta, &mine);
}

void RepoMerge::noteKey(ChangeSet &changes, RepoObjectKind kind, const QString &id,
                        const QString &view, bool before, bool after)
{
    const auto note = [&](auto &set, const auto &typedId) {
        if (!before)
            set.added.insert(typedId);
        else if (!after)
            set.removed.insert(typedId);
        else
            set.changed.insert(typedId);
    };
    switch (kind) {
    case RepoObjectKind::Model:
        changes.infoChanged = true;
        break;
    case RepoObjectKind::Element:
        note(changes.elements, ElementId(id));
        break;
    case RepoObjectKind::Relationship:
        note(changes.relationships, RelationshipId(id));
        break;
    case RepoObjectKind::View:
        note(changes.views, ViewId(id));
        break;
    case RepoObjectKind::Node:
        note(changes.nodes, NodeId(id));
        if (!changes.views.added.contains(ViewId(view))
            && !changes.views.removed.contains(ViewId(view)))
            changes.views.changed.insert(ViewId(view));
        break;
    case RepoObjectKind::Connection:
        note(changes.connections, ConnectionId(id));
        if (!changes.views.added.contains(ViewId(view))
            && !changes.views.removed.contains(ViewId(view)))
            changes.views.changed.insert(ViewId(view));
        break;
    }
}

QSet<QString> RepoMerge::keysOf(const ChangeSet &changes, const QString &modelId)
{
    QSet<QString> keys;
    const auto add = [&](RepoObjectKind kind, const auto &ids) {
        for (const auto &id : ids)
            keys.insert(RepoObjects::keyOf(kind, id.toString()));
    };
    const auto addAll = [&](RepoObjectKind kind, const auto &set) {
        add(kind, set.added);
        add(kind, set.removed);
        add(kind, set.changed);
    };
    if (changes.infoChanged)
        keys.insert(RepoObjects::keyOf(RepoObjectKind::Model, modelId));
    addAll(RepoObjectKind::Element, changes.elements);
    addAll(RepoObjectKind::Relationship, changes.relationships);
    addAll(RepoObjectKind::Node, changes.nodes);
    addAll(RepoObjectKind::Connection, changes.connections);
    add(RepoObjectKind::View, changes.views.added);
    add(RepoObjectKind::View, changes.views.removed);
    // "changed" names a view whose nodes changed too: the view itself only when no
    // node or connection did.
    if (changes.nodes.isEmpty() && changes.connections.isEmpty())
        add(RepoObjectKind::View, changes.views.changed);
    return keys;
}

Result<RepoMerge> RepoMerge::merge(const RepoCheckout &base, const ModelData &local,
                                   const RepoCheckout &theirs)
{
    const QList<RepoObject> baseObjects = RepoObjects::flatten(base.data);
    const QList<RepoObject> localObjects = RepoObjects::flatten(local);
    const QList<RepoObject> theirObjects = RepoObjects::flatten(theirs.data);
    const Index b = indexOf(baseObjects), l = indexOf(localObjects), t = indexOf(theirObjects);

    // The open model's object after the merge, by key (absent: none).
    QHash<QString, std::optional<RepoObject>> merged;
    QSet<QString> keepBase; // objects whose base stays the old one (mine and theirs differ)
    QSet<QString> overlapping;
    const auto decide = [&](const QString &key) {
        if (merged.contains(key))
            return;
        const RepoObject *bo = b.value(key), *lo = l.value(key), *to = t.value(key);
        const std::optional<RepoObject> result = decideObject(bo, lo, to);
        merged.insert(key, result);
        if (!same(result ? &*result : nullptr, to))
            keepBase.insert(key);
        if (!same(lo, bo) && !same(to, bo) && !same(lo, to))
            overlapping.insert(key);
    };
    for (const RepoObject &o : localObjects)
        decide(o.key());
    for (const RepoObject &o : theirObjects)
        decide(o.key());
    for (const RepoObject &o : baseObjects)
        decide(o.key());

    // What stays mine may refer to what they deleted: that stays too (from my side),
    // so that the open model holds no dangling reference; the commit then says so.
    QStringList pending = merged.keys();
    while (!pending.isEmpty()) {
        const QString key = pending.takeLast();
        const std::optional<RepoObject> &object = merged.value(key);
        if (!object)
            continue;
        for (const QString &ref : referencesOf(*object)) {
            if (merged.value(ref).has_value() || !l.contains(ref))
                continue;
            merged.insert(ref, *l.value(ref));
            keepBase.insert(ref);
            pending.append(ref);
        }
    }

    RepoMerge out;
    out.overlapping = overlapping;
    QList<RepoObject> newLocal, newBase;
    newLocal.reserve(localObjects.size());
    const auto addLocal = [&](const RepoObject &o) {
        const std::optional<RepoObject> &m = merged[o.key()];
        if (m)
            newLocal.append(*m);
    };
    for (const RepoObject &o : localObjects)
        addLocal(o);
    for (const RepoObject &o : theirObjects)
        if (!l.contains(o.key()))
            addLocal(o);

    out.base.modelName = theirs.modelName;
    out.base.head = theirs.head;
    for (const RepoObject &o : theirObjects) {
        const QString key = o.key();
        if (!keepBase.contains(key)) {
            newBase.append(o);
            out.base.versions.insert(key, theirs.versions.value(key));
        } else if (const RepoObject *bo = b.value(key)) {
            newBase.append(*bo);
            out.base.versions.insert(key, base.versions.value(key));
        }
    }
    for (const RepoObject &o : baseObjects) {
        const QString key = o.key();
        if (keepBase.contains(key) && !t.contains(key)) {
            newBase.append(o);
            out.base.versions.insert(key, base.versions.value(key));
        }
    }

    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        const RepoObject *before = l.value(it.key());
        const RepoObject *after = it.value() ? &*it.value() : nullptr;
        if (same(before, after))
            continue;
        const RepoObject &any = after ? *after : *before;
        noteKey(out.changes, any.kind, any.id, any.view, before, after);
        out.changed.insert(it.key());
    }

    Result<ModelData> assembledLocal = RepoObjects::assemble(newLocal);
    if (!assembledLocal)
        return Result<RepoMerge>::failure(
                tr("The model “%1” cannot take the repository's changes: %2")
                        .arg(theirs.modelName, assembledLocal.error()));
    Result<ModelData> assembledBase = RepoObjects::assemble(newBase);
    if (!assembledBase)
        return Result<RepoMerge>::failure(
                tr("The model “%1” cannot take the repository's changes: %2")
                        .arg(theirs.modelName, assembledBase.error()));
    out.local = std::move(assembledLocal).value();
    out.base.data = std::move(assembledBase).value();
    out.base.positions = theirs.positions;
    // What they moved (and I did not) takes their place in the open model.
    for (const RepoObject &o : theirObjects) {
        const QString key = o.key();
        if (o.kind == RepoObjectKind::Model || !b.contains(key) || !l.contains(key)
            || !theyMoved(base, theirs, key)
            || RepoObjects::placeChanged(base.data, local, o.kind, o.id)
            || !RepoObjects::followPlace(out.local, theirs.data, o.kind, o.id))
            continue;
        noteKey(out.changes, o.kind, o.id, o.view, true, true);
        out.changed.insert(key);
    }
    return out;
}

} // namespace kt
