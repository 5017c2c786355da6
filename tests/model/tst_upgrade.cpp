// Model ▸ Upgrade: a framework 2.0 model made from a 1.0 one through the 2.0
// profile's mapping. The Vĩnh Phúc 1.0 example upgrades whole (every id kept,
// every type a 2.0 type, the same types as the 2.0 example under the same ids, no
// validation error); a type without counterpart and a relationship 2.0 does not
// allow are reported and become generic; properties 2.0 does not take are kept
// as free properties; band groups move to 2.0's layers.
#include <model/compose/frameworkupgrade.h>
#include <model/io/exchangereader.h>
#include <model/meta/profileregistry.h>
#include <model/validate/validator.h>

#include <QSet>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

ModelData example(const QString &version)
{
    ModelData model;
    ExchangeReader reader;
    if (!reader.readFile(
            QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-") + version + u".xml"_s,
            model))
        qWarning("%s", qPrintable(reader.errorString()));
    return model;
}

ProfilePtr profile(const QString &id)
{
    const Result<ProfilePtr> p = ProfileRegistry::profile(id);
    return p ? p.value() : nullptr;
}

Element element(const QString &id, const QString &type, const QString &name)
{
    Element e;
    e.id = ElementId(id);
    e.type = type;
    e.name = name;
    return e;
}

Relationship relationship(
    const QString &id, const QString &type, const QString &source, const QString &target)
{
    Relationship r;
    r.id = RelationshipId(id);
    r.type = type;
    r.source = ElementId(source);
    r.target = ElementId(target);
    return r;
}

const UpgradeIssue *issueFor(const QList<UpgradeIssue> &issues, const QString &id)
{
    for (const UpgradeIssue &issue : issues)
        if (issue.id == id)
            return &issue;
    return nullptr;
}

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exampleKeepsEveryId();
    void exampleTypesAreVersion20s();
    void exampleValidates();
    void exampleViewsFollowVersion20Layers();
    void unmappedTypeReported();
    void disallowedRelationshipBecomesGeneric();
    void propertiesKeptOrFreed();
    void targets();
    void refusedWithoutMapping();

private:
    ModelData m_v10;
    ModelData m_v20;
    UpgradeResult m_upgraded;
    ModelData m_handMade;
};

void TestUpgrade::initTestCase()
{
    m_v10 = example(u"1.0"_s);
    m_v20 = example(u"2.0"_s);
    QCOMPARE(m_v10.info.frameworkId, u"vn-egov-1.0"_s);
    QCOMPARE(m_v20.info.frameworkId, u"vn-egov-2.0"_s);
    Result<UpgradeResult> upgraded = FrameworkUpgrade::upgrade(m_v10, profile(u"vn-egov-2.0"_s));
    QVERIFY2(upgraded, qPrintable(upgraded.error()));
    m_upgraded = std::move(upgraded).value();

    // A hand-made 1.0 model: a portal function (no 2.0 counterpart), a sector
    // database kept on a workstation (1.0 allows it, 2.0 does not), a data
    // integration centre with a URL (2.0's data centre has none).
    ModelData &m = m_handMade;
    m.profile = profile(u"vn-egov-1.0"_s);
    m.info.frameworkId = u"vn-egov-1.0"_s;
    m.info.name = u"Tỉnh thử nghiệm"_s;
    m.elements.append(element(u"e-citizen"_s, u"citizen"_s, u"Người dân"_s));
    Element portal
        = element(u"e-portal"_s, u"public-service-portal"_s, u"Cổng dịch vụ công tỉnh"_s);
    portal.properties.insert(u"securityLevel"_s, u"2"_s);
    portal.properties.insert(u"lifecycle"_s, u"existing"_s);
    m.elements.append(portal);
    m.elements.append(element(u"e-search"_s, u"portal-function"_s, u"Tìm kiếm trên cổng"_s));
    m.elements.append(element(u"e-pc"_s, u"workstation"_s, u"Máy trạm Sở Xây dựng"_s));
    Element db = element(u"e-db"_s, u"sector-database"_s, u"CSDL công trình xây dựng"_s);
    db.properties.insert(u"securityLevel"_s, u"1"_s);
    m.elements.append(db);
    Element centre = element(
        u"e-centre"_s, u"data-integration-centre"_s, u"Trung tâm tích hợp dữ liệu tỉnh"_s);
    centre.properties.insert(u"securityLevel"_s, u"3"_s);
    centre.properties.insert(u"url"_s, u"https://ttdl.example.gov.vn"_s);
    centre.properties.insert(u"owner"_s, u"Sở Thông tin và Truyền thông"_s);
    m.elements.append(centre);
    m.relationships.append(relationship(u"r-uses"_s, u"uses"_s, u"e-citizen"_s, u"e-portal"_s));
    m.relationships.append(relationship(u"r-stores"_s, u"stores"_s, u"e-pc"_s, u"e-db"_s));
    m.relationships.append(relationship(u"r-hosts"_s, u"hosts"_s, u"e-centre"_s, u"e-portal"_s));
    m.relationships.append(
        relationship(u"r-search"_s, u"accessed-via"_s, u"e-search"_s, u"e-portal"_s));

    View view;
    view.id = ViewId(u"v-overall"_s);
    view.name = u"Sơ đồ tổng thể"_s;
    view.kind = ViewKind::Overall;
    view.settings.insert(u"securityColumn"_s, u"right"_s);
    const auto group = [&](const QString &id, const QString &layer) {
        ViewNode node;
        node.id = NodeId(id);
        node.kind = NodeKind::Group;
        node.layer = layer;
        node.label = layer;
        node.bounds = QRectF(0, 0, 100, 100);
        view.nodes.append(node);
    };
    group(u"g-channels"_s, u"access-channels"_s);
    group(u"g-services"_s, u"portal-services"_s);
    group(u"g-apps"_s, u"apps-databases"_s);
    group(u"g-shared"_s, u"apps-databases/shared-apps"_s);
    group(u"g-platform"_s, u"shared-platform"_s);
    group(u"g-infra"_s, u"infrastructure"_s);
    group(u"legend"_s, u"legend"_s);
    m.views.append(view);
}

