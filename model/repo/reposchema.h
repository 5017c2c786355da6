#pragma once

#include "repoobject.h"

#include <QString>
#include <QStringList>

#include <utility>

namespace kt {

// The repository's tables (schema "kientruc") and its roles, as SQL text: the schema
// a Repository creates and migrates, the table of each kind of object, the grants.
namespace RepoSchema {

// The statements creating the schema of version 1 in an empty database; the
// migrations then take it to the current version.
QStringList createStatements();
// The statements migrating a schema of version from to the current one.
QStringList migrationStatements(int from);
// The statements creating the roles (when absent) and granting them their rights.
QStringList grantStatements();
// The table of the objects of a kind (not Model: the models table holds those).
QString tableOf(RepoObjectKind kind);
// The kinds stored in tables of their own, in the order a model is read.
QList<RepoObjectKind> objectKinds();

// The references a commit may break, each (kind of the referring object, kind referred
// to), in the order of the parts of the two queries below.
QList<std::pair<RepoObjectKind, RepoObjectKind>> referenceKinds();
// Rows (kind, id, missing id) of the written objects' references to objects the model
// does not hold; per reference two parameters: the model's key and the ids (a text[]
// of arrayText()) of the written objects of the referring kind.
QString writtenReferencesQuery();
// Rows (kind, id, referred id) of the objects referring to deleted objects; per
// reference the model's key and the ids of the deleted objects of the kind referred to.
QString deletedReferencesQuery();
// A PostgreSQL array literal of the values (bound as text, cast to text[]).
QString arrayText(const QStringList &values);
// The kind of its stored name ("element"); *ok false for a name of no kind.
RepoObjectKind kindFromName(const QString &name, bool *ok = nullptr);

QString fieldsText(const RepoFields &fields);
RepoFields fieldsFrom(const QString &json);

} // namespace RepoSchema

} // namespace kt
