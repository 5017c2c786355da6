#pragma once

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>

namespace kt {

// An ordered collection of value objects with a unique `id`, looked up by id in
// constant time. Order is kept because files and diagrams must come out the same
// every time (and paint order matters on a view).
template<typename Key, typename T>
class Collection
{
public:
    using const_iterator = typename QList<T>::const_iterator;

    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const_iterator begin() const { return m_items.cbegin(); }
    const_iterator end() const { return m_items.cend(); }
    const T &at(qsizetype i) const { return m_items.at(i); }
    const QList<T> &items() const { return m_items; }

    bool contains(const Key &id) const { return m_index.contains(id); }
    qsizetype indexOf(const Key &id) const { return m_index.value(id, -1); }
    const T *find(const Key &id) const
    {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? nullptr : &m_items.at(*it);
    }
    T *find(const Key &id)
    {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? nullptr : &m_items[*it];
    }

    void reserve(qsizetype n)
    {
        m_items.reserve(n);
        m_index.reserve(n);
    }

    // Inserts at position (clamped; -1 appends). The caller guarantees the id is new.
    void insert(qsizetype position, T item)
    {
        if (position < 0 || position >= m_items.size()) {
            m_index.insert(item.id, m_items.size());
            m_items.append(std::move(item));
            return;
        }
        m_items.insert(position, std::move(item));
        reindexFrom(position);
    }
    void append(T item) { insert(-1, std::move(item)); }

    // Removes the item with that id, returning it and where it stood.
    T take(const Key &id, qsizetype *position = nullptr)
    {
        const qsizetype i = indexOf(id);
        if (position)
            *position = i;
        if (i < 0)
            return T();
        T item = m_items.takeAt(i);
        m_index.remove(id);
        reindexFrom(i);
        return item;
    }

    // Removes the items with these ids in one pass, however many they are, and
    // returns them with the positions they had, in ascending order. (Taking them one
    // by one renumbers everything after each: quadratic for a selection spread over
    // a big model, 39 s for 1% of the elements of the benchmark's L model.)
    QList<std::pair<qsizetype, T>> takeAll(const QSet<Key> &ids)
    {
        QList<qsizetype> positions;
        positions.reserve(ids.size());
        for (const Key &id : ids)
            if (const qsizetype i = indexOf(id); i >= 0)
                positions.append(i);
        std::sort(positions.begin(), positions.end());
        QList<std::pair<qsizetype, T>> taken;
        if (positions.isEmpty())
            return taken;
        taken.reserve(positions.size());
        qsizetype kept = positions.first();
        qsizetype next = 0;
        for (qsizetype i = positions.first(); i < m_items.size(); ++i) {
            if (next < positions.size() && positions.at(next) == i) {
                m_index.remove(m_items.at(i).id);
                taken.append({i, std::move(m_items[i])});
                ++next;
            } else {
                m_items[kept] = std::move(m_items[i]);
                m_index.insert(m_items.at(kept).id, kept);
                ++kept;
            }
        }
        m_items.resize(kept);
        return taken;
    }

    // Puts back what takeAll() took (positions ascending), in one pass: each item
    // stands where insert(position, item) in that order would put it.
    void insertAll(const QList<std::pair<qsizetype, T>> &items)
    {
        if (items.isEmpty())
            return;
        const qsizetype first = std::min(items.first().first, m_items.size());
        QList<T> merged;
        merged.reserve(m_items.size() + items.size());
        qsizetype from = 0;
        for (const auto &[position, item] : items) {
            while (merged.size() < position && from < m_items.size())
                merged.append(std::move(m_items[from++]));
            merged.append(item);
        }
        while (from < m_items.size())
            merged.append(std::move(m_items[from++]));
        m_items = std::move(merged);
        reindexFrom(std::max<qsizetype>(0, first));
    }

    friend bool operator==(const Collection &a, const Collection &b) { return a.m_items == b.m_items; }

private:
    void reindexFrom(qsizetype from)
    {
        for (qsizetype i = from; i < m_items.size(); ++i)
            m_index.insert(m_items.at(i).id, i);
    }

    QList<T> m_items;
    QHash<Key, qsizetype> m_index;
};

} // namespace kt
