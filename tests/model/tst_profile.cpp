// The framework 2.0 profile: complete (seven components), rules and schemas
// behave, and a broken profile is refused with a message naming the entry.
#include <model/meta/profileloader.h>
#include <model/meta/profileregistry.h>
#include <support/shareddir.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

using namespace kt;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layers();
    void elementTypes();
    void relationshipTypes();
    void propertySchemas();
    void checkProperty_data();
    void checkProperty();
    void correctedFacts();
    void deploymentLevelShownAsSet();
    void rules();
    void importCoversArchiMate();
    void importCoversSchema();
    void icons();
    void components();
    void brokenProfileRefused_data();
    void brokenProfileRefused();

private:
    ProfilePtr m_profile;
    QByteArray m_json;
};

void TestProfile::initTestCase()
{
    const Result<ProfilePtr> profile = ProfileRegistry::profile(u"vn-egov-2.0"_s);
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    m_profile = profile.value();
    QFile file(QStringLiteral(KT_SOURCE_DIR) + u"/resources/frameworks/vn-egov-2.0.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_json = file.readAll();
    QVERIFY(ProfileRegistry::frameworkIds().contains(u"vn-egov-2.0"_s));
    QVERIFY(!ProfileRegistry::profile(u"vn-egov-9.9"_s).ok());
}

void TestProfile::layers()
{
    QStringList ids;
    for (const Layer &layer : m_profile->layers())
        ids.append(layer.id);
    QCOMPARE(ids, (QStringList{u"users"_s, u"channels"_s, u"data-apps"_s, u"technology"_s,
                               u"security"_s, u"governance"_s, u"external"_s, u"business"_s,
                               u"data"_s}));
    QCOMPARE(m_profile->layer(u"business"_s)->placement, LayerPlacement::Component);
    QCOMPARE(m_profile->layer(u"data"_s)->placement, LayerPlacement::Component);
    QCOMPARE(m_profile->layer(u"security"_s)->placement, LayerPlacement::Column);
    QCOMPARE(m_profile->layer(u"governance"_s)->placement, LayerPlacement::Column);
    QCOMPARE(m_profile->layer(u"users"_s)->placement, LayerPlacement::Band);
    QCOMPARE(m_profile->layer(u"users"_s)->name.vi, u"Người sử dụng"_s);
    QVERIFY(m_profile->layer(u"data-apps"_s)->bands.size() >= 4);
    QSet<QString> colours;
    for (const Layer &layer : m_profile->layers())
        colours.insert(layer.color);
    QCOMPARE(colours.size(), m_profile->layers().size());
}

void TestProfile::elementTypes()
{
    QVERIFY(m_profile->elementTypes().size() >= 40);
    QSet<QString> layersWithTypes;
    int systems = 0;
    for (const ElementType &type : m_profile->elementTypes()) {
        QVERIFY2(!type.name.vi.isEmpty() && !type.name.en.isEmpty(), qPrintable(type.id));
        QVERIFY2(!type.icon.isEmpty() && !type.shape.isEmpty(), qPrintable(type.id));
        QVERIFY2(!type.archimateType.isEmpty(), qPrintable(type.id));
        QCOMPARE(type.name.vi, type.name.vi.normalized(QString::NormalizationForm_C));
        for (const QString &key : {u"owner"_s, u"lifecycle"_s, u"phase"_s, u"deploymentLevel"_s})
            QVERIFY2(type.properties.contains(key), qPrintable(type.id + u' ' + key));
        if (type.informationSystem) {
            ++systems;
            QVERIFY2(type.required.contains(u"securityLevel"_s), qPrintable(type.id));
            QVERIFY2(type.properties.contains(u"levelDossier"_s), qPrintable(type.id));
        }
        if (!type.generic)
            layersWithTypes.insert(type.layer);
    }
    QVERIFY(systems >= 5);
    QCOMPARE(layersWithTypes.size(), 9); // the seven of the overall diagram, business, data
    for (const Layer &layer : m_profile->layers())
        QVERIFY2(m_profile->genericElementType(layer.id), qPrintable(layer.id));
}

void TestProfile::relationshipTypes()
{
    QVERIFY(m_profile->relationshipTypes().size() >= 8);
    const QSet<QString> archimate{u"Composition"_s, u"Aggregation"_s, u"Assignment"_s,
                                  u"Realization"_s, u"Serving"_s, u"Access"_s, u"Influence"_s,
                                  u"Triggering"_s, u"Flow"_s, u"Specialization"_s,
                                  u"Association"_s};
    for (const RelationshipType &type : m_profile->relationshipTypes())
        QVERIFY2(archimate.contains(type.archimateType), qPrintable(type.id));
    for (const QString &id : {u"uses"_s, u"accessed-via"_s, u"provides"_s, u"integrates-via"_s,
                              u"stores"_s, u"protects"_s, u"governs"_s, u"connects-to"_s})
        QVERIFY2(m_profile->relationshipType(id), qPrintable(id));
    QVERIFY(m_profile->genericRelationshipType());
}

void TestProfile::propertySchemas()
{
    const PropertyDefinition *level = m_profile->property(u"securityLevel"_s);
    QVERIFY(level);
    QCOMPARE(level->type, PropertyType::Int);
    QCOMPARE(level->minimum, 1);
    QCOMPARE(level->maximum, 5);
    const auto enumIds = [&](const QString &key) {
        QStringList ids;
        for (const EnumValue &v : m_profile->property(key)->values)
            ids.append(v.id);
        return ids;
    };
    QCOMPARE(enumIds(u"levelDossier"_s), (QStringList{u"none"_s, u"prepared"_s, u"approved"_s}));
    QCOMPARE(enumIds(u"lifecycle"_s),
             (QStringList{u"existing"_s, u"upgrade"_s, u"new"_s, u"retiring"_s}));
    QCOMPARE(enumIds(u"deploymentLevel"_s),
             (QStringList{u"province"_s, u"district"_s, u"commune"_s}));
    QVERIFY(m_profile->property(u"phase"_s));
    QVERIFY(m_profile->property(u"owner"_s));
}

static QString firstSystemType(const Profile &p)
{
    for (const ElementType &t : p.elementTypes())
        if (t.informationSystem)
            return t.id;
    return {};
}

void TestProfile::checkProperty_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("level 1") << u"securityLevel"_s << u"1"_s << true;
    QTest::newRow("level 5") << u"securityLevel"_s << u"5"_s << true;
    QTest::newRow("level 0") << u"securityLevel"_s << u"0"_s << false;
    QTest::newRow("level 6") << u"securityLevel"_s << u"6"_s << false;
    QTest::newRow("level 7") << u"securityLevel"_s << u"7"_s << false;
    QTest::newRow("level text") << u"securityLevel"_s << u"ba"_s << false;
    QTest::newRow("dossier ok") << u"levelDossier"_s << u"approved"_s << true;
    QTest::newRow("dossier bad") << u"levelDossier"_s << u"signed"_s << false;
    QTest::newRow("lifecycle ok") << u"lifecycle"_s << u"retiring"_s << true;
    QTest::newRow("deployment ok") << u"deploymentLevel"_s << u"commune"_s << true;
    QTest::newRow("deployment bad") << u"deploymentLevel"_s << u"country"_s << false;
    QTest::newRow("deployment set")
            << u"deploymentLevel"_s << u"province,district,commune"_s << true;
    QTest::newRow("deployment set, any order")
            << u"deploymentLevel"_s << u"commune,province"_s << true;
    QTest::newRow("deployment set twice")
            << u"deploymentLevel"_s << u"province,province"_s << false;
    QTest::newRow("deployment set, one bad") << u"deploymentLevel"_s << u"province,city"_s << false;
    QTest::newRow("personal data") << u"personalData"_s << u"yes"_s << true;
    QTest::newRow("personal data bad") << u"personalData"_s << u"true"_s << false;
    QTest::newRow("operating unit")
            << u"operatingUnit"_s << u"Sở Thông tin và Truyền thông"_s << true;
    QTest::newRow("phase free") << u"phase"_s << u"2021-2025"_s << true;
    QTest::newRow("empty clears") << u"securityLevel"_s << QString() << true;
    QTest::newRow("unknown key") << u"colour"_s << u"red"_s << false;
}

