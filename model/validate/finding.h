#pragma once

#include "../core/id.h"

#include <QString>

namespace kt {

enum class Severity { Error, Warning };

// One problem the validator found, about one object of the model.
struct Finding
{
    Severity severity = Severity::Warning;
    QString rule;    // stable id of the rule, e.g. "relationship-not-allowed"
    QString message; // in the UI language
    ElementId element;
    RelationshipId relationship;
    ViewId view;
    NodeId node;
};

} // namespace kt
