#pragma once

#include "repomerge.h"

#include <model/edit/edit.h>

#include <QSet>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace kt {

class Model;

// The one adapter between model Edits and QUndoStack. The edit is applied before
// the command is pushed (so that a refused edit never reaches the stack); the
// stack's first redo() is therefore skipped.
//
// In a repository document, others' work may change a field this step wrote (RepoLink):
// the step is then overtaken, and undoing or redoing it would overwrite their newer
// change. It then changes nothing, reports why, and leaves the stack (obsolete). Their
// change of another field of the same object does not overtake it.
class EditCommand : public QUndoCommand
{
public:
    // fields: what the edit wrote, by object (RepoMerge::fieldChanges);
    // refused: told why an overtaken step was not undone or redone, and whether it was
    // being undone (true) or redone, before the stack drops it.
    EditCommand(Model &model, std::unique_ptr<Edit> edit, RepoFieldChanges fields = {},
                std::function<void(const QString &, bool undoing)> refused = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const Edit &edit() const { return *m_edit; }
    const RepoFieldChanges &fields() const { return m_fields; }
    // The views the step changes (or removes): a view someone else claimed in the
    // repository is not changed by an undo or redo either (Document::undo()).
    const QSet<ViewId> &views() const { return m_views; }
    void setViews(QSet<ViewId> views) { m_views = std::move(views); }
    // message: what changed which object since, for the refusal.
    void overtake(const QString &message) { m_overtaken = message; }
    bool isOvertaken() const { return !m_overtaken.isEmpty(); }

private:
    bool refuseOvertaken(bool undoing);

    Model &m_model;
    std::unique_ptr<Edit> m_edit;
    RepoFieldChanges m_fields;
    QSet<ViewId> m_views;
    std::function<void(const QString &, bool)> m_refused;
    QString m_overtaken;
    bool m_applied = true; // the edit's effect is in the model
};

} // namespace kt