void TestProfile::checkProperty()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const QString problem = m_profile->checkProperty(firstSystemType(*m_profile), key, value);
    QCOMPARE(problem.isEmpty(), accepted);
}

void TestProfile::correctedFacts()
{
    // Issue 9: the profile as the sources name and define things.
    QCOMPARE(m_profile->elementType(u"ngsp"_s)->name.vi,
             u"Hệ thống kết nối, liên thông các hệ thống thông tin ở Trung ương và địa phương "
             "(NGSP)"_s);
    const ElementType *mobile = m_profile->elementType(u"mobile-device"_s);
    QVERIFY(mobile);
    QCOMPARE(mobile->layer, u"channels"_s);
    QCOMPARE(mobile->archimateType, u"Device"_s);
    QCOMPARE(mobile->name.vi, u"Thiết bị di động"_s);
    // Operating unit apart from the owner, personal data: on every information system.
    for (const ElementType &type : m_profile->elementTypes()) {
        if (!type.informationSystem)
            continue;
        QVERIFY2(type.properties.contains(u"operatingUnit"_s), qPrintable(type.id));
        QVERIFY2(type.properties.contains(u"personalData"_s), qPrintable(type.id));
        QVERIFY2(type.properties.contains(u"owner"_s), qPrintable(type.id));
    }
    // Both vocabularies of online public services: levels 1–4 and NĐ 42/2022's two kinds.
    QVERIFY(m_profile->elementType(u"online-service"_s)->properties.contains(u"serviceLevel"_s));
    QStringList levels;
    for (const EnumValue &v : m_profile->property(u"serviceLevel"_s)->values)
        levels.append(v.name.vi);
    QCOMPARE(levels, (QStringList{u"Mức độ 1"_s, u"Mức độ 2"_s, u"Mức độ 3"_s, u"Mức độ 4"_s,
                                  u"Toàn trình"_s, u"Một phần"_s}));
    QCOMPARE(m_profile->property(u"deploymentLevel"_s)->type, PropertyType::EnumSet);
    // Only "uses" reads the other way round in ArchiMate (Serving from the system).
    QStringList reversed;
    for (const RelationshipType &type : m_profile->relationshipTypes())
        if (type.archimateReversed)
            reversed.append(type.id);
    QCOMPARE(reversed, QStringList{u"uses"_s});
}

