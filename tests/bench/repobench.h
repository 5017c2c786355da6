#pragma once

#include "repoeditorbench.h"

#include "benchmark.h"

#include <model/modeldata.h>

#include <QJsonObject>

namespace kt::bench {

// The names of the operations (and what --only picks them by).
inline QStringList repoOperations()
{
    return QStringList { QStringLiteral("repository publish"),
                         QStringLiteral("open from the repository"),
                         QStringLiteral("repository commit of 1,000 objects"),
                         QStringLiteral("repository change to another client") }
            + repoEditorOperations();
}

// The team repository on PostgreSQL (issue 14, docs/REPOSITORY.md), on a throw-away
// server of its own (tests/support/pgserver.sh, Unix socket), stopped at the end:
// - publish of the model, beside its floor: the same rows (objects and audit) COPYed
//   FROM STDIN by libpq into the same tables, in one transaction;
// - open (checkout), beside COPY TO STDOUT of the same rows in the same order;
// - a commit of 1,000 changed elements, beside one transaction of prepared UPDATEs of
//   the same rows and INSERTs of their audit rows;
// - a change seen by another client: from the commit call until another open client,
//   told by its RepoWatcher (in another thread), has read the changes since its
//   checkout and applied them; beside a bare NOTIFY/LISTEN round trip through libpq.
// The answer: "results", "failures", and "skipped" (why) when PostgreSQL's server
// programs or Qt's QPSQL driver are not installed (not a failure).
QJsonObject benchRepository(const Benchmark &benchmark, const QString &size, const ModelData &data);

} // namespace kt::bench
