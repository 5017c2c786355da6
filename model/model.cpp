#include "model.h"
#include "edit/edit.h"

namespace kt {

Model::Model(ModelData data, QObject *parent) : QObject(parent), m_data(std::move(data)) {}

bool Model::apply(Edit &edit, QString *error)
{
    ChangeSet changes;
    QString message;
    if (!edit.apply(m_data, changes, message)) {
        if (error)
            *error = message;
        return false;
    }
    Q_EMIT changed(changes);
    return true;
}

void Model::revert(Edit &edit)
{
    ChangeSet changes;
    edit.revert(m_data, changes);
    Q_EMIT changed(changes);
}

} // namespace kt
