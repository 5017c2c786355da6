// Framework 1.0 as a profile (Công văn 1178/BTTTT-THH, 2015) and the mapping of
// its types to framework 2.0's ("upgrades" in vn-egov-2.0.json): the registry
// lists both, the 1.0 profile has the components its provincial documents drew,
// and every 1.0 type is either mapped to a 2.0 type or listed below as having no
// 2.0 counterpart.
#include <model/meta/profileregistry.h>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

// 1.0 types with no 2.0 counterpart (docs/PROFILE-FORMAT.md, "upgrades"):
// the portal functions of 1.0's "dịch vụ cổng" layer (search, personalisation,
// user management of the portal software) are no part of 2.0's vocabulary; an
// upgrade reports them and makes them generic data-and-application elements.
const QStringList UnmappableElementTypes { u"portal-function"_s };
const QStringList UnmappableRelationshipTypes {};

} // namespace

class TestFrameworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registryListsBoth();
    void layersOfVersion10();
    void vocabularyOfVersion10();
    void typesDrawable();
    void rulesAndComponents();
    void importMapsToProfileTypes();
    void propertiesCompare();
    void mappingKeysAreVersion10Types();
    void everyVersion10TypeMappedOrListed();
    void renamedTypesMapped_data();
    void renamedTypesMapped();

private:
    ProfilePtr m_v10;
    ProfilePtr m_v20;
    const FrameworkMapping *m_mapping = nullptr;
};

void TestFrameworks::initTestCase()
{
    const Result<ProfilePtr> v10 = ProfileRegistry::profile(u"vn-egov-1.0"_s);
    QVERIFY2(v10.ok(), qPrintable(v10.error()));
    m_v10 = v10.value();
    const Result<ProfilePtr> v20 = ProfileRegistry::profile(u"vn-egov-2.0"_s);
    QVERIFY2(v20.ok(), qPrintable(v20.error()));
    m_v20 = v20.value();
    m_mapping = m_v20->mappingFrom(u"vn-egov-1.0"_s);
    QVERIFY(m_mapping);
}

void TestFrameworks::registryListsBoth()
{
    const QStringList ids = ProfileRegistry::frameworkIds();
    QVERIFY(ids.contains(u"vn-egov-1.0"_s));
    QVERIFY(ids.contains(u"vn-egov-2.0"_s));
    QCOMPARE(ProfileRegistry::defaultFrameworkId(), u"vn-egov-2.0"_s);
    QCOMPARE(m_v10->id(), u"vn-egov-1.0"_s);
    QCOMPARE(m_v10->version(), u"1.0"_s);
    QVERIFY(m_v10->issuedBy().text(u"vi"_s).contains(u"1178/BTTTT-THH"_s));
    QVERIFY(m_v10->issuedBy().text(u"vi"_s).contains(u"21/4/2015"_s));
    // 1.0 maps nothing from 2.0: upgrades go one way.
    QVERIFY(!m_v10->mappingFrom(u"vn-egov-2.0"_s));
    QVERIFY(!m_v20->mappingFrom(u"vn-egov-3.0"_s));
}

