#pragma once

#include <model/diff/modeldiff.h>
#include <model/modeldata.h>

#include <QCoreApplication>
#include <QString>

namespace kt::cli {

// The text of `kientruc diff`: the element changes grouped by component (the layer
// of the comparison's framework, named in the interface language), each kind of
// change with its entries (id, type, name, old → new), then relationships and
// views, then a summary line.
class DiffText
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::DiffText)

public:
    static QString toText(const ModelData &oldModel, const ModelData &newModel,
                          const ModelDiff &diff);
    static QString summary(const ModelDiff &diff);
};

} // namespace kt::cli
