#pragma once

#include "layoutoptions.h"
#include "layoutplan.h"
#include "../types/view.h"

#include <QList>
#include <QSet>

#include <limits>

namespace kt {

// The nodes and connections of the overall view while OverallLayout builds it:
// finds free grid spots in a group for new nodes and makes a group taller when
// they do not fit, moving what lies below it down by as much. Nodes are referred
// to by their index, which stays valid (nodes are only appended).
class ViewArranger
{
public:
    ViewArranger(const View &view, const LayoutPlan &plan, const LayoutOptions &options);

    // Drops the nodes of elements that are no longer in the model, with the
    // connections that end on them; nodes nested in a dropped node move up to the
    // nearest ancestor that stays. A parent that is not in the view is cleared.
    void dropMissingElements(const ModelData &data);

    qsizetype size() const { return m_nodes.size(); }
    const ViewNode &node(qsizetype i) const { return m_nodes.at(i); }
    qsizetype findGroup(const QString &layer) const; // the first group node of that layer, or -1
    QSet<ElementId> shownElements() const;
    // The lowest edge of all nodes, or NaN for an empty view.
    double contentBottom() const;

    // Appends a node under a unique id (`node.id` with "-2", "-3"... when taken).
    qsizetype add(ViewNode node);
    // Room for `more` nodes to be added (a big layout adds tens of thousands).
    void reserve(qsizetype more);

    // How placeInGroup() lays boxes out. Fill: in reading order, each in the first
    // free spot (new nodes in a group the user arranged). Rows: a new band's rows,
    // as even as can be (8 nodes that need two rows come as 4 + 4), each spread
    // over the group's width. Stack: a new column's nodes top down, in as many
    // columns side by side as the group is wide for.
    enum class Placement { Fill, Rows, Stack };

    // Finds room for boxes of these sizes (narrowed to the group's inner width if
    // need be) inside group `group`, below its label, clear of every node there by
    // a node gap, on the grid; then grows the group to hold them. Returns their
    // rectangles, in order. `from`: the first row no higher than this (NaN: just
    // below the label).
    QList<QRectF> placeInGroup(qsizetype group, const QList<QSizeF> &sizes,
                               Placement placement = Placement::Fill,
                               double from = std::numeric_limits<double>::quiet_NaN());

    // The nodes in pre-order: `roots` first (those without a parent), then the
    // other top-level nodes as they stood; children in the order they stood. The
    // nodes are moved out: the arranger holds none afterwards (its connections stay).
    QList<ViewNode> takePreOrder(const QList<qsizetype> &roots);
    const QList<ViewConnection> &connections() const { return m_connections; }

    // Groups that stand for a layer or sub-band: they grow along with a band when
    // they span the edge it grows at (a full-height column).
    void setStructural(qsizetype i) { m_structural.insert(i); }

private:
    struct Growth
    {
        QList<bool> grows;
        QList<bool> moves;
        QList<QRectF> stillAreas; // columns that grow along: what is inside stays
    };
    Growth growthOf(qsizetype group) const;
    void grow(const Growth &growth, double edge, double dy);
    QList<qsizetype> ancestors(qsizetype i) const; // the group itself first
    void reindex();

    const LayoutPlan &m_plan;
    const LayoutOptions &m_options;
    QList<ViewNode> m_nodes;
    QList<ViewConnection> m_connections;
    QHash<NodeId, qsizetype> m_index;
    QSet<qsizetype> m_structural;
};

} // namespace kt
