#pragma once

#include "reportstyles.h"

#include <QByteArray>

namespace kt {

// The ODF parts of an ODT report around its content: styles.xml with the same
// named styles as the DOCX (Heading 1–3 with their outline levels) and the three
// master pages (the first page without a number, portrait and landscape pages
// with the page number centred at the top), meta.xml and the manifest.
class OdtStyles
{
public:
    // The ODF name of a report style ("Heading_20_1" for Heading1).
    static QString styleName(const QString &id);

    static QByteArray styles(const ReportDocument &report);
    static QByteArray meta(const ReportDocument &report);
    static QByteArray manifest(int figures);
};

} // namespace kt
