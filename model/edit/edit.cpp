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
    switch (checkedText(name, MaxNameLength)) {
    case TextFault::None:
        return true;
    case TextFault::TooLong:
        error = QCoreApplication::translate("kt::Edit",
                                            "A name of %1 characters is too long (the limit is %2).")
                        .arg(name.size())
                        .arg(MaxNameLength);
        return false;
    case TextFault::TooManyMarks:
        break;
    }
    error = QCoreApplication::translate("kt::Edit", "The name %1.")
                    .arg(textFaultReason(TextFault::TooManyMarks, name, MaxNameLength));
    return false;
}

bool checkDocumentation(QString &text, QString &error)
{
    switch (checkedText(text, MaxDocumentationLength)) {
    case TextFault::None:
        return true;
    case TextFault::TooLong:
        error = QCoreApplication::translate("kt::Edit", "The documentation is too long (%1 characters; the limit is %2).")
                        .arg(text.size())
                        .arg(MaxDocumentationLength);
        return false;
    case TextFault::TooManyMarks:
        break;
    }
    error = QCoreApplication::translate("kt::Edit", "The documentation %1.")
                    .arg(textFaultReason(TextFault::TooManyMarks, text, MaxDocumentationLength));
    return false;
}

} // namespace kt
