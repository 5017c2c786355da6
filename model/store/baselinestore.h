#pragma once

#include "../core/result.h"
#include "../modeldata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kt {

// A named snapshot of a model kept inside its .ktm file ("Phiên bản 1.0").
struct BaselineInfo
{
    QString name;   // unique in the file
    QString note;
    QDateTime created; // UTC
    QString author;
    qint64 elementCount = 0;
    qint64 relationshipCount = 0;
    qint64 viewCount = 0;
    qint64 storedBytes = 0; // what it takes in the file
};

// The baselines of a .ktm file (docs/FILE-FORMATS.md). Every change goes through
// the same atomic path as KtmStore::save (temporary file, sync, rename), so a
// crash leaves the old file or the new one, and KtmStore::save keeps the
// baselines a file already has. Messages name the file and the problem.
class BaselineStore
{
    Q_DECLARE_TR_FUNCTIONS(kt::BaselineStore)

public:
    static Result<QList<BaselineInfo>> list(const QString &path);
    // Stores data as a new baseline of the file at path (info.name must be new;
    // created and author are taken from info; counts and size are filled in).
    static Result<BaselineInfo> add(const QString &path, const ModelData &data, BaselineInfo info);
    // The model as it was when the baseline was taken (profile from its framework).
    static Result<ModelData> extract(const QString &path, const QString &name);
    static Result<bool> remove(const QString &path, const QString &name);
};

} // namespace kt
