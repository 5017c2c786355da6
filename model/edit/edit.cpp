#include "edit.h"
#include "../core/text.h"

#include <QCoreApplication>

#include <atomic>

namespace kt {

GestureId newGesture()
{
    static std::atomic<GestureId> last{0};
    return ++last;
}

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
