#pragma once

#include <model/report/reportdocument.h>

#include <QByteArray>
#include <QSizeF>

#include <functional>

class QXmlStreamWriter;

namespace kt {

// The parts of a DOCX package around its body and styles: the settings, the page
// headers, the content types and relationships, the core properties, and the
// inline picture of a figure.
class DocxParts
{
public:
    // An XML part written by body, with its declaration.
    static QByteArray xmlPart(const std::function<void(QXmlStreamWriter &)> &body);

    static QByteArray settings(const ReportDocument &report);
    // The header of every page but the first: PAGE centred; the first page's is empty.
    static QByteArray header(bool withPageNumber);
    static QByteArray contentTypes();
    static QByteArray packageRelationships();
    // The run of an inline picture (figure n's PNG, its SVG beside it), sizeMm as printed.
    static void picture(QXmlStreamWriter &xml, int n, QSizeF sizeMm, const QString &description);
    static QByteArray coreProperties(const ReportDocument &report);
    // The relationships of document.xml: styles, settings, the two headers and
    // figures images (their rIds are "rIdFigureN" and "rIdFigureNSvg").
    static QByteArray documentRelationships(int figures, bool svg);
};

} // namespace kt
