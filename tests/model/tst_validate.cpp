// Each validation rule finds what it should, names the element, and stays quiet
// on a clean model.
#include <support/samplemodel.h>

#include <model/validate/validator.h>

#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

class TestValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanSampleHasOnlyExpectedFindings();
    void relationshipNotAllowed();
    void missingSecurityLevel();
    void elementInNoView();
    void duplicateNameWithinLayer();
    void duplicateNameAcrossLayersIsFine();
    void nodeOfMissingElement();
    void invalidPropertyValue();
    void errorsComeFirst();
    void personalDataBelowLevelTwo_data();
    void personalDataBelowLevelTwo();
    void nationalLinkBypassesLgsp();

private:
    static QList<Finding> only(const QList<Finding> &all, const QString &rule)
    {
        QList<Finding> result;
        for (const Finding &f : all)
            if (f.rule == rule)
                result.append(f);
        return result;
    }
};

void TestValidate::cleanSampleHasOnlyExpectedFindings()
{
    // The sample shows every element except the technology one and the principle.
    const QList<Finding> findings = Validator::validate(test::sampleModel());
    QStringList rules;
    for (const Finding &f : findings)
        rules.append(f.rule + u' ' + f.element.toString());
    rules.sort();
    QCOMPARE(rules, (QStringList{u"element-not-in-view id-e-dc"_s,
                                 u"element-not-in-view id-e-principle"_s}));
}

void TestValidate::relationshipNotAllowed()
{
    ModelData data = test::sampleModel();
    Relationship *r = data.relationships.find(RelationshipId(u"id-r-1"_s)); // citizen -> portal
    // A type the framework does not allow from a user to a channel.
    QString forbidden;
    for (const RelationshipType &t : data.profile->relationshipTypes())
        if (!data.profile->isAllowed(t.id, data.elements.at(0).type, data.elements.at(1).type))
            forbidden = t.id;
    QVERIFY(!forbidden.isEmpty());
    r->type = forbidden;
    const QList<Finding> found = only(Validator::validate(data), u"relationship-not-allowed"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().relationship, RelationshipId(u"id-r-1"_s));
    QCOMPARE(found.first().severity, Severity::Error);
    QVERIFY2(found.first().message.contains(u"Người dân"_s), qPrintable(found.first().message));
}

void TestValidate::missingSecurityLevel()
{
    ModelData data = test::sampleModel();
    data.elements.find(ElementId(u"id-e-app"_s))->properties.remove(u"securityLevel"_s);
    const QList<Finding> found = only(Validator::validate(data), u"security-level-missing"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().element, ElementId(u"id-e-app"_s));
    QVERIFY(found.first().message.contains(u"security level"_s));
}

void TestValidate::elementInNoView()
{
    ModelData data = test::sampleModel();
    data.views.find(ViewId(u"id-v-2"_s))->nodes = {};
    const QList<Finding> found = only(Validator::validate(data), u"element-not-in-view"_s);
    QCOMPARE(found.size(), 2); // the app is still on the overall view
    data.views.find(ViewId(u"id-v-1"_s))->nodes.take(NodeId(u"id-n-3"_s));
    QCOMPARE(only(Validator::validate(data), u"element-not-in-view"_s).size(), 3);
}

void TestValidate::duplicateNameWithinLayer()
{
    ModelData data = test::sampleModel();
    Element copy = *data.elements.find(ElementId(u"id-e-app"_s));
    copy.id = ElementId(u"id-e-copy"_s);
    copy.name = u"  hệ thống quản lý văn bản và điều hành "_s; // case and spaces differ
    data.elements.append(copy);
    const QList<Finding> found = only(Validator::validate(data), u"duplicate-name"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().element, ElementId(u"id-e-copy"_s));
    QVERIFY(found.first().message.contains(u"id-e-app"_s));
}

void TestValidate::duplicateNameAcrossLayersIsFine()
{
    ModelData data = test::sampleModel();
    data.elements.find(ElementId(u"id-e-dc"_s))->name = u"Người dân"_s; // technology vs users
    QVERIFY(only(Validator::validate(data), u"duplicate-name"_s).isEmpty());
}

void TestValidate::nodeOfMissingElement()
{
    ModelData data = test::sampleModel();
    data.views.find(ViewId(u"id-v-2"_s))->nodes.find(NodeId(u"id-n-4"_s))->element =
            ElementId(u"id-gone"_s);
    const QList<Finding> found = only(Validator::validate(data), u"node-element-missing"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().node, NodeId(u"id-n-4"_s));
    QCOMPARE(found.first().view, ViewId(u"id-v-2"_s));
}

