#include "pdfexporter.h"
#include "exportcontent.h"

#include <model/diff/viewoverlay.h>
#include <model/export/painter/diagrampainter.h>

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace kt {

using namespace Qt::StringLiterals;

QString PdfExporter::format() const
{
    return u"pdf"_s;
}

QString PdfExporter::mimeType() const
{
    return u"application/pdf"_s;
}

bool PdfExporter::write(const ModelData &data, const View &view, const ExportOptions &options,
                        QIODevice *device)
{
    const DiagramPainter painter(&data);
    ExportContent content;
    // On paper the page's margins frame the diagram: no second margin inside them
    // (on A4 it made every name 2.5% smaller).
    ExportOptions framed = options;
    if (options.paperSize.isValid())
        framed.margin = 0;
    if (!prepare(painter, view, framed, &content))
        return false;
    const QRectF frame = content.frame;

    QPdfWriter pdf(device);
    // Painting at the text resolution keeps names as wide as the painter
    // measured them; the output is vector whatever the resolution.
    const int dpi = textDpi();
    pdf.setResolution(dpi);
    pdf.setTitle(view.name);
    pdf.setCreator(QCoreApplication::applicationName());
    const bool paper = options.paperSize.isValid();
    if (paper) {
        pdf.setPageLayout(QPageLayout(options.paperSize, options.orientation,
                                      options.paperMargins, QPageLayout::Millimeter));
    } else {
        // Whole points, rounded up, so that the diagram never overflows the page.
        const double points = options.scale * 72 / ExportOptions::UnitsPerInch;
        const QSizeF size(std::ceil(frame.width() * points - 1e-6),
                          std::ceil(frame.height() * points - 1e-6));
        // A page size is given upright; a wide diagram makes a landscape page.
        const bool wide = size.width() > size.height();
        const QPageSize page(wide ? size.transposed() : size, QPageSize::Point, QString(),
                             QPageSize::ExactMatch);
        pdf.setPageLayout(QPageLayout(page, wide ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF()));
    }

    QPainter p;
    if (!p.begin(&pdf)) {
        setErrorString(tr("Cannot start the PDF output."));
        return false;
    }
    // Device pixels of the page's printable area; the diagram is fitted in it
    // (exactly, for a page made to its size) and centred.
    const QRectF area(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    const double fit = std::min(area.width() / frame.width(), area.height() / frame.height());
    const double scale = paper ? fit
                               : std::min(fit, options.scale * dpi / ExportOptions::UnitsPerInch);
    p.translate(area.center());
    p.scale(scale, scale);
    p.translate(-frame.center());
    if (options.background == ExportBackground::White)
        p.fillRect(frame, Qt::white);
    painter.paintView(&p, content.view, DiagramPainter::Detail::Full);
    if (options.overlay)
        painter.paintOverlay(&p, content.view, *options.overlay);
    if (!p.end()) {
        setErrorString(tr("Cannot finish the PDF output."));
        return false;
    }
    return true;
}

} // namespace kt
