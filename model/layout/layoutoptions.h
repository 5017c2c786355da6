#pragma once

#include <QStringList>

namespace kt {

// Which connections the overall diagram shows: none (the default), or one per
// relationship among the elements it shows. Remembered in the view setting
// "connections" ("all"; no setting is none).
enum class OverallConnections { None, All };

// Dimensions of the overall diagram, in diagram units (points at 100 %). The
// defaults are multiples of `grid`, so that every group and node of a fresh
// layout lands on the grid; other values work, only less tidily.
struct LayoutOptions
{
    double grid = 10; // positions and sizes are snapped up to this step
    double margin = 20; // around the whole diagram
    double bandGap = 10; // between bands, side columns and the external systems
    double subBandGap = 10; // between the sub-bands of a band
    double groupPadding = 10; // inside a group, left, right and below its nodes
    double headerHeight = 20; // the strip at the top of a group: one line of its heading, drawn close under the edge
    double headerPadding = 1; // around a group label (a label that wraps makes the strip taller)
    // Between nodes of a grid row and between rows: compact, for a diagram without
    // lines (issue 9: readable on paper). When connections are shown, the gaps (and
    // the band gap) are at least connectedGap, room for lines between the nodes.
    double nodeGapX = 10;
    double nodeGapY = 10;
    double connectedGap = 20;
    double minNodeWidth = 100;
    double maxNodeWidth = 200;
    double nodeHeight = 40; // the least height of an element node
    double iconSize = 16; // room for the type icon (14) at the node's top left; the label is beside it
    double nodePadding = 6; // around the icon and the label inside a node
    double labelPaddingY = 5; // above and below the label (round and slanted shapes need it)
    int maxLabelLines = 3; // a node is made wider (up to maxNodeWidth) until its name fits
    // The same for the side columns' width. Their nodes are each as tall as their
    // names, so a longer name costs only its own height: narrower columns leave the
    // bands more of the page.
    int columnLabelLines = 4;
    // The page the layout aims at, width / height: the band width is chosen so that
    // the whole diagram, with `reservedBelow` more height for a legend and a title
    // block under the bands (the side columns run down beside them), comes out
    // largest when fitted to a landscape A-series page's printable area (277 x 190 mm).
    double targetAspect = 1.45;
    double reservedBelow = 130;
    // None drops the connections that show relationships (never the relationships);
    // All adds the missing ones, routed orthogonally, and keeps those there are.
    OverallConnections connections = OverallConnections::None;
};

// What a laid-out view shows: the overall diagram (every layer the profile places in it), or one
// component architecture: the layers listed (with all their sub-bands), single sub-bands
// ("<layer>/<band>"), and further element types.
struct LayoutScope {
    bool overall = true;
    QStringList layers;
    QStringList bands;
    QStringList elementTypes;
};

} // namespace kt
