#pragma once

#include "finding.h"
#include "../modeldata.h"

#include <QCoreApplication>
#include <QList>

namespace kt {

// Checks a model against its framework profile and its own consistency.
// Rules: relationship not allowed by the framework; a relationship ending on a
// relationship that ArchiMate 3.1 does not allow; information system without a
// security level (and other required properties); property value not valid for the
// schema; unknown type; element in no view; duplicate name within a layer; view
// node pointing at a missing element. Findings come errors first, then in model order.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(kt::Validator)

public:
    static QList<Finding> validate(const ModelData &data);
    static QString severityName(Severity severity); // "error" / "warning", not translated
    // Whether ArchiMate 3.1 lets a relationship of the ArchiMate type archimateType
    // end on a relationship when its source is of sourceArchimateType: an
    // association always, an aggregation or composition from a grouping or plateau.
    static bool allowsOnRelationship(const QString &archimateType,
                                     const QString &sourceArchimateType);
};

} // namespace kt
