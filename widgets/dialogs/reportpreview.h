#pragma once

#include <model/modeldata.h>
#include <model/report/reportdocument.h>
#include <model/report/reportoptions.h>

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QScrollArea;
class QThread;
class QTimer;
class QToolButton;

namespace kt {

class ReportPages;

// A report laid out as the PDF lays it out: the model and the report it was made
// from live as long as the pages that refer to them.
struct ReportLayout
{
    ModelData data;
    ReportOptions options;
    ReportDocument report;
    std::unique_ptr<ReportPages> pages;
    ~ReportLayout();

    // The report built from the model with the options, its pages not laid out yet.
    static std::shared_ptr<ReportLayout> create(const ModelData &data, const ReportOptions &options);
};

// The page preview of the Report dialog: one page at a time with previous/next
// and zoom. The report is built and laid out on a worker thread (a big model
// takes seconds), with a progress bar; a newer request cancels an older one. The
// shown page is painted from the finished layout, which printing reuses.
class ReportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    // Builds and lays the report out afresh (the previous one stays shown until then).
    void request(const ModelData &data, const ReportOptions &options);
    // The finished layout of the latest request, or null while it is being made.
    std::shared_ptr<const ReportLayout> layout() const { return m_current ? m_layout : nullptr; }
    bool isBusy() const { return m_worker != nullptr; }
    int pageCount() const;
    int currentPage() const { return m_page; }
    void showPage(int page);
    // The shown page as painted (empty before the first layout).
    QImage pageImage() const { return m_image; }

protected:
    // A fitted page follows the preview's size.
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // The latest request is laid out (pages) or failed to be (0 pages).
    void laidOut(int pages);

private:
    void start();
    void finished(std::shared_ptr<ReportLayout> layout, quint64 generation);
    void progress(int done, int total, quint64 generation);
    void render();
    // Pixels per inch of the page image at the chosen zoom.
    double resolution(const QSizeF &pageInches) const;

    struct Pending
    {
        ModelData data;
        ReportOptions options;
    };
    std::unique_ptr<Pending> m_pending;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    std::shared_ptr<ReportLayout> m_layout;
    bool m_current = false;
    int m_page = 0;
    QImage m_image;
    QTimer *m_resizeTimer;

    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    QComboBox *m_zoom;
    QProgressBar *m_progress;
    QScrollArea *m_scroll;
    QLabel *m_canvas;
};

} // namespace kt
