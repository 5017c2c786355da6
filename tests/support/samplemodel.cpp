#include "samplemodel.h"

#include <model/meta/profileregistry.h>

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace kt::test {

ProfilePtr frameworkProfile()
{
    const Result<ProfilePtr> profile = ProfileRegistry::profile(u"vn-egov-2.0"_s);
    if (!profile) {
        qFatal("%s", qPrintable(profile.error()));
    }
    return profile.value();
}

ModelData emptyModel()
{
    ModelData data;
    data.profile = frameworkProfile();
    data.info.id = ModelId(u"id-sample-model"_s);
    data.info.frameworkId = data.profile->id();
    data.info.name = u"Kiến trúc CQĐT tỉnh Mẫu"_s;
    return data;
}

static const ElementType &typeOf(const Profile &profile, const QString &layer, bool system)
{
    for (const ElementType &type : profile.elementTypes())
        if (type.layer == layer && !type.generic && type.informationSystem == system)
            return type;
    for (const ElementType &type : profile.elementTypes())
        if (type.layer == layer && !type.generic)
            return type;
    qFatal("the profile has no element type in layer %s", qPrintable(layer));
}

ModelData sampleModel()
{
    ModelData data = emptyModel();
    const Profile &profile = *data.profile;
    data.info.documentation = u"Mô hình mẫu dùng cho kiểm thử.\nDòng thứ hai."_s;
    data.info.province = u"Tỉnh Mẫu"_s;
    data.info.versionLabel = u"2.0"_s;
    data.info.decision = u"123/QĐ-UBND"_s;
    data.info.decisionDate = QDate(2021, 1, 5);
    data.info.author = u"Sở Khoa học và Công nghệ"_s;
    data.info.extraProperties = {{u"ghi chú"_s, u"giá trị"_s}, {u"ghi chú"_s, u"lặp khoá"_s}};

    const ElementType &user = typeOf(profile, u"users"_s, false);
    const ElementType &channel = typeOf(profile, u"channels"_s, false);
    const ElementType &system = typeOf(profile, u"data-apps"_s, true);
    const ElementType &tech = typeOf(profile, u"technology"_s, false);

    Element citizen{ElementId(u"id-e-citizen"_s), user.id, u"Người dân"_s, {}, {}, {}};
    citizen.properties.insert(u"owner"_s, u"UBND tỉnh"_s);
    Element portal{ElementId(u"id-e-portal"_s), channel.id, u"Cổng dịch vụ công"_s,
                   u"Cổng <DVC> & \"một cửa\""_s, {}, {{u"url"_s, u"https://dichvucong.example.vn"_s}}};
    portal.properties.insert(u"lifecycle"_s, u"upgrade"_s);
    Element app{ElementId(u"id-e-app"_s), system.id, u"Hệ thống quản lý văn bản và điều hành"_s,
                {}, {}, {}};
    app.properties.insert(u"securityLevel"_s, u"3"_s);
    app.properties.insert(u"levelDossier"_s, u"approved"_s);
    app.properties.insert(u"phase"_s, u"2021-2025"_s);
    app.properties.insert(u"deploymentLevel"_s, u"province"_s);
    Element centre{ElementId(u"id-e-dc"_s), tech.id, u"Trung tâm dữ liệu tỉnh"_s, {}, {}, {}};
    const ElementType *generic = profile.genericElementType(u"governance"_s);
    Element principle{ElementId(u"id-e-principle"_s), generic->id, u"Nguyên tắc"_s, {}, {}, {}};
    principle.properties.insert(u"archimateType"_s, u"Principle"_s);
    for (Element *e : {&citizen, &portal, &app, &centre, &principle})
        data.elements.append(*e);

    const auto relate = [&](const QString &id, const Element &from, const Element &to) {
        const QList<const RelationshipType *> allowed = profile.allowedRelationships(from.type, to.type);
        const RelationshipType *type = allowed.isEmpty() ? profile.genericRelationshipType()
                                                         : allowed.first();
        Relationship r;
        r.id = RelationshipId(id);
        r.type = type->id;
        r.source = from.id;
        r.target = to.id;
        data.relationships.append(r);
        return data.relationships.find(r.id);
    };
    relate(u"id-r-1"_s, citizen, portal)->name = u"truy cập"_s;
    relate(u"id-r-2"_s, portal, app);
    Relationship *hosted = relate(u"id-r-3"_s, app, centre);
    hosted->extraProperties = {{u"băng thông"_s, u"1 Gbps"_s}};
    hosted->archimateAttributes.insert(u"accessType"_s, u"Write"_s);
    Relationship *generic_r = relate(u"id-r-4"_s, principle, app);
    generic_r->type = profile.genericRelationshipType()->id;
    generic_r->properties.insert(u"archimateType"_s, u"Influence"_s);

    View second;
    second.id = ViewId(u"id-v-2"_s);
    second.name = u"Kiến trúc ứng dụng"_s;
    second.kind = ViewKind::Component;

    View overall;
    overall.id = ViewId(u"id-v-1"_s);
    overall.name = u"Sơ đồ tổng thể"_s;
    overall.documentation = u"Sơ đồ tổng thể kiến trúc"_s;
    overall.kind = ViewKind::Overall;
    overall.settings.insert(u"securityColumn"_s, u"left"_s);
    ViewNode band{NodeId(u"id-n-band"_s), NodeKind::Group, {}, {}, QRectF(0, 0, 600, 200),
                  u"Người sử dụng"_s, u"users"_s, {}, {}};
    band.style.fillColor = u"#fdf1d6"_s;
    ViewNode n1{NodeId(u"id-n-1"_s), NodeKind::Element, citizen.id, band.id,
                QRectF(20, 40, 160, 60), {}, {}, {}, {}};
    ViewNode n2{NodeId(u"id-n-2"_s), NodeKind::Element, portal.id, {}, QRectF(20, 260, 160, 60),
                {}, {}, {}, {}};
    n2.style = NodeStyle{u"#ffeeaa"_s, u"#333333"_s, u"Noto Sans"_s, 10, u"#000000"_s};
    ViewNode n3{NodeId(u"id-n-3"_s), NodeKind::Element, app.id, {}, QRectF(240, 260, 200, 70),
                {}, {}, {}, {}};
    ViewNode note{NodeId(u"id-n-note"_s), NodeKind::Note, {}, {}, QRectF(480, 260, 120, 40),
                  u"Xem kiến trúc ứng dụng"_s, {}, second.id, {}};
    for (ViewNode *n : {&band, &n1, &n2, &n3, &note})
        overall.nodes.append(*n);
    overall.connections.append(ViewConnection{ConnectionId(u"id-c-1"_s), RelationshipId(u"id-r-1"_s),
                                              n1.id, n2.id, {QPointF(100, 180)}, {}, {}, {}});
    overall.connections.append(ViewConnection{ConnectionId(u"id-c-2"_s), RelationshipId(u"id-r-2"_s),
                                              n2.id, n3.id, {}, {}, {}, {}});
    overall.connections.append(
            ViewConnection{ConnectionId(u"id-c-line"_s), {}, n3.id, note.id, {}, {}, {}, {}});
    data.views.append(overall);

    second.nodes.append(ViewNode{NodeId(u"id-n-4"_s), NodeKind::Element, app.id, {},
                                 QRectF(0, 0, 120, 55), {}, {}, {}, {}});
    data.views.append(second);
    return data;
}

ModelData sampleModelWithLegend()
{
    ModelData data = sampleModel();
    View *overall = data.views.find(ViewId(u"id-v-1"_s));
    overall->nodes.append(ViewNode{NodeId(u"id-n-legend"_s), NodeKind::Legend, {}, {},
                                   QRectF(0, 360, 360, 120), {}, {}, {}, {}});
    overall->nodes.append(ViewNode{NodeId(u"id-n-title"_s), NodeKind::TitleBlock, {}, {},
                                   QRectF(380, 360, 480, 150), {}, {}, {}, {}});
    return data;
}

} // namespace kt::test
