// File ▸ Open in the editor takes Archi's .archimate, the zipped form too: the model
// opens as a new, unsaved one, and what the file held that the model cannot take is
// listed in the validation panel as import findings, each naming the file, and said
// once in the status bar. An exchange file that holds what cannot be taken opens
// the same way.
#include <gui/documentcontroller.h>
#include <gui/mainwindow.h>
#include <model/export/archimatepackage.h>
#include <widgets/document/document.h>
#include <widgets/panels/validationpanel.h>

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

private:
    // The messages of the validation panel's import findings, in order.
    static QStringList importMessages(const MainWindow &window);

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

QStringList TestArchimateOpen::importMessages(const MainWindow &window)
{
    QStringList messages;
    for (const Finding &finding : window.validation()->findings())
        if (finding.kind == FindingKind::Import)
            messages.append(finding.message);
    return messages;
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
    QVERIFY2(message.contains(u"zipped.archimate"_s), qPrintable(message));
    const QStringList listed = importMessages(window);
    QCOMPARE(listed.size(), 1);
    QVERIFY2(listed.first().contains(u"zipped.archimate: 2 image(s) not imported"_s),
             qPrintable(listed.first()));
    QCOMPARE(window.validation()->importCount(), 1);
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
    QVERIFY2(message.contains(u"partial-unsupported.xml"_s), qPrintable(message));
    QVERIFY2(message.contains(u"14"_s), qPrintable(message));
    // All 14, in the panel, in the reader's order, each naming the file.
    const QStringList listed = importMessages(window);
    QCOMPARE(listed, document->importFindings());
    QCOMPARE(listed.size(), 14);
    const QString all = listed.join(u'\n');
    for (const QString &part : {u"“id-r2”"_s, u"“id-nx”"_s, u"“propid-404”"_s})
        QVERIFY2(all.contains(part), qPrintable(all));
    for (const QString &one : listed)
        QVERIFY2(one.contains(u"partial-unsupported.xml"_s), qPrintable(one));
    // A file that reads whole opens without a word, and the panel forgets the old list.
    messages.clear();
    QVERIFY(controller->open(QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml")));
    QCOMPARE(messages.size(), 0);
    QVERIFY(importMessages(window).isEmpty());
    QCOMPARE(window.validation()->importCount(), 0);
}

QTEST_MAIN(TestArchimateOpen)
#include "tst_archimateopen.moc"
