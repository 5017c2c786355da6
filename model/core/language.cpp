#include "language.h"

namespace kt {

using namespace Qt::StringLiterals;

static QString &currentLanguage()
{
    static QString language = u"vi"_s;
    return language;
}

QString uiLanguage()
{
    return currentLanguage();
}

void setUiLanguage(const QString &language)
{
    currentLanguage() = language == u"en" ? u"en"_s : u"vi"_s;
}

} // namespace kt
