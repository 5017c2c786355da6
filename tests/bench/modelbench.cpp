#include "modelbench.h"

#include <model/edit/elementedits.h>
#include <model/export/componentdiagram.h>
#include <model/export/overalldiagram.h>
#include <model/model.h>
#include <model/validate/validator.h>

namespace kt::bench {

using namespace Qt::StringLiterals;

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
    results.append(benchmark.measure(u"build overall-diagram layout"_s, size, [&]() {
        const View view = OverallDiagram::build(data, nullptr);
        qsizetype shown = 0;
        for (const ViewNode &node : view.nodes)
            shown += node.kind == NodeKind::Element ? 1 : 0;
        benchmark.check(shown == overallElements, u"the overall diagram lacks elements"_s);
    }));
    results.append(benchmark.measure(u"build component-architecture layout"_s, size, [&]() {
        const View view = ComponentDiagram::build(
                data, *data.profile->component(u"technology"_s), nullptr);
        benchmark.check(view.nodes.size() > 1, u"the component architecture is empty"_s);
    }));
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
