#pragma once

#include "../modeldata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace kt {

// How an element or relationship of one model was found in the other.
enum class MatchKind {
    Id,         // same id
    Name,       // same type (through the framework mapping) and name, NFC and case-folded
    Unaccented, // same type and name without accents (đ → d)
    Similar,    // same component, names alike (ModelDiffer::SimilarityThreshold)
    // Relationships have Id and Name: Name there means same type and matched ends.
};

// One value that differs between the two versions: a property (its key), or
// "documentation"; for relationships also "name", "source", "target".
struct FieldChange
{
    QString key;
    QString oldValue; // empty: the old version had none
    QString newValue; // empty: the new version has none
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// An element that differs. Added: oldId null; removed: newId null; otherwise the
// flags say which kinds of change it has (an element can be renamed and changed
// at once, and is then listed under both).
struct ElementChange
{
    ElementId oldId;
    ElementId newId;
    MatchKind match = MatchKind::Id;
    QString oldType; // as the old model names it
    QString newType;
    QString comparedOldType; // the old type in the comparison's framework (mapped)
    // The new type in the comparison's framework: newType itself unless the old
    // model's profile maps the new one's framework (then the new types are mapped).
    QString comparedNewType;
    QString oldName;
    QString newName;
    QString oldComponent; // layer id of the type, in the comparison's framework
    QString newComponent;
    QList<FieldChange> fields; // properties (typed and free) and documentation

    bool isAdded() const { return oldId.isNull(); }
    bool isRemoved() const { return newId.isNull(); }
    bool isRenamed() const { return !isAdded() && !isRemoved() && oldName != newName; }
    bool isRetyped() const
    {
        return !isAdded() && !isRemoved() && comparedOldType != comparedNewType;
    }
    bool isMoved() const { return !isAdded() && !isRemoved() && oldComponent != newComponent; }
    bool isChanged() const { return !fields.isEmpty(); }
    // The component the change is listed under: the new one, or the old one when removed.
    QString component() const { return isRemoved() ? oldComponent : newComponent; }
    friend bool operator==(const ElementChange &, const ElementChange &) = default;
};

// A relationship that differs. Ends are given as ids of the model each side belongs to.
struct RelationshipChange
{
    RelationshipId oldId;
    RelationshipId newId;
    MatchKind match = MatchKind::Id;
    QString oldType;
    QString newType;
    ElementId oldSource, oldTarget; // ids in the old model
    ElementId newSource, newTarget; // ids in the new model
    QString name; // the new name, or the old one when removed
    QList<FieldChange> fields; // type, name, documentation, properties, ends

    bool isAdded() const { return oldId.isNull(); }
    bool isRemoved() const { return newId.isNull(); }
    bool isChanged() const { return !isAdded() && !isRemoved(); }
    friend bool operator==(const RelationshipChange &, const RelationshipChange &) = default;
};

// A node of a view that was added, removed, moved or resized.
struct NodeChange
{
    enum Kind { Added, Removed, Moved, Resized, MovedAndResized };
    Kind kind = Added;
    NodeId oldNode; // null when added
    NodeId newNode; // null when removed
    ElementId oldElement; // the node's element, if it shows one (old model's id)
    ElementId newElement; // (new model's id)
    QString label;        // the element's name or the node's own label (new, or old when removed)
    QString oldLabel;     // the same in the old version (empty when added)
    QRectF oldBounds;     // where it stood in the old version's view
    QRectF newBounds;
    friend bool operator==(const NodeChange &, const NodeChange &) = default;
};

struct ConnectionChange
{
    bool added = true; // false: removed
    ConnectionId connection; // in the view of the side it exists on
    RelationshipId relationship; // of that side's model; null for a plain line
    friend bool operator==(const ConnectionChange &, const ConnectionChange &) = default;
};

// A view that was added, removed, renamed, or whose content changed. An added or
// removed view lists no nodes or connections: all of it is new, or gone.
struct ViewChange
{
    ViewId oldId;
    ViewId newId;
    QString oldName;
    QString newName;
    QList<NodeChange> nodes;
    QList<ConnectionChange> connections;

