#pragma once

#include <model/report/reportdocument.h>

#include <QByteArray>

namespace kt {

// The named styles of a DOCX report (styles.xml): Title, Heading 1–3 with their
// outline levels, Normal, Caption, the Decree 30 header block, the table, list,
// table of contents and signing block styles. The body uses them, and sets no
// formatting of its own where a style does it.
class DocxStyles
{
public:
    static QByteArray styles(const ReportDocument &report);
};

} // namespace kt
