#pragma once

#include "../modeldata.h"

#include <QList>
#include <QPair>

namespace kt {

// Counts of a model, the content of `kientruc info` and of a report's summary.
// Layer and type counts come in profile order and include zeros.
struct ModelStatistics
{
    qsizetype elements = 0;
    qsizetype relationships = 0;
    qsizetype views = 0;
    QList<QPair<QString, qsizetype>> layers; // layer id -> elements
    QList<QPair<QString, qsizetype>> types;  // element type id -> elements
    qsizetype informationSystems = 0;
    QList<qsizetype> securityLevels; // index 0 = no level, 1..5 = level
    qsizetype unknownTypes = 0;

    static ModelStatistics compute(const ModelData &data);
};

} // namespace kt
