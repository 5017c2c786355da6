// The model tree panel driven as a user drives it: real widgets, QTest key and
// mouse events, offscreen. The tree follows the model row by row (no rebuild),
// sorts Vietnamese names as a dictionary does and filters without accents.
#include "panelfixtures.h"

#include <support/samplemodel.h>

#include <model/core/language.h>
#include <model/edit/elementedits.h>
#include <widgets/document/document.h>
#include <widgets/panels/dragmimedata.h>
#include <widgets/panels/modeltreemodel.h>
#include <widgets/panels/modeltreepanel.h>
#include <widgets/panels/vietnamesesort.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace kt;
using namespace Qt::StringLiterals;
using test::application;
using test::citizen;
using test::dataCentre;
using test::portal;
using test::typeText;

namespace {

// A model whose elements all sit in one layer (users), named as given.
ModelData modelWithNames(const QStringList &names)
{
    ModelData data = test::emptyModel();
    int n = 0;
    for (const QString &name : names)
        data.elements.append(Element{ElementId(u"id-n-%1"_s.arg(++n)), u"citizen"_s, name, {}, {}, {}});
    return data;
}

// The texts of the rows under a source item, in view order (through the proxy).
QStringList visibleChildren(const ModelTreePanel &panel, QStandardItem *parent)
{
    QStringList names;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(panel.treeView()->model());
    const QModelIndex index = proxy->mapFromSource(parent->index());
    const QAbstractItemModel *model = panel.treeView()->model();
    for (int row = 0; row < model->rowCount(index); ++row)
        names.append(model->index(row, 0, index).data(ModelTreeModel::NameRole).toString());
    return names;
}

// Every element row the tree shows (through the filter), by name.
QStringList visibleElementNames(const ModelTreePanel &panel)
{
    QStringList names;
    const QAbstractItemModel *model = panel.treeView()->model();
    for (int top = 0; top < model->rowCount(); ++top) {
        const QModelIndex folder = model->index(top, 0);
        for (int row = 0; row < model->rowCount(folder); ++row) {
            const QModelIndex index = model->index(row, 0, folder);
            if (ModelTreeModel::kindOf(index) == ModelTreeModel::ElementNode)
                names.append(index.data(ModelTreeModel::NameRole).toString());
        }
    }
    names.sort();
    return names;
}

QModelIndex viewIndexOf(const ModelTreePanel &panel, const ElementId &id)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(panel.treeView()->model());
    return proxy->mapFromSource(panel.treeModel()->elementItem(id)->index());
}

// Answers the next modal message box by clicking the button with that role.
void answerNextMessageBox(QMessageBox::ButtonRole role)
{
    QTimer::singleShot(0, [role] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == role)
                return button->click();
    });
}

} // namespace

class TestModelTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sortKeyOrders_data();
    void sortKeyOrders();
    void sortKeyAgreesWithIcu();

    void treeShowsEveryElementUnderItsLayer();
    void treeSortsVietnamese();
    void treeFilter_data();
    void treeFilter();
    void treeUpdatesIncrementally();
    void treeKeepsSelectionOnRename();
    void treeActivation();
    void treeSelectElementDoesNotEcho();
    void treeDragMimeData();
    void treeRenameInPlace();
    void treeDeleteFromModel();
    void treeUnknownTypeGoesToOwnFolder();
    void treeShowsFolders();
};

void TestModelTree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // Show Folders is remembered in QSettings
    QSettings().remove(u"modelTree/showFolders"_s);
    setUiLanguage(u"en"_s);
}

