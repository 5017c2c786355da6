// Opening a damaged .ktm in the editor (issue 13): where the damage is local, the
// window offers "Open a Repaired Copy" and lists what the repair leaves out; the copy
// is untitled ("NAME (repaired).ktm"), unsaved, and the damaged file is never written.
// The offer is answered by clicking the real message box's buttons.
#include <support/generatedmodel.h>
#include <support/sqlitedoctor.h>

#include <gui/documentcontroller.h>
#include <gui/mainwindow.h>
#include <model/store/ktmstore.h>
#include <widgets/document/document.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestRepairedCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openRepairedCopy();
    void declined();
    void notLocalIsRefused();

private:
    // A saved generated model, damaged by statements.
    QString damagedModel(const QString &name, const QStringList &damage);
    // Clicks the button of the message box the next open() shows whose text is
    // `button`, remembering the box's text.
    void answerBox(const QString &button);

    QTemporaryDir m_dir;
    QString m_boxText;
    bool m_boxShown = false;
};

void TestRepairedCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
    QCoreApplication::setApplicationName(u"RepairedCopyTest"_s);
    QVERIFY(m_dir.isValid());
}

void TestRepairedCopy::init()
{
    QSettings().clear();
    QFile::remove(DocumentController::recoveryPath());
    m_boxText.clear();
    m_boxShown = false;
}

QString TestRepairedCopy::damagedModel(const QString &name, const QStringList &damage)
{
    const QString path = m_dir.filePath(name + u".ktm"_s);
    KtmStore store;
    if (!store.save(test::generatedModel(30), path))
        qFatal("%s", qPrintable(store.errorString()));
    if (!test::executeSql(path, damage))
        qFatal("damage failed");
    return path;
}

void TestRepairedCopy::answerBox(const QString &button)
{
    QTimer::singleShot(0, this, [this, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            // Not shown yet: try again once the event loop has run the dialog.
            answerBox(button);
            return;
        }
        m_boxShown = true;
        m_boxText = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == button) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

void TestRepairedCopy::openRepairedCopy()
{
    const QString path = damagedModel(u"broken"_s,
            { u"UPDATE nodes SET element = 999999 WHERE seq = "
              "(SELECT min(seq) FROM nodes WHERE kind = 'element')"_s });
    const QByteArray before = digest(path);
    MainWindow window;
    DocumentController *controller = window.controller();
    answerBox(u"Open a Repaired Copy"_s);
    QVERIFY(controller->open(path));
    QVERIFY(m_boxShown);
    // The box says what is wrong with the file and lists what the copy leaves out.
    QVERIFY2(m_boxText.contains(u"is damaged"_s), qPrintable(m_boxText));
    QVERIFY2(m_boxText.contains(u"nodes.element refers to 999999"_s), qPrintable(m_boxText));
    QVERIFY2(m_boxText.contains(u"• The node “"_s), qPrintable(m_boxText));
    QVERIFY(!controller->lastRepairs().isEmpty());
    for (const QString &repair : controller->lastRepairs().mid(0, 12))
        QVERIFY2(m_boxText.contains(repair), qPrintable(repair));

    Document *document = controller->document();
    QVERIFY(document);
    QVERIFY(document->filePath().isEmpty()); // untitled: Save never goes to the original
    QVERIFY(document->isModified());
    QCOMPARE(document->displayName(), u"broken (repaired).ktm"_s);
    QCOMPARE(document->suggestedPath(), m_dir.filePath(u"broken (repaired).ktm"_s));
    QVERIFY(window.windowTitle().startsWith(u"broken (repaired).ktm"_s));
    QCOMPARE(document->model().data().elements.size(), 30);
    QCOMPARE(digest(path), before);

    // Saved where the user chooses, it is a sound file.
    const QString copy = m_dir.filePath(u"chosen.ktm"_s);
    QString error;
    QVERIFY2(document->save(copy, &error), qPrintable(error));
    KtmStore store;
    ModelData data;
    QVERIFY2(store.load(copy, data), qPrintable(store.errorString()));
    QCOMPARE(digest(path), before);
}

void TestRepairedCopy::declined()
{
    const QString path = damagedModel(u"declined"_s,
            { u"UPDATE connections SET source = 999999 WHERE seq = (SELECT min(seq) FROM connections)"_s });
    MainWindow window;
    window.show();
    DocumentController *controller = window.controller();
    answerBox(u"Cancel"_s);
    QVERIFY(!controller->open(path));
    QVERIFY(m_boxShown);
    QVERIFY2(m_boxText.contains(u"connections.source refers to 999999"_s), qPrintable(m_boxText));
    QVERIFY(!controller->document() || controller->document()->filePath() != path);
}

// A circle of groups is not local damage: the error alone, no offer.
void TestRepairedCopy::notLocalIsRefused()
{
    const QString first = u"(SELECT min(seq) FROM nodes)"_s;
    const QString path = damagedModel(u"circle"_s,
            { u"UPDATE nodes SET parent = seq WHERE seq = %1"_s.arg(first) });
    MainWindow window;
    DocumentController *controller = window.controller();
    controller->setPromptAnswer(DocumentController::Answer::Discard); // no modal boxes
    controller->setRepairAnswer(true);
    QVERIFY(!controller->open(path));
    QVERIFY(controller->lastRepairs().isEmpty());
    QVERIFY(!controller->document() || controller->document()->filePath() != path);
}

QTEST_MAIN(TestRepairedCopy)
#include "tst_repairedcopy.moc"
