#pragma once

#include "core/collection.h"
#include "meta/profile.h"
#include "types/element.h"
#include "types/modelinfo.h"
#include "types/relationship.h"
#include "types/view.h"

namespace kt {

// The content of a model as plain values: what files are read into and written
// from, and what Edits change. Only Model hands out a mutable ModelData, and only
// to an Edit being applied or reverted.
struct ModelData
{
    ProfilePtr profile;
    ModelInfo info;
    Collection<ElementId, Element> elements;
    Collection<RelationshipId, Relationship> relationships;
    Collection<ViewId, View> views;

    // Equal content; the profile is compared through info.frameworkId.
    friend bool operator==(const ModelData &a, const ModelData &b)
    {
        return a.info == b.info && a.elements == b.elements && a.relationships == b.relationships
                && a.views == b.views;
    }
};

} // namespace kt
