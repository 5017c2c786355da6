#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kt {

class BatchInsert;

// Writes a ModelData into the empty tables of a .ktm file, inside a transaction the
// caller has begun. Table after table, owners before what they own, through one
// BatchInsert (a prepared, reused multi-row INSERT) per table: bound values only.
//
// References are written as the seq of the row referred to (see KtmSchema); a
// reference to something the model does not hold fails the write with a message
// that names both ids.
class KtmWriter
{
    Q_DECLARE_TR_FUNCTIONS(kt::KtmWriter)

public:
    explicit KtmWriter(const QSqlDatabase &db);

    // False with the reason in errorString() when a row cannot be written.
    bool write(const ModelData &data);
    QString errorString() const { return m_error; }

private:
    bool writeInfo(const ModelInfo &info);
    bool writeElements(const ModelData &data);
    bool writeRelationships(const ModelData &data);
    bool writeViews(const ModelData &data);
    bool writeNodes(const ModelData &data);
    bool writeConnections(const ModelData &data);

    template<typename AddRows>
    bool insert(const QString &table, const QStringList &columns, AddRows addRows);
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace kt
