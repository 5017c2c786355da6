// The dock panels driven as a user drives them: real widgets, QTest key and mouse
// events, offscreen. The tree follows the model row by row (no rebuild), sorts
// Vietnamese names as a dictionary does and filters without accents; the
// properties panel turns every change into one undoable edit; the validation
// panel counts what the Validator finds.
#include <support/samplemodel.h>

#include <model/core/language.h>
#include <model/core/text.h>
#include <model/edit/elementedits.h>
#include <model/edit/infoedits.h>
#include <model/validate/validator.h>
#include <widgets/document/document.h>
#include <widgets/panels/dragmimedata.h>
#include <widgets/panels/elementeditor.h>
#include <widgets/panels/extrapropertiestable.h>
#include <widgets/panels/findingmodel.h>
#include <widgets/panels/modeltreemodel.h>
#include <widgets/panels/modeltreepanel.h>
#include <widgets/panels/palettemodel.h>
#include <widgets/panels/palettepanel.h>
#include <widgets/panels/paletteview.h>
#include <widgets/panels/propertiespanel.h>
#include <widgets/panels/validationpanel.h>
#include <widgets/panels/vietnamesesort.h>

#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const ElementId citizen(u"id-e-citizen"_s);
const ElementId portal(u"id-e-portal"_s);
const ElementId application(u"id-e-app"_s);
const ElementId dataCentre(u"id-e-dc"_s);

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

// Types text as key presses; QTest::keyClicks takes ASCII only.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
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

class TestPanels : public QObject
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

    void paletteListsEveryType();
    void paletteDragMimeData();
    void paletteChoosesByClick();
    void paletteFilter();

    void propertiesEnumCombo();
    void propertiesSecurityLevelSpinBox();
    void propertiesRefusedEditReverts();
    void propertiesFollowModel();
    void propertiesExtraProperties();
    void propertiesRelationshipTypes();
    void propertiesModelInfo();

    void validationCounts();
    void panelsOutliveTheDocument();
};

void TestPanels::initTestCase()
{
    setUiLanguage(u"en"_s);
}

void TestPanels::sortKeyOrders_data()
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

void TestPanels::sortKeyOrders()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY2(vietnameseSortKey(before) < vietnameseSortKey(after),
             qPrintable(before + u" should sort before "_s + after));
    QVERIFY(!(vietnameseSortKey(after) < vietnameseSortKey(before)));
}

void TestPanels::sortKeyAgreesWithIcu()
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

void TestPanels::treeShowsEveryElementUnderItsLayer()
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

void TestPanels::treeSortsVietnamese()
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

void TestPanels::treeFilter_data()
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

void TestPanels::treeFilter()
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

void TestPanels::treeUpdatesIncrementally()
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

void TestPanels::treeKeepsSelectionOnRename()
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

void TestPanels::treeActivation()
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

void TestPanels::treeSelectElementDoesNotEcho()
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

void TestPanels::treeDragMimeData()
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

void TestPanels::treeRenameInPlace()
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

void TestPanels::treeDeleteFromModel()
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

void TestPanels::treeUnknownTypeGoesToOwnFolder()
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

void TestPanels::paletteListsEveryType()
{
    const ProfilePtr profile = test::frameworkProfile();
    PalettePanel panel;
    panel.setProfile(profile);
    const PaletteModel *model = panel.paletteModel();

    QCOMPARE(model->rowCount(), int(profile->layers().size()) + 1);
    int types = 0;
    for (int section = 0; section < profile->layers().size(); ++section) {
        const Layer &layer = profile->layers().at(section);
        const QStandardItem *item = model->item(section);
        QCOMPARE(item->text(), layer.name.en);
        bool sawGeneric = false;
        for (int row = 0; row < item->rowCount(); ++row) {
            const ElementType *type =
                    profile->elementType(item->child(row)->data(PaletteModel::IdRole).toString());
            QVERIFY(type);
            QCOMPARE(type->layer, layer.id);
            QCOMPARE(item->child(row)->text(), type->name.en);
            QVERIFY2(!sawGeneric || type->generic, "generic types come last");
            sawGeneric = sawGeneric || type->generic;
            QVERIFY(item->child(row)->toolTip().contains(type->archimateType));
            QVERIFY(item->child(row)->toolTip().contains(type->name.vi.toHtmlEscaped()));
            ++types;
        }
    }
    QCOMPARE(types, int(profile->elementTypes().size()));
    for (const ElementType &type : profile->elementTypes())
        QVERIFY2(model->indexOf(PaletteModel::ElementTypeRow, type.id).isValid(), qPrintable(type.id));
    const QStandardItem *relationships = model->item(model->rowCount() - 1);
    QCOMPARE(relationships->rowCount(), int(profile->relationshipTypes().size()));
    for (const RelationshipType &type : profile->relationshipTypes())
        QVERIFY(model->indexOf(PaletteModel::RelationshipTypeRow, type.id).isValid());
}

