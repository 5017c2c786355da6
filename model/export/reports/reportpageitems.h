#pragma once

#include <model/core/id.h>

#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace kt {

struct ModelData;
struct ViewOverlay;

// What a laid-out report page holds, in points from the page's top left corner.
// Lines of text keep their words together (one run per line and font); a justified
// line carries the extra width of each space, so that 100,000 table rows stay small.
struct ReportTextRun
{
    QPointF origin; // left end of the baseline
    QString text;
    int font = 0;   // index into ReportStyle
    float gap = 0;  // added to every space (justified lines)
};

struct ReportRule
{
    QLineF line;
    float width = 0.5;
    bool dotted = false; // the leader of a table of contents entry
};

struct ReportFigureItem
{
    ViewId view;
    std::shared_ptr<const ModelData> model;     // null: the report's model
    std::shared_ptr<const ViewOverlay> overlay; // drawn over the diagram when set
    QRectF target; // the diagram is fitted and centred in it
    QRectF frame;  // the diagram's painted extent in view coordinates
    bool legend = true; // the view's legend nodes are drawn
};

// Something the flow places as a whole: a line of text, a table row, a figure.
// Coordinates are relative to the unit's top left corner at the content's left.
struct ReportUnit
{
    double height = 0;
    double spaceBefore = 0;    // dropped at the top of a page
    bool keepWithNext = false; // a heading, a caption above its table
    int anchor = -1;           // a heading of the table of contents: its page is recorded
    QList<ReportTextRun> texts;
    QList<ReportRule> rules;
    QList<ReportFigureItem> figures;

    void translate(double dx, double dy);
    void append(const ReportUnit &other, double dx, double dy);
};

struct ReportPage
{
    bool landscape = false;
    QList<ReportTextRun> texts;
    QList<ReportRule> rules;
    QList<ReportFigureItem> figures;
};

} // namespace kt
