// The order of the model's collections in the team repository: a view's paint order
// (Bring to Front, Send to Back, nesting), and the order of elements, relationships and
// views. The repository keeps it as each object's position; a commit sends the
// positions of the objects that moved, a checkout orders by (position, id).
#include "repoobject.h"

#include <algorithm>
#include <limits>
#include <type_traits>

namespace kt {

using namespace Qt::StringLiterals;

QString RepoMove::key() const
{
    return RepoObjects::keyOf(kind, id);
}

namespace {

// Calls f(collection, typed id) with the collection of data that holds the object of
// that kind and id (a node's or connection's view found by looking); nothing when none.
template<typename Data, typename F>
void withCollection(Data &data, RepoObjectKind kind, const QString &id, F f)
{
    switch (kind) {
    case RepoObjectKind::Model:
        break;
    case RepoObjectKind::Element:
        f(data.elements, ElementId(id));
        break;
    case RepoObjectKind::Relationship:
        f(data.relationships, RelationshipId(id));
        break;
    case RepoObjectKind::View:
        f(data.views, ViewId(id));
        break;
    case RepoObjectKind::Node:
        for (qsizetype i = 0; i < data.views.size(); ++i)
            if (data.views.at(i).nodes.contains(NodeId(id))) {
                f(data.views.find(data.views.at(i).id)->nodes, NodeId(id));
                return;
            }
        break;
    case RepoObjectKind::Connection:
        for (qsizetype i = 0; i < data.views.size(); ++i)
            if (data.views.at(i).connections.contains(ConnectionId(id))) {
                f(data.views.find(data.views.at(i).id)->connections, ConnectionId(id));
                return;
            }
        break;
    }
}

// Whether the items both collections hold stand in the same order.
template<typename Key, typename T>
bool sameOrder(const Collection<Key, T> &from, const Collection<Key, T> &to)
{
    // Mostly the same items in the same places: compared without looking ids up.
    qsizetype same = 0;
    const qsizetype common = std::min(from.size(), to.size());
    while (same < common && from.at(same).id == to.at(same).id)
        ++same;
    if (same == from.size() && same == to.size())
        return true;
    qsizetype i = same, j = same;
    for (;;) {
        while (i < from.size() && !to.contains(from.at(i).id))
            ++i;
        while (j < to.size() && !from.contains(to.at(j).id))
            ++j;
        if (i == from.size() || j == to.size())
            return i == from.size() && j == to.size();
        if (!(from.at(i).id == to.at(j).id))
            return false;
        ++i;
        ++j;
    }
}

// Which entries of values belong to one longest strictly increasing run (kept in place).
QList<bool> longestRun(const QList<qsizetype> &values)
{
    QList<qsizetype> tails;                         // index into values of each run's end
    QList<qsizetype> previous(values.size(), -1);   // the entry before, in its run
    for (qsizetype i = 0; i < values.size(); ++i) {
        qsizetype low = 0, high = tails.size();
        while (low < high) {
            const qsizetype mid = (low + high) / 2;
            if (values.at(tails.at(mid)) < values.at(i))
                low = mid + 1;
            else
                high = mid;
        }
        if (low > 0)
            previous[i] = tails.at(low - 1);
        if (low == tails.size())
            tails.append(i);
        else
            tails[low] = i;
    }
    QList<bool> kept(values.size(), false);
    for (qsizetype i = tails.isEmpty() ? -1 : tails.constLast(); i >= 0; i = previous.at(i))
        kept[i] = true;
    return kept;
}

// The moves of one collection (see RepoObjects::moves).
template<typename Key, typename T>
void collectionMoves(QList<RepoMove> &out, const Collection<Key, T> &from,
                     const Collection<Key, T> &to, RepoObjectKind kind, const QString &view,
                     const QHash<QString, qint64> &positions)
{
    if (sameOrder(from, to))
        return;
    QList<const T *> items;
    QList<qsizetype> fromIndex;
    for (const T &item : to)
        if (const qsizetype i = from.indexOf(item.id); i >= 0) {
            items.append(&item);
            fromIndex.append(i);
        }
    const qsizetype n = items.size();
    QList<qint64> position(n, 0);
    bool known = true;
    for (qsizetype k = 0; k < n; ++k) {
        const auto it = positions.constFind(RepoObjects::keyOf(kind, items.at(k)->id.toString()));
        if (it == positions.cend())
            known = false;
        else
            position[k] = *it;
    }
    const QList<bool> kept = longestRun(fromIndex);
    QList<qint64> placed = position;
    bool renumber = !known;
    for (qsizetype k = 0; k < n && !renumber;) {
        if (kept.at(k)) {
            ++k;
            continue;
        }
        qsizetype end = k;
        while (end < n && !kept.at(end))
            ++end;
        const qint64 count = end - k;
        const bool hasLeft = k > 0, hasRight = end < n;
        const qint64 left = hasLeft ? placed.at(k - 1) : 0;
        const qint64 right = hasRight ? position.at(end) : 0;
        if (hasLeft && hasRight && right - left - 1 < count) {
            renumber = true; // no room between two neighbours
            break;
        }
        for (qint64 t = 0; t < count; ++t) {
            if (!hasLeft)
                placed[k + t] = right - count + t;
            else if (!hasRight)
                placed[k + t] = left + 1 + t;
            else
                placed[k + t] = left + (right - left) / (count + 1) * (t + 1);
        }
        k = end;
    }
    if (renumber) {
        qint64 first = 0;
        if (known && n > 0)
            first = *std::min_element(position.cbegin(), position.cend());
        for (qsizetype k = 0; k < n; ++k)
            placed[k] = first + k;
    }
    for (qsizetype k = 0; k < n; ++k)
        if (!known || placed.at(k) != position.at(k))
            out.append(RepoMove { kind, items.at(k)->id.toString(), view, placed.at(k) });
}

// The order of (position, id) a checkout reads; no position: after every position.
template<typename T>
std::pair<qint64, QString> placeOf(RepoObjectKind kind, const T &item,
                                   const QHash<QString, qint64> &positions)
{
    const QString id = item.id.toString();
    return { positions.value(RepoObjects::keyOf(kind, id), std::numeric_limits<qint64>::max()),
             id };
}

// The nearest item before index i of `in` that `other` holds too (a null key: none).
template<typename Key, typename T>
Key previousShared(const Collection<Key, T> &in, qsizetype i, const Collection<Key, T> &other)
{
    while (--i >= 0)
        if (other.contains(in.at(i).id))
            return in.at(i).id;
    return Key();
}

} // namespace

bool RepoObjects::orderDiffers(const ModelData &from, const ModelData &to)
{
    if (!sameOrder(from.elements, to.elements) || !sameOrder(from.relationships, to.relationships)
        || !sameOrder(from.views, to.views))
        return true;
    for (const View &v : to.views)
        if (const View *old = from.views.find(v.id))
            if (!sameOrder(old->nodes, v.nodes) || !sameOrder(old->connections, v.connections))
                return true;
    return false;
}

QList<RepoMove> RepoObjects::moves(const ModelData &from, const ModelData &to,
                                   const QHash<QString, qint64> &positions)
{
    QList<RepoMove> out;
    collectionMoves(out, from.elements, to.elements, RepoObjectKind::Element, {}, positions);
    collectionMoves(out, from.relationships, to.relationships, RepoObjectKind::Relationship, {},
                    positions);
    collectionMoves(out, from.views, to.views, RepoObjectKind::View, {}, positions);
    for (const View &v : to.views)
        if (const View *old = from.views.find(v.id)) {
            const QString view = v.id.toString();
            collectionMoves(out, old->nodes, v.nodes, RepoObjectKind::Node, view, positions);
            collectionMoves(out, old->connections, v.connections, RepoObjectKind::Connection, view,
                            positions);
        }
    return out;
}

void RepoObjects::settle(ModelData &data, RepoObjectKind kind, const QString &id,
                         const QHash<QString, qint64> &positions)
{
    withCollection(data, kind, id, [&](auto &items, const auto &typedId) {
        const qsizetype i = items.indexOf(typedId);
        if (i < 0 || !positions.contains(keyOf(kind, id)))
            return;
        const auto mine = placeOf(kind, items.at(i), positions);
        if ((i == 0 || placeOf(kind, items.at(i - 1), positions) < mine)
            && (i + 1 == items.size() || mine < placeOf(kind, items.at(i + 1), positions)))
            return; // in place already
        auto item = items.take(typedId);
        qsizetype low = 0, high = items.size();
        while (low < high) {
            const qsizetype mid = (low + high) / 2;
            if (placeOf(kind, items.at(mid), positions) < mine)
                low = mid + 1;
            else
                high = mid;
        }
        items.insert(low, std::move(item));
    });
}

bool RepoObjects::followPlace(ModelData &local, const ModelData &theirs, RepoObjectKind kind,
                              const QString &id)
{
    bool moved = false;
    withCollection(theirs, kind, id, [&](const auto &theirItems, const auto &typedId) {
        withCollection(local, kind, id, [&](auto &items, const auto &) {
            if constexpr (std::is_same_v<std::decay_t<decltype(items)>,
                                         std::decay_t<decltype(theirItems)>>) {
                const qsizetype i = items.indexOf(typedId);
                const qsizetype there = theirItems.indexOf(typedId);
                if (i < 0 || there < 0)
                    return;
                const auto before = previousShared(theirItems, there, items);
                qsizetype target = 0;
                if (!before.isNull())
                    target = items.indexOf(before) + 1;
                if (target == i || target == i + 1)
                    return; // after that object already (or first, and first)
                auto item = items.take(typedId);
                items.insert(target > i ? target - 1 : target, std::move(item));
                moved = true;
            }
        });
    });
    return moved;
}

bool RepoObjects::placeChanged(const ModelData &base, const ModelData &local, RepoObjectKind kind,
                               const QString &id)
{
    bool changed = false;
    withCollection(base, kind, id, [&](const auto &baseItems, const auto &typedId) {
        withCollection(local, kind, id, [&](const auto &items, const auto &) {
            if constexpr (std::is_same_v<std::decay_t<decltype(items)>,
                                         std::decay_t<decltype(baseItems)>>)
                changed = previousShared(baseItems, baseItems.indexOf(typedId), items)
                    != previousShared(items, items.indexOf(typedId), baseItems);
        });
    });
    return changed;
}

} // namespace kt