void TestFrameworks::layersOfVersion10()
{
    // The components of 1.0-era provincial diagrams, top to bottom, then the two
    // side columns and the external systems.
    struct Expected
    {
        QString id;
        QString vi;
        LayerPlacement placement;
    };
    const QList<Expected> expected {
        { u"users"_s, u"Người sử dụng"_s, LayerPlacement::Band },
        { u"access-channels"_s, u"Kênh truy cập"_s, LayerPlacement::Band },
        { u"portal-services"_s, u"Dịch vụ cổng"_s, LayerPlacement::Band },
        { u"apps-databases"_s, u"Ứng dụng và cơ sở dữ liệu"_s, LayerPlacement::Band },
        { u"shared-platform"_s, u"Nền tảng chia sẻ, tích hợp dùng chung"_s, LayerPlacement::Band },
        { u"infrastructure"_s, u"Hạ tầng kỹ thuật"_s, LayerPlacement::Band },
        { u"security"_s, u"An toàn thông tin"_s, LayerPlacement::Column },
        { u"governance"_s, u"Quản lý, chỉ đạo"_s, LayerPlacement::Column },
        { u"external"_s, u"Hệ thống ngoài"_s, LayerPlacement::Side },
    };
    QCOMPARE(m_v10->layers().size(), expected.size());
    int order = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Layer &layer = m_v10->layers().at(i);
        QCOMPARE(layer.id, expected.at(i).id);
        QCOMPARE(layer.name.text(u"vi"_s), expected.at(i).vi);
        QVERIFY(!layer.name.text(u"en"_s).isEmpty());
        QVERIFY(layer.placement == expected.at(i).placement);
        QVERIFY(layer.order > order);
        order = layer.order;
    }
    QVERIFY(m_v10->layer(u"security"_s)->side == ColumnSide::Left);
    QVERIFY(m_v10->layer(u"governance"_s)->side == ColumnSide::Right);
    // The shared platform is a band of its own: the LGSP with the national NGSP
    // it connects to, as 1.0-era documents drew them.
    QVERIFY(m_v10->layer(u"shared-platform"_s)->placement == LayerPlacement::Band);
    for (const QString &id : { u"lgsp"_s, u"ngsp"_s, u"integration-service"_s })
        QCOMPARE(m_v10->elementType(id)->layer, u"shared-platform"_s);
    // 2.0 words are not 1.0's: "kênh truy cập", not "kênh giao tiếp".
    for (const Layer &layer : m_v10->layers())
        QVERIFY(!layer.name.text(u"vi"_s).contains(u"giao tiếp"_s));
}

void TestFrameworks::vocabularyOfVersion10()
{
    // Names as the 1.0-era documents wrote them.
    const QList<std::pair<QString, QString>> names {
        { u"public-admin-centre"_s, u"Trung tâm hành chính công"_s },
        { u"public-service-portal"_s, u"Cổng dịch vụ công"_s },
        { u"one-stop-software"_s, u"Hệ thống một cửa điện tử"_s },
        { u"agency-website"_s, u"Trang thông tin điện tử của sở, ngành, huyện"_s },
        { u"agency-server"_s, u"Máy chủ tại các sở, ngành, huyện"_s },
        { u"data-integration-centre"_s, u"Trung tâm tích hợp dữ liệu"_s },
    };
    for (const auto &[id, vi] : names) {
        const ElementType *type = m_v10->elementType(id);
        QVERIFY2(type, qPrintable(id));
        QCOMPARE(type->name.text(u"vi"_s), vi);
        QVERIFY(!type->name.text(u"en"_s).isEmpty());
    }
    QVERIFY(m_v10->elementType(u"ngsp"_s)->name.text(u"vi"_s).contains(u"NGSP"_s));
    QCOMPARE(m_v10->elementType(u"ministry-system"_s)->layer, u"external"_s);
    // No type of 2.0's later vocabulary: no NDXP, no SOC, no IOC.
    for (const QString &id : { u"ndxp"_s, u"soc"_s, u"operations-centre"_s, u"procedure-system"_s })
        QVERIFY2(!m_v10->elementType(id), qPrintable(id));
    QVERIFY(m_v10->elementTypes().size() >= 60);
    QVERIFY(m_v10->relationshipTypes().size() >= 12);
    // Information systems carry a security level, as in 2.0.
    for (const ElementType &type : m_v10->elementTypes())
        if (type.informationSystem)
            QVERIFY2(type.required.contains(u"securityLevel"_s), qPrintable(type.id));
}