void TestProfile::deploymentLevelShownAsSet()
{
    QCOMPARE(m_profile->displayValue(u"deploymentLevel"_s, u"province,district,commune"_s, u"vi"_s),
             u"Tỉnh, huyện, xã"_s);
    QCOMPARE(m_profile->displayValue(u"deploymentLevel"_s, u"commune,province"_s, u"en"_s),
             u"Province, commune"_s);
    QCOMPARE(m_profile->displayValue(u"deploymentLevel"_s, u"district"_s, u"vi"_s), u"Huyện"_s);
    QCOMPARE(m_profile->displayValue(u"lifecycle"_s, u"new"_s, u"vi"_s), u"Xây mới"_s);
    QCOMPARE(m_profile->displayValue(u"phase"_s, u"2021-2025"_s, u"vi"_s), u"2021-2025"_s);
    const PropertyDefinition *level = m_profile->property(u"deploymentLevel"_s);
    QCOMPARE(level->setValue({u"commune"_s, u"province"_s, u"moon"_s}), u"province,commune"_s);
}

void TestProfile::rules()
{
    const auto typeIn = [&](const QString &layer) {
        for (const ElementType &t : m_profile->elementTypes())
            if (t.layer == layer && !t.generic)
                return t.id;
        return QString();
    };
    const QString user = typeIn(u"users"_s);
    const QString channel = typeIn(u"channels"_s);
    QVERIFY(m_profile->isAllowed(u"uses"_s, user, channel));
    QVERIFY(!m_profile->isAllowed(u"stores"_s, user, channel));
    QVERIFY(!m_profile->isAllowed(u"nonexistent"_s, user, channel));
    const QString generic = m_profile->genericRelationshipType()->id;
    QVERIFY(m_profile->isAllowed(generic, user, typeIn(u"technology"_s)));
    const auto allowed = m_profile->allowedRelationships(user, channel);
    QVERIFY(allowed.size() >= 2); // "uses" and the generic one at least
    QVERIFY(m_profile->isAllowed(u"governs"_s, typeIn(u"governance"_s), typeIn(u"data-apps"_s)));
    QVERIFY(m_profile->isAllowed(u"protects"_s, typeIn(u"security"_s), typeIn(u"technology"_s)));
}

