#include "editcommand.h"

#include <model/model.h>

namespace kt {

EditCommand::EditCommand(Model &model, std::unique_ptr<Edit> edit, QSet<QString> keys,
                         std::function<void(const QString &)> refused)
    : m_model(model), m_edit(std::move(edit)), m_keys(std::move(keys)),
      m_refused(std::move(refused))
{
    setText(m_edit->text());
}

bool EditCommand::refuseOvertaken()
{
    if (m_overtaken.isEmpty())
        return false;
    setObsolete(true); // the stack drops the step; the model keeps their change
    if (m_refused)
        m_refused(m_overtaken);
    return true;
}

void EditCommand::redo()
{
    if (m_applied) {
        m_applied = false; // applied by Document::push already
        return;
    }
    if (refuseOvertaken())
        return;
    QString error;
    if (!m_model.apply(*m_edit, &error))
        setObsolete(true); // the model is not in the state the edit was made in
}

void EditCommand::undo()
{
    if (refuseOvertaken())
        return;
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
    if (isOvertaken() || !m_edit->mergeWith(*command->m_edit))
        return false;
    m_keys.unite(command->m_keys);
    setText(m_edit->text());
    return true;
}

} // namespace kt
