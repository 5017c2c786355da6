// Folders are edited in the model tree when they are shown (issue 12): a new
// folder holding the selection, Move to Folder, renaming a folder in place,
// deleting one (what it holds moves to its parent), dropping elements and views
// on a folder; each one undoable step, the rows following the model.
#include <support/samplemodel.h>

#include <model/edit/folderedits.h>
#include <widgets/document/document.h>
#include <widgets/panels/dragmimedata.h>
#include <widgets/panels/modeltreemodel.h>
#include <widgets/panels/modeltreepanel.h>

#include <QAbstractProxyModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const ElementId App(u"id-e-app"_s);
const ElementId Citizen(u"id-e-citizen"_s);
const ElementId Portal(u"id-e-portal"_s);
const ViewId Overall(u"id-v-1"_s);

// The sample model with the app in "Imported" and the citizen in "Imported/Business".
ModelData foldered()
{
    ModelData data = test::sampleModel();
    data.elements.find(App)->extraProperties.append({u"kt:folder"_s, u"Imported"_s});
    data.elements.find(Citizen)->extraProperties.append(
            {u"kt:folder"_s, u"Imported/Business"_s});
    return data;
}

QString folderOfElement(const Document &document, const ElementId &id)
{
    return folderOf(document.model().element(id)->extraProperties);
}

} // namespace

class TestModelTreeFolders : public QObject
{
    Q_OBJECT

private:
    // Selects the rows of these items (source items of the panel's tree model).
    static void select(ModelTreePanel &panel, const QList<QStandardItem *> &items);

private Q_SLOTS:
    void initTestCase();
    void commandsNeedFolders();
    void moveToFolder();
    void newFolder();
    void renameInPlace();
    void deleteFolder();
    void dropOnFolder();
};

