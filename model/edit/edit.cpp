#include "edit.h"
#include "../core/text.h"
#include "../compose/geometry.h"

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
    const TextFault fault = checkedText(name, MaxNameLength);
    if (fault == TextFault::TooLong)
        error = QCoreApplication::translate("kt::Edit",
                                            "A name of %1 characters is too long (the limit is %2).")
                        .arg(name.size())
                        .arg(MaxNameLength);
    else if (fault == TextFault::TooManyMarks)
        error = QCoreApplication::translate("kt::Edit", "The name %1.")
                        .arg(textFaultReason(fault, name, MaxNameLength));
    return fault == TextFault::None;
}

bool checkDocumentation(QString &text, QString &error)
{
    const TextFault fault = checkedText(text, MaxDocumentationLength);
    if (fault == TextFault::TooLong)
        error = QCoreApplication::translate("kt::Edit", "The documentation is too long (%1 characters; the limit is %2).")
                        .arg(text.size())
                        .arg(MaxDocumentationLength);
    else if (fault == TextFault::TooManyMarks)
        error = QCoreApplication::translate("kt::Edit", "The documentation %1.")
                        .arg(textFaultReason(fault, text, MaxDocumentationLength));
    return fault == TextFault::None;
}

bool checkBendpoints(const QList<QPointF> &points, QString &error)
{
    for (const QPointF &point : points) {
        if (!geometry::isValidPoint(point)) {
            error = QCoreApplication::translate("kt::Edit",
                                                "A bend point of the connection is out of range.");
            return false;
        }
    }
    return true;
}

} // namespace kt
