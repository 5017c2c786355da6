#pragma once

#include "reportdocument.h"
#include "reportoptions.h"
#include "../modeldata.h"

namespace kt {

// Builds a report's content from a model: the architecture document, the covering
// decision or the information-systems inventory (ReportOptions::kind), in the
// options' language. Texts come from tr() sources translated by the product's
// translation of that language (not the user interface's), so a Vietnamese report
// can be made from an English interface and the other way round.
class ReportBuilder
{
public:
    static ReportDocument build(const ModelData &data, const ReportOptions &options);

    // The ids and titles of the architecture document's chapters, in order, for
    // ReportOptions::chapters and the report dialog's chapter list.
    static QStringList chapterIds();
    static QString chapterTitle(const QString &id, const QString &language);
    // The English source of a chapter's title (empty for an unknown id).
    static const char *chapterTitleSource(const QString &id);
};

} // namespace kt
