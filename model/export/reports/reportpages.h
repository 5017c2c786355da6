#pragma once

#include <model/modeldata.h>
#include <model/report/reportdocument.h>

#include "reportwriter.h"

#include <QPageLayout>

#include <memory>

class QPainter;

namespace kt {

// The PDF layout of a report: its pages as Decree 30 lays them out (header block,
// justified body, headings kept with what follows, tables whose header row repeats,
// landscape pages for wide figures, page numbers centred at the top from page 2,
// the table of contents with the real page numbers). The PDF writer paints these
// pages on a QPdfWriter; the report dialog's preview and printing paint the same
// pages on an image or a QPrinter.
class ReportPages
{
public:
    ReportPages(const ReportDocument &report, const ModelData &data);
    ~ReportPages();

    // Lays the report out (two passes for the table of contents). False if cancelled.
    bool layout(const ReportProgress &progress = {});

    int pageCount() const;
    QPageLayout pageLayout(int page) const; // portrait or landscape, margins of the options
    // Paints page (0-based) in the painter's device coordinates, which must be
    // the page's full rectangle at the device's resolution.
    void paintPage(QPainter *painter, int page) const;
    // Frees what a page holds once it is painted for good (the PDF writer paints
    // each page once; a long report's runs would otherwise stay until the end).
    // The page keeps its orientation; painted again it is blank.
    void releasePage(int page);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kt
