// What an exchange file carries that our model has no field for survives the round
// trip exchange -> model (-> .ktm) -> exchange: every xml:lang of names and
// documentation, the main language when it is not ours, Dublin Core metadata,
// the data types of property definitions, view documentation. ArchiMate 2.x files
// are refused as such. Kept as "kt:" properties (model/io/exchangenames.h).
#include <support/exchangefixtures.h>
#include <support/exchangeschema.h>
#include <support/modelcompare.h>

#include <model/io/exchangereader.h>
#include <model/store/ktmstore.h>

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace kt;
using namespace Qt::StringLiterals;
using test::fromXml;
using test::readAll;
using test::toXml;

class TestExchangeKept : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languages();
    void metadata();
    void propertyTypes();
    void definitionIdentifiers();
    void viewDocumentation();
    void roundTrips();
    void archimate2Refused();

private:
    QByteArray exported();

    test::ExchangeSchema m_schemas;
    ModelData m_model;
};

void TestExchangeKept::initTestCase()
{
    const QString problem = m_schemas.prepare();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString error;
    QVERIFY2(fromXml(readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/languages-metadata.xml")),
                     &m_model, &error),
             qPrintable(error));
}

QByteArray TestExchangeKept::exported()
{
    QString error;
    const QByteArray xml = toXml(m_model, &error);
    if (xml.isEmpty())
        qWarning("%s", qPrintable(error));
    return xml;
}

void TestExchangeKept::languages()
{
    const Element *actor = m_model.elements.find(ElementId(u"id-lm-actor"_s));
    QVERIFY(actor);
    QCOMPARE(actor->name, u"Công dân"_s); // Vietnamese first
    const QByteArray xml = exported();
    for (const char *text : {"<name xml:lang=\"en\">Registry</name>",
                             "<name xml:lang=\"fr\">Registre</name>",
                             "<documentation xml:lang=\"de\">Ein Modell auf Englisch.</documentation>",
                             "<name xml:lang=\"vi\">Công dân</name>",
                             "<name xml:lang=\"en\">Citizen</name>",
                             "<name xml:lang=\"fr\">Citoyen</name>",
                             "<documentation xml:lang=\"en\">Anyone.</documentation>",
                             "<name xml:lang=\"de\">spielt</name>",
                             "<name xml:lang=\"en\">Applicant</name>"})
        QVERIFY2(xml.contains(text), text);
    // The languages travel as XML, never as properties.
    QVERIFY(!xml.contains("kt:name@"));
    QVERIFY(!xml.contains("kt:lang"));
    const QString problems = m_schemas.validate(xml);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestExchangeKept::metadata()
{
    const QByteArray xml = exported();
    for (const char *text : {"<schema>Dublin Core</schema>", "<schemaversion>1.1</schemaversion>",
                             "<dc:title>Registry exchange test</dc:title>",
                             "<dc:creator>Kien Truc Studio tests</dc:creator>",
                             "<dc:date>2026-12-06</dc:date>"})
        QVERIFY2(xml.contains(text), text);
    QVERIFY(!xml.contains("kt:dc."));
}

void TestExchangeKept::propertyTypes()
{
    const QByteArray xml = exported();
    QXmlStreamReader reader(xml);
    QHash<QString, QString> types; // name -> type
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"propertyDefinition")
            type = reader.attributes().value(u"type"_s).toString();
        else if (reader.name() == u"name" && !type.isEmpty())
            types.insert(reader.readElementText(), std::exchange(type, QString()));
    }
    QCOMPARE(types.value(u"Cost"_s), u"number"_s);
    QCOMPARE(types.value(u"Since"_s), u"date"_s);
    QCOMPARE(types.value(u"Active"_s), u"boolean"_s);
    QCOMPARE(types.value(u"kt:type"_s), u"string"_s);
    QVERIFY(!xml.contains("kt:propertyType"));
}

