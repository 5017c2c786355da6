#pragma once

#include "edit.h"

#include <memory>
#include <vector>

namespace kt {

// Several edits applied as one step, reverted in reverse order. If one of them
// fails, those already applied are reverted and the group fails.
class EditGroup : public Edit
{
public:
    explicit EditGroup(QString text) : m_text(std::move(text)) {}

    void add(std::unique_ptr<Edit> edit) { m_edits.push_back(std::move(edit)); }
    bool isEmpty() const { return m_edits.empty(); }
    std::size_t size() const { return m_edits.size(); }

    QString text() const override { return m_text; }
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

private:
    QString m_text;
    std::vector<std::unique_ptr<Edit>> m_edits;
};

} // namespace kt
