#pragma once

#include "repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kt {

// Where a repository document's autosave copy came from (RepoAutosave): enough to tie
// the copy restored after a crash to the repository again.
struct RepoTie
{
    QString url; // the repository's URI, never with a password
    QString modelName;
    qint64 head = 0; // the base's last commit
    // The base of each object the local changes touch, as the base held it (it may be
    // older than the repository's state at head: others' change of a field also
    // changed locally is not in the base, so that the commit reports the conflict).
    QList<RepoObject> touched;
    QHash<QString, qint64> versions; // of the touched objects, by RepoObject::key()
};

// A repository document's tie in its autosave copy (a .ktm written every minute while
// there are unsaved changes): the URI without its password, the model, the base's head
// and, for the objects the local changes touch, their base fields and versions. Small
// whatever the model's size; the rest of the base is the model at head, which the
// repository rebuilds (Repository::checkoutAt).
class RepoAutosave
{
    Q_DECLARE_TR_FUNCTIONS(kt::RepoAutosave)

public:
    // Adds the tie to local's extra properties (local: the open model, base its base;
    // display: the repository's URI without the password).
    static void write(ModelData &local, const QString &display, const RepoCheckout &base);
    // Takes the tie out of the model's extra properties: nullopt when there is none.
    // An unreadable one is taken out too, with the reason in *error.
    static std::optional<RepoTie> take(ModelData &data, QString *error = nullptr);
    // The base the document had: the model at the tie's head, the touched objects as
    // the base held them. false with the reason in *error (naming the repository and
    // the model).
    static bool rebuildBase(Repository &repository, const RepoTie &tie, RepoCheckout &out,
                            QString *error);
};

} // namespace kt
