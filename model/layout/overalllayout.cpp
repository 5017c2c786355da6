#include "overalllayout.h"
#include "bandheadings.h"
#include "layoutplan.h"
#include "viewarranger.h"
#include "../compose/geometry.h"
#include "../compose/orthogonalrouter.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

ViewId freshViewId(const ModelData &data, bool overall)
{
    const QString base = overall ? u"id-overall"_s : u"id-component"_s;
    ViewId id(base);
    for (int n = 2; data.views.contains(id); ++n)
        id = ViewId(base + u'-' + QString::number(n));
    return id;
}

ViewNode groupNode(const LayoutPlan::Group &group, const QRectF &rect, const NodeId &parent)
{
    ViewNode node;
    // "/" is no identifier character; "." is, and no layer or band id has one.
    node.id = NodeId(u"g-"_s + QString(group.key).replace(u'/', u'.'));
    node.kind = NodeKind::Group;
    node.parent = parent;
    node.bounds = rect;
    node.label = group.label;
    node.layer = group.key;
    return node;
}

// With All: one connection per relationship whose two ends the view shows, on
// the first node of each end, new ones routed orthogonally around the view's
// nodes (OrthogonalRouter::routeAround, all together). Connections that
// still show their relationship stay as they are (ids, bendpoints, style); the
// others go. With None: only connections that show no relationship stay.
QList<ViewConnection> connectionsFor(const ModelData &data, const View &view,
                                     const QList<ViewConnection> &existing,
                                     OverallConnections choice)
{
    const Collection<NodeId, ViewNode> &nodes = view.nodes;
    const bool all = choice == OverallConnections::All;
    QHash<NodeId, const ViewNode *> byId;
    QHash<ElementId, NodeId> shownBy;
    for (const ViewNode &node : nodes) {
        byId.insert(node.id, &node);
        if (node.kind == NodeKind::Element && !shownBy.contains(node.element))
            shownBy.insert(node.element, node.id);
    }
    QList<ViewConnection> result;
    QSet<ConnectionId> ids;
    QSet<RelationshipId> shown;
    for (const ViewConnection &c : existing) {
        const ViewNode *source = byId.value(c.source);
        const ViewNode *target = byId.value(c.target);
        if (!source || !target)
            continue;
        if (!c.relationship.isNull()) {
            if (!all)
                continue;
            const Relationship *r = data.relationships.find(c.relationship);
            if (!r || r->source != source->element || r->target != target->element)
                continue;
            shown.insert(c.relationship);
        }
        ids.insert(c.id);
        result.append(c);
    }
    if (!all)
        return result;
    QList<ViewConnection> fresh;
    for (const Relationship &r : data.relationships) {
        if (shown.contains(r.id) || !shownBy.contains(r.source) || !shownBy.contains(r.target))
            continue;
        const QString base = u"c-"_s + r.id.toString();
        ConnectionId id(base);
        for (int n = 2; ids.contains(id); ++n)
            id = ConnectionId(base + u'-' + QString::number(n));
        ids.insert(id);
        const NodeId source = shownBy.value(r.source);
        const NodeId target = shownBy.value(r.target);
        fresh.append(ViewConnection{id, r.id, source, target, {}, {}, {}, {}});
    }
    const OrthogonalRouter::Routes routes = OrthogonalRouter::routeAround(view, fresh);
    for (ViewConnection &c : fresh) {
        c.bendpoints = routes.bendpoints.value(c.id);
        result.append(std::move(c));
    }
    return result;
}

} // namespace

View OverallLayout::build(const ModelData &data, const View *existing, const TextMeasure &measure,
                          const LayoutOptions &options)
{
    return build(data, existing, measure, options, LayoutScope());
}