void TestModelTree::sortKeyOrders_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("a < ă") << u"an"_s << u"ăn"_s;
    QTest::newRow("ă < â") << u"ăn"_s << u"ân"_s;
    QTest::newRow("â < b") << u"ẩy"_s << u"ba"_s;
    QTest::newRow("d < đ") << u"dz"_s << u"đa"_s;
    QTest::newRow("Đà Nẵng after every D") << u"Dương"_s << u"Đà Nẵng"_s;
    QTest::newRow("e < ê") << u"ez"_s << u"ê"_s;
    QTest::newRow("o < ô") << u"oz"_s << u"ô"_s;
    QTest::newRow("ô < ơ") << u"ôz"_s << u"ơ"_s;
    QTest::newRow("u < ư") << u"uz"_s << u"ư"_s;
    QTest::newRow("ư < v") << u"ưz"_s << u"va"_s;
    QTest::newRow("ngang < huyền") << u"ba"_s << u"bà"_s;
    QTest::newRow("huyền < hỏi") << u"bà"_s << u"bả"_s;
    QTest::newRow("hỏi < ngã") << u"bả"_s << u"bã"_s;
    QTest::newRow("ngã < sắc") << u"bã"_s << u"bá"_s;
    QTest::newRow("sắc < nặng") << u"bá"_s << u"bạ"_s;
    QTest::newRow("letters before tones") << u"bạ"_s << u"bac"_s;
    QTest::newRow("prefix first") << u"Anh"_s << u"Anh Minh"_s;
    QTest::newRow("lower before upper") << u"an"_s << u"An"_s;
    QTest::newRow("NFD like NFC") << u"Ha\u0300 No\u0302\u0323i"_s << u"Hà Nội x"_s;
}

void TestModelTree::sortKeyOrders()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY2(vietnameseSortKey(before) < vietnameseSortKey(after),
             qPrintable(before + u" should sort before "_s + after));
    QVERIFY(!(vietnameseSortKey(after) < vietnameseSortKey(before)));
}

void TestModelTree::sortKeyAgreesWithIcu()
{
    QCollator collator{QLocale(QLocale::Vietnamese)};
    if (!(collator.compare(u"Dz"_s, u"Đa"_s) < 0 && collator.compare(u"ăz"_s, u"âa"_s) < 0))
        QSKIP("this Qt has no Vietnamese collation (no ICU) to compare with");
    QStringList names{u"Đà Nẵng"_s, u"Dương"_s, u"Ánh"_s, u"Anh"_s, u"Ân"_s, u"Ăn"_s,
                      u"Ảnh"_s, u"Ạnh"_s, u"Ành"_s, u"Ãnh"_s, u"Ê đê"_s, u"Ez"_s,
                      u"Ơn"_s, u"Ôm"_s, u"Om"_s, u"Ưu"_s, u"Uy"_s, u"Vĩnh Phúc"_s,
                      u"Sở Nội vụ"_s, u"Sở Nông nghiệp"_s, u"Sở Tài chính"_s, u"Sở Tư pháp"_s};
    QStringList ours = names;
    std::sort(ours.begin(), ours.end(), [](const QString &a, const QString &b) {
        return vietnameseSortKey(a) < vietnameseSortKey(b);
    });
    std::sort(names.begin(), names.end(), collator);
    QCOMPARE(ours, names);
}

void TestModelTree::treeShowsEveryElementUnderItsLayer()
{
    Document document(test::sampleModel());
    ModelTreePanel panel;
    panel.setDocument(&document);
    const ModelTreeModel *tree = panel.treeModel();
    const Profile &profile = document.model().profile();

    // Layers in profile order, then relationships and views.
    QCOMPARE(tree->rowCount(), int(profile.layers().size()) + 2);
    for (int i = 0; i < profile.layers().size(); ++i) {
        const Layer &layer = profile.layers().at(i);
        QCOMPARE(tree->item(i)->data(ModelTreeModel::IdRole).toString(), layer.id);
        QCOMPARE(tree->item(i)->data(ModelTreeModel::NameRole).toString(), layer.name.en);
    }
    QCOMPARE(tree->item(profile.layers().size()), tree->relationshipsItem());
    QCOMPARE(tree->item(profile.layers().size() + 1), tree->viewsItem());

    const ModelData &data = document.model().data();
    QHash<QString, int> perLayer;
    for (const Element &element : data.elements) {
        QStandardItem *item = tree->elementItem(element.id);
        QVERIFY2(item, qPrintable(element.name));
        const QString layer = profile.elementType(element.type)->layer;
        QCOMPARE(item->parent(), tree->layerItem(layer));
        QCOMPARE(item->text(), element.name);
        ++perLayer[layer];
    }
    for (const Layer &layer : profile.layers()) {
        QStandardItem *item = tree->layerItem(layer.id);
        QCOMPARE(item->rowCount(), perLayer.value(layer.id));
        QCOMPARE(item->text(), u"%1 (%2)"_s.arg(layer.name.en).arg(perLayer.value(layer.id)));
    }
    QCOMPARE(tree->relationshipsItem()->rowCount(), int(data.relationships.size()));
    QCOMPARE(tree->viewsItem()->rowCount(), int(data.views.size()));
    // "source → target (type)"
    const RelationshipType *uses = profile.relationshipType(data.relationships.at(0).type);
    QCOMPARE(tree->relationshipItem(RelationshipId(u"id-r-1"_s))->text(),
             u"Người dân → Cổng dịch vụ công (%1)"_s.arg(uses->name.en));
}

