#include "reportcolumnwidths.h"
#include "reporttablelayout.h"

namespace kt {

struct ReportColumnWidths::Private
{
    explicit Private(double bodyPt)
        : text(style)
        , layout(style, text, ReportTableLayout::fonts(style, bodyPt))
    {
    }

    ReportStyle style;
    ReportTextLayout text;
    ReportTableLayout layout;
};

ReportColumnWidths::ReportColumnWidths(double bodyPt)
    : d(std::make_unique<Private>(bodyPt))
{
}

ReportColumnWidths::~ReportColumnWidths() = default;

QList<double> ReportColumnWidths::operator()(const ReportTable &table, double widthPt) const
{
    return d->layout.columnWidths(table, widthPt);
}

} // namespace kt