void TestPanels::paletteDragMimeData()
{
    PalettePanel panel;
    panel.setProfile(test::frameworkProfile());
    const QModelIndex row = panel.paletteModel()->indexOf(PaletteModel::ElementTypeRow,
                                                          u"provincial-portal"_s);
    QVERIFY(row.flags() & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(panel.paletteModel()->mimeData({row}));
    QVERIFY(mime);
    QCOMPARE(mime->data(u"application/x-kientruc-element-type"_s), QByteArray("provincial-portal"));
    QCOMPARE(elementTypeFromMimeData(mime.get()), u"provincial-portal"_s);

    // Sections and relationship types are not dropped on a diagram.
    const QModelIndex relationship =
            panel.paletteModel()->indexOf(PaletteModel::RelationshipTypeRow, u"uses"_s);
    QVERIFY(!(relationship.flags() & Qt::ItemIsDragEnabled));
    QVERIFY(!panel.paletteModel()->mimeData({relationship}));
}

void TestPanels::paletteChoosesByClick()
{
    PalettePanel panel;
    panel.resize(320, 700);
    panel.setProfile(test::frameworkProfile());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy types(&panel, &PalettePanel::elementTypeChosen);
    QSignalSpy relationships(&panel, &PalettePanel::relationshipTypeChosen);
    PaletteView *view = panel.view();
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(view->model());
    const auto clickOn = [&](PaletteModel::Kind kind, const QString &id) {
        const QModelIndex index =
                proxy->mapFromSource(panel.paletteModel()->indexOf(kind, id));
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    };

    clickOn(PaletteModel::ElementTypeRow, u"citizen"_s);
    QCOMPARE(types.count(), 1);
    QCOMPARE(types.last().first().toString(), u"citizen"_s);
    QCOMPARE(panel.chosenElementType(), u"citizen"_s);
    QCOMPARE(panel.paletteModel()->indexOf(PaletteModel::ElementTypeRow, u"citizen"_s)
                     .data(Qt::BackgroundRole).value<QBrush>(),
             QApplication::palette().brush(QPalette::Highlight));

    QTest::qWait(QApplication::doubleClickInterval() + 50); // two clicks, not a double-click
    clickOn(PaletteModel::ElementTypeRow, u"citizen"_s);
    QCOMPARE(types.count(), 2);
    QCOMPARE(types.last().first().toString(), QString());

    clickOn(PaletteModel::ElementTypeRow, u"business"_s);
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    clickOn(PaletteModel::RelationshipTypeRow, u"uses"_s);
    QCOMPARE(relationships.count(), 1);
    QCOMPARE(relationships.last().first().toString(), u"uses"_s);
    QCOMPARE(types.last().first().toString(), QString()); // the element type was given up
    QCOMPARE(panel.chosenElementType(), QString());

    panel.clearChoice();
    QCOMPARE(panel.chosenRelationshipType(), QString());
    QCOMPARE(relationships.count(), 1); // clearChoice is silent
}

void TestPanels::paletteFilter()
{
    PalettePanel panel;
    panel.setProfile(test::frameworkProfile());
    panel.show();
    const QAbstractItemModel *model = panel.view()->model();
    const auto visibleTypes = [model] {
        QStringList ids;
        for (int section = 0; section < model->rowCount(); ++section)
            for (int row = 0; row < model->rowCount(model->index(section, 0)); ++row)
                ids.append(model->index(row, 0, model->index(section, 0))
                                   .data(PaletteModel::IdRole)
                                   .toString());
        return ids;
    };
    // Vietnamese names match without accents, even on an English screen.
    typeText(panel.filterEdit(), u"nguoi dan"_s);
    QVERIFY(visibleTypes().contains(u"citizen"_s));
    QVERIFY(!visibleTypes().contains(u"business"_s));
    panel.filterEdit()->clear();
    typeText(panel.filterEdit(), u"Business"_s);
    QVERIFY(visibleTypes().contains(u"business"_s));
    QVERIFY(!visibleTypes().contains(u"citizen"_s));
    QTest::keyClick(panel.filterEdit(), Qt::Key_Escape);
    QCOMPARE(visibleTypes().size(), int(test::frameworkProfile()->elementTypes().size()
                                        + test::frameworkProfile()->relationshipTypes().size()));
}

void TestPanels::propertiesEnumCombo()
{
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.showElement(portal);
    panel.show();
    auto *combo = panel.findChild<QComboBox *>(u"lifecycle"_s);
    QVERIFY(combo);
    const PropertyDefinition *lifecycle = document.model().profile().property(u"lifecycle"_s);
    QCOMPARE(combo->count(), int(lifecycle->values.size()) + 1);
    QCOMPARE(combo->itemText(0), QString());
    for (int i = 0; i < lifecycle->values.size(); ++i) {
        QCOMPARE(combo->itemText(i + 1), lifecycle->values.at(i).name.en);
        QCOMPARE(combo->itemData(i + 1).toString(), lifecycle->values.at(i).id);
    }
    QCOMPARE(combo->currentData().toString(), u"upgrade"_s);

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(document.model().element(portal)->property(u"lifecycle"_s), u"new"_s);
    QCOMPARE(document.undoStack()->count(), 1);
    QTest::keyClick(combo, Qt::Key_Home); // the empty entry: no value
    QVERIFY(!document.model().element(portal)->properties.contains(u"lifecycle"_s));

    document.undoStack()->undo();
    QCOMPARE(document.model().element(portal)->property(u"lifecycle"_s), u"new"_s);
    document.undoStack()->undo();
    QCOMPARE(document.model().element(portal)->property(u"lifecycle"_s), u"upgrade"_s);
    QCOMPARE(combo->currentData().toString(), u"upgrade"_s); // the form follows the undo
}

void TestPanels::propertiesSecurityLevelSpinBox()
{
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.showElement(application);
    panel.show();
    auto *spin = panel.findChild<QSpinBox *>(u"securityLevel"_s);
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 0); // "—": no level
    QCOMPARE(spin->maximum(), 5);
    QVERIFY(!spin->specialValueText().isEmpty());
    QCOMPARE(spin->value(), 3);
    // Required by the information system's type: marked.
    bool marked = false;
    for (QLabel *l : panel.findChildren<QLabel *>())
        if (l->buddy() == spin)
            marked = l->font().bold() && l->text().endsWith(u"*:"_s);
    QVERIFY2(marked, "the required security level has a bold label with *");

    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(document.model().element(application)->property(u"securityLevel"_s), u"4"_s);
    QTest::keyClick(spin, Qt::Key_Up);
    QTest::keyClick(spin, Qt::Key_Up); // 5 is the maximum
    QCOMPARE(document.model().element(application)->property(u"securityLevel"_s), u"5"_s);
    spin->setValue(0);
    QVERIFY(!document.model().element(application)->properties.contains(u"securityLevel"_s));
    QCOMPARE(document.undoStack()->count(), 3);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.model().element(application)->property(u"securityLevel"_s), u"4"_s);
    QCOMPARE(spin->value(), 4);
    document.undoStack()->undo();
    QCOMPARE(document.model().element(application)->property(u"securityLevel"_s), u"3"_s);
    QCOMPARE(spin->value(), 3);
}

