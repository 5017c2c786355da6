#pragma once

#include <model/edit/edit.h>

namespace kt {

// Others' work taken into the open model of a repository document (RepoMerge): the
// model's content replaced by the merged one, with the ChangeSet naming exactly what
// differs, so that the model emits one changed() and the views update only that.
// Never on the undo stack (undoing it would undo someone else's commit).
class RemoteChange : public Edit
{
public:
    RemoteChange(ModelData merged, ChangeSet changes, QString text);
    QString text() const override { return m_text; }
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    ModelData m_other; // the merged content before apply, the replaced one after
    ChangeSet m_changes;
    QString m_text;
};

} // namespace kt
