#include "edit.h"
#include "../core/text.h"

#include <QCoreApplication>

namespace kt {

bool checkName(QString &name, QString &error)
{
    if (name.size() > MaxNameLength) {
        error = QCoreApplication::translate("kt::Edit",
                                            "A name of %1 characters is too long (the limit is %2).")
                        .arg(name.size())
                        .arg(MaxNameLength);
        return false;
    }
    name = normalizedText(name);
    return true;
}

} // namespace kt
