#include "reportpreview.h"

#include <model/export/reports/reportpages.h>
#include <model/report/reportbuilder.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Zoom choices: a fraction of the page's real size on a 96 dpi screen, or fitted.
constexpr double FitPage = -1;
constexpr double FitWidth = -2;

} // namespace

ReportLayout::~ReportLayout() = default;

std::shared_ptr<ReportLayout> ReportLayout::create(const ModelData &data,
                                                   const ReportOptions &options)
{
    auto layout = std::make_shared<ReportLayout>();
    layout->data = data;
    layout->options = options;
    layout->report = ReportBuilder::build(layout->data, layout->options);
    // The pages refer to the report and the model held beside them.
    layout->pages = std::make_unique<ReportPages>(layout->report, layout->data);
    return layout;
}

ReportPreview::ReportPreview(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_previous = new QToolButton(this);
    m_previous->setObjectName(u"previousPage"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous page (Ctrl+Page Up)"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next = new QToolButton(this);
    m_next->setObjectName(u"nextPage"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next page (Ctrl+Page Down)"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(u"pageLabel"_s);
    m_zoom = new QComboBox(this);
    m_zoom->setObjectName(u"zoom"_s);
    m_zoom->setToolTip(tr("Zoom"));
    m_zoom->addItem(tr("Whole page"), FitPage);
    m_zoom->addItem(tr("Page width"), FitWidth);
    for (const int percent : {50, 75, 100, 150, 200})
        m_zoom->addItem(tr("%1%").arg(percent), percent / 100.0);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"layoutProgress"_s);
    m_progress->setFormat(tr("Laying out pages… %p%"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(60);
    m_progress->hide();
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addWidget(m_progress, 1);
    bar->addStretch();
    bar->addWidget(m_zoom);
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"previewScroll"_s);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_canvas = new QLabel(m_scroll);
    m_canvas->setObjectName(u"pageImage"_s);
    m_canvas->setAlignment(Qt::AlignCenter);
    m_canvas->setMargin(8);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumSize(120, 120);
    layout->addWidget(m_scroll, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &ReportPreview::render);
    // Painted again once resizing pauses, not at every step of a drag.
    m_resizeTimer = new QTimer(this);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(120);
    connect(m_resizeTimer, &QTimer::timeout, this, &ReportPreview::render);
    render();
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_zoom->currentData().toDouble() < 0 && pageCount() > 0)
        m_resizeTimer->start();
}

ReportPreview::~ReportPreview()
{
    // The worker refers to this widget's queue and to its own layout: let it stop first.
    m_pending.reset();
    if (m_worker) {
        *m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

void ReportPreview::request(const ModelData &data, const ReportOptions &options)
{
    m_pending = std::make_unique<Pending>(Pending{data, options});
    m_current = false;
    if (m_worker)
        *m_cancel = true; // started again when it stops
    else
        start();
}

void ReportPreview::start()
{
    // The report's content is built on the worker too (seconds for a big model);
    // its language has a translator of its own, none installed.
    const std::shared_ptr<Pending> pending = std::move(m_pending);
    const quint64 generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_progress->setValue(0);
    m_progress->show();
    m_worker = QThread::create([this, pending, cancel, generation] {
        const std::shared_ptr<ReportLayout> layout = ReportLayout::create(pending->data, pending->options);
        int shown = -1;
        const bool done = layout->pages->layout([&](int step, int total) {
            // Told only when the percentage moves: a big report has many steps.
            const int percent = total > 0 ? int(100LL * step / total) : 0;
            if (percent != shown) {
                shown = percent;
                QMetaObject::invokeMethod(
                        this, [this, percent, generation] { progress(percent, 100, generation); },
                        Qt::QueuedConnection);
            }
            return !*cancel;
        });
        if (done && !*cancel)
            QMetaObject::invokeMethod(
                    this, [this, layout, generation] { finished(layout, generation); },
                    Qt::QueuedConnection);
    });
    m_worker->setObjectName(u"reportLayout"_s);
    connect(m_worker, &QThread::finished, this, [this] {
        // Deleted here, not later: a deferred delete that no event loop reaches
        // before the program ends would leak the thread.
        QThread *done = std::exchange(m_worker, nullptr);
        done->wait();
        delete done;
        if (m_pending)
            start();
        else if (!m_current)
            m_progress->hide(); // cancelled, nothing newer asked
    });
    m_worker->start(QThread::LowPriority);
}

void ReportPreview::progress(int done, int total, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ReportPreview::finished(std::shared_ptr<ReportLayout> layout, quint64 generation)
{
    if (generation != m_generation || m_pending)
        return; // a newer request is on its way
    m_layout = std::move(layout);
    m_current = true;
    m_progress->hide();
    m_page = std::clamp(m_page, 0, std::max(0, pageCount() - 1));
    render();
    Q_EMIT laidOut(pageCount());
}

int ReportPreview::pageCount() const
{
    return m_layout ? m_layout->pages->pageCount() : 0;
}

void ReportPreview::showPage(int page)
{
    if (page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    render();
    m_scroll->verticalScrollBar()->setValue(0);
}

double ReportPreview::resolution(const QSizeF &pageInches) const
{
    const double zoom = m_zoom->currentData().toDouble();
    const QSize room = m_scroll->viewport()->size() - QSize(2 * m_canvas->margin() + 4,
                                                            2 * m_canvas->margin() + 4);
    const double screenDpi = logicalDpiX() > 0 ? logicalDpiX() : 96;
    double dpi = screenDpi * zoom;
    if (zoom == FitWidth)
        dpi = (room.width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent)) / pageInches.width();
    else if (zoom == FitPage)
        dpi = std::min(room.width() / pageInches.width(), room.height() / pageInches.height());
    // Sharp on a high-density screen: as many device pixels as the screen has.
    return std::clamp(dpi, 10.0, 600.0);
}

void ReportPreview::render()
{
    const int count = pageCount();
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < count);
    m_pageLabel->setText(count > 0 ? tr("Page %1 of %2").arg(m_page + 1).arg(count)
                                   : tr("No pages yet"));
    if (count == 0) {
        m_image = QImage();
        m_canvas->setPixmap(QPixmap());
        return;
    }
    const QPageLayout pageLayout = m_layout->pages->pageLayout(m_page);
    const QSizeF inches = pageLayout.fullRect(QPageLayout::Inch).size();
    const double dpi = resolution(inches);
    const qreal ratio = devicePixelRatioF();
    const double deviceDpi = dpi * ratio;
    QImage image(QSize(int(std::lround(inches.width() * deviceDpi)),
                       int(std::lround(inches.height() * deviceDpi))),
                 QImage::Format_RGB32);
    // The page paints in the device's coordinates at the device's resolution.
    const int dotsPerMeter = int(std::lround(deviceDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        m_layout->pages->paintPage(&painter, m_page);
    }
    m_image = image;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    m_canvas->setPixmap(pixmap);
}

} // namespace kt
