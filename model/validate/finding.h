#pragma once

#include "../core/id.h"

#include <QString>

namespace kt {

enum class Severity { Error, Warning };

// Where a finding comes from: a check of the model as it is (the validator), or
// the import of the file the model came from (what the file held that the model
// could not take; its message names the file and the object).
enum class FindingKind { Check, Import };

// One problem the validator found, about one object of the model, or one thing an
// imported file held that was left out.
struct Finding
{
    Severity severity = Severity::Warning;
    FindingKind kind = FindingKind::Check;
    QString rule;    // stable id of the rule, e.g. "relationship-not-allowed"
    QString message; // in the UI language
    ElementId element;
    RelationshipId relationship;
    ViewId view;
    NodeId node;
};

} // namespace kt