void TestModelTree::treeSortsVietnamese()
{
    Document document(modelWithNames({u"Đà Nẵng"_s, u"Dương"_s, u"Ánh"_s, u"Anh"_s, u"Ân"_s,
                                       u"Ăn"_s, u"Bạ"_s, u"Bá"_s, u"Bã"_s, u"Bả"_s, u"Bà"_s,
                                       u"Ba"_s}));
    ModelTreePanel panel;
    panel.setDocument(&document);
    QCOMPARE(visibleChildren(panel, panel.treeModel()->layerItem(u"users"_s)),
             QStringList({u"Anh"_s, u"Ánh"_s, u"Ăn"_s, u"Ân"_s, u"Ba"_s, u"Bà"_s, u"Bả"_s,
                          u"Bã"_s, u"Bá"_s, u"Bạ"_s, u"Dương"_s, u"Đà Nẵng"_s}));

    // A new element goes to its place, not to the end.
    document.push(std::make_unique<AddElement>(
            Element{ElementId(u"id-new"_s), u"citizen"_s, u"Đà Lạt"_s, {}, {}, {}}));
    document.push(std::make_unique<AddElement>(
            Element{ElementId(u"id-new2"_s), u"citizen"_s, u"Âu"_s, {}, {}, {}}));
    QCOMPARE(visibleChildren(panel, panel.treeModel()->layerItem(u"users"_s)),
             QStringList({u"Anh"_s, u"Ánh"_s, u"Ăn"_s, u"Ân"_s, u"Âu"_s, u"Ba"_s, u"Bà"_s,
                          u"Bả"_s, u"Bã"_s, u"Bá"_s, u"Bạ"_s, u"Dương"_s, u"Đà Lạt"_s,
                          u"Đà Nẵng"_s}));
}

void TestModelTree::treeFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("an toan") << u"an toan"_s << QStringList{u"An toàn thông tin mạng"_s};
    QTest::newRow("ha noi") << u"ha noi"_s << QStringList{u"Cổng Hà Nội"_s};
    QTest::newRow("upper case") << u"HA NOI"_s << QStringList{u"Cổng Hà Nội"_s};
    QTest::newRow("dang") << u"dang"_s << QStringList{u"Đăng ký kinh doanh"_s};
    QTest::newRow("accented query") << u"người"_s << QStringList{u"Người dân"_s};
    QTest::newRow("cong") << u"cong"_s
                          << QStringList{u"Cổng Hà Nội"_s, u"Cổng dịch vụ công"_s};
    QTest::newRow("nothing") << u"xyz"_s << QStringList();
}

