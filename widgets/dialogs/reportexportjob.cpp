#include "reportexportjob.h"
#include "reportpreview.h"

#include <model/export/reports/reportpages.h>
#include <model/export/reports/reportwriter.h>
#include <model/report/reportbuilder.h>

#include <QFileInfo>
#include <QPointer>
#include <QThread>

namespace kt {

using namespace Qt::StringLiterals;

ReportExportJob::ReportExportJob(const ModelData &data, const ReportOptions &options,
                                 const QString &path, QObject *parent)
    : QObject(parent), m_data(data), m_options(options), m_path(path),
      m_shared(std::make_shared<Shared>())
{
}

ReportExportJob::ReportExportJob(const ModelData &data, const ReportOptions &options,
                                 QObject *parent)
    : ReportExportJob(data, options, QString(), parent)
{
}

ReportExportJob::~ReportExportJob()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ReportExportJob::start()
{
    if (m_thread)
        return;
    // The worker owns what it reads: copies of the model's data, the options and
    // the path, and the state it shares with this job.
    const std::shared_ptr<Shared> shared = m_shared;
    const ModelData data = m_data;
    const ReportOptions options = m_options;
    const QString path = m_path;
    const QPointer<ReportExportJob> self(this);
    m_thread = QThread::create([shared, data, options, path, self] {
        int shown = -1;
        const auto progress = [&](int done, int total) {
            const int percent = total > 0 ? int(100LL * std::min(done, total) / total) : 0;
            if (percent != shown) {
                shown = percent;
                // Queued to the job's thread; dropped if the job is gone.
                QMetaObject::invokeMethod(
                        self.data(), [self, percent] { if (self) Q_EMIT self->progressed(percent); },
                        Qt::QueuedConnection);
            }
            return !shared->cancel.load();
        };
        if (path.isEmpty()) {
            // Printing: the pages laid out here, painted by the interface's thread.
            const std::shared_ptr<ReportLayout> layout = ReportLayout::create(data, options);
            if (shared->cancel || !layout->pages->layout(progress))
                return;
            shared->layout = layout;
            shared->written = true;
            return;
        }
        QString format = QFileInfo(path).suffix().toLower();
        if (format == u"htm")
            format = u"html"_s;
        const std::unique_ptr<ReportWriter> writer = ReportWriter::create(format);
        if (!writer) {
            shared->error = ReportExportJob::tr("A report is written as .pdf, .docx, .odt or .html.");
            return;
        }
        const ReportDocument report = ReportBuilder::build(data, options);
        if (shared->cancel)
            return;
        shared->written = writer->writeFile(report, data, path, progress);
        if (!shared->written)
            shared->error = writer->errorString();
    });
    m_thread->setObjectName(u"reportExport"_s);
    connect(m_thread, &QThread::finished, this, &ReportExportJob::onThreadFinished);
    m_thread->start();
}

void ReportExportJob::cancel()
{
    m_shared->cancel = true;
}

void ReportExportJob::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_succeeded = m_shared->written;
    m_cancelled = !m_succeeded && m_shared->cancel;
    m_error = m_shared->error;
    m_layout = m_shared->layout;
    Q_EMIT finished();
}

} // namespace kt
