#pragma once

#include <model/modeldata.h>
#include <model/report/reportdocument.h>

#include "reportwriter.h"

#include <QPageLayout>

#include <functional>
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
    // Lays out and paints every page in order, keeping none of the body's pages
    // once painted: how the PDF writer writes a long report without holding all
    // of its pages (the body is laid out twice, once to number the table of
    // contents and once to be painted). paint(index, layout) is called before
    // each page is painted (the writer starts the page), then the page is painted
    // on painter. False if cancelled (progress or paint said so).
    bool paintAll(QPainter *painter,
                  const std::function<bool(int page, const QPageLayout &layout)> &startPage,
                  const ReportProgress &progress = {});
    // The page numbers (1-based) of the headings the table of contents lists, in
    // order, as the PDF prints them: the body laid out once and its pages
    // dropped. What the DOCX and ODT writers put in their tables of contents (the
    // layout follows Word's A4 page and margins). False if cancelled.
    bool headingPages(QList<int> *numbers, const ReportProgress &progress = {});
    // The number of pages paintAll() painted.
    int paintedPages() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kt