    bool isAdded() const { return oldId.isNull(); }
    bool isRemoved() const { return newId.isNull(); }
    bool isRenamed() const { return !isAdded() && !isRemoved() && oldName != newName; }
    friend bool operator==(const ViewChange &, const ViewChange &) = default;
};

// Counts of the changes, for the summary table and the command line.
struct DiffCounts
{
    int added = 0, removed = 0, renamed = 0, retyped = 0, moved = 0, changed = 0;
    bool isEmpty() const { return !(added || removed || renamed || retyped || moved || changed); }
    friend bool operator==(const DiffCounts &, const DiffCounts &) = default;
};

// What differs between an old and a new version of a model. Lists are in a
// fixed order (by component in profile order, then by name, then by id) so
// that the same two models always give the same diff.
struct ModelDiff
{
    QString oldFrameworkId;
    QString newFrameworkId;
    QString frameworkId; // the framework types and components are compared in
    QStringList componentOrder; // that framework's layer ids in profile order (the lists' order)
    QList<ElementChange> elements;
    QList<RelationshipChange> relationships;
    QList<ViewChange> views;
    // Every element of the old model found in the new (unchanged ones too): old id -> new id.
    QHash<ElementId, ElementId> elementMatches;
    QHash<RelationshipId, RelationshipId> relationshipMatches;
    QHash<ViewId, ViewId> viewMatches;

    bool isEmpty() const { return elements.isEmpty() && relationships.isEmpty() && views.isEmpty(); }
    // The diff of new against old: added and removed swap, old and new values swap.
    ModelDiff inverted() const;
    // Puts the lists in their fixed order (the elements by componentOrder).
    void sortLists();
    // Element counts per component id (layer id of the comparison's framework).
    QHash<QString, DiffCounts> elementCountsByComponent() const;
    DiffCounts elementCounts() const;
    DiffCounts relationshipCounts() const; // added, removed, changed
    DiffCounts viewCounts() const;         // added, removed, renamed, changed (content)
    friend bool operator==(const ModelDiff &, const ModelDiff &) = default;
};

// Compares two models (model/diff: Qt Core only, no Gui); docs/COMPARISON.md,
// "How two models are matched". Elements are matched in stages, each over what
// the earlier ones left: by id; by type and name (NFC, case-folded); by type and
// name without accents; by similar names within one component. Every stage is
// one-to-one and symmetric (diff(b, a) == diff(a, b).inverted()): where several
// elements of one side share a key with several of the other, they are paired in
// the order of their ids, and the similarity stage takes the best pairs first,
// ties broken by the pair's two ids whichever side each is on. Elements without a
// name are matched by id only.
//
// The similarity stage compares every leftover of one component with every
// leftover of the other side's same component while a component has at most
// SimilarityFullPairs pairs; above that cap (an import with new ids, say) it
// sorts the leftovers of both sides together by unaccented name and compares each
// only with those of the other side among the SimilarityWindow that follow it, so
// it stays linear in the model's size (renames that keep the start of a name are
// still found).
class ModelDiffer
{
    Q_DECLARE_TR_FUNCTIONS(kt::ModelDiffer)

public:
    // Names at least this alike (1 − edit distance / longer length, on the
    // unaccented, case-folded names) are taken for one element renamed.
    static constexpr double SimilarityThreshold = 0.8;
    static constexpr qint64 SimilarityFullPairs = qint64(2000) * 2000;
    static constexpr int SimilarityWindow = 50;

    // What one comparison did, counted as it goes (the tests check that the
    // similarity stage stays near-linear above the cap; no clock involved).
    struct Work
    {
        qint64 similarityPairs = 0; // pairs of leftover names compared by the similarity stage
    };

    // The two models may follow different frameworks when one profile maps the
    // other's types (Profile::mappingFrom); otherwise types are compared as they are.
    // work, when given, receives the count of the comparison's work.
    static ModelDiff compare(const ModelData &oldModel, const ModelData &newModel,
                             Work *work = nullptr);
};

} // namespace kt
