#pragma once

#include "property.h"
#include "../core/id.h"

#include <utility>

namespace kt {

// A relationship of a type of the profile between two concepts. Each end is an element
// or, as ArchiMate 3.1 allows (an association; an aggregation or composition from a
// grouping or plateau), another relationship: of each end exactly one of its two ids is
// set. Code that knows only elements finds no element at a relationship end.
struct Relationship
{
    RelationshipId id;
    QString type; // relationship type id of the profile
    ElementId source; // null when the source is a relationship
    ElementId target; // null when the target is a relationship
    RelationshipId sourceRelationship; // the relationship the source is, if any
    RelationshipId targetRelationship; // the relationship the target is, if any
    QString name;
    QString documentation;
    TypedProperties properties;
    PropertyList extraProperties;
    // ArchiMate attributes of the relationship kept for the round trip
    // (accessType, isDirected, modifier).
    QMap<QString, QString> archimateAttributes;

    bool endsOnRelationship() const
    {
        return !sourceRelationship.isNull() || !targetRelationship.isNull();
    }
    // The identifier of an end, element or relationship (the exchange file's source/target).
    const QString &sourceId() const
    {
        return source.isNull() ? sourceRelationship.toString() : source.toString();
    }
    const QString &targetId() const
    {
        return target.isNull() ? targetRelationship.toString() : target.toString();
    }
    // Turns the relationship round, ends of either kind.
    void swapEnds()
    {
        std::swap(source, target);
        std::swap(sourceRelationship, targetRelationship);
    }

    friend bool operator==(const Relationship &, const Relationship &) = default;
};

} // namespace kt
