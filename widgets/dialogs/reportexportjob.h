#pragma once

#include <model/modeldata.h>
#include <model/report/reportoptions.h>

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace kt {

struct ReportLayout;

// Builds a report and writes its file on a worker thread, so that the editor stays
// responsive while a big model's report is written. The job works on a copy of
// the model's data taken when it starts (implicitly shared, so the copy is cheap
// and the model may go on changing). The writers write through QSaveFile: a
// cancelled or failed job leaves no file, or the old one as it was. A job without
// a path lays the pages out for printing instead, with the same progress and
// cancel.
class ReportExportJob : public QObject
{
    Q_OBJECT

public:
    ReportExportJob(const ModelData &data, const ReportOptions &options, const QString &path,
                    QObject *parent = nullptr);
    // A job that lays the report's pages out as the PDF does, for printing, and
    // writes no file: layout() holds them once the job succeeded.
    ReportExportJob(const ModelData &data, const ReportOptions &options, QObject *parent = nullptr);
    // Cancels a running job and waits for its thread.
    ~ReportExportJob() override;

    void start();
    // Asks the worker to stop at its next progress step.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    bool succeeded() const { return m_succeeded; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    // The pages laid out by a job without a path (null until it succeeded).
    std::shared_ptr<const ReportLayout> layout() const { return m_layout; }

Q_SIGNALS:
    // Told on the interface's thread, only when the percentage moves.
    void progressed(int percent);
    void finished();

private:
    struct Shared
    {
        std::atomic<bool> cancel = false;
        bool written = false;
        QString error;
        std::shared_ptr<ReportLayout> layout; // laid out by a job without a path
    };

    void onThreadFinished();

    ModelData m_data;
    ReportOptions m_options;
    QString m_path;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    bool m_succeeded = false;
    bool m_cancelled = false;
    QString m_error;
    std::shared_ptr<const ReportLayout> m_layout;
};

} // namespace kt
