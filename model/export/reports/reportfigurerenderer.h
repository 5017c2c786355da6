#pragma once

#include <model/modeldata.h>
#include <model/report/reportdocument.h>

#include <QCoreApplication>
#include <QSizeF>

namespace kt {

// A report figure as the office and HTML writers embed it: a PNG at 300 dpi of
// the size it is printed at, or an SVG, both drawn by the DiagramPainter through
// the diagram exporters, without the legend when the figure asks so.
class ReportFigureRenderer
{
    Q_DECLARE_TR_FUNCTIONS(kt::ReportFigureRenderer)

public:
    static constexpr int Dpi = 300;

    struct Image
    {
        QByteArray bytes;
        QSizeF sizeMm; // as printed: the diagram at 100%, shrunk to fit the box
    };

    ReportFigureRenderer(const ModelData &data) : m_data(data) {}

    // The PNG of figure fitted into a box of boxMm; false (with the error set)
    // for a missing or empty view.
    bool png(const ReportFigure &figure, QSizeF boxMm, Image *image);
    // The SVG of figure, its XML prolog included.
    bool svg(const ReportFigure &figure, QByteArray *bytes);

    QString errorString() const { return m_error; }

private:
    const View *view(const ReportFigure &figure);
    // The model the figure's view belongs to.
    const ModelData &data(const ReportFigure &figure) const
    {
        return figure.model ? *figure.model : m_data;
    }

    const ModelData &m_data;
    QString m_error;
};

} // namespace kt
