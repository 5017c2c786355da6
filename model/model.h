#pragma once

#include "changeset.h"
#include "modeldata.h"

#include <QObject>

namespace kt {

class Edit;

// The in-memory typed model. Everyone reads it through const queries; it changes
// only through Edits, and emits one changed() per applied or reverted edit.
class Model : public QObject
{
    Q_OBJECT

public:
    explicit Model(ModelData data, QObject *parent = nullptr);

    const ModelData &data() const { return m_data; }
    const Profile &profile() const { return *m_data.profile; }
    ProfilePtr profilePtr() const { return m_data.profile; }
    const ModelInfo &info() const { return m_data.info; }

    const Element *element(const ElementId &id) const { return m_data.elements.find(id); }
    const Relationship *relationship(const RelationshipId &id) const
    {
        return m_data.relationships.find(id);
    }
    const View *view(const ViewId &id) const { return m_data.views.find(id); }

    // Applies the edit; on failure the model is unchanged and *error says why.
    bool apply(Edit &edit, QString *error = nullptr);
    // Reverts an edit that was applied last (undo).
    void revert(Edit &edit);

Q_SIGNALS:
    void changed(const kt::ChangeSet &changes);

private:
    ModelData m_data;
};

} // namespace kt
