#pragma once

#include <QHash>
#include <QList>

namespace kt {

// Where the row of a seq (the integer key of an owner in a .ktm file, see
// KtmSchema) went while a file is read. The program writes seq 1, 2, 3 ... in
// order, so a plain list serves, and a look-up is an index; a file whose seqs
// run otherwise (another tool's) falls back to a hash.
template <typename T> class SeqIndex
{
public:
    void insert(qint64 seq, const T &value)
    {
        if (m_sparse.isEmpty() && seq == m_dense.size() + 1) {
            m_dense.append(value);
            return;
        }
        if (m_sparse.isEmpty()) // from now on every seq goes into the hash
            for (qsizetype i = 0; i < m_dense.size(); ++i)
                m_sparse.insert(i + 1, m_dense.at(i));
        m_sparse.insert(seq, value);
    }

    // The value of seq, or fallback when no row has that seq.
    T value(qint64 seq, const T &fallback = T()) const
    {
        if (!m_sparse.isEmpty())
            return m_sparse.value(seq, fallback);
        return seq >= 1 && seq <= m_dense.size() ? m_dense.at(seq - 1) : fallback;
    }

    void reserve(qsizetype n) { m_dense.reserve(n); }

private:
    QList<T> m_dense;
    QHash<qint64, T> m_sparse;
};

} // namespace kt
