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

QTEST_GUILESS_MAIN(TestValidate)
#include "tst_validate.moc"
