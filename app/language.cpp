#include "language.h"

#include <model/core/language.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kt {

using namespace Qt::StringLiterals;

QString installTranslations()
{
    QString language = qEnvironmentVariable("KIENTRUC_LANG");
    if (language.isEmpty())
        language = QSettings().value(u"ui/language"_s, u"vi"_s).toString();
    language = language.startsWith(u"en") ? u"en"_s : u"vi"_s;
    setUiLanguage(language);
    QLocale::setDefault(QLocale(language == u"vi" ? QLocale::Vietnamese : QLocale::English,
                                language == u"vi" ? QLocale::Vietnam : QLocale::UnitedKingdom));
    // English needs its file too: for the plural forms of "%n error(s)".
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(u":/i18n/kientruc_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(own);
    if (language == u"vi") {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(QLocale::Vietnamese), u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return language;
}

} // namespace kt
