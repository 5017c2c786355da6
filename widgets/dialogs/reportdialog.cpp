#include "reportdialog.h"
#include "reportexportjob.h"
#include "reportoptionsform.h"
#include "reportpreview.h"

#include <model/edit/infoedits.h>
#include <model/export/exporters/exportfilenames.h>
#include <model/export/reports/reportpages.h>
#include <model/export/reports/reportwriter.h>
#include <model/report/reportbuilder.h>
#include <widgets/document/document.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QComboBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// The file dialog's filters, by format.
const QList<std::pair<QString, const char *>> &filters()
{
    static const QList<std::pair<QString, const char *>> list{
            {u"pdf"_s, QT_TRANSLATE_NOOP("kt::ReportDialog", "PDF document (*.pdf)")},
            {u"docx"_s, QT_TRANSLATE_NOOP("kt::ReportDialog", "Word document (*.docx)")},
            {u"odt"_s, QT_TRANSLATE_NOOP("kt::ReportDialog", "OpenDocument text (*.odt)")},
            {u"html"_s, QT_TRANSLATE_NOOP("kt::ReportDialog", "Web page (*.html *.htm)")}};
    return list;
}

// A progress dialog for long work, whose Cancel the work's progress callback reads.
class Progress
{
public:
    Progress(const QString &label, QWidget *parent)
        : m_dialog(label, ReportDialog::tr("Cancel"), 0, 100, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    ReportProgress callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(std::max(total, 1));
            m_dialog.setValue(std::min(done, std::max(total, 1)));
            return !m_dialog.wasCanceled();
        };
    }
    bool cancelled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

} // namespace

ReportDialog::ReportDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_form(new ReportOptionsForm(this)),
      m_preview(new ReportPreview(this)), m_previewTimer(new QTimer(this))
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Report"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    // The options scroll: at 1366×768 (or a scale factor of 2) they are taller than the screen.
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(u"reportOptionsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_form);
    // Narrow enough for a small screen (1366×768 at a scale factor of 2); the
    // splitter gives it room for the header fields' placeholders where there is some.
    const int scrollBar = scroll->verticalScrollBar()->sizeHint().width() + 4;
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 30 + scrollBar);
    const int optionsWidth = std::max(m_form->minimumSizeHint().width(),
                                      fontMetrics().averageCharWidth() * 54) + scrollBar;
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportReport"_s);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(u"printReport"_s);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    m_export->setDefault(true);
    layout->addWidget(buttons);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::chooseFileAndExport);
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::print);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    if (m_document) {
        m_form->setModelInfo(m_document->model().info());
        m_form->setOptions(ReportOptions::fromProperties(m_document->model().info().extraProperties));
    }
    // Typing in a field lays the pages out again once the typing pauses.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(500);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (m_document)
            m_preview->request(m_document->model().data(), m_form->options());
    });
    connect(m_form, &ReportOptionsForm::changed, this, &ReportDialog::schedulePreview);
    if (m_document) {
        connect(&m_document->model(), &Model::changed, this, &ReportDialog::schedulePreview);
        m_preview->request(m_document->model().data(), m_form->options());
    }
    m_form->reportChoice()->setFocus();

    // Roomy where there is room, never larger than the screen.
    QSize size(1180, 780);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size);
    splitter->setSizes({std::min(optionsWidth, size.width() / 2), size.width() - optionsWidth});
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::schedulePreview()
{
    m_previewTimer->start();
}

bool ReportDialog::storeOptions()
{
    if (!m_document)
        return false;
    ModelInfo info = m_document->model().info();
    const PropertyList properties = m_form->options().toProperties(info.extraProperties);
    if (properties == info.extraProperties)
        return true;
    info.extraProperties = properties;
    QString error;
    if (!m_document->push(std::make_unique<SetModelInfo>(std::move(info)), &error)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The report options could not be stored in the model: %1")
                                     .arg(error));
        return false;
    }
    return true;
}

QString ReportDialog::suggestedFileName(const QString &format) const
{
    const ReportOptions options = m_form->options();
    QString stem;
    switch (options.kind) {
    case ReportKind::Architecture: stem = tr("architecture"); break;
    case ReportKind::Decision: stem = tr("decision"); break;
    case ReportKind::Inventory: stem = tr("inventory"); break;
    case ReportKind::Comparison: stem = tr("comparison"); break;
    }
    const QString name = m_document ? m_document->model().info().name : QString();
    return ExportFileNames::forViews({name.isEmpty() ? stem : name + u" - "_s + stem}, format)
            .first();
}

