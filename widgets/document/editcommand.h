#pragma once

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
// In a repository document, others' work may change an object this step changed
// (RepoLink): the step is then overtaken, and undoing or redoing it would overwrite
// their newer change. It then changes nothing, reports why, and leaves the stack
// (obsolete).
class EditCommand : public QUndoCommand
{
public:
    // keys: the objects the edit changed (RepoObject keys, RepoMerge::keysOf);
    // refused: told why an overtaken step was not undone or redone.
    EditCommand(Model &model, std::unique_ptr<Edit> edit, QSet<QString> keys = {},
                std::function<void(const QString &)> refused = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const Edit &edit() const { return *m_edit; }
    const QSet<QString> &keys() const { return m_keys; }
    // message: what changed which object since, for the refusal.
    void overtake(const QString &message) { m_overtaken = message; }
    bool isOvertaken() const { return !m_overtaken.isEmpty(); }

private:
    bool refuseOvertaken();

    Model &m_model;
    std::unique_ptr<Edit> m_edit;
    QSet<QString> m_keys;
    std::function<void(const QString &)> m_refused;
    QString m_overtaken;
    bool m_applied = true;
};

} // namespace kt