namespace {

// The concrete element and relationship types of ArchiMate 3.1 (the names of the
// Open Group exchange format; importCoversSchema checks them against its schema).
const QStringList ArchimateElementTypes = {
    u"BusinessActor"_s, u"BusinessRole"_s, u"BusinessCollaboration"_s, u"BusinessInterface"_s,
    u"BusinessProcess"_s, u"BusinessFunction"_s, u"BusinessInteraction"_s, u"BusinessEvent"_s,
    u"BusinessService"_s, u"BusinessObject"_s, u"Contract"_s, u"Representation"_s, u"Product"_s,
    u"ApplicationComponent"_s, u"ApplicationCollaboration"_s, u"ApplicationInterface"_s,
    u"ApplicationFunction"_s, u"ApplicationInteraction"_s, u"ApplicationProcess"_s,
    u"ApplicationEvent"_s, u"ApplicationService"_s, u"DataObject"_s, u"Node"_s, u"Device"_s,
    u"SystemSoftware"_s, u"TechnologyCollaboration"_s, u"TechnologyInterface"_s, u"Path"_s,
    u"CommunicationNetwork"_s, u"TechnologyFunction"_s, u"TechnologyProcess"_s,
    u"TechnologyInteraction"_s, u"TechnologyEvent"_s, u"TechnologyService"_s, u"Artifact"_s,
    u"Equipment"_s, u"Facility"_s, u"DistributionNetwork"_s, u"Material"_s, u"Stakeholder"_s,
    u"Driver"_s, u"Assessment"_s, u"Goal"_s, u"Outcome"_s, u"Principle"_s, u"Requirement"_s,
    u"Constraint"_s, u"Meaning"_s, u"Value"_s, u"Resource"_s, u"Capability"_s,
    u"CourseOfAction"_s, u"ValueStream"_s, u"WorkPackage"_s, u"Deliverable"_s,
    u"ImplementationEvent"_s, u"Plateau"_s, u"Gap"_s, u"Grouping"_s, u"Location"_s};
const QStringList ArchimateRelationshipTypes = {
    u"Composition"_s, u"Aggregation"_s, u"Assignment"_s,    u"Realization"_s,
    u"Serving"_s,     u"Access"_s,      u"Influence"_s,     u"Triggering"_s,
    u"Flow"_s,        u"Specialization"_s, u"Association"_s};

} // namespace

void TestProfile::importCoversArchiMate()
{
    // Every concrete type of ArchiMate imports as a type of ours.
    QCOMPARE(ArchimateElementTypes.size(), 60);
    for (const QString &type : ArchimateElementTypes)
        QVERIFY2(m_profile->importElementType(type), qPrintable(type));
    for (const QString &type : ArchimateRelationshipTypes)
        QVERIFY2(m_profile->importRelationshipType(type), qPrintable(type));
    QVERIFY(m_profile->importElementType(u"NotAnArchiMateType"_s)); // the fallback

    // Business behaviour and passive objects land in the business and data
    // components (where their component architectures show them), not among the
    // applications.
    for (const QString &type : {u"BusinessProcess"_s, u"BusinessFunction"_s, u"BusinessService"_s})
        QCOMPARE(m_profile->importElementType(type)->layer, u"business"_s);
    for (const QString &type : {u"DataObject"_s, u"BusinessObject"_s})
        QCOMPARE(m_profile->importElementType(type)->layer, u"data"_s);
    QCOMPARE(m_profile->importElementType(u"ApplicationComponent"_s)->layer, u"data-apps"_s);
}