void TestValidate::invalidPropertyValue()
{
    ModelData data = test::sampleModel();
    data.elements.find(ElementId(u"id-e-app"_s))->properties.insert(u"securityLevel"_s, u"7"_s);
    QCOMPARE(only(Validator::validate(data), u"invalid-property"_s).size(), 1);
}

void TestValidate::errorsComeFirst()
{
    ModelData data = test::sampleModel();
    data.elements.find(ElementId(u"id-e-app"_s))->properties.remove(u"securityLevel"_s);
    const QList<Finding> findings = Validator::validate(data);
    QVERIFY(findings.size() >= 3);
    QCOMPARE(findings.first().severity, Severity::Error);
    QCOMPARE(findings.last().severity, Severity::Warning);
}

void TestValidate::personalDataBelowLevelTwo_data()
{
    QTest::addColumn<QString>("personalData");
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("error");
    QTest::newRow("personal data, level 1") << u"yes"_s << u"1"_s << true;
    QTest::newRow("personal data, level 2") << u"yes"_s << u"2"_s << false;
    QTest::newRow("no personal data, level 1") << u"no"_s << u"1"_s << false;
    QTest::newRow("not said, level 1") << QString() << u"1"_s << false;
}

void TestValidate::personalDataBelowLevelTwo()
{
    // NĐ 85/2016, Art. 7–8: a system that processes personal data is at least level 2.
    QFETCH(QString, personalData);
    QFETCH(QString, level);
    QFETCH(bool, error);
    ModelData data = test::sampleModel();
    Element *app = data.elements.find(ElementId(u"id-e-app"_s));
    app->properties.insert(u"securityLevel"_s, level);
    if (!personalData.isEmpty())
        app->properties.insert(u"personalData"_s, personalData);
    const QList<Finding> all = Validator::validate(data);
    QVERIFY(only(all, u"invalid-property"_s).isEmpty());
    const QList<Finding> found = only(all, u"personal-data-level"_s);
    QCOMPARE(found.size(), error ? 1 : 0);
    if (!error)
        return;
    QCOMPARE(found.first().severity, Severity::Error);
    QCOMPARE(found.first().element, app->id);
    QVERIFY2(found.first().message.contains(app->name), qPrintable(found.first().message));
    QVERIFY2(found.first().message.contains(u"85/2016"_s), qPrintable(found.first().message));
}

void TestValidate::nationalLinkBypassesLgsp()
{
    // A provincial system joined straight to a national one (not through the LGSP
    // or the NDXP) is a warning; through the platforms it is not.
    ModelData data = test::sampleModel();
    const auto add = [&data](const QString &id, const QString &type, const QString &name) {
        data.elements.append(Element{ElementId(id), type, name, {}, {}, {}});
    };
    add(u"id-e-nat"_s, u"national-database"_s, u"Cơ sở dữ liệu quốc gia về dân cư"_s);
    add(u"id-e-lgsp"_s, u"lgsp"_s, u"LGSP tỉnh"_s);
    add(u"id-e-ndxp"_s, u"ndxp"_s, u"NDXP"_s);
    data.elements.find(ElementId(u"id-e-lgsp"_s))->properties.insert(u"securityLevel"_s, u"3"_s);
    const auto relate = [&data](const QString &id, const QString &type, const QString &from,
                                const QString &to) {
        Relationship r;
        r.id = RelationshipId(id);
        r.type = type;
        r.source = ElementId(from);
        r.target = ElementId(to);
        data.relationships.append(r);
    };
    relate(u"id-r-via-lgsp"_s, u"connects-to"_s, u"id-e-lgsp"_s, u"id-e-nat"_s);
    relate(u"id-r-to-ndxp"_s, u"integrates-via"_s, u"id-e-app"_s, u"id-e-ndxp"_s);
    relate(u"id-r-ndxp-nat"_s, u"connects-to"_s, u"id-e-ndxp"_s, u"id-e-nat"_s);
    QVERIFY(only(Validator::validate(data), u"national-link-bypasses-lgsp"_s).isEmpty());

    relate(u"id-r-direct"_s, u"stores"_s, u"id-e-app"_s, u"id-e-nat"_s);
    const QList<Finding> all = Validator::validate(data);
    QVERIFY(only(all, u"relationship-not-allowed"_s).isEmpty());
    const QList<Finding> found = only(all, u"national-link-bypasses-lgsp"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Warning);
    QCOMPARE(found.first().relationship, RelationshipId(u"id-r-direct"_s));
    QCOMPARE(found.first().element, ElementId(u"id-e-app"_s));
    QVERIFY(found.first().message.contains(u"Hệ thống quản lý văn bản và điều hành"_s));
    QVERIFY(found.first().message.contains(u"Cơ sở dữ liệu quốc gia về dân cư"_s));
}

QTEST_GUILESS_MAIN(TestValidate)
#include "tst_validate.moc"
