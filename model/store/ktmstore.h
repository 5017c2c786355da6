#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QFileInfo;

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
    static constexpr int SchemaVersion = 6;             // current

    // Keeps the baselines (BaselineStore) of the file it replaces, or of the file
    // given to setBaselineSource().
    bool save(const ModelData &data, const QString &path);
    // The .ktm whose baselines the next save() writes into its new file (Save As,
    // `convert` from a .ktm): empty (the default) for the target's own.
    void setBaselineSource(const QString &path) { m_baselineSource = path; }
    // Fills out (profile from info.frameworkId via ProfileRegistry); out is left
    // unchanged when loading fails.
    bool load(const QString &path, ModelData &out);
    // A repaired model of a file that load() refuses for damage that stays local
    // (KtmReader::setRepair): true with the model in out and each thing dropped or
    // fixed in *repairs; false (the file is sound, or its damage is not local) with
    // the reason in errorString(). The file is never written.
    bool loadRepaired(const QString &path, ModelData &out, QStringList *repairs);
    QString errorString() const;

    // The file format of the .ktm at path, checked as load() checks it; -1 with a
    // message naming the file in errorString() when it is not a model file this
    // program reads.
    int fileFormat(const QString &path);
    // What modify() does to the open database (of the current format), inside its
    // transaction; false with the reason in *why.
    using Change = std::function<bool(QSqlDatabase &db, QString *why)>;
    // Changes the file at path, of file format `format` (fileFormat()), by the path
    // of save(): a copy beside it, upgraded to the current format, changed in one
    // transaction (then compacted, with compact), synced and renamed over it. A
    // failure leaves the file as it was, with the reason alone (for the caller's
    // sentence) in errorString().
    bool modify(const QString &path, int format, const Change &change, bool compact);

private:
    bool checkFile(const QString &path, const QString &name);
    bool loadMigrated(const QString &path, const QString &name, int version, ModelData &out);
    // Reads the model of the database at path, of the current format.
    bool readModel(const QString &path, const QString &name, ModelData &out);
    bool writeFile(const ModelData &data, const QString &path, const QString &name,
                   const QString &baselineSource);
    bool copyBaselines(QSqlDatabase &db, const QString &source, QString *why);
    // The rename of save() and modify(): temporary, synced and given the target's
    // permissions, replaces target in one step.
    static bool replaceTarget(const QString &temporary, const QFileInfo &target, QString *why);
    bool fail(const QString &message);

    QString m_error;
    QString m_baselineSource;
    bool m_repair = false;
    QStringList m_repairs;
};

} // namespace kt
