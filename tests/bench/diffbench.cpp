#include "diffbench.h"

#include <model/diff/modeldiff.h>

#include <QFile>
#include <QHash>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

// A figure of /proc/self/status ("VmRSS", "VmHWM") in KiB, or -1.
qint64 statusKiB(QByteArrayView field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The resident size now, with what the allocator freed given back first, so that
// it measures what is held.
qint64 residentKiB()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    return statusKiB("VmRSS");
}

// Makes the peak resident size (VmHWM) start again from the present size.
bool resetPeak()
{
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5", 1) == 1;
}

// Another type of the same layer, or the type itself when its layer has one.
QString sibling(const Profile &profile, const QString &type)
{
    const ElementType *own = profile.elementType(type);
    if (!own)
        return type;
    for (const ElementType &t : profile.elementTypes())
        if (t.layer == own->layer && t.id != type && !t.generic)
            return t.id;
    return type;
}

} // namespace

ModelData changedCopy(const ModelData &data)
{
    ModelData copy = data;
    const qsizetype elements = data.elements.size();
    if (elements == 0 || data.relationships.isEmpty())
        return copy;
    QSet<ElementId> removed;
    for (qsizetype i = 0; i < elements; i += 20) {
        Element *e = copy.elements.find(data.elements.at(i).id);
        switch ((i / 20) % 5) {
        case 0:
            e->name += u" (2)"_s;
            break;
        case 1:
            e->properties.insert(u"owner"_s, e->property(u"owner"_s) + u" 2"_s);
            break;
        case 2:
            e->documentation += u" (rev. 2)"_s;
            break;
        case 3:
            e->type = sibling(*data.profile, e->type);
            break;
        default:
            removed.insert(e->id);
        }
    }
    copy.elements.takeAll(removed);

    QSet<RelationshipId> gone;
    for (qsizetype j = 0; j < data.relationships.size(); ++j) {
        const Relationship &r = data.relationships.at(j);
        if (removed.contains(r.source) || removed.contains(r.target)) {
            gone.insert(r.id);
        } else if (j % 20 == 0) {
            Relationship *c = copy.relationships.find(r.id);
            switch ((j / 20) % 3) {
            case 0:
                gone.insert(r.id);
                break;
            case 1:
                c->name += u" (2)"_s;
                break;
            default:
                c->documentation += u" (rev. 2)"_s;
            }
        }
    }
    copy.relationships.takeAll(gone);

    // As many added as removed, each with a relationship to an element kept.
    QList<ElementId> added;
    for (qsizetype k = 0; k < removed.size(); ++k) {
        const Element &model = data.elements.at((k * 37 + 1) % elements);
        Element e;
        e.id = ElementId(u"id-bench-added-%1"_s.arg(k));
        e.type = model.type;
        e.name = u"Added system %1"_s.arg(k);
        copy.elements.append(e);
        added.append(e.id);
        const ElementId other = data.elements.at((k * 101 + 3) % elements).id;
        if (removed.contains(other))
            continue;
        Relationship r;
        r.id = RelationshipId(u"id-bench-added-r-%1"_s.arg(k));
        r.type = data.relationships.at(k % data.relationships.size()).type;
        r.source = e.id;
        r.target = other;
        copy.relationships.append(r);
    }

    QSet<ViewId> viewsGone;
    for (qsizetype v = 0; v < data.views.size(); ++v) {
        View *view = copy.views.find(data.views.at(v).id);
        if (v % 20 == 0 && (v / 20) % 2 == 0) {
            viewsGone.insert(view->id);
            continue;
        }
        if (v % 20 == 0)
            view->name += u" (2)"_s;
        QSet<NodeId> nodesGone;
        for (qsizetype n = 0; n < view->nodes.size(); ++n) {
            const ViewNode &node = view->nodes.at(n);
            if (node.kind == NodeKind::Element && removed.contains(node.element))
                nodesGone.insert(node.id);
            else if (n % 20 == 0)
                view->nodes.find(node.id)->bounds.translate(10, 10);
            else if (n % 40 == 1)
                view->nodes.find(node.id)->bounds.setWidth(node.bounds.width() + 20);
        }
        QSet<ConnectionId> linesGone;
        for (const ViewConnection &c : view->connections)
            if (nodesGone.contains(c.source) || nodesGone.contains(c.target)
                || gone.contains(c.relationship))
                linesGone.insert(c.id);
        view->nodes.takeAll(nodesGone);
        view->connections.takeAll(linesGone);
        if (v < added.size())
            view->nodes.append({ NodeId(u"id-bench-added-n-%1"_s.arg(v)), NodeKind::Element,
                added.at(v), {}, QRectF(-200, -200, 120, 55), {}, {}, {}, {} });
    }
    copy.views.takeAll(viewsGone);
    return copy;
}

