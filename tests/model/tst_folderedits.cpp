// The folder edits (model/edit/folderedits.h): moving objects into a folder,
// renaming a folder and deleting one (what it holds moves to its parent), each
// apply -> revert giving the model back as it was and redo the same result; the
// folder is the "kt:folder" property and nothing else changes.
#include <support/editcheck.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <model/edit/folderedits.h>
#include <model/model.h>

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace kt;
using namespace Qt::StringLiterals;

using FolderEditFactory = std::function<std::unique_ptr<Edit>()>;
Q_DECLARE_METATYPE(FolderEditFactory)

namespace {

const ElementId App(u"id-e-app"_s);
const ElementId Citizen(u"id-e-citizen"_s);
const ElementId Portal(u"id-e-portal"_s);
const ElementId Principle(u"id-e-principle"_s);
const RelationshipId Link(u"id-r-1"_s);
const ViewId Overall(u"id-v-1"_s);

// The sample model with folders: the app in "A", the citizen in "A/B" (between two
// other properties), the portal in "A/B/C", the principle in "AB" (a name that
// starts like "A"), relationship 1 in "A", view 1 in "A/B".
ModelData foldered()
{
    ModelData data = test::sampleModel();
    data.elements.find(App)->extraProperties.append({u"kt:folder"_s, u"A"_s});
    PropertyList &citizen = data.elements.find(Citizen)->extraProperties;
    citizen.prepend({u"First"_s, u"1"_s});
    citizen.append({u"kt:folder"_s, u"A/B"_s});
    citizen.append({u"Last"_s, u"2"_s});
    data.elements.find(Portal)->extraProperties.append({u"kt:folder"_s, u"A/B/C"_s});
    data.elements.find(Principle)->extraProperties.append({u"kt:folder"_s, u"AB"_s});
    data.relationships.find(Link)->extraProperties.append({u"kt:folder"_s, u"A"_s});
    data.views.find(Overall)->extraProperties.append({u"kt:folder"_s, u"A/B"_s});
    return data;
}

QString folderOfElement(const Model &model, const ElementId &id)
{
    return folderOf(model.element(id)->extraProperties);
}

} // namespace

class TestFolderEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyRevertRedo_data();
    void applyRevertRedo();
    void moveToFolder();
    void rename();
    void remove();
    void removeTopFolder();
    void refused_data();
    void refused();
    void contents();
};

void TestFolderEdits::applyRevertRedo_data()
{
    QTest::addColumn<FolderEditFactory>("factory");
    QTest::newRow("MoveToFolder new") << FolderEditFactory([] {
        return std::make_unique<MoveToFolder>(
                FolderContents{{App, Principle}, {Link}, {Overall}}, u"New/Deeper"_s);
    });
    QTest::newRow("MoveToFolder out") << FolderEditFactory([] {
        return std::make_unique<MoveToFolder>(FolderContents{{Citizen}, {}, {Overall}}, QString());
    });
    QTest::newRow("MoveFolder rename") << FolderEditFactory([] {
        return std::unique_ptr<Edit>(MoveFolder::rename(u"A/B"_s, u"Renamed"_s));
    });
    QTest::newRow("MoveFolder delete") << FolderEditFactory([] {
        return std::unique_ptr<Edit>(MoveFolder::remove(u"A"_s));
    });
}

void TestFolderEdits::applyRevertRedo()
{
    QFETCH(FolderEditFactory, factory);
    Model model(foldered());
    std::unique_ptr<Edit> edit = factory();
    test::checkApplyRevertRedo(model, *edit);
}

void TestFolderEdits::moveToFolder()
{
    Model model(foldered());
    MoveToFolder edit(FolderContents{{Citizen, Principle}, {}, {}}, u"X"_s);
    QString error;
    QVERIFY2(model.apply(edit, &error), qPrintable(error));
    QCOMPARE(folderOfElement(model, Citizen), u"X"_s);
    QCOMPARE(folderOfElement(model, Principle), u"X"_s);
    QCOMPARE(folderOfElement(model, App), u"A"_s);
    // The folder keeps its place among the other properties.
    QCOMPARE(model.element(Citizen)->extraProperties,
             PropertyList({{u"First"_s, u"1"_s}, {u"kt:folder"_s, u"X"_s}, {u"Last"_s, u"2"_s}}));
    // Out of every folder: the property goes.
    MoveToFolder out(FolderContents{{Citizen}, {}, {}}, QString());
    QVERIFY2(model.apply(out, &error), qPrintable(error));
    QCOMPARE(model.element(Citizen)->extraProperties,
             PropertyList({{u"First"_s, u"1"_s}, {u"Last"_s, u"2"_s}}));
}

