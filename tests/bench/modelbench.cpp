#include "modelbench.h"

#include <model/edit/elementedits.h>
#include <model/export/componentdiagram.h>
#include <model/export/overalldiagram.h>
#include <model/export/painter/diagramstyle.h>
#include <model/model.h>
#include <model/validate/validator.h>

#include <QFontMetricsF>
#include <QHash>

#include <cmath>

namespace kt::bench {

using namespace Qt::StringLiterals;

namespace {

// Each name on the view measured once, as cheaply as any program can with the
// painter's label font: each distinct word shaped once, a name's width the sum of
// its words' and spaces' advances (no line broken, no group sized). Returns the
// widths' sum, so that nothing is left out.
double measureNames(const ModelData &data, const View &view)
{
    const QFontMetricsF metrics(DiagramStyle::labelFont());
    const double space = metrics.horizontalAdvance(u' ');
    QHash<QStringView, double> words;
    double total = 0;
    for (const ViewNode &node : view.nodes) {
        const Element *element
            = node.kind == NodeKind::Element ? data.elements.find(node.element) : nullptr;
        const QString &name = element ? element->name : node.label;
        for (const QStringView word : QStringView(name).tokenize(u' ', Qt::SkipEmptyParts)) {
            auto it = words.constFind(word);
            if (it == words.cend())
                it = words.insert(word, metrics.horizontalAdvance(word.toString()));
            total += *it + space;
        }
    }
    return total;
}

// The floor of a layout: the nodes and connections of the laid-out view (its ids,
// kinds, elements, groups, labels and relationships, taken before the timing) made
// anew and placed on a square grid of equal cells, each name measured once
// (measureNames). Any layout must at least make these and know how wide each name
// is; the floor places them without wrapping a name or sizing a group.
View onGrid(const View &laidOut)
{
    View view;
    view.id = laidOut.id;
    view.kind = laidOut.kind;
    view.name = laidOut.name;
    view.settings = laidOut.settings;
    const qsizetype columns
        = std::max<qsizetype>(1, qsizetype(std::ceil(std::sqrt(double(laidOut.nodes.size())))));
    qsizetype i = 0;
    for (const ViewNode &source : laidOut.nodes) {
        ViewNode node;
        node.id = NodeId(source.id.toString());
        node.kind = source.kind;
        node.element = source.element;
        node.parent = source.parent;
        node.label = source.label;
        node.layer = source.layer;
        node.bounds = QRectF(double(i % columns) * 160, double(i / columns) * 80, 120, 55);
        view.nodes.append(std::move(node));
        ++i;
    }
    for (const ViewConnection &source : laidOut.connections) {
        ViewConnection connection;
        connection.id = ConnectionId(source.id.toString());
        connection.relationship = source.relationship;
        connection.source = source.source;
        connection.target = source.target;
        view.connections.append(std::move(connection));
    }
    return view;
}

// The floor of building the layout `laidOut`, with a check that it made all.
Benchmark::Floor gridFloor(const Benchmark &benchmark, const ModelData &data, const View &laidOut)
{
    return { u"the same nodes on a grid, each name measured once"_s,
        [&benchmark, &data, &laidOut]() {
            const View view = onGrid(laidOut);
            benchmark.check(
                view.nodes.size() == laidOut.nodes.size(), u"the grid floor lost nodes"_s);
            benchmark.check(view.nodes.isEmpty() || measureNames(data, view) > 0,
                u"the grid floor measured no name"_s);
        } };
}

} // namespace

QList<Measurement> benchModel(
    const Benchmark &benchmark, const QString &size, const ModelData &data)
{
    QList<Measurement> results;
    results.append(benchmark.measure(u"validate"_s, size, [&]() {
        // The generator makes valid models: an error means one of them went wrong.
        const QList<Finding> findings = Validator::validate(data);
        benchmark.check(findings.isEmpty() || findings.first().severity != Severity::Error,
            u"the generated model is not valid: "_s
                + (findings.isEmpty() ? QString() : findings.first().message));
    }));
    // The overall diagram shows every element but those of the layers drawn only in
    // the component architectures (business, data).
    const qsizetype overallElements =
            std::count_if(data.elements.begin(), data.elements.end(), [&](const Element &e) {
                const ElementType *type = data.profile->elementType(e.type);
                return !type
                        || data.profile->layer(type->layer)->placement
                        != LayerPlacement::Component;
            });
    // The layouts are built once before the timing: their floors make the same nodes.
    const ComponentArchitecture &technology = *data.profile->component(u"technology"_s);
    const View overall = benchmark.wanted(u"build overall-diagram layout"_s)
        ? OverallDiagram::build(data, nullptr)
        : View();
    const View component = benchmark.wanted(u"build component-architecture layout"_s)
        ? ComponentDiagram::build(data, technology, nullptr)
        : View();
    results.append(benchmark.measure(
        u"build overall-diagram layout"_s, size,
        [&]() {
            const View view = OverallDiagram::build(data, nullptr);
            qsizetype shown = 0;
            for (const ViewNode &node : view.nodes)
                shown += node.kind == NodeKind::Element ? 1 : 0;
            benchmark.check(shown == overallElements, u"the overall diagram lacks elements"_s);
        },
        gridFloor(benchmark, data, overall)));
    results.append(benchmark.measure(
        u"build component-architecture layout"_s, size,
        [&]() {
            const View view = ComponentDiagram::build(data, technology, nullptr);
            benchmark.check(view.nodes.size() > 1, u"the component architecture is empty"_s);
        },
        gridFloor(benchmark, data, component)));
    // Deleting a selection of elements spread over the model (every hundredth),
    // with their relationships and nodes, and undoing it: an edit as the editor
    // pushes it. The warm-up pays for the model's copy of the data.
    Model model(data);
    QSet<ElementId> selection;
    for (qsizetype i = 0; i < data.elements.size(); i += 100)
        selection.insert(data.elements.at(i).id);
    results.append(benchmark.measure(u"delete 1% of elements, undo"_s, size, [&]() {
        RemoveElements edit(selection);
        QString error;
        benchmark.check(model.apply(edit, &error), error);
        model.revert(edit);
        benchmark.check(model.data().elements.size() == data.elements.size(),
            u"undoing the deletion lost elements"_s);
    }));
    return results;
}

} // namespace kt::bench