void TestModelTree::treeFilter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    ModelData data = test::sampleModel();
    data.elements.append(Element{ElementId(u"id-x1"_s), u"citizen"_s, u"Cổng Hà Nội"_s, {}, {}, {}});
    data.elements.append(
            Element{ElementId(u"id-x2"_s), u"business"_s, u"Đăng ký kinh doanh"_s, {}, {}, {}});
    const ElementType *security = nullptr;
    for (const ElementType &type : data.profile->elementTypes())
        if (type.layer == u"security" && !type.generic && !security)
            security = &type;
    data.elements.append(
            Element{ElementId(u"id-x3"_s), security->id, u"An toàn thông tin mạng"_s, {}, {}, {}});
    Document document(std::move(data));
    ModelTreePanel panel;
    panel.setDocument(&document);
    panel.show();
    QTreeView *tree = panel.treeView();
    tree->collapseAll();
    const QStringList all = visibleElementNames(panel);

    typeText(panel.filterEdit(), query);
    expected.sort();
    QCOMPARE(visibleElementNames(panel), expected);
    for (const QString &name : std::as_const(expected)) {
        const QModelIndexList found = tree->model()->match(
                tree->model()->index(0, 0), ModelTreeModel::NameRole, name, 1,
                Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QVERIFY2(tree->isExpanded(found.first().parent()), "the parent of a match is expanded");
    }
    // Folders without a match are gone (the views folder matches none of these).
    const QModelIndexList views = tree->model()->match(
            tree->model()->index(0, 0), ModelTreeModel::KindRole, int(ModelTreeModel::ViewsNode));
    QVERIFY(views.isEmpty());

    // An element renamed into or out of the filter appears or goes.
    if (!expected.isEmpty()) {
        document.push(std::make_unique<SetElementName>(citizen, query + u" mới"_s));
        QVERIFY(visibleElementNames(panel).contains(query + u" mới"_s));
        document.undoStack()->undo();
        QCOMPARE(visibleElementNames(panel), expected);
    }

    QTest::keyClick(panel.filterEdit(), Qt::Key_Escape);
    QVERIFY(panel.filterEdit()->text().isEmpty());
    QCOMPARE(visibleElementNames(panel), all);
}

void TestModelTree::treeUpdatesIncrementally()
{
    Document document(test::sampleModel());
    ModelTreePanel panel;
    panel.setDocument(&document);
    panel.show();
    ModelTreeModel *tree = panel.treeModel();
    QSignalSpy resets(tree, &QAbstractItemModel::modelReset);
    QStandardItem *technology = tree->layerItem(u"technology"_s);
    QStandardItem *channels = tree->layerItem(u"channels"_s);
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(panel.treeView()->model());
    panel.treeView()->collapse(proxy->mapFromSource(channels->index()));
    panel.treeView()->expand(proxy->mapFromSource(technology->index()));
    const auto expandedStatesKept = [&] {
        return panel.treeView()->isExpanded(proxy->mapFromSource(technology->index()))
                && !panel.treeView()->isExpanded(proxy->mapFromSource(channels->index()));
    };
    QStandardItem *usersLayer = tree->layerItem(u"users"_s);
    QStandardItem *citizenItem = tree->elementItem(citizen);

    // Add: the row appears under its layer; the layer's count follows.
    QVERIFY(document.push(std::make_unique<AddElement>(
            Element{ElementId(u"id-added"_s), u"business"_s, u"Doanh nghiệp A"_s, {}, {}, {}})));
    QStandardItem *added = tree->elementItem(ElementId(u"id-added"_s));
    QVERIFY(added);
    QCOMPARE(added->parent(), usersLayer);
    QCOMPARE(usersLayer->rowCount(), 2);
    QVERIFY(usersLayer->text().endsWith(u"(2)"_s));
    QCOMPARE(visibleChildren(panel, usersLayer), QStringList({u"Doanh nghiệp A"_s, u"Người dân"_s}));

    // Rename: the row moves to its new place and the relationships show the new name.
    QVERIFY(document.push(std::make_unique<SetElementName>(citizen, u"Công dân"_s)));
    QCOMPARE(visibleChildren(panel, usersLayer), QStringList({u"Công dân"_s, u"Doanh nghiệp A"_s}));
    QVERIFY(tree->relationshipItem(RelationshipId(u"id-r-1"_s))->text().startsWith(u"Công dân → "_s));
    QCOMPARE(tree->elementItem(citizen), citizenItem); // the same row, moved, not rebuilt

    // Remove: the row goes, and so do the relationships that went with the element.
    const int relationships = tree->relationshipsItem()->rowCount();
    QVERIFY(document.push(std::make_unique<RemoveElements>(QSet<ElementId>{dataCentre})));
    QVERIFY(!tree->elementItem(dataCentre));
    QCOMPARE(technology->rowCount(), 0);
    QVERIFY(technology->text().endsWith(u"(0)"_s));
    QCOMPARE(tree->relationshipsItem()->rowCount(), relationships - 1);
    QVERIFY(!tree->relationshipItem(RelationshipId(u"id-r-3"_s)));

    // Undo puts everything back, still row by row.
    document.undoStack()->undo();
    QVERIFY(tree->elementItem(dataCentre));
    QCOMPARE(tree->elementItem(dataCentre)->parent(), technology);
    QCOMPARE(tree->relationshipsItem()->rowCount(), relationships);
    document.undoStack()->undo();
    QCOMPARE(visibleChildren(panel, usersLayer), QStringList({u"Doanh nghiệp A"_s, u"Người dân"_s}));
    document.undoStack()->undo();
    QVERIFY(!tree->elementItem(ElementId(u"id-added"_s)));

    QCOMPARE(resets.count(), 0);
    QCOMPARE(tree->layerItem(u"technology"_s), technology);
    QVERIFY2(expandedStatesKept(), "an unrelated row's expanded state survives the edits");
}

