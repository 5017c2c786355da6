#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QString>

namespace kt {

// The .ktm document file: one SQLite database per model (docs/FILE-FORMATS.md).
//
// save() never leaves a half-written model behind: it writes a temporary file beside
// the target in one transaction, syncs it to disk and renames it over the target.
// load() never changes the file: it opens it read-only, and upgrades a file of an
// older format on a temporary copy. Both return false with a message naming the
// file and the problem in errorString().
class KtmStore
{
    Q_DECLARE_TR_FUNCTIONS(kt::KtmStore)

public:
    static constexpr qint32 ApplicationId = 0x4B544D53; // "KTMS"
    static constexpr int SchemaVersion = 4;             // current

    bool save(const ModelData &data, const QString &path);
    // Fills out (profile from info.frameworkId via ProfileRegistry); out is left
    // unchanged when loading fails.
    bool load(const QString &path, ModelData &out);
    QString errorString() const;

private:
    bool checkFile(const QString &path, const QString &name);
    bool loadMigrated(const QString &path, const QString &name, int version, ModelData &out);
    // Reads the model of the database at path, of the current format.
    bool readModel(const QString &path, const QString &name, ModelData &out);
    bool writeFile(const ModelData &data, const QString &path, const QString &name);
    bool fail(const QString &message);

    QString m_error;
};

} // namespace kt
