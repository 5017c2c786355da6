#pragma once

#include "core/result.h"
#include "modeldata.h"

#include <QCoreApplication>

namespace kt {

// Reading and writing a model by the file's extension: .ktm (the SQLite document),
// .xml (ArchiMate Open Exchange), .archimate (Archi's model file, read only) or an
// Archi CSV set named by its elements file (PREFIXelements.csv, io/archicsv.h). The one place that decides which format a path
// means, for the command line and the editor alike.
class ModelFile
{
    Q_DECLARE_TR_FUNCTIONS(kt::ModelFile)

public:
    enum class Format { Unknown, Ktm, Exchange, ArchiCsv, Archi };

    static Format formatOf(const QString &path);
    // findings, if given, receives what a readable file held that the model could
    // not take (io/exchangereader.h, io/archimatereader.h), one message each naming the file.
    static Result<ModelData> load(const QString &path, QStringList *findings = nullptr);
    // A repaired model of a damaged .ktm whose damage stays local, each thing dropped
    // or fixed in *repairs (KtmStore::loadRepaired); the file is never written. An
    // error for any other file, a sound one, or damage that is not local.
    static Result<ModelData> loadRepaired(const QString &path, QStringList *repairs);
    // A .ktm keeps its baselines; baselineSource names another .ktm whose baselines
    // the new file takes instead (Save As, `convert`; KtmStore::setBaselineSource).
    static bool save(const ModelData &data, const QString &path, QString *error,
                     const QString &baselineSource = {});
    // A new, empty model of the framework.
    static Result<ModelData> create(const QString &frameworkId);
};

} // namespace kt