void ReportDialog::chooseFileAndExport()
{
    QSettings settings;
    QString folder = settings.value(u"report/folder"_s).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString lastFormat = settings.value(u"report/format"_s, u"pdf"_s).toString();
    QStringList filterTexts;
    QString selected;
    for (const auto &[format, text] : filters()) {
        filterTexts.append(tr(text));
        if (format == lastFormat)
            selected = tr(text);
    }
    QString path = QFileDialog::getSaveFileName(
            this, tr("Export Report"), QDir(folder).filePath(suggestedFileName(lastFormat)),
            filterTexts.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    QString format;
    for (const auto &[f, text] : filters())
        if (tr(text) == selected)
            format = f;
    // The name says what the file holds: the filter's extension unless it names one of ours.
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"htm")
        suffix = u"html"_s;
    if (!ReportWriter::formats().contains(suffix) && !format.isEmpty())
        path += u'.' + format;
    settings.setValue(u"report/folder"_s, QFileInfo(path).absolutePath());
    settings.setValue(u"report/format"_s, ReportWriter::formats().contains(suffix) ? suffix : format);
    exportTo(path);
}

bool ReportDialog::exportTo(const QString &path)
{
    if (!m_document)
        return false;
    const QString native = QDir::toNativeSeparators(path);
    QString format = QFileInfo(path).suffix().toLower();
    if (format == u"htm")
        format = u"html"_s;
    const std::unique_ptr<ReportWriter> writer = ReportWriter::create(format);
    if (!writer) {
        QMessageBox::warning(this, tr("Export Report"),
                             tr("Cannot write %1: a report is written as .pdf, .docx, .odt or "
                                ".html.").arg(native));
        return false;
    }
    if (!storeOptions())
        return false;
    // Built and written on a worker thread from a copy of the model's data.
    ReportExportJob job(m_document->model().data(), m_form->options(), path);
    run(&job, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    if (!job.succeeded()) {
        if (job.wasCancelled())
            Q_EMIT message(tr("The report was not written: cancelled."));
        else
            QMessageBox::warning(this, tr("Export Report"),
                                 tr("Could not write the report to %1.\n\n%2")
                                         .arg(native, job.errorString()));
        return false;
    }
    Q_EMIT message(tr("Wrote the report to %1.").arg(native));
    return true;
}

void ReportDialog::run(ReportExportJob *job, const QString &label)
{
    // The dialog waits in an event loop, so the window repaints and Cancel answers.
    QProgressDialog progress(label, tr("Cancel"), 0, 100, this);
    progress.setObjectName(u"reportExportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QEventLoop loop;
    connect(job, &ReportExportJob::progressed, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, job, &ReportExportJob::cancel);
    connect(job, &ReportExportJob::finished, &loop, &QEventLoop::quit);
    m_export->setEnabled(false);
    m_print->setEnabled(false);
    job->start();
    loop.exec();
    m_export->setEnabled(true);
    m_print->setEnabled(true);
    progress.reset();
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    const ReportOptions options = m_form->options();
    printer.setPageSize(QPageSize(options.page.paper == u"A3" ? QPageSize::A3 : QPageSize::A4));
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    dialog.setMinMax(1, std::max(1, m_preview->pageCount()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&printer);
}

bool ReportDialog::printTo(QPrinter *printer)
{
    if (!m_document || !storeOptions())
        return false;
    // The preview's pages when they are of these options and this model, else laid out now.
    const ReportOptions options = m_form->options();
    std::shared_ptr<const ReportLayout> layout = m_preview->layout();
    // (Compared as JSON: ReportOptions' own == needs one of ReportPageSetup.)
    if (!layout || m_preview->isBusy() || m_previewTimer->isActive()
        || layout->options.toJson() != options.toJson()) {
        // Laid out on a worker thread, as an export is written, with its progress
        // and Cancel: a big model's pages take seconds.
        ReportExportJob job(m_document->model().data(), options);
        run(&job, tr("Laying out pages…"));
        if (!job.succeeded()) {
            if (job.wasCancelled())
                Q_EMIT message(tr("The report was not printed: cancelled."));
            else
                QMessageBox::warning(this, tr("Print"), tr("Could not lay out the report.\n\n%1")
                                                                .arg(job.errorString()));
            return false;
        }
        layout = job.layout();
    }
    const ReportPages &pages = *layout->pages;
    int first = 0;
    int last = pages.pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = std::max(0, printer->fromPage() - 1);
        last = std::min(last, printer->toPage() - 1);
    }
    if (first > last)
        return false;
    // Each page in its own layout (landscape figures), painted over the whole paper.
    printer->setFullPage(true);
    printer->setPageLayout(pages.pageLayout(first));
    QPainter painter;
    if (!painter.begin(printer)) {
        QMessageBox::warning(this, tr("Print"), tr("The printer %1 could not be started.")
                                                        .arg(printer->printerName()));
        return false;
    }
    // The printer is painted here, page by page, with a progress of its own.
    Progress progress(tr("Printing…"), this);
    const ReportProgress painted = progress.callback();
    for (int page = first; page <= last; ++page) {
        if (!painted(page - first, last - first + 1)) {
            printer->abort();
            painter.end();
            Q_EMIT message(tr("The report was not printed: cancelled."));
            return false;
        }
        if (page > first) {
            printer->setPageLayout(pages.pageLayout(page));
            printer->newPage();
        }
        pages.paintPage(&painter, page);
    }
    painted(last - first + 1, last - first + 1);
    painter.end();
    Q_EMIT message(tr("Sent %n page(s) to the printer.", nullptr, last - first + 1));
    return true;
}

} // namespace kt
