#include "editcommand.h"

#include <model/model.h>

namespace kt {

EditCommand::EditCommand(Model &model, std::unique_ptr<Edit> edit)
    : m_model(model), m_edit(std::move(edit))
{
    setText(m_edit->text());
}

void EditCommand::redo()
{
    if (m_applied) {
        m_applied = false; // applied by Document::push already
        return;
    }
    QString error;
    if (!m_model.apply(*m_edit, &error))
        setObsolete(true); // the model is not in the state the edit was made in
}

void EditCommand::undo()
{
    m_model.revert(*m_edit);
}

int EditCommand::id() const
{
    const EditId id = m_edit->mergeId();
    return id == EditId::None ? -1 : int(id);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *command = static_cast<const EditCommand *>(other);
    if (!m_edit->mergeWith(*command->m_edit))
        return false;
    setText(m_edit->text());
    return true;
}

} // namespace kt
