// The palette panel driven as a user drives it: real widgets, QTest key and
// mouse events, offscreen. It lists every type of the profile, hands types to a
// drag, chooses by a click and filters without accents.
#include "panelfixtures.h"

#include <support/samplemodel.h>

#include <model/core/language.h>
#include <widgets/panels/dragmimedata.h>
#include <widgets/panels/palettemodel.h>
#include <widgets/panels/palettepanel.h>
#include <widgets/panels/paletteview.h>

#include <QApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;
using test::typeText;

class TestPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void paletteListsEveryType();
    void paletteDragMimeData();
    void paletteChoosesByClick();
    void paletteFilter();
};

void TestPalette::initTestCase()
{
    setUiLanguage(u"en"_s);
}

void TestPalette::paletteListsEveryType()
{
    const ProfilePtr profile = test::frameworkProfile();
    PalettePanel panel;
    panel.setProfile(profile);
    const PaletteModel *model = panel.paletteModel();

    // The layers, the shapes of the diagram (group, note), the relationships.
    QCOMPARE(model->rowCount(), int(profile->layers().size()) + 2);
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

void TestPalette::paletteDragMimeData()
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

void TestPalette::paletteChoosesByClick()
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

void TestPalette::paletteFilter()
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
                                        + test::frameworkProfile()->relationshipTypes().size())
                                            + 4); // group, note, legend, title block
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
