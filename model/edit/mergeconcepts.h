#pragma once

#include "edit.h"

#include <QList>

namespace kt {

// Puts elements and relationships into the model by id, as an import that adds
// or updates and never deletes ("Import Archi CSV…" into the open model): an
// element or relationship whose id is there is replaced by the new value (views
// keep showing it), a new one is appended; the model info is replaced when one
// is given. One undo step; the old values are kept for revert.
class MergeConcepts : public Edit
{
public:
    MergeConcepts(QList<Element> elements, QList<Relationship> relationships,
                  std::optional<ModelInfo> info = std::nullopt);
    // The edit that turns `before` into `after`, where after has every element and
    // relationship of before (a merge): only what differs is held. Views are not
    // compared.
    static std::unique_ptr<MergeConcepts> between(const ModelData &before,
                                                  const ModelData &after);

    QString text() const override;
    bool apply(ModelData &data, ChangeSet &changes, QString &error) override;
    void revert(ModelData &data, ChangeSet &changes) override;

    bool isEmpty() const { return m_elements.isEmpty() && m_relationships.isEmpty() && !m_info; }

private:
    QList<Element> m_elements;
    QList<Relationship> m_relationships;
    std::optional<ModelInfo> m_info;
    // For revert: the replaced values (null optional: the id was added).
    QList<std::optional<Element>> m_oldElements;
    QList<std::optional<Relationship>> m_oldRelationships;
    ModelInfo m_oldInfo;
};

} // namespace kt
