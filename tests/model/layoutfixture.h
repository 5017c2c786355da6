// Helpers of the layout suites (tst_layout, tst_layoutbands): the example models,
// look-ups in a laid-out view, and the promises every layout keeps.
#pragma once

#include <support/samplemodel.h>

#include <model/io/exchangereader.h>
#include <model/layout/overalllayout.h>

#include <QString>

#include <algorithm>
#include <cmath>

namespace kt::test::layout {

using namespace Qt::StringLiterals;


inline View layout(const ModelData &data, const View *existing = nullptr, const LayoutOptions &o = {})
{
    return OverallLayout::build(data, existing, estimatedTextMeasure(), o);
}

inline LayoutOptions withConnections(OverallConnections connections = OverallConnections::All)
{
    LayoutOptions o;
    o.connections = connections;
    return o;
}

inline ModelData example(const QString &name)
{
    ModelData data;
    ExchangeReader reader;
    if (!reader.readFile(QStringLiteral(KT_SOURCE_DIR "/resources/examples/") + name, data))
        qFatal("%s", qPrintable(reader.errorString()));
    return data;
}

inline Element element(const QString &id, const QString &type, const QString &name)
{
    return Element{ElementId(id), type, name, {}, {}, {}};
}

inline Relationship relationship(const QString &id, const ElementId &source, const ElementId &target)
{
    Relationship r;
    r.id = RelationshipId(id);
    r.type = u"generic-relationship"_s;
    r.source = source;
    r.target = target;
    return r;
}

// A big model: every element type of the profile in turn (and one type the
// profile does not know), names from a fixed pseudo-random sequence, a
// relationship between neighbours.
inline ModelData generatedModel(int count)
{
    ModelData data = test::emptyModel();
    const QList<ElementType> &types = data.profile->elementTypes();
    const QStringList words = {u"H\u1ec7 th\u1ed1ng"_s,
                               u"C\u01a1 s\u1edf d\u1eef li\u1ec7u"_s,
                               u"\u0110\u00e0 N\u1eb5ng"_s,
                               u"qu\u1ea3n l\u00fd"_s,
                               u"s\u1ed1"_s,
                               u"t\u00edch h\u1ee3p v\u00e0 chia s\u1ebb d\u1eef li\u1ec7u"_s};
    quint32 seed = 12345;
    for (int i = 0; i < count; ++i) {
        seed = seed * 1664525u + 1013904223u;
        QString name = words.at((seed >> 8) % words.size()) + u' '
                + words.at((seed >> 16) % words.size()) + u' ' + QString::number(seed % 1000);
        const QString type = i == 7 ? u"no-such-type"_s : types.at(i % types.size()).id;
        data.elements.append(element(u"id-g-"_s + QString::number(i), type, name));
        if (i > 0)
            data.relationships.append(relationship(u"id-gr-"_s + QString::number(i),
                                                   data.elements.at(i - 1).id,
                                                   data.elements.at(i).id));
    }
    return data;
}

inline const ViewNode *group(const View &view, const QString &layer)
{
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Group && node.layer == layer)
            return &node;
    return nullptr;
}

inline const ViewNode *nodeOf(const View &view, const ElementId &id)
{
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Element && node.element == id)
            return &node;
    return nullptr;
}

inline QList<const ViewNode *> elementNodes(const View &view)
{
    QList<const ViewNode *> nodes;
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Element)
            nodes.append(&node);
    return nodes;
}

// The first pair of element nodes that overlap, or an empty string. A sweep over
// the nodes sorted by left edge, so that 5,000 nodes check quickly.
inline QString overlap(const View &view)
{
    QList<const ViewNode *> nodes = elementNodes(view);
    std::sort(nodes.begin(), nodes.end(), [](const ViewNode *a, const ViewNode *b) {
        return a->bounds.left() < b->bounds.left();
    });
    for (qsizetype i = 0; i < nodes.size(); ++i)
        for (qsizetype j = i + 1;
             j < nodes.size() && nodes.at(j)->bounds.left() < nodes.at(i)->bounds.right(); ++j)
            if (nodes.at(i)->bounds.intersects(nodes.at(j)->bounds))
                return u"%1 overlaps %2"_s.arg(nodes.at(i)->id.toString(),
                                               nodes.at(j)->id.toString());
    return {};
}

