#pragma once

#include <model/report/reportdocument.h>

#include <memory>

namespace kt {

// The widths of tables' columns as the PDF sets them, for the office writers:
// their tables get the same columns, so that the cells wrap as in the PDF and
// the pages the PDF numbers (the table of contents) are the pages Word makes.
class ReportColumnWidths
{
public:
    explicit ReportColumnWidths(double bodyPt);
    ~ReportColumnWidths();
    ReportColumnWidths(const ReportColumnWidths &) = delete;
    ReportColumnWidths &operator=(const ReportColumnWidths &) = delete;

    // In points, widthPt together.
    QList<double> operator()(const ReportTable &table, double widthPt) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kt
