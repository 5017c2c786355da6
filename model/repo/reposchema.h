#pragma once

#include "repoobject.h"

#include <QString>
#include <QStringList>

namespace kt {

// The repository's tables (schema "kientruc") and its roles, as SQL text: the schema
// a Repository creates and migrates, the table of each kind of object, the grants.
namespace RepoSchema {

// The statements creating the schema of the current version in an empty database.
QStringList createStatements();
// The statements creating the roles (when absent) and granting them their rights.
QStringList grantStatements();
// The table of the objects of a kind (not Model: the models table holds those).
QString tableOf(RepoObjectKind kind);
// The kinds stored in tables of their own, in the order a model is read.
QList<RepoObjectKind> objectKinds();

// A query listing the references of a model's objects to objects it does not hold:
// rows (kind, id, missing id); its one parameter, repeated, is the model's key (bind it
// referenceCheckParameters() times).
QString danglingReferencesQuery();
int referenceCheckParameters();

QString fieldsText(const RepoFields &fields);
RepoFields fieldsFrom(const QString &json);

} // namespace RepoSchema

} // namespace kt
