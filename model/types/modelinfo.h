#pragma once

#include "property.h"
#include "../core/id.h"

#include <QDate>

namespace kt {

// What a model is: whose architecture, which version, approved by which decision,
// following which framework.
struct ModelInfo
{
    ModelId id;
    QString name;
    QString documentation;
    QString frameworkId;
    QString province; // province or agency
    QString versionLabel;
    QString decision; // e.g. "2795/QĐ-UBND"
    QDate decisionDate;
    QString author;
    PropertyList extraProperties;

    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

} // namespace kt
