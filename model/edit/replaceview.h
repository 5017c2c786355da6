#pragma once

#include "edit.h"

namespace kt {

// Puts a whole view into the model: replaces the content of the view with that
// id (nodes, connections, name, settings...), or adds the view when the id is
// new. What "Create/refresh the overall diagram" commits, as one undo step; the
// old view is kept for revert.
class ReplaceView : public Edit
{
public:
    // position: where a new view goes in the model's list (-1 appends); a
    // replaced view keeps its place.
    explicit ReplaceView(View view, qsizetype position = -1);
    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;
    const ViewId &id() const { return m_view.id; }

private:
    bool check(const ModelData &data, View &view, QString &error) const;
    static void noteChanges(const View &before, const View &after, ChangeSet &changes);

    View m_view;
    qsizetype m_position;
    bool m_replaced = false;
    View m_old;
};

} // namespace kt
