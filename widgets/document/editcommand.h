#pragma once

#include <model/edit/edit.h>

#include <QUndoCommand>

#include <memory>

namespace kt {

class Model;

// The one adapter between model Edits and QUndoStack. The edit is applied before
// the command is pushed (so that a refused edit never reaches the stack); the
// stack's first redo() is therefore skipped.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Model &model, std::unique_ptr<Edit> edit);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const Edit &edit() const { return *m_edit; }

private:
    Model &m_model;
    std::unique_ptr<Edit> m_edit;
    bool m_applied = true;
};

} // namespace kt
