#include "reporttexts.h"

#include <QCoreApplication>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

struct SectionInfo
{
    ReportTextSection section;
    const char *id;
    const char *title; // a source of the report's own context: the builder prints it too
};

const SectionInfo Sections[] = {
        {ReportTextSection::Necessity, "necessity",
         QT_TRANSLATE_NOOP("kt::ReportBuilder", "Necessity")},
        {ReportTextSection::Purpose, "purpose", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Purpose")},
        {ReportTextSection::Scope, "scope", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Scope")},
        {ReportTextSection::Vision, "vision", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Vision")},
        {ReportTextSection::Principles, "principles",
         QT_TRANSLATE_NOOP("kt::ReportBuilder", "Principles")},
        {ReportTextSection::Implementation, "implementation",
         QT_TRANSLATE_NOOP("kt::ReportBuilder", "Implementation")},
};

const SectionInfo &info(ReportTextSection section)
{
    for (const SectionInfo &s : Sections)
        if (s.section == section)
            return s;
    return Sections[0];
}

} // namespace

QList<ReportTextSection> ReportTexts::sections()
{
    QList<ReportTextSection> result;
    for (const SectionInfo &s : Sections)
        result.append(s.section);
    return result;
}

QString ReportTexts::id(ReportTextSection section)
{
    return QString::fromLatin1(info(section).id);
}

QString ReportTexts::propertyKey(ReportTextSection section)
{
    return u"kt:report.text."_s + id(section);
}

QString ReportTexts::title(ReportTextSection section)
{
    return QCoreApplication::translate("kt::ReportBuilder", info(section).title);
}

const char *ReportTexts::titleSource(ReportTextSection section)
{
    return info(section).title;
}

QString ReportTexts::text(const PropertyList &properties, ReportTextSection section)
{
    const QString key = propertyKey(section);
    for (const Property &p : properties)
        if (p.key == key)
            return p.value;
    return {};
}

PropertyList ReportTexts::withText(const PropertyList &properties, ReportTextSection section,
                                   const QString &text)
{
    const QString key = propertyKey(section);
    PropertyList result;
    bool placed = false;
    for (const Property &p : properties) {
        if (p.key != key) {
            result.append(p);
        } else if (!placed && !text.trimmed().isEmpty()) {
            // Where it stood, so that the files change only in that value.
            result.append({key, text});
            placed = true;
        }
    }
    if (!placed && !text.trimmed().isEmpty())
        result.append({key, text});
    return result;
}

} // namespace kt