void TestUpgrade::exampleKeepsEveryId()
{
    const ModelData &up = m_upgraded.model;
    QCOMPARE(up.info.frameworkId, u"vn-egov-2.0"_s);
    QCOMPARE(up.profile->id(), u"vn-egov-2.0"_s);
    QCOMPARE(up.info.name, m_v10.info.name);
    QCOMPARE(up.elements.size(), m_v10.elements.size());
    QCOMPARE(up.relationships.size(), m_v10.relationships.size());
    QCOMPARE(up.views.size(), m_v10.views.size());
    for (qsizetype i = 0; i < m_v10.elements.size(); ++i) {
        const Element &before = m_v10.elements.at(i);
        const Element *after = up.elements.find(before.id);
        QVERIFY2(after, qPrintable(before.id.toString()));
        QCOMPARE(after->name, before.name);
        QCOMPARE(after->documentation, before.documentation);
    }
    for (const Relationship &before : m_v10.relationships) {
        const Relationship *after = up.relationships.find(before.id);
        QVERIFY2(after, qPrintable(before.id.toString()));
        QCOMPARE(after->source, before.source);
        QCOMPARE(after->target, before.target);
    }
    for (const View &before : m_v10.views) {
        const View *after = up.views.find(before.id);
        QVERIFY(after);
        QCOMPARE(after->name, before.name);
        QCOMPARE(after->nodes.size(), before.nodes.size());
        QCOMPARE(after->connections, before.connections);
        for (const ViewNode &node : before.nodes)
            QCOMPARE(after->nodes.find(node.id)->bounds, node.bounds);
    }
    // The example's 1.0 types all have 2.0 counterparts.
    QStringList unmapped;
    for (const UpgradeIssue &issue : m_upgraded.unmapped)
        unmapped.append(issue.id + u": "_s + issue.reason);
    QVERIFY2(unmapped.isEmpty(), qPrintable(unmapped.join(u'\n')));
}