// The identifiers of a file's property definitions are written back, a definition no
// property uses too (Visual Paradigm names its own "vp-…"); a file we wrote, whose
// identifiers are the writer's own, reads back without a record of them.
void TestExchangeKept::definitionIdentifiers()
{
    const QByteArray file = R"(<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">
  <name xml:lang="en">Definitions</name>
  <elements>
    <element identifier="id-a" xsi:type="BusinessActor">
      <name xml:lang="en">A</name>
      <properties>
        <property propertyDefinitionRef="vp-owner"><value xml:lang="en">Province</value></property>
      </properties>
    </element>
  </elements>
  <propertyDefinitions>
    <propertyDefinition identifier="vp-spare" type="string"><name>Spare</name></propertyDefinition>
    <propertyDefinition identifier="vp-owner" type="string"><name>Owner</name></propertyDefinition>
  </propertyDefinitions>
</model>
)";
    QCOMPARE(m_schemas.validate(file), QString());
    ModelData read;
    QString error;
    QVERIFY2(fromXml(file, &read, &error), qPrintable(error));
    QVERIFY(read.info.extraProperties.contains({u"kt:propertyDefinition"_s, u"vp-spare Spare"_s}));
    QVERIFY(read.info.extraProperties.contains({u"kt:propertyDefinition"_s, u"vp-owner Owner"_s}));
    const QByteArray written = toXml(read, &error);
    QVERIFY2(!written.isEmpty(), qPrintable(error));
    QCOMPARE(m_schemas.validate(written), QString());
    // In the file's order, before the definitions of our own properties.
    const qsizetype spare = written.indexOf("<propertyDefinition identifier=\"vp-spare\"");
    const qsizetype owner = written.indexOf("<propertyDefinition identifier=\"vp-owner\"");
    const qsizetype ours = written.indexOf("<propertyDefinition identifier=\"propid-kt-");
    QVERIFY(spare > 0 && owner > spare && ours > owner);
    QVERIFY(written.contains("<property propertyDefinitionRef=\"vp-owner\">"));
    QVERIFY(!written.contains("kt:propertyDefinition"));
    ModelData again;
    QVERIFY2(fromXml(written, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, read);
    QCOMPARE(toXml(again), written);

    // Without the records, the writer names the definitions itself; reading that
    // file back records nothing.
    ModelData plain = read;
    plain.info.extraProperties.removeIf(
            [](const Property &p) { return p.key == u"kt:propertyDefinition"; });
    const QByteArray ours2 = toXml(plain, &error);
    QVERIFY2(!ours2.isEmpty(), qPrintable(error));
    QVERIFY(!ours2.contains("vp-owner"));
    QVERIFY(!ours2.contains("vp-spare"));
    ModelData plainAgain;
    QVERIFY2(fromXml(ours2, &plainAgain, &error), qPrintable(error));
    KT_COMPARE_MODELS(plainAgain, plain);
}

void TestExchangeKept::viewDocumentation()
{
    const View &view = *m_model.views.begin();
    QCOMPARE(view.documentation, u"Who takes part."_s);
    const QByteArray xml = exported();
    QVERIFY(xml.contains("<documentation xml:lang=\"en\">Who takes part.</documentation>"));
    QVERIFY(xml.contains("<documentation xml:lang=\"fr\">Qui participe.</documentation>"));
}

void TestExchangeKept::roundTrips()
{
    // Exchange -> model -> exchange -> model: the same model, the same bytes.
    const QByteArray first = exported();
    ModelData back;
    QString error;
    QVERIFY2(fromXml(first, &back, &error), qPrintable(error));
    QCOMPARE(test::firstDifference(m_model, back), QString());
    QCOMPARE(toXml(back), first);
    // Through a .ktm, whose format has not changed: the same again.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kept.ktm"_s);
    KtmStore store;
    QVERIFY2(store.save(m_model, path), qPrintable(store.errorString()));
    ModelData loaded;
    QVERIFY2(store.load(path, loaded), qPrintable(store.errorString()));
    QCOMPARE(toXml(loaded), first);
}

void TestExchangeKept::archimate2Refused()
{
    // 2.1 (issue 12) is read (tst_exchangefindings); a 2.x draft namespace is refused as 2.x.
    const QByteArray model21 =
            "<model xmlns=\"http://www.opengroup.org/xsd/archimate\" identifier=\"m\"><name>x</name>"
            "<elements/></model>";
    ModelData read;
    QString error;
    QVERIFY2(fromXml(model21, &read, &error, u"old.xml"_s), qPrintable(error));
    QCOMPARE(read.info.name, u"x"_s);
    const QByteArray xml = "<model xmlns=\"http://www.opengroup.org/xsd/archimate/2.1/\" "
                           "identifier=\"m\"><name>x</name></model>";
    ModelData data;
    QVERIFY(!fromXml(xml, &data, &error, u"old.xml"_s));
    QVERIFY2(error.contains(u"old.xml is an ArchiMate 2.x exchange file"_s), qPrintable(error));
    QVERIFY2(error.contains(u"the 2.x format is not supported"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestExchangeKept)
#include "tst_exchangekept.moc"
