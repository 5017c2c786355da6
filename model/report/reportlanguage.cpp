#include "reportlanguage.h"

#include <QLocale>
#include <QTranslator>

namespace kt {

using namespace Qt::StringLiterals;

namespace {
constexpr char Context[] = "kt::ReportBuilder";
}

ReportLanguage::ReportLanguage(const QString &language)
    : m_language(language == u"en" ? u"en"_s : u"vi"_s)
{
    if (m_language == u"en")
        return;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/kientruc_%1.qm"_s.arg(m_language)))
        m_translator = std::move(translator);
}

ReportLanguage::~ReportLanguage() = default;

bool ReportLanguage::translated() const
{
    return m_language == u"en" || m_translator;
}

QString ReportLanguage::text(const char *source) const
{
    if (m_translator) {
        const QString translation = m_translator->translate(Context, source);
        if (!translation.isEmpty())
            return translation;
    }
    return QString::fromUtf8(source);
}

QString ReportLanguage::upper(const QString &text) const
{
    return QLocale(m_language == u"en" ? QLocale::English : QLocale::Vietnamese).toUpper(text);
}

QString ReportLanguage::blank()
{
    // Non-breaking spaces: a writer must not fold the space left for the pen.
    return QString(6, QChar(0x00A0));
}

namespace {
// Decree 30: days below 10 and the months 1 and 2 take a leading zero.
QStringList dateParts(QDate date)
{
    if (!date.isValid())
        return {ReportLanguage::blank(), ReportLanguage::blank(), ReportLanguage::blank()};
    const int month = date.month();
    return {u"%1"_s.arg(date.day(), 2, 10, QChar(u'0')),
            month <= 2 ? u"%1"_s.arg(month, 2, 10, QChar(u'0')) : QString::number(month),
            QString::number(date.year())};
}
} // namespace

QString ReportLanguage::placeAndDate(const QString &place, QDate date) const
{
    const QStringList parts = dateParts(date);
    return text(QT_TRANSLATE_NOOP("kt::ReportBuilder", "%1, date %2/%3/%4"))
            .arg(place, parts.at(0), parts.at(1), parts.at(2));
}

QString ReportLanguage::date(QDate date) const
{
    const QStringList parts = dateParts(date);
    return text(QT_TRANSLATE_NOOP("kt::ReportBuilder", "of %1/%2/%3"))
            .arg(parts.at(0), parts.at(1), parts.at(2));
}

} // namespace kt