void TestModelTree::treeKeepsSelectionOnRename()
{
    Document document(test::sampleModel());
    ModelTreePanel panel;
    panel.setDocument(&document);
    panel.show();
    panel.selectElement(citizen);
    QSignalSpy selected(&panel, &ModelTreePanel::elementsSelected);
    document.push(std::make_unique<SetElementName>(citizen, u"Zô"_s));
    QCOMPARE(panel.selectedElements(), QList<ElementId>{citizen});
    QCOMPARE(panel.treeView()->currentIndex(), viewIndexOf(panel, citizen));
    QCOMPARE(selected.count(), 0);

    // Removing the selected element does change the selection: say so.
    document.push(std::make_unique<RemoveElements>(QSet<ElementId>{citizen}));
    QCOMPARE(selected.count(), 1);
    QVERIFY(selected.first().first().value<QList<ElementId>>().isEmpty());
}

void TestModelTree::treeActivation()
{
    Document document(test::sampleModel());
    ModelTreePanel panel;
    panel.resize(400, 600);
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy elements(&panel, &ModelTreePanel::elementActivated);
    QSignalSpy views(&panel, &ModelTreePanel::viewActivated);

    QTreeView *tree = panel.treeView();
    const QPoint at = tree->visualRect(viewIndexOf(panel, portal)).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(elements.count(), 1);
    QCOMPARE(elements.first().first().value<ElementId>(), portal);

    // Enter on the current row activates it too.
    tree->setFocus();
    tree->setCurrentIndex(viewIndexOf(panel, application));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(elements.count(), 2);
    QCOMPARE(elements.last().first().value<ElementId>(), application);

    const auto *proxy = static_cast<const QSortFilterProxyModel *>(tree->model());
    const QModelIndex view = proxy->mapFromSource(
            panel.treeModel()->viewItem(ViewId(u"id-v-1"_s))->index());
    tree->scrollTo(view);
    const QPoint viewAt = tree->visualRect(view).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, viewAt);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, viewAt);
    QCOMPARE(views.count(), 1);
    QCOMPARE(views.first().first().value<ViewId>(), ViewId(u"id-v-1"_s));
    QCOMPARE(elements.count(), 2);
}

void TestModelTree::treeSelectElementDoesNotEcho()
{
    Document document(test::sampleModel());
    ModelTreePanel panel;
    panel.resize(400, 600);
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy selected(&panel, &ModelTreePanel::elementsSelected);

    panel.treeView()->collapseAll();
    panel.selectElement(dataCentre);
    QCOMPARE(panel.selectedElements(), QList<ElementId>{dataCentre});
    QVERIFY(panel.treeView()->isExpanded(viewIndexOf(panel, dataCentre).parent()));
    QCOMPARE(selected.count(), 0);

    // A hidden element is shown by clearing the filter.
    panel.filterEdit()->setText(u"nguoi"_s);
    panel.selectElement(application);
    QVERIFY(panel.filterEdit()->text().isEmpty());
    QCOMPARE(panel.selectedElements(), QList<ElementId>{application});
    QCOMPARE(selected.count(), 0);

    // A click of the user is announced.
    panel.treeView()->scrollTo(viewIndexOf(panel, portal));
    const QPoint at = panel.treeView()->visualRect(viewIndexOf(panel, portal)).center();
    QTest::mouseClick(panel.treeView()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().value<QList<ElementId>>(), QList<ElementId>{portal});
}

