#include "infoedits.h"
#include "../core/text.h"

#include <QCoreApplication>

namespace kt {

SetModelInfo::SetModelInfo(ModelInfo info) : m_new(std::move(info)) {}

QString SetModelInfo::text() const
{
    return QCoreApplication::translate("kt::Edit", "Change model information");
}

bool SetModelInfo::apply(ModelData &data, ChangeSet &changes, QString &error)
{
    ModelInfo info = m_new;
    if (info.frameworkId != data.info.frameworkId || info.id != data.info.id) {
        error = QCoreApplication::translate(
                "kt::Edit", "The framework and the id of a model cannot be changed this way.");
        return false;
    }
    for (QString *text : {&info.name, &info.province, &info.versionLabel, &info.decision,
                          &info.author})
        if (!checkName(*text, error))
            return false;
    if (!checkDocumentation(info.documentation, error))
        return false;
    m_old = data.info;
    data.info = std::move(info);
    changes.infoChanged = true;
    return true;
}

void SetModelInfo::revert(ModelData &data, ChangeSet &changes)
{
    data.info = m_old;
    changes.infoChanged = true;
}

} // namespace kt
