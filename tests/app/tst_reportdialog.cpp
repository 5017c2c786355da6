// File ▸ Report…: the dialog shows the options stored in the model, lays out a
// page preview of the example, stores changed options through one undoable edit,
// exports and prints; the form keeps to Decree 30's margins. The report-text
// panel is a dock of the window and File ▸ Report… has its own shortcut.
#include <app/gui/documentcontroller.h>
#include <app/gui/mainwindow.h>
#include <app/gui/reportactions.h>

#include <model/report/reportbuilder.h>
#include <model/report/reportoptions.h>
#include <widgets/dialogs/reportdialog.h>
#include <widgets/dialogs/reportoptionsform.h>
#include <widgets/dialogs/reportpreview.h>
#include <widgets/document/document.h>
#include <widgets/panels/reporttextpanel.h>

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kt;
using namespace Qt::StringLiterals;

class TestReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsStoredOptions();
    void previewShowsPages();
    void storesOptionsUndoably();
    void formKeepsToDecree30();
    void accessKeysUnique();
    void exportWritesFiles();
    void printsEveryPage();
    void inTheWindow();

private:
    std::unique_ptr<Document> m_document;
    QTemporaryDir m_dir;
    const ModelInfo &info() const { return m_document->model().info(); }
    ReportOptions stored() const { return ReportOptions::fromProperties(info().extraProperties); }
};

void TestReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
    QCoreApplication::setApplicationName(u"ReportDialogTest"_s);
    QVERIFY(m_dir.isValid());
}

void TestReportDialog::init()
{
    QSettings().clear();
    QString error;
    m_document = Document::open(QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-2.0.xml"),
                                &error);
    QVERIFY2(m_document, qPrintable(error));
}

void TestReportDialog::showsStoredOptions()
{
    ReportOptions options = stored();
    options.kind = ReportKind::Inventory;
    options.documentNumber = u"15"_s;
    options.signerName = u"Nguyễn Văn A"_s;
    options.recipients = {u"- Như trên;"_s, u"- Lưu: VT."_s};
    options.page.leftMm = 32;
    ModelInfo changed = info();
    changed.extraProperties = options.toProperties(changed.extraProperties);
    QVERIFY(m_document->model().data().info.extraProperties != changed.extraProperties);
    ModelData data = m_document->model().data();
    data.info = changed;
    Document document(data);
    ReportDialog dialog(&document);
    const ReportOptions shown = dialog.form()->options();
    QCOMPARE(shown.kind, ReportKind::Inventory);
    QCOMPARE(shown.documentNumber, u"15"_s);
    QCOMPARE(shown.signerName, u"Nguyễn Văn A"_s);
    QCOMPARE(shown.recipients, options.recipients);
    QCOMPARE(shown.page.leftMm, 32.0);
    QCOMPARE(shown.toJson(), options.toJson());
}

void TestReportDialog::previewShowsPages()
{
    ReportDialog dialog(m_document.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->pageCount() >= 1, 120000);
    const QImage page = dialog.preview()->pageImage();
    QVERIFY(!page.isNull());
    // Something is printed on the first page, not a blank sheet.
    bool ink = false;
    for (int y = 0; y < page.height() && !ink; y += 2)
        for (int x = 0; x < page.width() && !ink; x += 2)
            ink = qGray(page.pixel(x, y)) < 128;
    QVERIFY(ink);
    // The whole page follows the dialog's size.
    const QSize before = page.size();
    dialog.resize(dialog.width() - 200, dialog.height() - 200);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->pageImage().size() != before, 5000);
    QVERIFY(dialog.preview()->pageImage().height() < before.height());
    // The architecture document runs to several pages; the next one is shown on request.
    if (dialog.preview()->pageCount() > 1) {
        dialog.preview()->showPage(1);
        QCOMPARE(dialog.preview()->currentPage(), 1);
    }
    // Another report is laid out again after a short delay.
    const int pages = dialog.preview()->pageCount();
    dialog.form()->reportChoice()->setCurrentIndex(
            dialog.form()->reportChoice()->findData(int(ReportKind::Decision)));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->layout()
                                     && dialog.preview()->layout()->options.kind == ReportKind::Decision,
                             120000);
    QVERIFY(dialog.preview()->pageCount() >= 1);
    QVERIFY(dialog.preview()->pageCount() < pages);
}