void TestUpgrade::exampleTypesAreVersion20s()
{
    const ModelData &up = m_upgraded.model;
    int compared = 0;
    for (const Element &e : up.elements) {
        const ElementType *type = up.profile->elementType(e.type);
        QVERIFY2(type && !type->generic, qPrintable(e.id.toString() + u' ' + e.type));
        // Under the same id the 2.0 example has the same type: nothing "retyped".
        if (const Element *same = m_v20.elements.find(e.id)) {
            QCOMPARE(e.type, same->type);
            ++compared;
        }
        // Every typed property is one the 2.0 type takes, with a value it accepts.
        for (auto it = e.properties.cbegin(); it != e.properties.cend(); ++it)
            QVERIFY2(up.profile->checkProperty(e.type, it.key(), it.value()).isEmpty(),
                qPrintable(e.id.toString() + u' ' + it.key()));
        QCOMPARE(e.properties.size() + e.extraProperties.size(),
            m_v10.elements.find(e.id)->properties.size()
                + m_v10.elements.find(e.id)->extraProperties.size());
    }
    QVERIFY(compared >= 50);
    for (const Relationship &r : up.relationships) {
        const RelationshipType *type = up.profile->relationshipType(r.type);
        QVERIFY2(type && !type->generic, qPrintable(r.id.toString() + u' ' + r.type));
        QVERIFY(up.profile->isAllowed(
            r.type, up.elements.find(r.source)->type, up.elements.find(r.target)->type));
        if (const Relationship *same = m_v20.relationships.find(r.id))
            QCOMPARE(r.type, same->type);
    }
    QCOMPARE(up.elements.find(ElementId(u"id-vp-ngsp"_s))->type, u"ndxp"_s);
    QCOMPARE(up.elements.find(ElementId(u"id-vp-tt-hcc"_s))->type, u"service-centre"_s);
    QCOMPARE(up.elements.find(ElementId(u"id-vp-cong-dvc"_s))->type, u"procedure-system"_s);
}

