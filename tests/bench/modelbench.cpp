#include "modelbench.h"

#include <model/export/overalldiagram.h>
#include <model/validate/validator.h>

namespace kt::bench {

using namespace Qt::StringLiterals;

QList<Measurement> benchModel(const Benchmark &benchmark, const QString &size,
                              const ModelData &data)
{
    QList<Measurement> results;
    results.append(benchmark.measure(u"validate"_s, size, [&]() {
        // The generator makes valid models: an error means one of them went wrong.
        const QList<Finding> findings = Validator::validate(data);
        benchmark.check(findings.isEmpty() || findings.first().severity != Severity::Error,
                        u"the generated model is not valid: "_s
                                + (findings.isEmpty() ? QString() : findings.first().message));
    }));
    results.append(benchmark.measure(u"build overall-diagram layout"_s, size, [&]() {
        const View view = OverallDiagram::build(data, nullptr);
        benchmark.check(view.nodes.size() > data.elements.size(),
                        u"the overall diagram lacks elements"_s);
    }));
    return results;
}

} // namespace kt::bench