void TestReportDialog::storesOptionsUndoably()
{
    ReportDialog dialog(m_document.get());
    QUndoStack *stack = m_document->undoStack();
    // Nothing changed: nothing stored.
    const int before = stack->count();
    const ReportOptions original = stored();
    dialog.form()->findChild<QLineEdit *>(u"documentNumber"_s)->setText(u"2795"_s);
    dialog.form()->findChild<QLineEdit *>(u"signerName"_s)->setText(u"Lê Duy Thành"_s);
    QVERIFY(dialog.storeOptions());
    QCOMPARE(stack->count(), before + 1); // both fields in one edit
    QCOMPARE(stored().documentNumber, u"2795"_s);
    QCOMPARE(stored().signerName, u"Lê Duy Thành"_s);
    QVERIFY(dialog.storeOptions());
    QCOMPARE(stack->count(), before + 1); // unchanged since: no second edit
    stack->undo();
    QCOMPARE(stored().toJson(), original.toJson());
    stack->redo();
    QCOMPARE(stored().documentNumber, u"2795"_s);
    // The next dialog shows them.
    ReportDialog next(m_document.get());
    QCOMPARE(next.form()->options().documentNumber, u"2795"_s);
}

void TestReportDialog::formKeepsToDecree30()
{
    ReportOptionsForm form;
    QList<std::pair<double, double>> ranges;
    for (const QDoubleSpinBox *spin : form.findChildren<QDoubleSpinBox *>())
        ranges.append({spin->minimum(), spin->maximum()});
    const QList<std::pair<double, double>> decree{{20, 25}, {20, 25}, {30, 35}, {15, 20}};
    QCOMPARE(ranges, decree);
    ReportOptions options;
    options.page.leftMm = 50; // out of range: the nearest allowed
    form.setOptions(options);
    QCOMPARE(form.options().page.leftMm, 35.0);

    // Every chapter is listed; all checked means all (so later chapters come too).
    QCOMPARE(form.chapterList()->count(), ReportBuilder::chapterIds().size());
    QVERIFY(form.options().chapters.isEmpty());
    form.chapterList()->item(1)->setCheckState(Qt::Unchecked);
    QStringList expected = ReportBuilder::chapterIds();
    expected.removeAt(1);
    QCOMPARE(form.options().chapters, expected);
    // Chapters are of the architecture document only.
    form.reportChoice()->setCurrentIndex(form.reportChoice()->findData(int(ReportKind::Decision)));
    QVERIFY(!form.chapterList()->isEnabled());

    // The date: blank unless given; "today" only when asked.
    QVERIFY(!form.options().date.isValid());
    QVERIFY(!form.options().useToday);
    form.todayCheck()->setChecked(true);
    QVERIFY(form.options().useToday);
    QVERIFY(!form.findChild<QDateEdit *>(u"date"_s)->isEnabled());
}

void TestReportDialog::accessKeysUnique()
{
    // Every field is reached by Alt and a letter, no letter twice.
    ReportDialog dialog(m_document.get());
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QGroupBox *box : dialog.findChildren<QGroupBox *>())
        texts.append(box->title());
    QMap<QChar, QString> keys;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == u'&')
            continue;
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!keys.contains(key), qPrintable(keys.value(key) + u" / "_s + text));
        keys.insert(key, text);
    }
    QVERIFY(keys.size() >= 15);
}

void TestReportDialog::exportWritesFiles()
{
    ReportDialog dialog(m_document.get());
    dialog.form()->findChild<QLineEdit *>(u"documentNumber"_s)->setText(u"4242"_s);
    const int before = m_document->undoStack()->count();
    const QString html = m_dir.filePath(u"report.html"_s);
    QVERIFY(dialog.exportTo(html));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    // The options went into the model with the export, once.
    QCOMPARE(m_document->undoStack()->count(), before + 1);
    QCOMPARE(stored().documentNumber, u"4242"_s);
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    QVERIFY(dialog.exportTo(pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(4) == "%PDF");
    QCOMPARE(m_document->undoStack()->count(), before + 1);
}

void TestReportDialog::printsEveryPage()
{
    ReportDialog dialog(m_document.get());
    dialog.form()->reportChoice()->setCurrentIndex(
            dialog.form()->reportChoice()->findData(int(ReportKind::Inventory)));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString out = m_dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(out);
    QVERIFY(dialog.printTo(&printer));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 1000);
}

void TestReportDialog::inTheWindow()
{
    MainWindow window;
    QAction *report = window.findChild<QAction *>(u"actionReport"_s);
    QVERIFY(report);
    QVERIFY(!report->isEnabled());
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    QVERIFY(report->isEnabled());
    QCOMPARE(report->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // No other command of the window has its shortcut.
    for (const QAction *other : window.findChildren<QAction *>())
        if (other != report)
            QVERIFY2(other->shortcut() != report->shortcut(), qPrintable(other->text()));
    // In the File menu.
    bool inFile = false;
    for (QAction *entry : window.menuBar()->actions())
        if (entry->menu() && entry->menu()->actions().contains(report))
            inFile = entry->menu()->actions().first()->shortcut() == QKeySequence::New;
    QVERIFY(inFile);
    // The report texts are a dock the View menu can show, following the open model.
    auto *dock = window.findChild<QDockWidget *>(u"reportTextsDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock->widget(), static_cast<QWidget *>(window.reportTexts()));
    QCOMPARE(window.reportTexts()->document(), window.document());
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
