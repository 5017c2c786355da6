// What the Open Exchange reader makes of particular files: Unicode
// normalisation, the preferred language, made-up identifiers, our kt: properties,
// and nesting deeper than any stack.
#include <support/exchangefixtures.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <model/core/limits.h>

#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;
using test::fromXml;
using test::readAll;
using test::toXml;

class TestExchangeImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nfdBecomesNfc();
    void deepNesting();
    void vietnameseTextPreferred();
    void missingIdentifiersMadeUp();
    void propertiesSorted();
};

void TestExchangeImport::nfdBecomesNfc()
{
    const QString nfc = u"Người dân Đồng Tháp"_s;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);
    QString xml = QString::fromUtf8(readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml")));
    xml.replace(u"<name>A</name>"_s,
                u"<name>%1</name><documentation>%1</documentation><properties><property "
                "propertyDefinitionRef=\"p1\"><value>%1</value></property></properties>"_s
                        .arg(nfd));
    xml.replace(u"</relationships>"_s,
                u"</relationships><propertyDefinitions><propertyDefinition identifier=\"p1\" "
                "type=\"string\"><name>%1</name></propertyDefinition></propertyDefinitions>"_s
                        .arg(nfd));
    xml.replace(u"<name>V</name>"_s, u"<name>%1</name>"_s.arg(nfd));
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml.toUtf8(), &model, &error), qPrintable(error));
    const Element &element = model.elements.at(0);
    QCOMPARE(element.name, nfc);
    QCOMPARE(element.documentation, nfc);
    QCOMPARE(element.extraProperties, PropertyList({{nfc, nfc}}));
    QCOMPARE(model.views.at(0).name, nfc);
}

void TestExchangeImport::deepNesting()
{
    // Nesting as deep as the limit (core/limits.h) round trips; deeper than any
    // diagram needs (100,000 levels) is refused by the writer with a message naming
    // the node, quickly and without recursing.
    const auto nested = [](int levels) {
        ModelData model = test::sampleModel();
        View *view = model.views.find(ViewId(u"id-v-2"_s));
        NodeId parent;
        for (int i = 0; i < levels; ++i) {
            const NodeId id(u"id-deep-%1"_s.arg(i));
            view->nodes.append(ViewNode{id, NodeKind::Group, {}, parent, QRectF(0, 0, 10, 10), {},
                                        {}, {}, {}});
            parent = id;
        }
        view->nodes.append(ViewNode{NodeId(u"id-deepest"_s), NodeKind::Element,
                                    ElementId(u"id-e-app"_s), parent, QRectF(1, 1, 5, 5), {}, {},
                                    {}, {}});
        return model;
    };
    QString error;
    const ModelData deepest = nested(limits::MaxNestingDepth - 1);
    const QByteArray xml = toXml(deepest, &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    ModelData read;
    QVERIFY2(fromXml(xml, &read, &error), qPrintable(error));
    KT_COMPARE_MODELS(read, deepest);

    error.clear();
    QVERIFY(toXml(nested(100000), &error).isEmpty());
    QVERIFY2(error.contains(u"id-deep-"_s) && error.contains(u"64"_s), qPrintable(error));
}

void TestExchangeImport::vietnameseTextPreferred()
{
    // Of texts in several languages the Vietnamese one is kept, else the first.
    QString xml = QString::fromUtf8(readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml")));
    xml.replace(u"<name>A</name>"_s, u"<name xml:lang=\"en\">Citizen</name>"
                                     "<name xml:lang=\"vi\">Công dân</name>"
                                     "<name xml:lang=\"fr\">Citoyen</name>"_s);
    xml.replace(u"<name>B</name>"_s, u"<name xml:lang=\"en\">Role</name>"
                                     "<name xml:lang=\"fr\">Rôle</name>"_s);
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml.toUtf8(), &model, &error), qPrintable(error));
    QCOMPARE(model.elements.at(0).name, u"Công dân"_s);
    QCOMPARE(model.elements.at(1).name, u"Role"_s);
}