void TestModelTree::treeDragMimeData()
{
    Document document(test::sampleModel());
    ModelTreePanel panel;
    panel.setDocument(&document);
    QTreeView *tree = panel.treeView();
    tree->selectionModel()->select(viewIndexOf(panel, citizen), QItemSelectionModel::Select);
    tree->selectionModel()->select(viewIndexOf(panel, portal), QItemSelectionModel::Select);
    QVERIFY(tree->dragEnabled());
    QVERIFY(viewIndexOf(panel, citizen).flags() & Qt::ItemIsDragEnabled);

    // What QAbstractItemView::startDrag hands to QDrag.
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData(tree->selectionModel()->selectedIndexes()));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(u"application/x-kientruc-element-ids"_s));
    QStringList lines = QString::fromUtf8(mime->data(u"application/x-kientruc-element-ids"_s))
                                .split(u'\n');
    lines.sort();
    QCOMPARE(lines, QStringList({citizen.toString(), portal.toString()}));
    QList<ElementId> ids = elementIdsFromMimeData(mime.get());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, QList<ElementId>({citizen, portal}));

    // Folders are not dragged.
    const QModelIndex folder = tree->model()->index(0, 0);
    QVERIFY(!(folder.flags() & Qt::ItemIsDragEnabled));
}

