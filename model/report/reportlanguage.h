#pragma once

#include <QDate>
#include <QString>

#include <memory>

class QTranslator;

namespace kt {

// The language a report is written in, which need not be the interface's: its
// texts are the English sources marked QT_TRANSLATE_NOOP("kt::ReportBuilder", …),
// translated by the product's own translation of that language (":/i18n/
// kientruc_<lang>.qm", compiled into the application) held in a translator of its
// own, never installed in the application. English, or a translation that is not
// there (a model-only test), prints the source text.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    QString language() const { return m_language; }
    // True when the language's translation was found (always true for English).
    bool translated() const;

    // The text of a QT_TRANSLATE_NOOP("kt::ReportBuilder", …) source.
    QString text(const char *source) const;
    // Capitals as a Vietnamese reader writes them ("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC").
    QString upper(const QString &text) const;

    // "Vĩnh Phúc, ngày 05 tháng 01 năm 2021": a leading zero for days below 10 and
    // for the months January and February (Decree 30); an invalid date prints blanks.
    QString placeAndDate(const QString &place, QDate date) const;
    // The date alone, as a sentence cites it ("ngày 05 tháng 01 năm 2021"), blanks
    // when invalid.
    QString date(QDate date) const;
    // A space left for a number or a date to be written in by hand.
    static QString blank();

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace kt
