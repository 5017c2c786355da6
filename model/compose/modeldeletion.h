#pragma once

#include "diagramcomposer.h"

#include <QHash>

namespace kt {

// "Delete from model": the one rule for the canvas and the model tree. Where
// each element is used is asked first, so that the user can be warned when an
// element goes from views other than the one in front of them (as Archi does).
class ModelDeletion
{
    Q_DECLARE_TR_FUNCTIONS(kt::ModelDeletion)

public:
    // For each of the elements shown anywhere, the views that show it, a view
    // listed once per node showing it.
    using Usage = QHash<ElementId, QList<ViewId>>;
    static Usage usage(const ModelData &data, const QList<ElementId> &elements);

    // The nodes that show the elements in views other than `current` (a null id:
    // in any view), and how many of the elements have such a node. When either
    // is not zero the user is asked before deleting.
    static int placesOutside(const Usage &usage, const ViewId &current = {});
    static int elementsOutside(const Usage &usage, const ViewId &current = {});

    // Removes the elements (with their relationships and nodes) and the
    // relationships (with their connections) in one step.
    static Composition deleteFromModel(const ModelData &data, const QList<ElementId> &elements,
                                       const QList<RelationshipId> &relationships);
};

} // namespace kt
