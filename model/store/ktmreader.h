#pragma once

#include "seqindex.h"
#include "../modeldata.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QString>

struct sqlite3;

namespace kt {

class SqliteStatement;

// Reads the tables of a .ktm file of the current format into a ModelData (all but
// the profile, which the caller finds from info.frameworkId). Rows are read in the
// stored order; references (the seq of the row referred to, see KtmSchema) are
// turned back into ids in memory.
//
// It reads through a read-only connection of its own with the SQLite C API (see
// SqliteStatement): the caller has checked the file with Qt's driver first.
class KtmReader
{
    Q_DECLARE_TR_FUNCTIONS(kt::KtmReader)

public:
    // path is the database to read; fileName names the user's file in messages (the
    // database may be a migrated copy).
    KtmReader(const QString &path, const QString &fileName);
    ~KtmReader();
    KtmReader(const KtmReader &) = delete;
    KtmReader &operator=(const KtmReader &) = delete;

    // False with "<file> is damaged: <why>" in errorString() on any SQL error, when
    // SQLite's own checks (quick_check, foreign_key_check) find a fault, and on
    // content that this program never writes (a reference to a missing row, a
    // coordinate that is no number, a model that breaks ModelCheck's rules, ...).
    bool read(ModelData &out);
    QString errorString() const { return m_error; }

    // Repair (before read()): damage that stays local is mended instead of refused, and
    // each thing dropped or fixed is listed in repairs(): a row whose id an earlier row
    // of the model has; a relationship, node or connection whose reference leads to no
    // row (or to one dropped), with what hangs on it; an element node without an
    // element; a group or view link that leads nowhere (taken away); a coordinate,
    // size, font size or line width that is no number or beyond core/limits.h (set to
    // 0 or the default); a bendpoint that is no point. Anything else (a fault of the
    // storage, an unknown kind, nesting in a circle, a text over its limit) is still
    // refused. The file is never written.
    void setRepair(bool repair) { m_repair = repair; }
    QStringList repairs() const { return m_repairs; }

private:
    // Where a node or a connection was put while its view is being read.
    struct Place
    {
        qsizetype view = -1;
        qsizetype index = -1;
    };

    static QString checkStorage(const QString &path);
    bool numbers(const SqliteStatement &row, std::initializer_list<int> columns,
        const char *table, const QString &owner);
    bool readInfo(ModelInfo &info);
    bool readElements(ModelData &data);
    bool readRelationships(ModelData &data);
    bool readViews(ModelData &data);
    bool readNodes(const ModelData &data, const QList<View> &views, QList<QList<ViewNode>> &nodes);
    bool readConnections(const ModelData &data, const QList<QList<ViewNode>> &nodes,
        QList<QList<ViewConnection>> &connections);

    template <typename Key, typename T>
    bool moveInto(QList<T> &items, Collection<Key, T> &collection);
    template <typename Fn>
    bool forEachOwned(const char *sql, const QString &column, const SeqIndex<qsizetype> &owners,
        const QSet<qint64> &dropped, Fn apply);
    // Repair: what was dropped or fixed, said once; true.
    bool repaired(const QString &what);
    // Repair: the id of a row of the model taken (false: an earlier row has it).
    bool freshId(const QString &id);
    bool prepared(const SqliteStatement &statement);
    bool finished(const SqliteStatement &statement);
    bool damaged(const QString &why);
    bool missingRow(const QString &column, qint64 value);

    QString m_path;
    QString m_fileName;
    QString m_error;
    sqlite3 *m_db = nullptr;
    // seq -> index in the model (or place in its view) of what has been read so far
    SeqIndex<qsizetype> m_elements;
    SeqIndex<qsizetype> m_relationships;
    SeqIndex<qsizetype> m_views;
    SeqIndex<Place> m_nodes;
    SeqIndex<Place> m_connections;
    bool m_repair = false;
    QStringList m_repairs;
    QSet<QString> m_ids; // repair: every id so far
    // repair: the seqs of the rows dropped, whose rows (properties, nodes,
    // connections) go with them without a message of their own
    QSet<qint64> m_droppedElements;
    QSet<qint64> m_droppedRelationships;
    QSet<qint64> m_droppedViews;
    QSet<qint64> m_droppedNodes;
    QSet<qint64> m_droppedConnections;
};

} // namespace kt
