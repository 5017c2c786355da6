#pragma once

#include <model/changeset.h>
#include <model/core/result.h>
#include <model/repo/repository.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace kt {

// What a change did to the objects it touched: by RepoObject key, the fields it wrote
// (RepoMerge::AllFields when it added or removed the object, RepoMerge::PositionField
// when it gave the object another place in its collection). An undo step and others'
// work overlap when they wrote a field of the same object (RepoMerge::overlap).
using RepoFieldChanges = QHash<QString, QSet<QString>>;

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
    // the delta holds, not the model's size. What they deleted leaves the open model
    // unless mine stays or refers to it; mine: the objects local may differ from the base
    // in (an open document's undo steps name them, Document::editedKeys). Without it, a
    // delta that deletes objects goes the whole way (merge()).
    static Result<RepoMerge> mergeDelta(const RepoCheckout &base, const ModelData &local,
                                        const RepoDelta &delta,
                                        const QSet<QString> *mine = nullptr);

    // The open model after its own commit (Repository::commit's result): what others
    // committed since the base comes in, what conflicted stays mine with its old base.
    static Result<RepoMerge> afterCommit(const RepoCheckout &base, const ModelData &local,
                                         const RepoCommitResult &result,
                                         const QSet<QString> &mine);

    // The RepoObject keys an edit's ChangeSet names (modelId: the model's info key).
    // A view counts as changed itself when the edit changed no node or connection.
    static QSet<QString> keysOf(const ChangeSet &changes, const QString &modelId);
    // The fields of the objects keys names that differ from `from` to `to` (objects that
    // differ in nothing are left out); costs what keys names, not the model's size.
    static RepoFieldChanges fieldChanges(const ModelData &from, const ModelData &to,
                                         const QSet<QString> &keys);
    // The first object (its key) both wrote a field of; empty when they did not overlap.
    static QString overlap(const RepoFieldChanges &a, const RepoFieldChanges &b);
    static const QString AllFields;     // "*": the object was added or removed
    static const QString PositionField; // "#position": its place in its collection

    // Adds the change of the object key to changes (a node or connection also marks
    // its view, view, as changed).
    static void noteKey(ChangeSet &changes, RepoObjectKind kind, const QString &id,
                        const QString &view, bool before, bool after);
};

} // namespace kt
