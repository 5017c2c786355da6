#pragma once

#include <QObject>

class QAction;

namespace kt {

class MainWindow;

// File ▸ Report…: the Report dialog for the open model (the report, its options,
// a page preview, export and print). The report texts typed in their panel are
// applied first, so that the report has them.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(MainWindow *window);

    QAction *reportAction() const { return m_report; }
    void showReportDialog();

private:
    void update();

    MainWindow *m_window;
    QAction *m_report;
};

} // namespace kt