void TestFolderEdits::rename()
{
    Model model(foldered());
    std::unique_ptr<MoveFolder> edit = MoveFolder::rename(u"A"_s, u"Z"_s);
    QString error;
    QVERIFY2(model.apply(*edit, &error), qPrintable(error));
    QCOMPARE(folderOfElement(model, App), u"Z"_s);
    QCOMPARE(folderOfElement(model, Citizen), u"Z/B"_s);
    QCOMPARE(folderOfElement(model, Portal), u"Z/B/C"_s);
    QCOMPARE(folderOfElement(model, Principle), u"AB"_s); // another folder
    QCOMPARE(folderOf(model.relationship(Link)->extraProperties), u"Z"_s);
    QCOMPARE(folderOf(model.view(Overall)->extraProperties), u"Z/B"_s);
    // A folder below: renamed in its parent.
    std::unique_ptr<MoveFolder> inner = MoveFolder::rename(u"Z/B"_s, u"Y"_s);
    QVERIFY2(model.apply(*inner, &error), qPrintable(error));
    QCOMPARE(folderOfElement(model, Citizen), u"Z/Y"_s);
    QCOMPARE(folderOfElement(model, Portal), u"Z/Y/C"_s);
    QCOMPARE(folderOfElement(model, App), u"Z"_s);
}

void TestFolderEdits::remove()
{
    Model model(foldered());
    std::unique_ptr<MoveFolder> edit = MoveFolder::remove(u"A/B"_s);
    QString error;
    QVERIFY2(model.apply(*edit, &error), qPrintable(error));
    // What it held moves to its parent, its folders with their contents too.
    QCOMPARE(folderOfElement(model, Citizen), u"A"_s);
    QCOMPARE(folderOfElement(model, Portal), u"A/C"_s);
    QCOMPARE(folderOf(model.view(Overall)->extraProperties), u"A"_s);
    QCOMPARE(folderOfElement(model, App), u"A"_s);
    QCOMPARE(folderOfElement(model, Principle), u"AB"_s);
    // Nothing is deleted but the folder.
    QCOMPARE(model.data().elements.size(), test::sampleModel().elements.size());
}

void TestFolderEdits::removeTopFolder()
{
    Model model(foldered());
    std::unique_ptr<MoveFolder> edit = MoveFolder::remove(u"A"_s);
    QString error;
    QVERIFY2(model.apply(*edit, &error), qPrintable(error));
    QCOMPARE(folderOfElement(model, App), QString());
    QVERIFY(std::none_of(model.element(App)->extraProperties.cbegin(),
                         model.element(App)->extraProperties.cend(),
                         [](const Property &p) { return p.key == u"kt:folder"; }));
    QCOMPARE(folderOfElement(model, Citizen), u"B"_s);
    QCOMPARE(folderOfElement(model, Portal), u"B/C"_s);
    QCOMPARE(folderOf(model.relationship(Link)->extraProperties), QString());
}

void TestFolderEdits::refused_data()
{
    QTest::addColumn<FolderEditFactory>("factory");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty name") << FolderEditFactory([] {
        return std::unique_ptr<Edit>(MoveFolder::rename(u"A"_s, u"  "_s));
    }) << u"name"_s;
    QTest::newRow("slash in name") << FolderEditFactory([] {
        return std::unique_ptr<Edit>(MoveFolder::rename(u"A"_s, u"x/y"_s));
    }) << u"x/y"_s;
    QTest::newRow("no such folder") << FolderEditFactory([] {
        return std::unique_ptr<Edit>(MoveFolder::remove(u"Nowhere"_s));
    }) << u"Nowhere"_s;
    QTest::newRow("empty part of a path") << FolderEditFactory([] {
        return std::make_unique<MoveToFolder>(FolderContents{{App}, {}, {}}, u"A//B"_s);
    }) << u"name"_s;
    QTest::newRow("missing element") << FolderEditFactory([] {
        return std::make_unique<MoveToFolder>(FolderContents{{ElementId(u"id-gone"_s)}, {}, {}},
                                              u"A"_s);
    }) << u"id-gone"_s;
}

void TestFolderEdits::refused()
{
    QFETCH(FolderEditFactory, factory);
    QFETCH(QString, messagePart);
    Model model(foldered());
    const ModelData before = model.data();
    QSignalSpy spy(&model, &Model::changed);
    std::unique_ptr<Edit> edit = factory();
    QString error;
    QVERIFY(!model.apply(*edit, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(spy.count(), 0);
    KT_COMPARE_MODELS(model.data(), before);
}

void TestFolderEdits::contents()
{
    const ModelData data = foldered();
    const FolderContents a = folderContents(data, u"A"_s);
    QCOMPARE(a.elements.size(), 3); // app, citizen, portal; not the principle in "AB"
    QVERIFY(!a.elements.contains(Principle));
    QCOMPARE(a.relationships, QList<RelationshipId>({Link}));
    QCOMPARE(a.views, QList<ViewId>({Overall}));
    QVERIFY(folderContents(data, u"Nowhere"_s).isEmpty());
    QCOMPARE(parentFolder(u"A/B/C"_s), u"A/B"_s);
    QCOMPARE(parentFolder(u"A"_s), QString());
    QCOMPARE(folderPath(QString(), u"A"_s), u"A"_s);
    QCOMPARE(folderPath(u"A"_s, u"B"_s), u"A/B"_s);
}

QTEST_GUILESS_MAIN(TestFolderEdits)
#include "tst_folderedits.moc"