void TestUpgrade::exampleValidates()
{
    QStringList errors;
    for (const Finding &f : Validator::validate(m_upgraded.model))
        if (f.severity == Severity::Error)
            errors.append(f.rule + u": "_s + f.message);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void TestUpgrade::exampleViewsFollowVersion20Layers()
{
    const ModelData &up = m_upgraded.model;
    const Profile &p20 = *up.profile;
    int groups = 0;
    for (const View &view : up.views) {
        for (const ViewNode &node : view.nodes) {
            if (node.kind != NodeKind::Group || node.layer.isEmpty())
                continue;
            ++groups;
            const Layer *layer = p20.layer(node.layer.section(u'/', 0, 0));
            QVERIFY2(layer, qPrintable(view.name + u": "_s + node.layer));
            const QString band = node.layer.section(u'/', 1);
            if (!band.isEmpty())
                QVERIFY2(std::any_of(layer->bands.begin(), layer->bands.end(),
                             [&](const Band &b) { return b.id == band; }),
                    qPrintable(node.layer));
        }
    }
    QVERIFY(groups >= 10);

    // Component views stand for 2.0's components: 1.0's information architecture
    // is 2.0's data architecture, the others keep their ids.
    QStringList components;
    for (const View &view : up.views) {
        if (view.kind != ViewKind::Component)
            continue;
        const QString before = m_v10.views.find(view.id)->settings.value(u"component"_s);
        const QString after = view.settings.value(u"component"_s);
        QVERIFY2(p20.component(after), qPrintable(view.name + u": "_s + after));
        QCOMPARE(after, before == u"information" ? u"data"_s : before);
        components.append(after);
    }
    components.sort();
    QCOMPARE(
        components, (QStringList { u"applications"_s, u"data"_s, u"security"_s, u"technology"_s }));
}

void TestUpgrade::unmappedTypeReported()
{
    const Result<UpgradeResult> upgraded
        = FrameworkUpgrade::upgrade(m_handMade, profile(u"vn-egov-2.0"_s));
    QVERIFY2(upgraded, qPrintable(upgraded.error()));
    const UpgradeIssue *search = issueFor(upgraded->unmapped, u"e-search"_s);
    QVERIFY(search);
    QVERIFY(search->kind == UpgradeIssue::Kind::Element);
    QCOMPARE(search->name, u"Tìm kiếm trên cổng"_s);
    QCOMPARE(search->oldType, u"portal-function"_s);
    QVERIFY(!search->reason.isEmpty());
    // It stays, as a generic element of the layer 1.0's portal services went to.
    const Element *e = upgraded->model.elements.find(ElementId(u"e-search"_s));
    QVERIFY(e);
    QCOMPARE(e->type, u"generic-data-apps"_s);
    QCOMPARE(search->newType, e->type);
    QCOMPARE(e->property(u"archimateType"_s), u"ApplicationService"_s);
    // Mapped elements are not listed.
    QVERIFY(!issueFor(upgraded->unmapped, u"e-portal"_s));
    QCOMPARE(upgraded->model.elements.find(ElementId(u"e-portal"_s))->type, u"procedure-system"_s);
    // Only the portal function and the workstation's database are reported.
    QCOMPARE(upgraded->unmapped.size(), 2);
}

void TestUpgrade::disallowedRelationshipBecomesGeneric()
{
    const Result<UpgradeResult> upgraded
        = FrameworkUpgrade::upgrade(m_handMade, profile(u"vn-egov-2.0"_s));
    QVERIFY(upgraded);
    const ModelData &up = upgraded->model;
    const Relationship *stores = up.relationships.find(RelationshipId(u"r-stores"_s));
    QVERIFY(stores);
    QCOMPARE(stores->type, up.profile->genericRelationshipType()->id);
    QCOMPARE(stores->source, ElementId(u"e-pc"_s));
    const UpgradeIssue *issue = issueFor(upgraded->unmapped, u"r-stores"_s);
    QVERIFY(issue);
    QVERIFY(issue->kind == UpgradeIssue::Kind::Relationship);
    QCOMPARE(issue->oldType, u"stores"_s);
    QVERIFY2(issue->name.contains(u"Máy trạm Sở Xây dựng"_s), qPrintable(issue->name));
    // Allowed ones keep their mapped type, the generic element's too (generic
    // elements' links are judged by the validator, not dropped).
    QCOMPARE(up.relationships.find(RelationshipId(u"r-uses"_s))->type, u"uses"_s);
    QCOMPARE(up.relationships.find(RelationshipId(u"r-hosts"_s))->type, u"hosts"_s);
    QVERIFY(!issueFor(upgraded->unmapped, u"r-uses"_s));
}

void TestUpgrade::propertiesKeptOrFreed()
{
    const Result<UpgradeResult> upgraded
        = FrameworkUpgrade::upgrade(m_handMade, profile(u"vn-egov-2.0"_s));
    QVERIFY(upgraded);
    const Element *centre = upgraded->model.elements.find(ElementId(u"e-centre"_s));
    QCOMPARE(centre->type, u"data-centre"_s);
    QCOMPARE(centre->property(u"securityLevel"_s), u"3"_s);
    QCOMPARE(centre->property(u"owner"_s), u"Sở Thông tin và Truyền thông"_s);
    // 2.0's data centre has no URL: the value stays, as a free property.
    QVERIFY(!centre->properties.contains(u"url"_s));
    QCOMPARE(centre->extraProperties,
        PropertyList { (Property { u"url"_s, u"https://ttdl.example.gov.vn"_s }) });

    // Band groups stand for 2.0's layers; the legend and the settings stay.
    const View &view = upgraded->model.views.at(0);
    const auto layerOf = [&](const QString &node) { return view.nodes.find(NodeId(node))->layer; };
    QCOMPARE(layerOf(u"g-channels"_s), u"channels"_s);
    QCOMPARE(layerOf(u"g-services"_s), u"data-apps/services"_s);
    QCOMPARE(layerOf(u"g-apps"_s), u"data-apps"_s);
    QCOMPARE(layerOf(u"g-shared"_s), u"data-apps/internal-apps"_s);
    QCOMPARE(layerOf(u"g-platform"_s), u"data-apps/integration"_s);
    QCOMPARE(layerOf(u"g-infra"_s), u"technology"_s);
    QCOMPARE(layerOf(u"legend"_s), u"legend"_s);
    QCOMPARE(view.settings.value(u"securityColumn"_s), u"right"_s);
}

void TestUpgrade::targets()
{
    QCOMPARE(FrameworkUpgrade::targetsFor(u"vn-egov-1.0"_s), QStringList { u"vn-egov-2.0"_s });
    QVERIFY(FrameworkUpgrade::targetsFor(u"vn-egov-2.0"_s).isEmpty());
    QVERIFY(FrameworkUpgrade::targetsFor(QString()).isEmpty());
}

void TestUpgrade::refusedWithoutMapping()
{
    // 2.0 to 2.0, or to 1.0: no mapping, a message, no model.
    const Result<UpgradeResult> same = FrameworkUpgrade::upgrade(m_v20, profile(u"vn-egov-2.0"_s));
    QVERIFY(!same);
    QVERIFY2(same.error().contains(u"vn-egov-2.0"_s), qPrintable(same.error()));
    const Result<UpgradeResult> down = FrameworkUpgrade::upgrade(m_v20, profile(u"vn-egov-1.0"_s));
    QVERIFY(!down);
    QVERIFY(!FrameworkUpgrade::upgrade(m_v10, nullptr));
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
