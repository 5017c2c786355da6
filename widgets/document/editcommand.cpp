#include "editcommand.h"

#include <model/model.h>

namespace kt {

EditCommand::EditCommand(Model &model, std::unique_ptr<Edit> edit, RepoFieldChanges fields,
                         std::function<void(const QString &, bool)> refused)
    : m_model(model), m_edit(std::move(edit)), m_fields(std::move(fields)),
      m_refused(std::move(refused))
{
    setText(m_edit->text());
}

bool EditCommand::refuseOvertaken(bool undoing)
{
    if (m_overtaken.isEmpty())
        return false;
    setObsolete(true); // the stack drops the step; the model keeps their change
    if (m_refused)
        m_refused(m_overtaken, undoing);
    return true;
}

void EditCommand::redo()
{
    if (m_applied)
        return; // applied by Document::push already (the stack's first redo), or redone
    if (refuseOvertaken(false))
        return;
    QString error;
    if (m_model.apply(*m_edit, &error))
        m_applied = true;
    else
        setObsolete(true); // the model is not in the state the edit was made in
}

void EditCommand::undo()
{
    if (refuseOvertaken(true))
        return;
    // Only what was applied is reverted: an edit's revert puts back what its apply kept.
    if (!m_applied)
        return;
    m_model.revert(*m_edit);
    m_applied = false;
}

int EditCommand::id() const
{
    const EditId id = m_edit->mergeId();
    return id == EditId::None ? -1 : int(id);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *command = static_cast<const EditCommand *>(other);
    if (isOvertaken() || !m_edit->mergeWith(*command->m_edit))
        return false;
    for (auto it = command->m_fields.cbegin(); it != command->m_fields.cend(); ++it)
        m_fields[it.key()].unite(it.value());
    m_views.unite(command->m_views);
    setText(m_edit->text());
    return true;
}

} // namespace kt
