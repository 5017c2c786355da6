#pragma once

#include "property.h"
#include "../core/id.h"

namespace kt {

// An element of the architecture: a thing of a type of the framework profile.
struct Element
{
    ElementId id;
    QString type; // element type id of the profile
    QString name;
    QString documentation;
    TypedProperties properties;
    PropertyList extraProperties;

    QString property(const QString &key) const { return properties.value(key); }
    friend bool operator==(const Element &, const Element &) = default;
};

} // namespace kt