void TestModelTree::treeRenameInPlace()
{
    Document document(test::sampleModel());
    ModelTreePanel panel;
    panel.resize(400, 600);
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.selectElement(portal);
    panel.treeView()->setFocus();

    QTest::keyClick(panel.treeView(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "F2 opens an editor");
    QCOMPARE(editor->text(), u"Cổng dịch vụ công"_s);
    editor->selectAll();
    typeText(editor, u"Cổng DVC tỉnh"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(document.model().element(portal)->name, u"Cổng DVC tỉnh"_s);
    QCOMPARE(panel.treeModel()->elementItem(portal)->text(), u"Cổng DVC tỉnh"_s);
    QCOMPARE(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    QCOMPARE(document.model().element(portal)->name, u"Cổng dịch vụ công"_s);
    QCOMPARE(panel.treeModel()->elementItem(portal)->text(), u"Cổng dịch vụ công"_s);
}

void TestModelTree::treeDeleteFromModel()
{
    Document document(test::sampleModel());
    ModelTreePanel panel;
    panel.setDocument(&document);
    panel.show();

    // In no view: deleted without a question.
    panel.selectElement(dataCentre);
    QVERIFY(panel.deleteAction()->isEnabled());
    panel.deleteAction()->trigger();
    QVERIFY(!document.model().element(dataCentre));
    QVERIFY(!panel.treeModel()->elementItem(dataCentre));
    document.undoStack()->undo();
    QVERIFY(document.model().element(dataCentre));

    // In a view: asked first; Cancel keeps it, Delete removes it.
    panel.selectElement(citizen);
    answerNextMessageBox(QMessageBox::RejectRole);
    panel.deleteAction()->trigger();
    QVERIFY(document.model().element(citizen));
    answerNextMessageBox(QMessageBox::DestructiveRole);
    panel.deleteAction()->trigger();
    QVERIFY(!document.model().element(citizen));
    QVERIFY(!panel.treeModel()->elementItem(citizen));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestModelTree::treeUnknownTypeGoesToOwnFolder()
{
    // An imported or damaged model may hold a type the profile does not know.
    ModelData data = test::sampleModel();
    data.elements.append(Element{ElementId(u"id-odd"_s), u"no-such-type"_s, u"Lạ"_s, {}, {}, {}});
    Document document(std::move(data));
    ModelTreePanel panel;
    panel.setDocument(&document);
    const ModelTreeModel *tree = panel.treeModel();
    QStandardItem *other = tree->otherItem();
    QVERIFY(other);
    QCOMPARE(tree->elementItem(ElementId(u"id-odd"_s))->parent(), other);
    QCOMPARE(other->row(), tree->relationshipsItem()->row() - 1);

    // The folder goes with its last element.
    document.push(std::make_unique<RemoveElements>(QSet<ElementId>{ElementId(u"id-odd"_s)}));
    QVERIFY(!tree->otherItem());
    QCOMPARE(tree->rowCount(), int(document.model().profile().layers().size()) + 2);
    document.undoStack()->undo();
    QVERIFY(tree->otherItem());
    QCOMPARE(tree->otherItem()->rowCount(), 1);
}

// Issue 12: the folders of an imported model (kt:folder) as a tree when Show
// Folders is on, remembered for the next panel; off, everything is where it was.
void TestModelTree::treeShowsFolders()
{
    ModelData data = test::sampleModel();
    Element &element = *data.elements.find(data.elements.at(0).id);
    element.extraProperties.append({u"kt:folder"_s, u"Imported/Business"_s});
    const ElementId elementId = element.id;
    Relationship &relationship = *data.relationships.find(data.relationships.at(0).id);
    relationship.extraProperties.append({u"kt:folder"_s, u"Imported"_s});
    const RelationshipId relationshipId = relationship.id;
    View &view = *data.views.find(data.views.at(0).id);
    view.extraProperties.append({u"kt:folder"_s, u"Views/Old"_s});
    const ViewId viewId = view.id;
    Document document(std::move(data));
    ModelTreePanel panel;
    panel.setDocument(&document);
    const ModelTreeModel *tree = panel.treeModel();
    const Profile &profile = document.model().profile();
    const QString layer = profile.elementType(document.model().element(elementId)->type)->layer;
    QVERIFY(!panel.showFoldersAction()->isChecked());
    QCOMPARE(tree->elementItem(elementId)->parent(), tree->layerItem(layer));
    QVERIFY(!tree->folderItem(u"Imported"_s));

    panel.showFoldersAction()->trigger();
    QVERIFY(QSettings().value(u"modelTree/showFolders"_s).toBool());
    QStandardItem *imported = tree->folderItem(u"Imported"_s);
    QStandardItem *business = tree->folderItem(u"Imported/Business"_s);
    QVERIFY(imported && business);
    QCOMPARE(business->parent(), imported);
    QCOMPARE(ModelTreeModel::kindOf(imported->index()), ModelTreeModel::FolderNode);
    QCOMPARE(tree->elementItem(elementId)->parent(), business);
    QCOMPARE(tree->relationshipItem(relationshipId)->parent(), imported);
    QCOMPARE(tree->viewItem(viewId)->parent(), tree->folderItem(u"Views/Old"_s));
    QCOMPARE(business->text(), u"Business (1)"_s);
    // An edit keeps the row in its folder.
    QVERIFY(document.push(std::make_unique<SetElementName>(elementId, u"Đổi tên"_s)));
    QCOMPARE(tree->elementItem(elementId)->parent(), business);

    // Remembered: a new panel opens with folders.
    ModelTreePanel second;
    QVERIFY(second.showFoldersAction()->isChecked());
    second.setDocument(&document);
    QCOMPARE(second.treeModel()->elementItem(elementId)->parent(),
             second.treeModel()->folderItem(u"Imported/Business"_s));

    panel.showFoldersAction()->trigger();
    QVERIFY(!QSettings().value(u"modelTree/showFolders"_s).toBool());
    QCOMPARE(tree->elementItem(elementId)->parent(), tree->layerItem(layer));
    QCOMPARE(tree->relationshipItem(relationshipId)->parent(), tree->relationshipsItem());
    QVERIFY(!tree->folderItem(u"Imported"_s));
}

QTEST_MAIN(TestModelTree)
#include "tst_modeltree.moc"