void TestProfile::importCoversSchema()
{
    // Every concrete element type of the Open Group schema imports as a type of
    // ours, and is in the list above.
    KT_SHARED_PATH_OR_SKIP(path, u"interop/archi/xsd/archimate3_Model.xsd"_s);
    QFile xsd(path);
    QVERIFY(xsd.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(xsd.readAll());
    const QRegularExpression re(u"<xs:complexType name=\"(\\w+)\">\\s*<xs:complexContent>\\s*"
                                u"<xs:extension base=\"(\\w+)\""_s);
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString base = m.captured(2);
        if (base.endsWith(u"ElementType") || base.endsWith(u"BehaviorElementType")
            || base == u"CompositeType" || base == u"RealElementType") {
            ++count;
            QVERIFY2(m_profile->importElementType(m.captured(1)), qPrintable(m.captured(1)));
            QVERIFY2(ArchimateElementTypes.contains(m.captured(1)), qPrintable(m.captured(1)));
        }
    }
    QVERIFY(count >= 40);
    QVERIFY(m_profile->importRelationshipType(u"Serving"_s));
    QVERIFY(m_profile->importElementType(u"NotAnArchiMateType"_s)); // the fallback

    // Business behaviour and passive objects land in the business and data
    // components (where their component architectures show them), not among the
    // applications.
    for (const QString &type : {u"BusinessProcess"_s, u"BusinessFunction"_s, u"BusinessService"_s})
        QCOMPARE(m_profile->importElementType(type)->layer, u"business"_s);
    for (const QString &type : {u"DataObject"_s, u"BusinessObject"_s})
        QCOMPARE(m_profile->importElementType(type)->layer, u"data"_s);
    QCOMPARE(m_profile->importElementType(u"ApplicationComponent"_s)->layer, u"data-apps"_s);
}

void TestProfile::icons()
{
    // One SVG icon per type is the editor's job; every icon name is a plain file name.
    for (const ElementType &type : m_profile->elementTypes())
        QVERIFY2(QRegularExpression(u"^[a-z0-9-]+$"_s).match(type.icon).hasMatch(),
                 qPrintable(type.icon));
}

