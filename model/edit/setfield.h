#pragma once

#include "edit.h"

#include <QCoreApplication>

namespace kt {

// The one generic value change: sets one field of one object of a collection of
// the model (old value kept for revert). The small edits of each entity derive
// from it and add their own check of the new value.
template<typename Key, typename T, typename V>
class SetField : public Edit
{
public:
    using CollectionMember = Collection<Key, T> ModelData::*;
    using ChangesMember = ChangeSet::Changes<Key> ChangeSet::*;
    using FieldMember = V T::*;

    SetField(CollectionMember collection, ChangesMember changesMember, FieldMember field, Key id,
             V value)
        : m_collection(collection),
          m_changes(changesMember),
          m_field(field),
          m_id(std::move(id)),
          m_new(std::move(value))
    {
    }

    bool apply(ModelData &data, ChangeSet &changes, QString &error) override
    {
        T *object = (data.*m_collection).find(m_id);
        if (!object) {
            error = QCoreApplication::translate("kt::Edit", "There is no object with id %1.")
                            .arg(m_id.toString());
            return false;
        }
        if (!check(data, *object, m_new, error))
            return false;
        m_old = object->*m_field;
        object->*m_field = m_new;
        (changes.*m_changes).changed.insert(m_id);
        return true;
    }

    void revert(ModelData &data, ChangeSet &changes) override
    {
        if (T *object = (data.*m_collection).find(m_id)) {
            object->*m_field = m_old;
            (changes.*m_changes).changed.insert(m_id);
        }
    }

    const Key &id() const { return m_id; }
    const V &newValue() const { return m_new; }

protected:
    // May normalise the new value; returns false with a message to refuse it.
    virtual bool check(const ModelData &, const T &, V &, QString &) { return true; }

private:
    CollectionMember m_collection;
    ChangesMember m_changes;
    FieldMember m_field;
    Key m_id;
    V m_new;
    V m_old;
};

} // namespace kt
