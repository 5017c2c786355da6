// File ▸ Report… writes the report, and lays out the pages it prints when the
// preview's are not ready, on a worker thread: the dialog's event loop
// keeps running (a timer of the interface's thread ticks while a big model's
// report is written), Cancel stops the writing and leaves neither the file nor a
// temporary one, and an export let run writes the whole file. The model may
// change while the worker writes from its copy.
#include <support/generatedmodel.h>

#include <model/edit/infoedits.h>
#include <widgets/dialogs/reportdialog.h>
#include <widgets/dialogs/reportexportjob.h>
#include <widgets/dialogs/reportoptionsform.h>
#include <model/export/reports/reportpages.h>
#include <widgets/dialogs/reportpreview.h>
#include <widgets/document/document.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

// Presses the progress dialog's Cancel; false while it has no button yet.
bool pressCancel(QProgressDialog *progress)
{
    const QList<QPushButton *> buttons = progress->findChildren<QPushButton *>();
    if (buttons.isEmpty())
        return false;
    buttons.first()->click();
    return true;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cancelLeavesNoFile();
    void completes_data();
    void completes();
    void jobOutlivesModelChanges();
    void printLaysOutOnWorker();
    void printCancelled();

private:
    QStringList entries(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_big;
};

void TestReportExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
    QCoreApplication::setApplicationName(u"ReportExportTest"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // Big enough that its PDF takes seconds: the cancel comes while it is written.
    m_big = std::make_unique<Document>(test::generatedModel(6000));
}

void TestReportExport::cancelLeavesNoFile()
{
    const QString folder = m_dir.filePath(u"cancel"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/report.pdf"_s;
    ReportDialog dialog(m_big.get());
    int ticks = 0;
    bool clicked = false;
    int seenPercent = -1;
    // Ticks on the interface's thread while exportTo() waits: the window stays
    // responsive. Once the worker has reported progress, Cancel is pressed.
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        ++ticks;
        auto *progress = dialog.findChild<QProgressDialog *>(u"reportExportProgress"_s);
        if (!progress || clicked || ticks < 5)
            return;
        seenPercent = progress->value();
        clicked = pressCancel(progress);
    });
    timer.start();
    QSignalSpy messages(&dialog, &ReportDialog::message);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!dialog.exportTo(path));
    timer.stop();
    QVERIFY(clicked);
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    QVERIFY(seenPercent >= 0);
    QVERIFY2(entries(folder).isEmpty(), qPrintable(entries(folder).join(u", "_s)));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(u"cancelled"_s));
    // The dialog answers again.
    QVERIFY(dialog.findChild<QPushButton *>(u"exportReport"_s)->isEnabled());
}

void TestReportExport::completes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
    QTest::newRow("docx") << u"docx"_s << QByteArray("PK");
    QTest::newRow("html") << u"html"_s << QByteArray("<!DOCTYPE");
}

void TestReportExport::completes()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    QString error;
    const std::unique_ptr<Document> document = Document::open(
            QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-2.0.xml"), &error);
    QVERIFY2(document, qPrintable(error));
    const QString folder = m_dir.filePath(u"complete-"_s + format);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/report."_s + format;
    ReportDialog dialog(document.get());
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start();
    QSignalSpy messages(&dialog, &ReportDialog::message);
    QVERIFY(dialog.exportTo(path));
    QVERIFY(ticks > 0); // the event loop ran while the worker wrote
    QCOMPARE(entries(folder), QStringList{u"report."_s + format});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QVERIFY2(file.read(16).startsWith(magic), qPrintable(format));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(u"Wrote"_s));
}

// The worker reads its copy of the model's data: the model changing (and its old
// state released) while the report is written neither crashes nor changes the file.
void TestReportExport::jobOutlivesModelChanges()
{
    const QString folder = m_dir.filePath(u"changes"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/report.html"_s;
    ReportOptions options;
    options.kind = ReportKind::Inventory;
    options.language = u"en"_s;
    auto document = std::make_unique<Document>(test::generatedModel(3000));
    ReportExportJob job(document->model().data(), options, path);
    QSignalSpy finished(&job, &ReportExportJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    ModelInfo info = document->model().info();
    info.name = u"Renamed while the report is written"_s;
    QString error;
    QVERIFY2(document->push(std::make_unique<SetModelInfo>(std::move(info)), &error),
             qPrintable(error));
    document.reset();
    QVERIFY(finished.wait(60000));
    QVERIFY2(job.succeeded(), qPrintable(job.errorString()));
    QVERIFY(!job.wasCancelled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.trimmed().endsWith("</html>"));
    QVERIFY(!html.contains("Renamed while the report is written"));
}

// Printing while the preview is still being laid out (its layout is not current
// until the interface's thread hears of it): the pages are laid out by a job on a
// worker thread with the export's progress dialog, the interface's event loop
// running meanwhile, then printed.
void TestReportExport::printLaysOutOnWorker()
{
    QString error;
    const std::unique_ptr<Document> document = Document::open(
            QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-2.0.xml"), &error);
    QVERIFY2(document, qPrintable(error));
    const QString folder = m_dir.filePath(u"print"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/printed.pdf"_s;
    ReportDialog dialog(document.get());
    QVERIFY(!dialog.preview()->layout()); // not laid out yet: printing must lay out
    int ticks = 0;
    bool progressShown = false;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        ++ticks;
        if (dialog.findChild<QProgressDialog *>(u"reportExportProgress"_s))
            progressShown = true;
    });
    timer.start();
    QSignalSpy messages(&dialog, &ReportDialog::message);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QVERIFY(dialog.printTo(&printer));
    timer.stop();
    QVERIFY(ticks > 0); // the interface's thread ran while the pages were laid out
    QVERIFY(progressShown);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().startsWith(u"Sent"_s),
             qPrintable(messages.first().first().toString()));

    // As many pages as the job lays out, and the job's layout is the PDF's.
    ReportOptions options = dialog.form()->options();
    ReportExportJob job(document->model().data(), options);
    QSignalSpy finished(&job, &ReportExportJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(120000));
    QVERIFY2(job.succeeded(), qPrintable(job.errorString()));
    QVERIFY(job.layout());
    const int pages = job.layout()->pages->pageCount();
    QVERIFY(pages > 10);
    QVERIFY2(messages.first().first().toString().contains(QString::number(pages)),
             qPrintable(messages.first().first().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(8).startsWith("%PDF"));
}

// Cancel while the pages to print are laid out: nothing is printed.
void TestReportExport::printCancelled()
{
    const QString folder = m_dir.filePath(u"print-cancel"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/printed.pdf"_s;
    ReportDialog dialog(m_big.get());
    QVERIFY(!dialog.preview()->layout());
    bool clicked = false;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        auto *progress = dialog.findChild<QProgressDialog *>(u"reportExportProgress"_s);
        if (progress && !clicked)
            clicked = pressCancel(progress);
    });
    timer.start();
    QSignalSpy messages(&dialog, &ReportDialog::message);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QVERIFY(!dialog.printTo(&printer));
    timer.stop();
    QVERIFY(clicked);
    QVERIFY2(entries(folder).isEmpty(), qPrintable(entries(folder).join(u", "_s)));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(u"cancelled"_s));
    QVERIFY(dialog.findChild<QPushButton *>(u"printReport"_s)->isEnabled());
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