void TestPanels::propertiesRefusedEditReverts()
{
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.showElement(portal);
    panel.show();
    auto *name = panel.findChild<QLineEdit *>(u"name"_s);
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    name->insert(QString(MaxNameLength + 10, u'x')); // longer than a name may be
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(document.model().element(portal)->name, u"Cổng dịch vụ công"_s);
    QCOMPARE(name->text(), u"Cổng dịch vụ công"_s);
    QVERIFY(!panel.errorText().isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);

    // The next edit that goes through clears the message.
    name->selectAll();
    typeText(name, u"Cổng DVC"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(document.model().element(portal)->name, u"Cổng DVC"_s);
    QVERIFY(panel.errorText().isEmpty());
}

void TestPanels::propertiesFollowModel()
{
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.showElement(portal);
    auto *combo = panel.findChild<QComboBox *>(u"lifecycle"_s);
    document.push(std::make_unique<SetElementProperty>(portal, u"lifecycle"_s, u"retiring"_s));
    QCOMPARE(combo->currentData().toString(), u"retiring"_s);

    // A type change rebuilds the schema rows: an online service is no information
    // system and has no security level.
    panel.showElement(application);
    QVERIFY(panel.findChild<QSpinBox *>(u"securityLevel"_s));
    document.push(std::make_unique<SetElementType>(application, u"online-service"_s));
    QTRY_VERIFY(!panel.findChild<QSpinBox *>(u"securityLevel"_s));
    QCOMPARE(panel.findChild<QComboBox *>(u"type"_s)->currentData().toString(),
             u"online-service"_s);
    QVERIFY(panel.findChild<QComboBox *>(u"lifecycle"_s));
    document.undoStack()->undo();
    QTRY_VERIFY(panel.findChild<QSpinBox *>(u"securityLevel"_s));
    QCOMPARE(panel.findChild<QSpinBox *>(u"securityLevel"_s)->value(), 3);
    panel.showElement(portal);

    document.push(std::make_unique<RemoveElements>(QSet<ElementId>{portal}));
    QVERIFY(!panel.editor());
    document.undoStack()->undo();
    panel.showElement(portal);
    QVERIFY(panel.editor());
}

void TestPanels::propertiesExtraProperties()
{
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.showElement(portal);
    panel.show();
    auto *extra = panel.findChild<ExtraPropertiesTable *>(u"extraProperties"_s);
    QVERIFY(extra);
    QCOMPARE(extra->table()->rowCount(), 1);
    QCOMPARE(extra->table()->item(0, 0)->text(), u"url"_s);

    QTest::mouseClick(extra->addButton(), Qt::LeftButton);
    QCOMPARE(extra->table()->rowCount(), 2);
    QCOMPARE(document.undoStack()->count(), 0); // an empty row is not a property yet
    extra->table()->item(1, 0)->setText(u"ghi chú"_s);
    const PropertyList expected{{u"url"_s, u"https://dichvucong.example.vn"_s}, {u"ghi chú"_s, {}}};
    QCOMPARE(document.model().element(portal)->extraProperties, expected);

    extra->table()->selectRow(0);
    QTest::mouseClick(extra->removeButton(), Qt::LeftButton);
    QCOMPARE(document.model().element(portal)->extraProperties,
             PropertyList({{u"ghi chú"_s, {}}}));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(extra->table()->rowCount(), 1);
    QCOMPARE(document.model().element(portal)->extraProperties.size(), 1);
}

void TestPanels::propertiesRelationshipTypes()
{
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    const Relationship &relationship = *document.model().relationship(RelationshipId(u"id-r-1"_s));
    panel.showRelationship(relationship.id);
    auto *combo = panel.findChild<QComboBox *>(u"type"_s);
    QVERIFY(combo);
    const Profile &profile = document.model().profile();
    const QList<const RelationshipType *> allowed = profile.allowedRelationships(
            document.model().element(relationship.source)->type,
            document.model().element(relationship.target)->type);
    QCOMPARE(combo->count(), int(allowed.size()));
    for (int i = 0; i < allowed.size(); ++i)
        QCOMPARE(combo->itemData(i).toString(), allowed.at(i)->id);
    QCOMPARE(combo->currentData().toString(), relationship.type);
    QVERIFY(panel.findChild<QLabel *>(u"source"_s)->text().startsWith(u"Người dân"_s));
    QVERIFY(panel.findChild<QLabel *>(u"target"_s)->text().startsWith(u"Cổng dịch vụ công"_s));
}

void TestPanels::propertiesModelInfo()
{
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.showModelInfo();
    panel.show();
    auto *province = panel.findChild<QLineEdit *>(u"province"_s);
    QVERIFY(province);
    QCOMPARE(province->text(), u"Tỉnh Mẫu"_s);
    province->setFocus();
    province->selectAll();
    typeText(province, u"Tỉnh Vĩnh Phúc"_s);
    QTest::keyClick(province, Qt::Key_Return);
    QCOMPARE(document.model().info().province, u"Tỉnh Vĩnh Phúc"_s);
    QCOMPARE(document.model().info().decision, u"123/QĐ-UBND"_s); // the rest untouched
    document.undoStack()->undo();
    QCOMPARE(document.model().info().province, u"Tỉnh Mẫu"_s);
    QCOMPARE(province->text(), u"Tỉnh Mẫu"_s);
}

void TestPanels::validationCounts()
{
    Document document(test::sampleModel());
    ValidationPanel panel;
    panel.setDocument(&document);
    const auto expected = [&document](Severity severity) {
        const QList<Finding> findings = Validator::validate(document.model().data());
        return int(std::count_if(findings.cbegin(), findings.cend(),
                                 [severity](const Finding &f) { return f.severity == severity; }));
    };
    const int errors = expected(Severity::Error);
    QCOMPARE(panel.errorCount(), errors);
    QCOMPARE(panel.warningCount(), expected(Severity::Warning));
    QVERIFY(panel.warningCount() > 0); // the sample has elements in no view
    QCOMPARE(panel.list()->model()->rowCount(), errors + panel.warningCount());
    QVERIFY(panel.summary().contains(QString::number(panel.warningCount())));

    // The information system loses its security level: one error more, after the delay.
    QSignalSpy validated(&panel, &ValidationPanel::validated);
    document.push(std::make_unique<SetElementProperty>(application, u"securityLevel"_s, QString()));
    QCOMPARE(panel.errorCount(), errors); // not yet: 400 ms after the last change
    QTRY_COMPARE(panel.errorCount(), errors + 1);
    QCOMPARE(panel.errorCount(), expected(Severity::Error));
    QCOMPARE(validated.count(), 1);

    // Show errors only.
    panel.severityFilter()->setCurrentIndex(1);
    QCOMPARE(panel.list()->model()->rowCount(), panel.errorCount());
    for (int row = 0; row < panel.list()->model()->rowCount(); ++row)
        QCOMPARE(panel.findingModel()->findingAt(row).severity, Severity::Error);
    panel.severityFilter()->setCurrentIndex(2);
    QCOMPARE(panel.list()->model()->rowCount(), panel.warningCount());
    panel.severityFilter()->setCurrentIndex(1);

    // Double-click on the finding about the system names the element.
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &ValidationPanel::elementActivated);
    QModelIndex item;
    for (int row = 0; row < panel.list()->model()->rowCount(); ++row)
        if (panel.findingModel()->findingAt(row).element == application)
            item = panel.list()->model()->index(row, 2);
    QVERIFY(item.isValid());
    QCOMPARE(item.data().toString(), document.model().element(application)->name);
    const QPoint at = panel.list()->visualRect(item).center();
    QTest::mouseClick(panel.list()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(panel.list()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<ElementId>(), application);
}

void TestPanels::panelsOutliveTheDocument()
{
    // Closing a document deletes it while the docks stay; a half-typed text must
    // not be applied to a model that is gone.
    auto document = std::make_unique<Document>(test::sampleModel());
    ModelTreePanel tree;
    PropertiesPanel properties;
    ValidationPanel validation;
    tree.setDocument(document.get());
    properties.setDocument(document.get());
    validation.setDocument(document.get());
    properties.showElement(portal);
    properties.show();
    QVERIFY(QTest::qWaitForWindowExposed(&properties));
    auto *documentation = properties.findChild<QPlainTextEdit *>(u"documentation"_s);
    documentation->setFocus();
    typeText(documentation, u"chưa xong"_s);
    tree.selectElement(portal);

    document.reset();
    QApplication::processEvents();
    QVERIFY(!properties.editor());
    QCOMPARE(validation.errorCount() + validation.warningCount(), 0);
    QCOMPARE(tree.treeModel()->rowCount(), 0);
    QVERIFY(!tree.deleteAction()->isEnabled());
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
