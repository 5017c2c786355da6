#pragma once

#include <model/report/reportoptions.h>

#include <QDialog>
#include <QPointer>

class QPrinter;
class QPushButton;
class QTimer;

namespace kt {

class Document;
class ReportExportJob;
class ReportOptionsForm;
class ReportPreview;

// File ▸ Report…: which report, its options and a page preview of the PDF layout;
// export to PDF, DOCX, ODT or HTML and print. Exporting or printing stores the
// options in the model (one undoable edit) so that the next report repeats them.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Document *document, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportOptionsForm *form() const { return m_form; }
    ReportPreview *preview() const { return m_preview; }

    // Stores the form's options in the model when they differ from the stored
    // ones; false when the edit was refused.
    bool storeOptions();
    // Writes the report to path (its format from the extension) with a progress
    // dialog; says why in a message box when it fails.
    bool exportTo(const QString &path);
    // Prints the pages on printer: the preview's layout when it is current, else
    // pages laid out on a worker thread with progress and Cancel.
    bool printTo(QPrinter *printer);

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);

private:
    void chooseFileAndExport();
    // Runs job on its worker thread while a progress dialog with Cancel shows.
    void run(ReportExportJob *job, const QString &label);
    void print();
    void schedulePreview();
    QString suggestedFileName(const QString &format) const;

    QPointer<Document> m_document;
    ReportOptionsForm *m_form;
    ReportPreview *m_preview;
    QTimer *m_previewTimer;
    QPushButton *m_export;
    QPushButton *m_print;
};

} // namespace kt
