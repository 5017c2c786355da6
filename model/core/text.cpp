#include "text.h"

namespace kt {

QString normalizedText(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Quick path: pure ASCII is already NFC.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 127) {
            ascii = false;
            break;
        }
    }
    return ascii ? text : text.normalized(QString::NormalizationForm_C);
}

QString searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            key.append(u'd');
        else
            key.append(c.toCaseFolded());
    }
    return key;
}

} // namespace kt
