#include "language.h"

#include <model/core/language.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
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
    // A second call (tests switch languages) replaces the first call's files.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &translator : std::as_const(installed)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed.clear();
    const auto install = [](const QString &fileName, const QString &directory) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(fileName, directory)) {
            QCoreApplication::installTranslator(translator);
            installed.append(translator);
        } else {
            delete translator;
        }
    };
    // The translator installed last is asked first: our own Vietnamese for
    // Qt's dialogs (qt_vi) goes over Qt's qtbase_vi, should a system ever ship one.
    if (language == u"vi") {
        install(u"qtbase_vi"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        install(u"qt_vi.qm"_s, u":/i18n"_s);
    }
    // English needs its file too: for the plural forms of "%n error(s)".
    install(u"kientruc_"_s + language + u".qm"_s, u":/i18n"_s);
    return language;
}

} // namespace kt