void TestModelTreeFolders::select(ModelTreePanel &panel, const QList<QStandardItem *> &items)
{
    QTreeView *tree = panel.treeView();
    auto *proxy = static_cast<QAbstractProxyModel *>(tree->model());
    tree->selectionModel()->clearSelection();
    for (QStandardItem *item : items) {
        const QModelIndex index = proxy->mapFromSource(item->index());
        QVERIFY(index.isValid());
        tree->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestModelTreeFolders::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().setValue(u"modelTree/showFolders"_s, true);
}

void TestModelTreeFolders::commandsNeedFolders()
{
    Document document(foldered());
    ModelTreePanel panel;
    panel.setDocument(&document);
    select(panel, {panel.treeModel()->elementItem(Portal)});
    QVERIFY(panel.moveToFolderAction()->isEnabled());
    QVERIFY(panel.newFolderAction()->isEnabled());
    QVERIFY(!panel.deleteFolderAction()->isEnabled()); // an element is current
    select(panel, {panel.treeModel()->folderItem(u"Imported"_s)});
    QVERIFY(panel.deleteFolderAction()->isEnabled());
    QVERIFY(panel.renameAction()->isEnabled());
    QVERIFY(!panel.moveToFolderAction()->isEnabled()); // nothing to move
    // Without folders shown, no folder command.
    panel.showFoldersAction()->trigger();
    select(panel, {panel.treeModel()->elementItem(Portal)});
    QVERIFY(!panel.moveToFolderAction()->isEnabled());
    QVERIFY(!panel.newFolderAction()->isEnabled());
    panel.showFoldersAction()->trigger();
}

void TestModelTreeFolders::moveToFolder()
{
    Document document(foldered());
    ModelTreePanel panel;
    panel.setDocument(&document);
    ModelTreeModel *tree = panel.treeModel();
    select(panel, {tree->elementItem(Portal), tree->viewItem(Overall)});
    QVERIFY(panel.moveSelectionToFolder(u"Imported/Business"_s));
    QCOMPARE(folderOfElement(document, Portal), u"Imported/Business"_s);
    QCOMPARE(folderOf(document.model().view(Overall)->extraProperties), u"Imported/Business"_s);
    QStandardItem *business = tree->folderItem(u"Imported/Business"_s);
    QCOMPARE(tree->elementItem(Portal)->parent(), business);
    QCOMPARE(tree->viewItem(Overall)->parent(), business);
    QCOMPARE(business->text(), u"Business (3)"_s);
    QCOMPARE(document.undoStack()->count(), 1); // one step for both
    document.undoStack()->undo();
    QCOMPARE(folderOfElement(document, Portal), QString());
    QVERIFY(tree->elementItem(Portal)->parent() != business);
    QCOMPARE(business->text(), u"Business (1)"_s);
}

void TestModelTreeFolders::newFolder()
{
    Document document(foldered());
    ModelTreePanel panel;
    panel.setDocument(&document);
    ModelTreeModel *tree = panel.treeModel();
    // The current row is the app, in "Imported": the new folder goes there.
    select(panel, {tree->elementItem(Portal), tree->elementItem(App)});
    QVERIFY(panel.newFolder(u"Fresh"_s));
    QCOMPARE(folderOfElement(document, Portal), u"Imported/Fresh"_s);
    QCOMPARE(folderOfElement(document, App), u"Imported/Fresh"_s);
    QVERIFY(tree->folderItem(u"Imported/Fresh"_s));
    QCOMPARE(tree->folderItem(u"Imported/Fresh"_s)->parent(), tree->folderItem(u"Imported"_s));
    // A bad name is refused and says why.
    QSignalSpy refused(&document, &Document::editRefused);
    QVERIFY(!panel.newFolder(u"a/b"_s));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestModelTreeFolders::renameInPlace()
{
    Document document(foldered());
    ModelTreePanel panel;
    panel.setDocument(&document);
    ModelTreeModel *tree = panel.treeModel();
    QStandardItem *imported = tree->folderItem(u"Imported"_s);
    QVERIFY(imported->flags() & Qt::ItemIsEditable);
    QVERIFY(!(imported->flags() & Qt::ItemIsDragEnabled));
    QVERIFY(tree->setData(imported->index(), u"Renamed"_s, Qt::EditRole));
    // The edit is pushed after the editor has closed.
    QTRY_COMPARE(folderOfElement(document, App), u"Renamed"_s);
    QCOMPARE(folderOfElement(document, Citizen), u"Renamed/Business"_s);
    QVERIFY(!tree->folderItem(u"Imported"_s)); // empty now: gone
    QCOMPARE(tree->elementItem(Citizen)->parent(), tree->folderItem(u"Renamed/Business"_s));
    document.undoStack()->undo();
    QCOMPARE(folderOfElement(document, Citizen), u"Imported/Business"_s);
    QVERIFY(!tree->folderItem(u"Renamed"_s));
    QCOMPARE(tree->elementItem(Citizen)->parent(), tree->folderItem(u"Imported/Business"_s));
}

void TestModelTreeFolders::deleteFolder()
{
    Document document(foldered());
    ModelTreePanel panel;
    panel.setDocument(&document);
    ModelTreeModel *tree = panel.treeModel();
    const int elements = int(document.model().data().elements.size());
    select(panel, {tree->folderItem(u"Imported"_s)});
    QVERIFY(panel.deleteFolderAction()->isEnabled());
    panel.deleteFolderAction()->trigger();
    QCOMPARE(folderOfElement(document, App), QString());
    QCOMPARE(folderOfElement(document, Citizen), u"Business"_s);
    QCOMPARE(int(document.model().data().elements.size()), elements);
    QVERIFY(!tree->folderItem(u"Imported"_s));
    QCOMPARE(tree->elementItem(Citizen)->parent(), tree->folderItem(u"Business"_s));
    document.undoStack()->undo();
    QCOMPARE(folderOfElement(document, App), u"Imported"_s);
    QCOMPARE(tree->elementItem(App)->parent(), tree->folderItem(u"Imported"_s));
}

void TestModelTreeFolders::dropOnFolder()
{
    Document document(foldered());
    ModelTreePanel panel;
    panel.setDocument(&document);
    ModelTreeModel *tree = panel.treeModel();
    // What the tree drags: elements and views together.
    std::unique_ptr<QMimeData> mime(tree->mimeData(
            {tree->elementItem(Portal)->index(), tree->viewItem(Overall)->index()}));
    QVERIFY(mime);
    QCOMPARE(elementIdsFromMimeData(mime.get()), QList<ElementId>({Portal}));
    QCOMPARE(viewIdsFromMimeData(mime.get()), QList<ViewId>({Overall}));
    const QModelIndex business = tree->folderItem(u"Imported/Business"_s)->index();
    QVERIFY(tree->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, business));
    // Not on an element, a layer or the views node.
    QVERIFY(!tree->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1,
                                   tree->elementItem(App)->index()));
    QVERIFY(!tree->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1,
                                   tree->viewsItem()->index()));
    tree->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, business);
    QTRY_COMPARE(folderOfElement(document, Portal), u"Imported/Business"_s);
    QCOMPARE(folderOf(document.model().view(Overall)->extraProperties), u"Imported/Business"_s);
    QCOMPARE(document.undoStack()->count(), 1);
    // The drop reaches the tree through its filter model too.
    auto *proxy = static_cast<QAbstractProxyModel *>(panel.treeView()->model());
    std::unique_ptr<QMimeData> app(createElementIdsMimeData({App}));
    // (false: no row is inserted by the drop; the edit moves the row.)
    proxy->dropMimeData(app.get(), Qt::CopyAction, -1, -1,
                        proxy->mapFromSource(tree->folderItem(u"Imported/Business"_s)->index()));
    QTRY_COMPARE(folderOfElement(document, App), u"Imported/Business"_s);
}

QTEST_MAIN(TestModelTreeFolders)
#include "tst_modeltreefolders.moc"
