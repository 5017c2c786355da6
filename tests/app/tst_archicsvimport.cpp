// File ▸ Import Archi CSV… in the editor: the set merges into the open model as
// one undo step (added and updated by id, nothing deleted) and undo restores it.
#include <gui/documentcontroller.h>
#include <gui/mainwindow.h>
#include <model/io/archicsv.h>
#include <widgets/document/document.h>

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kt;
using namespace Qt::StringLiterals;

class TestArchiCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importIsOneUndoStep();
};

void TestArchiCsvImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
    QCoreApplication::setApplicationName(u"ArchiCsvImportTest"_s);
    QSettings().clear();
    QFile::remove(DocumentController::recoveryPath());
}

void TestArchiCsvImport::importIsOneUndoStep()
{
    MainWindow window;
    QAction *action = window.findChild<QAction *>(u"importArchiCsv"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no model open yet
    QVERIFY(window.controller()->openExample(u"vinhphuc-2.0"_s));
    QVERIFY(action->isEnabled());
    Document *document = window.controller()->document();
    const ModelData before = document->model().data();
    const int steps = document->undoStack()->count();

    // One element added, with a relationship to an element the model has.
    const Element &existing = before.elements.at(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"in-elements.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv::formatRow({u"ID"_s, u"Type"_s, u"Name"_s, u"Documentation"_s,
                                   u"Specialization"_s})
                           .toUtf8());
        file.write(csv::formatRow({u"new-1"_s, u"ApplicationComponent"_s, u"Ứng dụng mới"_s,
                                   QString(), QString()})
                           .toUtf8());
    }
    {
        QFile file(dir.filePath(u"in-relations.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv::formatRow({u"ID"_s, u"Type"_s, u"Name"_s, u"Documentation"_s, u"Source"_s,
                                   u"Target"_s, u"Specialization"_s})
                           .toUtf8());
        file.write(csv::formatRow({u"new-r"_s, u"AssociationRelationship"_s, QString(),
                                   QString(), u"new-1"_s, existing.id.toString(), QString()})
                           .toUtf8());
    }
    QVERIFY(window.controller()->importArchiCsv(path));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const ModelData &after = document->model().data();
    QCOMPARE(after.elements.size(), before.elements.size() + 1);
    QCOMPARE(after.relationships.size(), before.relationships.size() + 1);
    QVERIFY(after.elements.contains(ElementId(u"new-1"_s)));
    QVERIFY(after.views == before.views);
    QVERIFY(document->isModified());
    document->undoStack()->undo();
    QVERIFY(document->model().data() == before);
    document->undoStack()->redo();
    QVERIFY(document->model().data().relationships.contains(RelationshipId(u"new-r"_s)));
    window.controller()->setPromptAnswer(DocumentController::Answer::Discard);
}

QTEST_MAIN(TestArchiCsvImport)
#include "tst_archicsvimport.moc"
