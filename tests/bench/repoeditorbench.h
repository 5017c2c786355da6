#pragma once

#include "benchmark.h"

#include <model/repo/repository.h>

#include <QList>
#include <functional>
#include <QString>
#include <QStringList>

namespace kt::bench {

inline QStringList repoEditorOperations()
{
    return { QStringLiteral("repository editor commit of 1 object"),
             QStringLiteral("repository editor commit of 1,000 objects"),
             QStringLiteral("repository editor arrival deleting 1 element") };
}

// The editor's side of the team repository (issue 14), on the repository job's server
// (url, a superuser): an open document's commit of 1 and of 1,000 changed elements, each
// with its result taken into the open model (RepoMerge::afterCommit), beside the
// commit's libpq floor for as many rows (commitFloor(count), repobench.cpp); another
// user's commit deleting one element arriving (changesSince, RepoMerge::mergeDelta),
// beside changesSince and applyDelta alone.
QList<Measurement> benchRepoEditor(const Benchmark &benchmark, const QString &size,
                                   const ModelData &data, const QString &url,
                                   const std::function<void(qsizetype count)> &commitFloor);

} // namespace kt::bench
