#pragma once

#include "../core/result.h"
#include "../modeldata.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

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

// One object that differs between two models: before absent when it was added, after
// absent when it was deleted.
struct RepoObjectChange
{
    std::optional<RepoObject> before;
    std::optional<RepoObject> after;
};

// An object given another place in its collection (a view's paint order, ...): the
// position the repository stores for it (a collection is ordered by position, then id).
struct RepoMove
{
    RepoObjectKind kind = RepoObjectKind::Element;
    QString id;
    QString view; // of a node or connection
    qint64 position = 0;

    QString key() const;
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

    // The objects that differ from `from` to `to`, comparing the typed values and turning
    // only those that differ into objects (a commit's changes, without flattening both).
    static QList<RepoObjectChange> differences(const ModelData &from, const ModelData &to);

    // The order of the collections (repoorder.cpp). Whether the objects both models hold
    // stand in another order in `to` than in `from`, in any collection.
    static bool orderDiffers(const ModelData &from, const ModelData &to);
    // The objects of `to` whose place differs from their order in `from`, with the
    // positions that put them there among `from`'s (positions: by key, as a RepoCheckout
    // holds them): the fewest it can (what stays outside the longest run kept in order;
    // the whole collection renumbered only when no room is left between two positions).
    static QList<RepoMove> moves(const ModelData &from, const ModelData &to,
                                 const QHash<QString, qint64> &positions);
    // Moves the object to where its position puts it in its collection, kept ordered by
    // (position, id) as a checkout reads it; an object without a position stays.
    static void settle(ModelData &data, RepoObjectKind kind, const QString &id,
                       const QHash<QString, qint64> &positions);
    // Gives the object in `local` the place it has in `theirs`: after the nearest object
    // before it there that local holds too (first when none). For others' reordering
    // taken into an open model that has objects of its own. true when it moved it.
    static bool followPlace(ModelData &local, const ModelData &theirs, RepoObjectKind kind,
                            const QString &id);
    // Whether `local` gave the object another place than `base`: the nearest object
    // before it that both hold differs.
    static bool placeChanged(const ModelData &base, const ModelData &local, RepoObjectKind kind,
                             const QString &id);

    // One object of each kind (a view without its nodes and connections).
    static RepoObject objectOf(const ModelInfo &info);
    static RepoObject objectOf(const Element &element);
    static RepoObject objectOf(const Relationship &relationship);
    static RepoObject objectOf(const View &view);
    static RepoObject objectOf(const ViewNode &node, const ViewId &view);
    static RepoObject objectOf(const ViewConnection &connection, const ViewId &view);
    // Puts the object into the model in place of the one of its id, or at the end of its
    // collection (a view keeps its nodes and connections). false (and the reason) when a
    // field cannot be read or a node's view is missing; the model is then unchanged.
    static bool place(ModelData &data, const RepoObject &object, QString *error = nullptr);
    // Removes the object of that kind and id, if the model holds it.
    static void remove(ModelData &data, RepoObjectKind kind, const QString &id);

    static QString kindName(RepoObjectKind kind); // "element", as stored
    static QString keyOf(RepoObjectKind kind, const QString &id);
};

} // namespace kt
