#pragma once

#include "../types/property.h"

#include <QList>
#include <QString>

namespace kt {

// The narrative of the architecture document that no model element holds, as the
// architect writes it in the editor's report-text panel: one text per section,
// plain paragraphs (separated by an empty line) and bullet lists (lines starting
// with "- "). Stored in ModelInfo::extraProperties as "kt:report.text.<id>" so the
// .ktm file and the exchange file keep it.
enum class ReportTextSection {
    Necessity,      // sự cần thiết
    Purpose,        // mục đích
    Scope,          // phạm vi
    Vision,         // tầm nhìn
    Principles,     // nguyên tắc
    Implementation, // tổ chức thực hiện
};

struct ReportTexts
{
    static QList<ReportTextSection> sections();
    static QString id(ReportTextSection section);        // "necessity" …
    static QString propertyKey(ReportTextSection section); // "kt:report.text.necessity"
    // The section's title in the user's language (through tr()).
    static QString title(ReportTextSection section);
    // The English source of the title (the report translates it into its own language).
    static const char *titleSource(ReportTextSection section);

    static QString text(const PropertyList &properties, ReportTextSection section);
    // properties with the section's text replaced (removed when text is empty).
    static PropertyList withText(const PropertyList &properties, ReportTextSection section,
                                 const QString &text);
};

} // namespace kt
