#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace kt {

// Reads the tables of a .ktm file of the current format into a ModelData (all but
// the profile, which the caller finds from info.frameworkId). Rows are read in the
// stored order; references (the seq of the row referred to, see KtmSchema) are
// turned back into ids in memory.
class KtmReader
{
    Q_DECLARE_TR_FUNCTIONS(kt::KtmReader)

public:
    // fileName names the user's file in messages (the database may be a migrated copy).
    KtmReader(const QSqlDatabase &db, const QString &fileName);

    // False with "<file> is damaged: <why>" in errorString() on any SQL error and on
    // content that this program never writes (a reference to a missing row, ...).
    bool read(ModelData &out);
    QString errorString() const { return m_error; }

private:
    // Where a node or a connection was put while its view is being read.
    struct Place
    {
        qsizetype view = -1;
        qsizetype index = -1;
    };

    bool readInfo(ModelInfo &info);
    bool readElements(ModelData &data);
    bool readRelationships(ModelData &data);
    bool readViews(ModelData &data);
    bool readNodes(const ModelData &data, const QList<View> &views,
                   QList<QList<ViewNode>> &nodes);
    bool readConnections(const ModelData &data, const QList<QList<ViewNode>> &nodes,
                         QList<QList<ViewConnection>> &connections);

    template<typename Key, typename T>
    bool moveInto(QList<T> &items, Collection<Key, T> &collection);
    template<typename Fn>
    bool forEachOwned(const QString &sql, const QString &column,
                      const QHash<qint64, qsizetype> &owners, Fn apply);
    bool select(QSqlQuery &query, const QString &sql);
    bool finished(const QSqlQuery &query);
    bool damaged(const QString &why);
    bool missingRow(const QString &column, const QVariant &value);

    QSqlDatabase m_db;
    QString m_fileName;
    QString m_error;
    // seq -> index in the model (or place in its view) of what has been read so far
    QHash<qint64, qsizetype> m_elements;
    QHash<qint64, qsizetype> m_relationships;
    QHash<qint64, qsizetype> m_views;
    QHash<qint64, Place> m_nodes;
    QHash<qint64, Place> m_connections;
};

} // namespace kt