void TestProfile::components()
{
    // The five component architectures every provincial document has, each
    // showing something; the business and data chapters have their types.
    QStringList ids;
    for (const ComponentArchitecture &c : m_profile->components()) {
        ids.append(c.id);
        QVERIFY2(!c.name.vi.isEmpty() && !c.name.en.isEmpty(), qPrintable(c.id));
        QVERIFY(!(c.layers.isEmpty() && c.bands.isEmpty() && c.elementTypes.isEmpty()));
    }
    QCOMPARE(ids, (QStringList{u"business"_s, u"data"_s, u"applications"_s, u"technology"_s,
                               u"security"_s}));
    QCOMPARE(m_profile->component(u"business"_s)->name.vi, u"Kiến trúc nghiệp vụ"_s);
    QCOMPARE(m_profile->component(u"technology"_s)->name.vi, u"Kiến trúc kỹ thuật – công nghệ"_s);
    QVERIFY(!m_profile->component(u"moon"_s));
    const QList<std::pair<QString, QString>> types{
            {u"domain"_s, u"Grouping"_s},
            {u"business-function"_s, u"BusinessFunction"_s},
            {u"business-process"_s, u"BusinessProcess"_s},
            {u"administrative-procedure"_s, u"BusinessService"_s},
            {u"organisation-unit"_s, u"BusinessActor"_s},
            {u"master-data"_s, u"DataObject"_s},
            {u"shared-data"_s, u"DataObject"_s},
            {u"sector-data"_s, u"DataObject"_s}};
    for (const auto &[id, archimate] : types) {
        const ElementType *type = m_profile->elementType(id);
        QVERIFY2(type, qPrintable(id));
        QCOMPARE(type->archimateType, archimate);
        QVERIFY(type->layer == u"business" || type->layer == u"data");
    }
    QCOMPARE(m_profile->relationshipType(u"data-flow"_s)->archimateType, u"Flow"_s);
    QVERIFY(m_profile->isAllowed(u"data-flow"_s, u"sector-app"_s, u"lgsp"_s));
    QVERIFY(m_profile->isAllowed(u"data-flow"_s, u"master-data"_s, u"shared-data"_s));
    QVERIFY(!m_profile->isAllowed(u"data-flow"_s, u"citizen"_s, u"lgsp"_s));
    QVERIFY(m_profile->isAllowed(u"serves"_s, u"sector-app"_s, u"business-function"_s));
    QVERIFY(m_profile->isAllowed(u"performs"_s, u"organisation-unit"_s, u"business-function"_s));
    QVERIFY(m_profile->isAllowed(u"aggregates"_s, u"domain"_s, u"administrative-procedure"_s));
    QVERIFY(m_profile->isAllowed(u"aggregates"_s, u"sector-database"_s, u"sector-data"_s));
}

