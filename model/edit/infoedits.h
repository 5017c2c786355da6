#pragma once

#include "setfield.h"

namespace kt {

// Replaces the model information (province, version, decision, ...) as one step.
// The framework id is not changed this way: that is a conversion of the model.
class SetModelInfo : public Edit
{
public:
    explicit SetModelInfo(ModelInfo info);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ModelInfo m_new;
    ModelInfo m_old;
};

} // namespace kt
