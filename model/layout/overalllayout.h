#pragma once

#include "layoutoptions.h"
#include "textmeasure.h"
#include "../modeldata.h"

#include <optional>

namespace kt {

// "Create/refresh the overall diagram": lays the elements of a model out in the
// bands and columns of its profile (docs/ARCHITECTURE.md, "The overall diagram"). From scratch: one group per
// band layer, top to bottom in profile order, all as wide as each other (the
// data-and-applications band holds one group per sub-band); the column layers as
// full-height columns at the side the view settings "<layer>Column" say
// ("securityColumn", "governanceColumn": "left"/"right", default the profile's
// side); the side layer as a column right of everything, or a band below all
// when "<layer>Placement" ("externalPlacement") is "bottom". Each group holds its
// elements sorted by type (profile order), then name (Vietnamese collation), then
// id: a band in even rows of nodes as narrow as their names allow, a column in a
// stack of nodes as tall as their names need (LayoutPlan). The band width is the
// one at which the diagram is largest on a page of LayoutOptions::targetAspect.
//
// A refresh keeps what the user made: nodes of elements still in the model keep
// their place, size and parent, band groups their geometry, notes and other
// nodes stay as they are; nodes of removed elements go with their connections.
// New elements take free grid spots in their group; a group that has no room
// left grows downwards and everything below it moves down by as much (the
// columns beside it grow along). Layer groups the view lacks are created as in
// a fresh layout, below everything the view has.
//
// Connections follow LayoutOptions::connections: with None the view keeps only
// connections that show no relationship (the relationships stay in the model);
// with All every relationship between two shown elements has one, the new ones
// routed orthogonally (OrthogonalRouter). The choice is stored in the view's
// settings (connectionsSetting()), so that a later refresh repeats it.
//
// Ids derive from the model's ("n-<element id>", "g-<layer>", "c-<relationship
// id>"), so the same model always gives the same view.
class OverallLayout
{
public:
    // Builds the overall view from scratch (existing == nullptr) or refreshes
    // `existing`: returns the complete new view (same id, name and settings; kind
    // Overall). The result goes into the model with ReplaceView.
    static View build(const ModelData &data, const View *existing, const TextMeasure &measure,
                      const LayoutOptions &options = {});
    // The same for a scope: the overall diagram, or a component architecture (kind
    // Component when made afresh; a refreshed view keeps its kind, name and
    // settings) that shows only the elements in scope, its layers all as bands.
    static View build(const ModelData &data, const View *existing, const TextMeasure &measure,
                      const LayoutOptions &options, const LayoutScope &scope);

    // The view setting that remembers the connections choice, and its values.
    static QString connectionsSetting();
    static QString connectionsName(OverallConnections connections);
    // "none" or "all"; nothing for any other text.
    static std::optional<OverallConnections> parseConnections(const QString &text);
    // The choice a view's settings remember (None when they say nothing usable).
    static OverallConnections connectionsOf(const QMap<QString, QString> &settings);
};

} // namespace kt