void TestFrameworks::typesDrawable()
{
    const QDir icons(QStringLiteral(KT_SOURCE_DIR) + u"/resources/icons"_s);
    const QSet<QString> shapes { u"rectangle"_s, u"rounded"_s, u"actor"_s, u"cylinder"_s,
        u"device"_s, u"network"_s, u"bus"_s, u"document"_s, u"shield"_s, u"cloud"_s, u"box3d"_s,
        u"folder"_s, u"octagon"_s, u"ellipse"_s };
    for (const ElementType &type : m_v10->elementTypes()) {
        QVERIFY2(icons.exists(type.icon + u".svg"_s), qPrintable(type.id + u": "_s + type.icon));
        QVERIFY2(shapes.contains(type.shape), qPrintable(type.id));
        QVERIFY2(!type.archimateType.isEmpty(), qPrintable(type.id));
    }
    // Every layer shown in the overall diagram has a generic type for imports.
    for (const Layer &layer : m_v10->layers())
        if (layer.id != u"shared-platform")
            QVERIFY2(m_v10->genericElementType(layer.id), qPrintable(layer.id));
    QVERIFY(m_v10->genericRelationshipType());
}

void TestFrameworks::rulesAndComponents()
{
    // The usual 1.0 links are allowed.
    QVERIFY(m_v10->isAllowed(u"uses"_s, u"citizen"_s, u"public-service-portal"_s));
    QVERIFY(m_v10->isAllowed(u"integrates-via"_s, u"lgsp"_s, u"ngsp"_s));
    QVERIFY(m_v10->isAllowed(u"connects-to"_s, u"tslcd-network"_s, u"ngsp"_s));
    QVERIFY(m_v10->isAllowed(u"hosts"_s, u"agency-server"_s, u"sector-app"_s));
    QVERIFY(m_v10->isAllowed(u"directs"_s, u"steering-committee"_s, u"plan"_s));
    // A database kept on a workstation was a 1.0-era fact; 2.0 does not allow it.
    QVERIFY(m_v10->isAllowed(u"stores"_s, u"workstation"_s, u"sector-database"_s));
    QVERIFY(!m_v20->isAllowed(u"stores"_s, u"workstation"_s, u"sector-database"_s));
    // And what makes no sense is refused.
    QVERIFY(!m_v10->isAllowed(u"uses"_s, u"sector-app"_s, u"citizen"_s));
    QVERIFY(!m_v10->isAllowed(u"hosts"_s, u"citizen"_s, u"sector-app"_s));

    for (const QString &id : { u"applications"_s, u"technology"_s, u"security"_s }) {
        const ComponentArchitecture *component = m_v10->component(id);
        QVERIFY2(component, qPrintable(id));
        QVERIFY(!component->name.text(u"vi"_s).isEmpty());
    }
    QVERIFY(m_v10->component(u"applications"_s)->elementTypes.contains(u"one-stop-software"_s));
    QCOMPARE(m_v10->component(u"technology"_s)->layers, QStringList { u"infrastructure"_s });
    QCOMPARE(m_v10->component(u"security"_s)->layers, QStringList { u"security"_s });
    QStringList abbreviations;
    for (const Abbreviation &a : m_v10->abbreviations())
        abbreviations.append(a.abbreviation);
    QVERIFY(abbreviations.contains(u"NGSP"_s));
    QVERIFY(abbreviations.contains(u"LGSP"_s));
    QVERIFY(!abbreviations.contains(u"NDXP"_s));
}

void TestFrameworks::importMapsToProfileTypes()
{
    for (const QString &archimate : { u"BusinessActor"_s, u"ApplicationComponent"_s, u"Node"_s,
             u"Requirement"_s, u"ApplicationService"_s, u"Goal"_s }) {
        const ElementType *type = m_v10->importElementType(archimate);
        QVERIFY2(type && type->generic, qPrintable(archimate));
    }
    QCOMPARE(m_v10->importElementType(u"BusinessActor"_s)->layer, u"users"_s);
    QCOMPARE(m_v10->importElementType(u"Node"_s)->layer, u"infrastructure"_s);
    QVERIFY(m_v10->importRelationshipType(u"Serving"_s));
}

