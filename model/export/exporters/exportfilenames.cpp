#include "exportfilenames.h"

#include <QSet>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Longest stem in UTF-16 units: file systems allow 255 bytes, and a
// Vietnamese letter takes up to 3 bytes in UTF-8.
constexpr qsizetype MaxStem = 80;

bool unsafe(QChar c)
{
    static const QString refused = u"/\\:*?\"<>|"_s;
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph || refused.contains(c);
}

// Names Windows reserves for devices, with or without an extension.
bool reserved(const QString &stem)
{
    static const QSet<QString> names = [] {
        QSet<QString> set{u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s};
        for (int i = 1; i <= 9; ++i) {
            set.insert(u"COM"_s + QString::number(i));
            set.insert(u"LPT"_s + QString::number(i));
        }
        return set;
    }();
    return names.contains(stem.section(u'.', 0, 0).toUpper());
}

} // namespace

QString ExportFileNames::safeStem(const QString &name)
{
    QString stem;
    stem.reserve(name.size());
    for (const QChar c : name.normalized(QString::NormalizationForm_C))
        stem.append(unsafe(c) ? u'_' : c);
    stem = stem.simplified();
    // No hidden files, and Windows drops trailing dots and spaces.
    while (stem.startsWith(u'.'))
        stem.remove(0, 1);
    while (stem.endsWith(u'.') || stem.endsWith(u' '))
        stem.chop(1);
    if (stem.size() > MaxStem) {
        stem.truncate(MaxStem);
        if (stem.back().isHighSurrogate())
            stem.chop(1);
        stem = stem.trimmed();
    }
    if (stem.isEmpty())
        stem = u"view"_s;
    if (reserved(stem))
        stem.prepend(u'_');
    return stem;
}

QStringList ExportFileNames::forViews(const QStringList &viewNames, const QString &suffix)
{
    QStringList result;
    QSet<QString> taken;
    for (const QString &name : viewNames) {
        const QString stem = safeStem(name);
        QString file = stem + u'.' + suffix;
        for (int n = 2; taken.contains(file.toLower()); ++n)
            file = u"%1 (%2).%3"_s.arg(stem).arg(n).arg(suffix);
        taken.insert(file.toLower());
        result.append(file);
    }
    return result;
}

} // namespace kt
