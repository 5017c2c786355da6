// File ▸ Open in the editor takes Archi's .archimate, the zipped form too: the model
// opens as a new, unsaved one, and what the file held that the model cannot take is
// said once, naming the file.
#include <gui/documentcontroller.h>
#include <gui/mainwindow.h>
#include <model/export/archimatepackage.h>
#include <widgets/document/document.h>

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

class TestArchimateOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensZipped();
};

void TestArchimateOpen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
    QCoreApplication::setApplicationName(u"ArchimateOpenTest"_s);
    QSettings().clear();
    QFile::remove(DocumentController::recoveryPath());
    ArchimatePackage::install(); // as main() does
}

void TestArchimateOpen::opensZipped()
{
    MainWindow window;
    DocumentController *controller = window.controller();
    controller->setPromptAnswer(DocumentController::Answer::Discard);
    QSignalSpy messages(controller, &DocumentController::statusMessage);
    const QString path = QStringLiteral(KT_TEST_DATA_DIR "/archimate/zipped.archimate");
    QVERIFY(controller->open(path));
    const Document *document = controller->document();
    QVERIFY(document);
    QCOMPARE(document->model().data().elements.size(), 2);
    QCOMPARE(document->model().data().relationships.size(), 1);
    QCOMPARE(document->model().data().views.size(), 1);
    QVERIFY(document->filePath().isEmpty()); // an import: Save asks where
    QCOMPARE(messages.size(), 1);
    const QString message = messages.first().first().toString();
    QVERIFY2(message.contains(u"zipped.archimate: 2 image(s) not imported"_s), qPrintable(message));
}

QTEST_MAIN(TestArchimateOpen)
#include "tst_archimateopen.moc"