// Everything a layout promises, the first broken promise in words. `fresh`: also
// every rectangle on the 10-point grid.
inline QString checkLayout(const ModelData &data, const View &view, bool fresh)
{
    if (const QString o = overlap(view); !o.isEmpty())
        return o;
    QHash<ElementId, int> shown;
    QList<NodeId> open; // ancestors of the current node: pre-order check
    for (const ViewNode &node : view.nodes) {
        if (node.kind == NodeKind::Element)
            ++shown[node.element];
        while (!open.isEmpty() && open.last() != node.parent)
            open.removeLast();
        if (!node.parent.isNull()) {
            if (open.isEmpty())
                return u"%1 does not follow its parent %2"_s.arg(node.id.toString(),
                                                                 node.parent.toString());
            const ViewNode *parent = view.nodes.find(node.parent);
            if (node.kind != NodeKind::Note && !parent->bounds.contains(node.bounds))
                return u"%1 is outside its group %2"_s.arg(node.id.toString(),
                                                           parent->id.toString());
        }
        open.append(node.id);
        if (fresh) {
            const QRectF &r = node.bounds;
            for (double v : {r.x(), r.y(), r.width(), r.height()})
                if (std::fmod(v, 10) != 0)
                    return u"%1 is off the 10-point grid"_s.arg(node.id.toString());
        }
    }
    // Every element of a layer the overall diagram shows is shown once; every layer
    // and sub-band that holds elements has its group (a fresh layout: only those).
    QSet<QString> used;
    for (const Element &e : data.elements) {
        const ElementType *type = data.profile->elementType(e.type);
        if (!type)
            type = data.profile->importElementType(QString());
        const Layer *layer = data.profile->layer(type->layer);
        if (layer->placement != LayerPlacement::Band && layer->placement != LayerPlacement::Column
            && layer->placement != LayerPlacement::Side)
            continue;
        if (shown.value(e.id) != 1)
            return u"%1 is shown %2 times"_s.arg(e.id.toString()).arg(shown.value(e.id));
        used.insert(type->layer);
        if (!type->band.isEmpty())
            used.insert(type->layer + u'/' + type->band);
    }
    QList<const ViewNode *> groups;
    for (const Layer &layer : data.profile->layers()) {
        QStringList keys{layer.id};
        for (const Band &band : layer.bands)
            keys.append(layer.id + u'/' + band.id);
        for (const QString &key : keys) {
            const ViewNode *g = group(view, key);
            if (g)
                groups.append(g);
            if (!g && (used.contains(key) || (key == layer.id && layer.bands.size() > 0
                                              && std::any_of(keys.begin(), keys.end(),
                                                             [&](const QString &k) {
                                                                 return used.contains(k);
                                                             }))))
                return u"%1 has no group"_s.arg(key);
            if (g && fresh && !used.contains(key) && key.contains(u'/'))
                return u"the empty sub-band %1 has a group"_s.arg(key);
        }
    }
    for (const ViewNode *a : groups)
        for (const ViewNode *b : groups)
            if (a != b && a->parent == b->parent && a->bounds.intersects(b->bounds))
                return u"groups %1 and %2 overlap"_s.arg(a->layer, b->layer);
    return {};
}

// The middle of the widest gap between the nodes of a group's first row (its
// edges count): where a user can drop a node without touching another.
inline double widestGap(const View &view, const NodeId &groupId, double *gapWidth)
{
    const QRectF g = view.nodes.find(groupId)->bounds;
    QList<QRectF> row;
    for (const ViewNode &node : view.nodes)
        if (node.parent == groupId)
            row.append(node.bounds);
    std::sort(row.begin(), row.end(),
              [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    double left = g.left();
    double best = 0, middle = g.center().x();
    for (const QRectF &r : std::as_const(row)) {
        if (r.top() > row.constFirst().top())
            continue;
        if (r.left() - left > best) {
            best = r.left() - left;
            middle = (left + r.left()) / 2;
        }
        left = r.right();
    }
    if (g.right() - left > best) {
        best = g.right() - left;
        middle = (left + g.right()) / 2;
    }
    *gapWidth = best;
    return middle;
}

inline double aspect(const View &view)
{
    QRectF all;
    for (const ViewNode &node : view.nodes)
        all |= node.bounds;
    return (all.width() + 40) / (all.height() + 40); // with the margins
}


// The elements the overall diagram shows: all but those of the layers shown only
// in component architectures (business, data).
inline bool inOverall(const ModelData &data, const ElementId &id)
{
    const Element *e = data.elements.find(id);
    const ElementType *type = e ? data.profile->elementType(e->type) : nullptr;
    return !type || data.profile->layer(type->layer)->placement != LayerPlacement::Component;
}

inline qsizetype overallElementCount(const ModelData &data)
{
    return std::count_if(data.elements.begin(), data.elements.end(),
                         [&](const Element &e) { return inOverall(data, e.id); });
}

// The relationships the overall diagram can show: between two of those elements.
inline qsizetype overallRelationshipCount(const ModelData &data)
{
    return std::count_if(data.relationships.begin(), data.relationships.end(),
                         [&](const Relationship &r) {
                             return inOverall(data, r.source) && inOverall(data, r.target);
                         });
}

} // namespace kt::test::layout