void TestExchangeImport::missingIdentifiersMadeUp()
{
    // The model, the relationship, the view and the connection without identifiers
    // (the connection becomes a plain line: nothing could name the relationship).
    QByteArray xml = readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml"));
    const QList<std::pair<QByteArray, QByteArray>> edits{
            {" identifier=\"id-m\"", ""},
            {"<relationship identifier=\"id-r\" ", "<relationship "},
            {"<view identifier=\"id-v\" ", "<view "},
            {"<connection identifier=\"id-c\" xsi:type=\"Relationship\" relationshipRef=\"id-r\"",
             "<connection xsi:type=\"Line\""}};
    for (const auto &[from, to] : edits) {
        QVERIFY(xml.contains(from));
        xml.replace(from, to);
    }
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml, &model, &error), qPrintable(error));
    QVERIFY(isValidIdentifier(model.info.id.toString()));
    QVERIFY(isValidIdentifier(model.relationships.at(0).id.toString()));
    QVERIFY(isValidIdentifier(model.views.at(0).id.toString()));
    QVERIFY(isValidIdentifier(model.views.at(0).connections.at(0).id.toString()));
    QVERIFY(model.views.at(0).connections.at(0).relationship.isNull());
    const QByteArray exported = toXml(model);
    ModelData again;
    QVERIFY2(fromXml(exported, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
}

void TestExchangeImport::propertiesSorted()
{
    // kt: properties become typed only when the profile knows them and the value
    // suits the type; everything else stays, under its full name.
    QString xml = QString::fromUtf8(readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml")));
    const auto property = [](const QString &definition, const QString &value) {
        return u"<property propertyDefinitionRef=\"%1\"><value>%2</value></property>"_s.arg(
                definition, value);
    };
    const auto definition = [](const QString &id, const QString &name) {
        return u"<propertyDefinition identifier=\"%1\" type=\"string\"><name>%2</name>"
               "</propertyDefinition>"_s.arg(id, name);
    };
    xml.replace(u"<name>A</name>"_s,
                u"<name>A</name><properties>"_s + property(u"t"_s, u"document-management"_s)
                        + property(u"s"_s, u"9"_s) + property(u"o"_s, u"Sở Nội vụ"_s)
                        + property(u"s"_s, u"3"_s) + property(u"u"_s, u"x"_s)
                        + property(u"w"_s, u"y"_s) + u"</properties>"_s);
    xml.replace(u"<name>B</name>"_s,
                u"<name>B</name><properties>"_s + property(u"t"_s, u"no-such-type"_s)
                        + property(u"s"_s, u"2"_s) + u"</properties>"_s);
    xml.replace(u"</relationships>"_s,
                u"</relationships><propertyDefinitions>"_s + definition(u"t"_s, u"kt:type"_s)
                        + definition(u"s"_s, u"kt:securityLevel"_s)
                        + definition(u"o"_s, u"kt:owner"_s) + definition(u"u"_s, u"kt:unknownKey"_s)
                        + definition(u"w"_s, u"Ghi chú"_s) + u"</propertyDefinitions>"_s);
    ModelData model;
    QString error;
    QVERIFY2(fromXml(xml.toUtf8(), &model, &error), qPrintable(error));
    const Element &a = model.elements.at(0);
    QCOMPARE(a.type, u"document-management"_s);
    QCOMPARE(a.properties,
             TypedProperties({{u"securityLevel"_s, u"3"_s}, {u"owner"_s, u"Sở Nội vụ"_s}}));
    QCOMPARE(a.extraProperties, PropertyList({{u"kt:securityLevel"_s, u"9"_s},
                                              {u"kt:unknownKey"_s, u"x"_s},
                                              {u"Ghi chú"_s, u"y"_s}}));
    // An unknown type of ours: imported by its xsi:type, the type kept as text;
    // a generic type has no securityLevel.
    const Element &b = model.elements.at(1);
    QCOMPARE(b.type, model.profile->importElementType(u"BusinessRole"_s)->id);
    QCOMPARE(b.properties, TypedProperties({{u"archimateType"_s, u"BusinessRole"_s}}));
    QCOMPARE(b.extraProperties, PropertyList({{u"kt:type"_s, u"no-such-type"_s},
                                              {u"kt:securityLevel"_s, u"2"_s}}));
    // And all of it survives our own round trip.
    const QByteArray exported = toXml(model);
    ModelData again;
    QVERIFY2(fromXml(exported, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
}

QTEST_GUILESS_MAIN(TestExchangeImport)
#include "tst_exchangeimport.moc"
