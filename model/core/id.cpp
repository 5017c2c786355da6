#include "id.h"

namespace kt {

bool isValidIdentifier(const QString &text)
{
    if (text.isEmpty() || text.size() > 256)
        return false;
    const QChar first = text.front();
    if (!(first.isLetter() || first == u'_') || first.unicode() > 127)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace kt