void TestFrameworks::propertiesCompare()
{
    // Properties of the same meaning have the same keys in both profiles.
    for (const PropertyDefinition &p : m_v10->properties()) {
        const PropertyDefinition *other = m_v20->property(p.key);
        QVERIFY2(other, qPrintable(p.key));
        QVERIFY(other->type == p.type);
        for (const EnumValue &value : p.values)
            QVERIFY2(other->value(value.id), qPrintable(p.key + u'=' + value.id));
    }
    // Online public services were of levels 1 to 4 then; "toàn trình" came in 2022.
    QVERIFY(m_v10->property(u"serviceLevel"_s)->value(u"level-4"_s));
    QVERIFY(!m_v10->property(u"serviceLevel"_s)->value(u"full"_s));
    QVERIFY(m_v10->checkProperty(u"sector-app"_s, u"securityLevel"_s, u"3"_s).isEmpty());
    QVERIFY(!m_v10->checkProperty(u"sector-app"_s, u"securityLevel"_s, u"7"_s).isEmpty());
}

void TestFrameworks::mappingKeysAreVersion10Types()
{
    QCOMPARE(m_mapping->fromFramework, u"vn-egov-1.0"_s);
    for (auto it = m_mapping->elementTypes.cbegin(); it != m_mapping->elementTypes.cend(); ++it) {
        QVERIFY2(m_v10->elementType(it.key()), qPrintable(u"not a 1.0 type: "_s + it.key()));
        QVERIFY2(m_v20->elementType(it.value()), qPrintable(it.value()));
    }
    for (auto it = m_mapping->relationshipTypes.cbegin(); it != m_mapping->relationshipTypes.cend();
         ++it) {
        QVERIFY2(m_v10->relationshipType(it.key()), qPrintable(it.key()));
        QVERIFY2(m_v20->relationshipType(it.value()), qPrintable(it.value()));
    }
    // A generic type stays generic.
    for (const ElementType &type : m_v10->elementTypes())
        if (type.generic)
            QVERIFY2(m_v20->elementType(m_mapping->elementTypes.value(type.id))->generic,
                qPrintable(type.id));
}

void TestFrameworks::everyVersion10TypeMappedOrListed()
{
    for (const ElementType &type : m_v10->elementTypes()) {
        const bool mapped = m_mapping->elementTypes.contains(type.id);
        const bool listed = UnmappableElementTypes.contains(type.id);
        QVERIFY2(mapped != listed,
            qPrintable(type.id
                + (mapped ? u" is mapped and listed"_s : u" is neither mapped nor listed"_s)));
    }
    for (const QString &id : UnmappableElementTypes)
        QVERIFY2(m_v10->elementType(id), qPrintable(id));
    for (const RelationshipType &type : m_v10->relationshipTypes())
        QVERIFY2(m_mapping->relationshipTypes.contains(type.id)
                != UnmappableRelationshipTypes.contains(type.id),
            qPrintable(type.id));
}

void TestFrameworks::renamedTypesMapped_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // shared/DOMAIN.md §4: what 2.0 renamed or folded together.
    QTest::newRow("NGSP → NDXP") << u"ngsp"_s << u"ndxp"_s;
    QTest::newRow("TT hành chính công") << u"public-admin-centre"_s << u"service-centre"_s;
    QTest::newRow("Cổng DVC") << u"public-service-portal"_s << u"procedure-system"_s;
    QTest::newRow("một cửa điện tử") << u"one-stop-software"_s << u"procedure-system"_s;
    QTest::newRow("trang TTĐT") << u"agency-website"_s << u"component-portal"_s;
    QTest::newRow("máy chủ") << u"agency-server"_s << u"server"_s;
    QTest::newRow("TT tích hợp dữ liệu") << u"data-integration-centre"_s << u"data-centre"_s;
    QTest::newRow("LGSP") << u"lgsp"_s << u"lgsp"_s;
    QTest::newRow("chỉ đạo") << u"directs"_s << u"governs"_s;
}

void TestFrameworks::renamedTypesMapped()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QString mapped = m_v10->elementType(from) ? m_mapping->elementTypes.value(from)
                                                    : m_mapping->relationshipTypes.value(from);
    QCOMPARE(mapped, to);
}

QTEST_GUILESS_MAIN(TestFrameworks)
#include "tst_frameworks.moc"
