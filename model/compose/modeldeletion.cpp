#include "modeldeletion.h"

#include <model/edit/editgroup.h>
#include <model/edit/elementedits.h>
#include <model/edit/relationshipedits.h>

namespace kt {

ModelDeletion::Usage ModelDeletion::usage(const ModelData &data, const QList<ElementId> &elements)
{
    const QSet<ElementId> wanted(elements.begin(), elements.end());
    Usage result;
    for (const View &view : data.views)
        for (const ViewNode &node : view.nodes)
            if (node.kind == NodeKind::Element && wanted.contains(node.element))
                result[node.element].append(view.id);
    return result;
}

int ModelDeletion::placesOutside(const Usage &usage, const ViewId &current)
{
    int places = 0;
    for (const QList<ViewId> &views : usage)
        places += int(std::count_if(views.begin(), views.end(),
                                    [&](const ViewId &view) { return view != current; }));
    return places;
}

int ModelDeletion::elementsOutside(const Usage &usage, const ViewId &current)
{
    int elements = 0;
    for (const QList<ViewId> &views : usage)
        if (std::any_of(views.begin(), views.end(),
                        [&](const ViewId &view) { return view != current; }))
            ++elements;
    return elements;
}

Composition ModelDeletion::deleteFromModel(const ModelData &data, const QList<ElementId> &elements,
                                           const QList<RelationshipId> &relationships)
{
    QSet<ElementId> elementSet;
    for (const ElementId &id : elements)
        if (data.elements.contains(id))
            elementSet.insert(id);
    // A relationship of a deleted element goes with it; removing it again would fail.
    QSet<RelationshipId> relationshipSet;
    for (const RelationshipId &id : relationships)
        if (const Relationship *r = data.relationships.find(id);
            r && !elementSet.contains(r->source) && !elementSet.contains(r->target))
            relationshipSet.insert(id);
    if (elementSet.isEmpty() && relationshipSet.isEmpty())
        return Composition::refused(tr("Nothing selected is in the model."));
    auto group = std::make_unique<EditGroup>(tr("Delete from model"));
    if (!elementSet.isEmpty())
        group->add(std::make_unique<RemoveElements>(elementSet));
    if (!relationshipSet.isEmpty())
        group->add(std::make_unique<RemoveRelationships>(relationshipSet));
    return Composition::of(std::move(group));
}

} // namespace kt
