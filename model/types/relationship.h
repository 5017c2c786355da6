#pragma once

#include "property.h"
#include "../core/id.h"

namespace kt {

// A relationship of a type of the profile between two elements.
struct Relationship
{
    RelationshipId id;
    QString type; // relationship type id of the profile
    ElementId source;
    ElementId target;
    QString name;
    QString documentation;
    TypedProperties properties;
    PropertyList extraProperties;
    // ArchiMate attributes of the relationship kept for the round trip
    // (accessType, isDirected, modifier).
    QMap<QString, QString> archimateAttributes;

    friend bool operator==(const Relationship &, const Relationship &) = default;
};

} // namespace kt