void TestProfile::brokenProfileRefused_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("named");
    const auto at = [](QJsonObject &root, const QString &list, qsizetype i,
                       const std::function<void(QJsonObject &)> &f) {
        QJsonArray array = root.value(list).toArray();
        QJsonObject o = array.at(i).toObject();
        f(o);
        array[i] = o;
        root.insert(list, array);
    };
    QTest::newRow("duplicate element type")
            << Mutation([at](QJsonObject &root) {
                   const QString id = root.value(u"elementTypes"_s).toArray().at(0).toObject()
                                              .value(u"id"_s).toString();
                   at(root, u"elementTypes"_s, 1, [&](QJsonObject &o) { o.insert(u"id"_s, id); });
               })
            << u"used twice"_s;
    QTest::newRow("unknown layer")
            << Mutation([at](QJsonObject &root) {
                   at(root, u"elementTypes"_s, 2,
                      [](QJsonObject &o) { o.insert(u"layer"_s, u"moon"_s); });
               })
            << u"moon"_s;
    QTest::newRow("rule names unknown type")
            << Mutation([](QJsonObject &root) {
                   QJsonArray rules = root.value(u"rules"_s).toArray();
                   rules.append(QJsonObject{
                           {u"relationship"_s, u"uses"_s},
                           {u"from"_s, QJsonObject{{u"types"_s, QJsonArray{u"unicorn"_s}}}},
                           {u"to"_s, QJsonObject{{u"layers"_s, QJsonArray{u"*"_s}}}}});
                   root.insert(u"rules"_s, rules);
               })
            << u"unicorn"_s;
    QTest::newRow("rule names unknown relationship")
            << Mutation([at](QJsonObject &root) {
                   at(root, u"rules"_s, 0,
                      [](QJsonObject &o) { o.insert(u"relationship"_s, u"teleports"_s); });
               })
            << u"teleports"_s;
    QTest::newRow("unknown property")
            << Mutation([at](QJsonObject &root) {
                   at(root, u"elementTypes"_s, 0, [](QJsonObject &o) {
                       o.insert(u"properties"_s, QJsonArray{u"weight"_s});
                   });
               })
            << u"weight"_s;
    QTest::newRow("duplicate layer")
            << Mutation([at](QJsonObject &root) {
                   at(root, u"layers"_s, 1, [](QJsonObject &o) { o.insert(u"id"_s, u"users"_s); });
               })
            << u"users"_s;
    QTest::newRow("import names unknown type")
            << Mutation([](QJsonObject &root) {
                   QJsonObject import = root.value(u"import"_s).toObject();
                   QJsonObject elements = import.value(u"elements"_s).toObject();
                   elements.insert(u"BusinessActor"_s, u"ghost"_s);
                   import.insert(u"elements"_s, elements);
                   root.insert(u"import"_s, import);
               })
            << u"ghost"_s;
    QTest::newRow("missing English name")
            << Mutation([at](QJsonObject &root) {
                   at(root, u"relationshipTypes"_s, 0, [](QJsonObject &o) {
                       o.insert(u"name"_s, QJsonObject{{u"vi"_s, u"x"_s}});
                   });
               })
            << u"English"_s;
    QTest::newRow("diagram size not a pair")
            << Mutation([](QJsonObject &root) {
                   root.insert(u"diagram"_s,
                               QJsonObject{{u"nodeSize"_s, QJsonArray{140}}});
               })
            << u"nodeSize"_s;
    QTest::newRow("diagram size too small")
            << Mutation([](QJsonObject &root) {
                   root.insert(u"diagram"_s,
                               QJsonObject{{u"noteSize"_s, QJsonArray{200, 0}}});
               })
            << u"noteSize"_s;
    QTest::newRow("enum set value with a comma")
            << Mutation([](QJsonObject &root) {
                   QJsonArray properties = root.value(u"properties"_s).toArray();
                   for (qsizetype i = 0; i < properties.size(); ++i) {
                       QJsonObject p = properties.at(i).toObject();
                       if (p.value(u"type"_s).toString() != u"enumSet")
                           continue;
                       QJsonArray values = p.value(u"values"_s).toArray();
                       QJsonObject v = values.at(0).toObject();
                       v.insert(u"id"_s, u"tỉnh,huyện"_s);
                       values[0] = v;
                       p.insert(u"values"_s, values);
                       properties[i] = p;
                   }
                   root.insert(u"properties"_s, properties);
               })
            << u"tỉnh,huyện"_s;
    QTest::newRow("generic relationship reversed")
            << Mutation([](QJsonObject &root) {
                   QJsonArray types = root.value(u"relationshipTypes"_s).toArray();
                   for (qsizetype i = 0; i < types.size(); ++i) {
                       QJsonObject t = types.at(i).toObject();
                       if (t.value(u"generic"_s).toBool())
                           t.insert(u"archimateReversed"_s, true);
                       types[i] = t;
                   }
                   root.insert(u"relationshipTypes"_s, types);
               })
            << u"cannot be reversed"_s;
    const auto component = [at](const QString &key, const QString &value) {
        return Mutation([at, key, value](QJsonObject &root) {
            at(root, u"components"_s, 1,
               [&](QJsonObject &o) { o.insert(key, QJsonArray{value}); });
        });
    };
    QTest::newRow("component names unknown layer") << component(u"layers"_s, u"moon"_s)
                                                   << u"moon"_s;
    QTest::newRow("component names unknown band")
            << component(u"bands"_s, u"data-apps/attic"_s) << u"data-apps/attic"_s;
    QTest::newRow("component names unknown type") << component(u"elementTypes"_s, u"yeti"_s)
                                                  << u"yeti"_s;
    QTest::newRow("unknown placement")
            << Mutation([at](QJsonObject &root) {
                   at(root, u"layers"_s, 0,
                      [](QJsonObject &o) { o.insert(u"placement"_s, u"floating"_s); });
               })
            << u"floating"_s;
}

void TestProfile::brokenProfileRefused()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, named);
    QJsonObject root = QJsonDocument::fromJson(m_json).object();
    QVERIFY(ProfileLoader::loadData(QJsonDocument(root).toJson(), u"p.json"_s).ok());
    mutate(root);
    const Result<ProfilePtr> result =
            ProfileLoader::loadData(QJsonDocument(root).toJson(), u"broken.json"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(named), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"broken.json"_s), qPrintable(result.error()));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
