#pragma once

#include <model/changeset.h>
#include <model/core/result.h>
#include <model/repo/repository.h>

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace kt {

// The open model of a repository document meeting the repository's newer state
// (others' commits, or the result of its own commit), object by object (RepoObject
// keys) and, where both changed an object, field by field:
//  - what only they changed, the open model takes;
//  - what only I changed (not yet committed), stays mine;
//  - a field both changed stays mine, and the object keeps its old base (and version),
//    so that the next commit reports it as a conflict instead of writing over theirs.
struct RepoMerge
{
    Q_DECLARE_TR_FUNCTIONS(kt::RepoMerge)

public:
    ModelData local;        // the open model afterwards
    RepoCheckout base;      // the base of the next commit
    ChangeSet changes;      // what differs between the open model before and local
    QSet<QString> changed;  // the same, as RepoObject keys: what others' work changed here
    // Objects both changed (mine not committed yet): mine stays, the commit will tell.
    QSet<QString> overlapping;

    // Fails (naming the object) when the merged objects do not make a model.
    static Result<RepoMerge> merge(const RepoCheckout &base, const ModelData &local,
                                   const RepoCheckout &theirs);
    // The same for others' commits read as a delta (Repository::changesSince of
    // base.head): only the objects the delta names are compared, so that it costs what
    // the delta holds, not the model's size. A delta that deletes objects goes the whole
    // way (merge()), which keeps what stays mine from referring to what they deleted.
    static Result<RepoMerge> mergeDelta(const RepoCheckout &base, const ModelData &local,
                                        const RepoDelta &delta);

    // The RepoObject keys an edit's ChangeSet names (modelId: the model's info key).
    // A view counts as changed itself when the edit changed no node or connection.
    static QSet<QString> keysOf(const ChangeSet &changes, const QString &modelId);
    // Adds the change of the object key to changes (a node or connection also marks
    // its view, view, as changed).
    static void noteKey(ChangeSet &changes, RepoObjectKind kind, const QString &id,
                        const QString &view, bool before, bool after);
};

} // namespace kt
