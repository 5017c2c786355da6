#pragma once

#include "../core/result.h"
#include "../modeldata.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace kt {

// What the team repository stores and versions one by one: the model's info, each
// element, relationship, view (its own fields), node and connection.
enum class RepoObjectKind { Model, Element, Relationship, View, Node, Connection };

// The fields of one object as text, by name ("name", "property.securityLevel",
// "style.fillColor", ...): what a commit compares, merges per field and stores (as a
// jsonb object). A plain field left empty is not stored; a key of a map (typed
// properties, settings, attributes) is, even with an empty value.
using RepoFields = QMap<QString, QString>;

struct RepoObject
{
    RepoObjectKind kind = RepoObjectKind::Element;
    QString id;
    QString view; // the view a node or connection belongs to
    RepoFields fields;

    // "element/ID": unique within a model (a node's id is unique among the nodes).
    QString key() const;
    friend bool operator==(const RepoObject &, const RepoObject &) = default;
};

// The translation between the typed model and its repository objects. Lossless:
// assemble(flatten(m)) == m (geometry kept exactly, not rounded).
class RepoObjects
{
    Q_DECLARE_TR_FUNCTIONS(kt::RepoObjects)

public:
    // Every object of the model, each collection in its order, a view before its
    // nodes and connections.
    static QList<RepoObject> flatten(const ModelData &data);
    // The model of the objects (in their order; profile from the model's frameworkId).
    // Fails naming the object on a field it cannot read.
    static Result<ModelData> assemble(const QList<RepoObject> &objects);

    static QString kindName(RepoObjectKind kind); // "element", as stored
    static QString keyOf(RepoObjectKind kind, const QString &id);
};

} // namespace kt
