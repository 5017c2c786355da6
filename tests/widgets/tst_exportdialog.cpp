// The export dialog keeps the file's extension and the chosen format together:
// changing the format changes the extension, typing another format's
// extension changes the format, and what is accepted always agrees.
#include <model/core/language.h>
#include <widgets/dialogs/exportdialog.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void formatChangesExtension();
    void typedExtensionChangesFormat_data();
    void typedExtensionChangesFormat();
    void acceptedFileAgreesWithFormat_data();
    void acceptedFileAgreesWithFormat();
    void helpers();

private:
    static void choose(QComboBox *format, const QString &id)
    {
        format->setCurrentIndex(format->findData(id));
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        edit->del();
        QTest::keyClicks(edit, text);
    }
    QTemporaryDir m_dir;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
    QCoreApplication::setApplicationName(u"ExportDialogTest"_s);
    setUiLanguage(u"en"_s);
    QVERIFY(m_dir.isValid());
}

void TestExportDialog::init()
{
    QSettings().clear();
}

void TestExportDialog::formatChangesExtension()
{
    ExportDialog dialog({u"Overall"_s, u"Apps"_s}, 0, false);
    auto *format = dialog.findChild<QComboBox *>(u"format"_s);
    auto *destination = dialog.findChild<QLineEdit *>(u"destination"_s);
    QVERIFY(format && destination);
    choose(format, u"png"_s);
    QVERIFY2(destination->text().endsWith(u"Overall.png"_s), qPrintable(destination->text()));

    // A name of the user's own keeps its stem and takes the new extension.
    retype(destination, m_dir.filePath(u"plan.png"_s));
    choose(format, u"pdf"_s);
    QCOMPARE(QDir::fromNativeSeparators(destination->text()), m_dir.filePath(u"plan.pdf"_s));
    choose(format, u"svg"_s);
    QCOMPARE(QDir::fromNativeSeparators(destination->text()), m_dir.filePath(u"plan.svg"_s));
    QCOMPARE(dialog.request().format, u"svg"_s);
    QCOMPARE(dialog.request().destination, m_dir.filePath(u"plan.svg"_s));
}

void TestExportDialog::typedExtensionChangesFormat_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("format");
    QTest::newRow("png to pdf") << u"png"_s << u"plan.pdf"_s << u"pdf"_s;
    QTest::newRow("pdf to png") << u"pdf"_s << u"plan.png"_s << u"png"_s;
    QTest::newRow("png to svg, capitals") << u"png"_s << u"plan.SVG"_s << u"svg"_s;
    QTest::newRow("unknown extension") << u"pdf"_s << u"plan.v2"_s << u"pdf"_s;
}

void TestExportDialog::typedExtensionChangesFormat()
{
    QFETCH(QString, start);
    QFETCH(QString, typed);
    QFETCH(QString, format);
    ExportDialog dialog({u"Overall"_s}, 0, false);
    auto *combo = dialog.findChild<QComboBox *>(u"format"_s);
    auto *destination = dialog.findChild<QLineEdit *>(u"destination"_s);
    choose(combo, start);
    retype(destination, m_dir.filePath(typed));
    QCOMPARE(combo->currentData().toString(), format);
    QCOMPARE(QDir::fromNativeSeparators(destination->text()), m_dir.filePath(typed)); // as typed
}

void TestExportDialog::acceptedFileAgreesWithFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("accepted");
    QTest::newRow("no extension") << u"pdf"_s << u"plan"_s << u"plan.pdf"_s;
    QTest::newRow("other extension") << u"png"_s << u"plan.v2"_s << u"plan.v2.png"_s;
    QTest::newRow("its extension") << u"svg"_s << u"plan.svg"_s << u"plan.svg"_s;
}

void TestExportDialog::acceptedFileAgreesWithFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, typed);
    QFETCH(QString, accepted);
    ExportDialog dialog({u"Overall"_s}, 0, false);
    choose(dialog.findChild<QComboBox *>(u"format"_s), format);
    retype(dialog.findChild<QLineEdit *>(u"destination"_s), m_dir.filePath(typed));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.request().format, format);
    QCOMPARE(dialog.request().destination, m_dir.filePath(accepted));
}

void TestExportDialog::helpers()
{
    QCOMPARE(ExportDialog::formatOfFile(u"a/b.PDF"_s), u"pdf"_s);
    QCOMPARE(ExportDialog::formatOfFile(u"a/b.jpg"_s), QString());
    QCOMPARE(ExportDialog::withExtension(u"a/b.png"_s, u"pdf"_s), u"a/b.pdf"_s);
    QCOMPARE(ExportDialog::withExtension(u"a/b"_s, u"svg"_s), u"a/b.svg"_s);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
