#pragma once

#include "../core/result.h"
#include "../modeldata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kt {

// What an upgrade could not carry over as it was: an element or relationship
// whose type has no counterpart in the new framework (it became the new
// framework's generic type), or a relationship whose mapped type the new
// framework's rules do not allow between its mapped ends (it became the generic
// relationship).
struct UpgradeIssue
{
    enum class Kind { Element, Relationship };
    Kind kind = Kind::Element;
    QString id;
    QString name; // the element's name; a relationship's name, or "source → target"
    QString oldType; // the type in the earlier framework
    QString newType; // the type it was given in the new framework
    QString reason; // a sentence for the reader
};

struct UpgradeResult
{
    ModelData model;
    QList<UpgradeIssue> unmapped; // in model order: elements, then relationships
};

// Makes a model of one framework from a model of an earlier one through the
// newer profile's mapping ("upgrades" in docs/PROFILE-FORMAT.md): the same ids,
// names, documentation and views; types mapped; properties kept as typed
// properties when the new type accepts them, otherwise as free properties; the
// band groups of the views moved to the new framework's layers, and a component
// view to the new framework's component of the same id, else to the one that
// shows most of its elements.
class FrameworkUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(kt::FrameworkUpgrade)

public:
    // Fails when the target profile maps nothing from the model's framework.
    static Result<UpgradeResult> upgrade(const ModelData &source, const ProfilePtr &target);

    // The frameworks (ids, in registry order) whose profiles map types from
    // frameworkId: where a model of that framework can be upgraded to.
    static QStringList targetsFor(const QString &frameworkId);

    // The new framework's layer key ("layer" or "layer/band") for a layer key of
    // the earlier framework: the key where most of its mapped types go (ties to
    // the first in the new profile's order); empty when none of its types maps.
    static QString mapLayerKey(const Profile &from, const Profile &to,
        const FrameworkMapping &mapping, const QString &key);
};

} // namespace kt
