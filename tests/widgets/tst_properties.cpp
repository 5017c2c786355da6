// The properties and validation panels driven as a user drives them: real
// widgets, QTest key and mouse events, offscreen. The properties panel turns
// every change into one undoable edit; the validation panel counts what the
// Validator finds; the panels outlive the document they show.
#include "panelfixtures.h"

#include <support/samplemodel.h>

#include <model/core/language.h>
#include <model/core/text.h>
#include <model/edit/elementedits.h>
#include <model/validate/validator.h>
#include <widgets/document/document.h>
#include <widgets/panels/elementeditor.h>
#include <widgets/panels/extrapropertiestable.h>
#include <widgets/panels/findingmodel.h>
#include <widgets/panels/modeltreemodel.h>
#include <widgets/panels/modeltreepanel.h>
#include <widgets/panels/propertiespanel.h>
#include <widgets/panels/validationpanel.h>

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace kt;
using namespace Qt::StringLiterals;
using test::application;
using test::portal;
using test::typeText;

class TestProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void propertiesEnumCombo();
    void propertiesSecurityLevelSpinBox();
    void propertiesDeploymentLevelSet();
    void propertiesRefusedEditReverts();
    void propertiesFollowModel();
    void propertiesExtraProperties();
    void propertiesRelationshipTypes();
    void propertiesModelInfo();

    void validationCounts();
    void panelsOutliveTheDocument();
};

void TestProperties::initTestCase()
{
    setUiLanguage(u"en"_s);
}

void TestProperties::propertiesEnumCombo()
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

void TestProperties::propertiesSecurityLevelSpinBox()
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

void TestProperties::propertiesDeploymentLevelSet()
{
    // Deployment level is a set: one check box a level, each click one undoable
    // edit of the whole set, stored as ids in profile order.
    Document document(test::sampleModel());
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.showElement(portal);
    panel.show();
    auto *province = panel.findChild<QCheckBox *>(u"deploymentLevel-province"_s);
    auto *district = panel.findChild<QCheckBox *>(u"deploymentLevel-district"_s);
    auto *commune = panel.findChild<QCheckBox *>(u"deploymentLevel-commune"_s);
    QVERIFY(province && district && commune);
    QCOMPARE(province->text(), u"Province"_s);
    QVERIFY(!document.model().element(portal)->properties.contains(u"deploymentLevel"_s));

    QTest::mouseClick(commune, Qt::LeftButton);
    QCOMPARE(document.model().element(portal)->property(u"deploymentLevel"_s), u"commune"_s);
    QTest::mouseClick(province, Qt::LeftButton);
    QCOMPARE(document.model().element(portal)->property(u"deploymentLevel"_s),
             u"province,commune"_s);
    QCOMPARE(document.undoStack()->count(), 2);
    QTest::mouseClick(commune, Qt::LeftButton);
    QTest::mouseClick(province, Qt::LeftButton);
    QVERIFY(!document.model().element(portal)->properties.contains(u"deploymentLevel"_s));

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.model().element(portal)->property(u"deploymentLevel"_s),
             u"province,commune"_s);
    QVERIFY(province->isChecked() && !district->isChecked() && commune->isChecked());
    document.undoStack()->undo();
    QCOMPARE(document.model().element(portal)->property(u"deploymentLevel"_s), u"commune"_s);
    QVERIFY(!province->isChecked() && commune->isChecked()); // a single value, as older files
}

void TestProperties::propertiesRefusedEditReverts()
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

void TestProperties::propertiesFollowModel()
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

void TestProperties::propertiesExtraProperties()
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

void TestProperties::propertiesRelationshipTypes()
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

void TestProperties::propertiesModelInfo()
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

void TestProperties::validationCounts()
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

void TestProperties::panelsOutliveTheDocument()
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

QTEST_MAIN(TestProperties)
#include "tst_properties.moc"
