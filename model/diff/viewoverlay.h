#pragma once

#include "modeldiff.h"

#include <QHash>
#include <QLineF>
#include <QSet>
#include <QList>
#include <QRectF>
#include <QString>

namespace kt {

// What the comparison overlay draws on one view of one side of a diff: which
// nodes and connections are new, changed or renamed there, and the ghosts of
// what the other version had on the matching view and this one lacks (drawn
// where they stood). Plain data (model/diff, no Gui): the DiagramPainter draws it
// on the canvas, in exports and in the comparison report alike.
struct ViewOverlay
{
    struct Ghost
    {
        QRectF bounds; // in this view's coordinates (where it stood in the other version)
        QString label; // the removed element's name or the node's label
    };

    // Nodes and connections of this view by state.
    QSet<NodeId> added;    // outlined green: not in the old version
    QSet<NodeId> removed;  // outlined red (old side only): gone in the new version
    QSet<NodeId> changed;  // outlined amber: element retyped, moved or with changed fields
    QHash<NodeId, QString> renamed; // node -> the other version's name ("old → new" drawn)
    QSet<ConnectionId> addedConnections;
    QSet<ConnectionId> removedConnections; // old side only
    QList<Ghost> ghosts;   // new side: removed nodes, drawn as red ghosts where they stood
    QList<QLineF> ghostConnections; // new side: removed connections, centre to centre

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && renamed.isEmpty()
                && addedConnections.isEmpty() && removedConnections.isEmpty() && ghosts.isEmpty()
                && ghostConnections.isEmpty();
    }

    // The overlay of a view of the new model under the diff of oldModel against newModel.
    static ViewOverlay forNewView(const ModelDiff &diff, const ModelData &oldModel,
                                  const ModelData &newModel, const ViewId &newView);
    // The overlay of a view of the old model (the left pane of side by side):
    // removed nodes outlined red, changed amber, renamed with the new name; no ghosts.
    static ViewOverlay forOldView(const ModelDiff &diff, const ModelData &oldModel,
                                  const ModelData &newModel, const ViewId &oldView);
};

} // namespace kt