View OverallLayout::build(const ModelData &data, const View *existing, const TextMeasure &measure,
                          const LayoutOptions &given, const LayoutScope &scope)
{
    // Lines need room between the nodes; a diagram without them is compact.
    LayoutOptions options = given;
    if (options.connections == OverallConnections::All)
        for (double *gap : {&options.nodeGapX, &options.nodeGapY, &options.bandGap})
            *gap = std::max(*gap, options.connectedGap);

    View view;
    if (existing) {
        view = *existing;
    } else {
        view.id = freshViewId(data, scope.overall);
        view.name = scope.overall
                ? QCoreApplication::translate("kt::OverallLayout", "Overall diagram")
                : QCoreApplication::translate("kt::OverallLayout", "Component architecture");
        view.kind = ViewKind::Component;
    }
    if (scope.overall)
        view.kind = ViewKind::Overall;

    const LayoutPlan plan(data, view.settings, measure, options, scope);
    const QList<LayoutPlan::Group> &groups = plan.groups();
    ViewArranger arranger(view, plan, options);
    arranger.dropMissingElements(data);
    qsizetype placed = groups.size();
    for (const LayoutPlan::Group &group : groups)
        placed += group.elements.size() + group.aligned.size();
    arranger.reserve(placed);

    // The view's group for each group of the plan: the first group node naming its
    // layer; a sub-band only counts inside its band's group.
    QList<qsizetype> nodeOf(groups.size(), -1);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype parent = groups.at(i).parent;
        if (parent < 0 || nodeOf.at(parent) >= 0)
            nodeOf[i] = arranger.findGroup(groups.at(i).key);
        if (nodeOf.at(i) >= 0)
            arranger.setStructural(nodeOf.at(i));
    }

    // Layer groups the view lacks come as a fresh layout would have them, all
    // moved by one offset to below everything the view has (so they overlap
    // nothing, nor each other). A missing sub-band of a band the view has is
    // made when its elements are placed, below.
    double planTop = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < groups.size(); ++i)
        if (nodeOf.at(i) < 0 && groups.at(i).parent < 0)
            planTop = std::min(planTop, groups.at(i).rect.top());
    const double bottom = arranger.contentBottom();
    const double dy = std::isnan(bottom) || std::isinf(planTop)
            ? 0
            : plan.snap(bottom + options.bandGap) - plan.snap(planTop);
    QList<bool> created(groups.size(), false);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype parent = groups.at(i).parent;
        if (nodeOf.at(i) >= 0 || (parent >= 0 && !created.at(parent)))
            continue;
        const NodeId parentId = parent >= 0 ? arranger.node(nodeOf.at(parent)).id : NodeId();
        nodeOf[i] = arranger.add(
                groupNode(groups.at(i), groups.at(i).rect.translated(0, dy), parentId));
        arranger.setStructural(nodeOf.at(i));
        created[i] = true;
    }

    const QSet<ElementId> shown = arranger.shownElements();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const LayoutPlan::Group &group = groups.at(i);
        if (nodeOf.at(i) < 0) {
            const qsizetype band = nodeOf.at(group.parent);
            const double width = arranger.node(band).bounds.width() - 2 * options.groupPadding;
            const QSizeF size(width,
                              plan.headerHeight(group.label, width) + group.cell.height()
                                      + options.groupPadding);
            const QRectF rect = arranger.placeInGroup(band, {size}).constFirst();
            nodeOf[i] = arranger.add(groupNode(group, rect, arranger.node(band).id));
            arranger.setStructural(nodeOf.at(i));
            created[i] = true;
        }
        // Rows of a new band are balanced, a new column is stacked; in a group the
        // user has, new nodes take the free spots as they come.
        const bool column = group.role == LayoutPlan::Role::Column
                || group.role == LayoutPlan::Role::SideColumn;
        const ViewArranger::Placement placement = !created.at(i) ? ViewArranger::Placement::Fill
                : column                                         ? ViewArranger::Placement::Stack
                                                                 : ViewArranger::Placement::Rows;
        const auto place = [&](const QList<ElementId> &elements, const QList<QSizeF> &sizes,
                               double from) {
            QList<ElementId> fresh;
            QList<QSizeF> freshSizes;
            for (qsizetype k = 0; k < elements.size(); ++k) {
                if (!shown.contains(elements.at(k))) {
                    fresh.append(elements.at(k));
                    freshSizes.append(sizes.at(k));
                }
            }
            const QList<QRectF> spots =
                    arranger.placeInGroup(nodeOf.at(i), freshSizes, placement, from);
            const NodeId parent = arranger.node(nodeOf.at(i)).id;
            for (qsizetype k = 0; k < fresh.size(); ++k) {
                ViewNode node;
                node.id = NodeId(u"n-"_s + fresh.at(k).toString());
                node.element = fresh.at(k);
                node.parent = parent;
                node.bounds = spots.at(k);
                arranger.add(std::move(node));
            }
        };
        // Elements level with a band first (the national platforms beside LGSP), at
        // the height of its first row; the others fill the column around them.
        if (group.alignedBand >= 0 && nodeOf.at(group.alignedBand) >= 0) {
            const ViewNode &band = arranger.node(nodeOf.at(group.alignedBand));
            const double rowTop = plan.headingRoom(band.layer) > 0
                    ? options.groupPadding // a band of one row beside its heading
                    : plan.headerHeight(band.label, band.bounds.width());
            place(group.aligned, group.alignedSizes, band.bounds.top() + rowTop);
        } else {
            place(group.aligned, group.alignedSizes, std::numeric_limits<double>::quiet_NaN());
        }
        place(group.elements, group.sizes, std::numeric_limits<double>::quiet_NaN());
    }

    QList<qsizetype> roots;
    for (qsizetype i = 0; i < groups.size(); ++i)
        if (groups.at(i).parent < 0)
            roots.append(nodeOf.at(i));
    view.nodes = {};
    QList<ViewNode> nodes = arranger.takePreOrder(roots);
    view.nodes.reserve(nodes.size());
    for (ViewNode &node : nodes)
        view.nodes.append(std::move(node));
    // Headings as the view's style says, numbered in reading order; a label the
    // user wrote stays.
    BandHeadings::apply(*data.profile, view);
    view.connections = {};
    for (const ViewConnection &c :
         connectionsFor(data, view, arranger.connections(), options.connections))
        view.connections.append(c);
    // No setting means None, so that views made before the choice existed keep theirs.
    if (options.connections == OverallConnections::All)
        view.settings.insert(connectionsSetting(), connectionsName(options.connections));
    else
        view.settings.remove(connectionsSetting());
    return view;
}

QString OverallLayout::connectionsSetting()
{
    return u"connections"_s;
}

QString OverallLayout::connectionsName(OverallConnections connections)
{
    return connections == OverallConnections::All ? u"all"_s : u"none"_s;
}

std::optional<OverallConnections> OverallLayout::parseConnections(const QString &text)
{
    if (text == u"none")
        return OverallConnections::None;
    if (text == u"all")
        return OverallConnections::All;
    return std::nullopt;
}

OverallConnections OverallLayout::connectionsOf(const QMap<QString, QString> &settings)
{
    return parseConnections(settings.value(connectionsSetting()))
            .value_or(OverallConnections::None);
}

} // namespace kt
