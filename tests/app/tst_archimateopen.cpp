// File ▸ Open in the editor takes Archi's .archimate, the zipped form too: the model
// opens as a new, unsaved one, and what the file held that the model cannot take is
// said once, naming the file. An exchange file that holds what cannot be taken
// opens the same way.
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
    void opensExchangeWithFindings();
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

// An exchange file with things the model cannot take (issue 12) opens with the
// rest, and what was left out is said once, each thing naming the file and object.
void TestArchimateOpen::opensExchangeWithFindings()
{
    MainWindow window;
    DocumentController *controller = window.controller();
    controller->setPromptAnswer(DocumentController::Answer::Discard);
    QSignalSpy messages(controller, &DocumentController::statusMessage);
    const QString path = QStringLiteral(KT_TEST_DATA_DIR "/exchange/partial-unsupported.xml");
    QVERIFY(controller->open(path));
    const Document *document = controller->document();
    QVERIFY(document);
    QCOMPARE(document->model().data().elements.size(), 3);
    QCOMPARE(document->model().data().relationships.size(), 2);
    QCOMPARE(document->model().data().views.at(0).nodes.size(), 4);
    QCOMPARE(document->model().data().views.at(0).connections.size(), 2);
    QCOMPARE(messages.size(), 1);
    const QString message = messages.first().first().toString();
    for (const QString &part : {u"partial-unsupported.xml"_s, u"“id-r2”"_s, u"“id-nx”"_s,
                                u"“propid-404”"_s, u"…"_s})
        QVERIFY2(message.contains(part), qPrintable(message));
    // (12 of the 14 are listed, then “…”.) A file that reads whole opens without a word.
    messages.clear();
    QVERIFY(controller->open(QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml")));
    QCOMPARE(messages.size(), 0);
}

QTEST_MAIN(TestArchimateOpen)
#include "tst_archimateopen.moc"