QList<Measurement> benchDiff(
    const Benchmark &benchmark, const QString &size, const ModelData &data, const ModelData &copy)
{
    qsizetype removed = 0;
    for (const Element &e : data.elements)
        removed += copy.elements.contains(e.id) ? 0 : 1;
    // The floor: a keyed hash join of the two models' ids, the least any diff must
    // do to pair what it compares. Each id of the model is looked up in the copy's
    // hash of the same kind (the QHash over ids that every collection of a model
    // holds, as the differ uses it: building another would be work the diff does
    // not do): what is found is paired, what is not was removed, what is left of
    // the copy was added. Within each pair of views the same for their nodes and
    // connections. Nothing is compared.
    const Benchmark::Floor floor {
        u"keyed hash join of both models' ids (views: with their nodes and connections)"_s,
        [&]() {
            qsizetype elementsPaired = 0;
            qsizetype paired = 0;
            const auto join = [&paired](const auto &base, const auto &other, auto &&onPair) {
                qsizetype found = 0;
                for (qsizetype i = 0; i < base.size(); ++i) {
                    const qsizetype j = other.indexOf(base.at(i).id);
                    if (j < 0)
                        continue;
                    ++found;
                    onPair(i, j);
                }
                paired += found;
                return found;
            };
            const auto none = [](qsizetype, qsizetype) {};
            elementsPaired = join(data.elements, copy.elements, none);
            join(data.relationships, copy.relationships, none);
            join(data.views, copy.views, [&](qsizetype a, qsizetype b) {
                const View &base = data.views.at(a);
                const View &other = copy.views.at(b);
                join(base.nodes, other.nodes, none);
                join(base.connections, other.connections, none);
            });
            benchmark.check(data.elements.size() - elementsPaired == removed,
                u"the diff floor paired the elements wrongly"_s);
            benchmark.check(paired > 0, u"the diff floor paired nothing"_s);
        }
    };
    QList<Measurement> results;
    results.append(benchmark.measure(
        diffOperation(), size,
        [&]() {
            const ModelDiff diff = ModelDiffer::compare(data, copy);
            const DiffCounts counts = diff.elementCounts();
            // Every 20th element changed, a fifth of them removed and as many added.
            benchmark.check(counts.removed == removed && counts.added == counts.removed,
                u"the diff of the changed copy found %1 removed, %2 added elements"_s
                    .arg(counts.removed)
                    .arg(counts.added));
        },
        floor));
    return results;
}

QJsonObject diffMemory(const Benchmark &benchmark, const std::function<bool(ModelData &)> &load,
    ModelData &data, ModelData &copy)
{
    const qint64 start = residentKiB();
    if (!load(data))
        return {};
    const qint64 loaded = residentKiB();
    copy = changedCopy(data);
    const qint64 copied = residentKiB();
    if (start < 0 || !resetPeak())
        return {};
    qint64 peak = 0;
    {
        const ModelDiff diff = ModelDiffer::compare(data, copy);
        benchmark.check(!diff.isEmpty(), u"the diff of the changed copy is empty"_s);
        peak = statusKiB("VmHWM");
    }
    return { { u"modelKiB"_s, loaded - start }, { u"copyKiB"_s, copied - loaded },
        { u"diffPeakKiB"_s, peak - copied }, { u"peakKiB"_s, peak - start } };
}

} // namespace kt::bench
