#include "generatedmodel.h"
#include "samplemodel.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace kt::test {

ModelData generatedModel(int elementCount)
{
    ModelData data = emptyModel();
    const Profile &profile = *data.profile;
    QRandomGenerator random(20240601);
    data.info.name = u"Kiến trúc CQĐT tỉnh Đà Nẵng"_s;
    data.info.decisionDate = QDate(2024, 6, 1);
    data.info.extraProperties = {{u"k"_s, u"1"_s}, {u"k"_s, u"2"_s}, {u"a"_s, {}}};

    for (int i = 0; i < elementCount; ++i) {
        const ElementType &type = profile.elementTypes().at(i % profile.elementTypes().size());
        Element e{ElementId(u"id-e-%1"_s.arg(i)), type.id,
                  u"Hệ thống quản lý văn bản và điều hành số %1"_s.arg(i), {}, {}, {}};
        if (i % 3 == 0)
            e.documentation = u"Ghi chú\nnhiều dòng %1"_s.arg(i);
        if (i % 2 == 0) {
            e.properties.insert(u"owner"_s, u"Sở Thông tin và Truyền thông"_s);
            e.properties.insert(u"securityLevel"_s, QString::number(1 + i % 5));
        }
        if (i % 5 == 0)
            e.extraProperties = {{u"ghi chú"_s, u"một"_s}, {u"ghi chú"_s, u"hai"_s}};
        data.elements.append(e);
    }
    const int relationshipCount = elementCount * 3 / 2;
    for (int i = 0; i < relationshipCount; ++i) {
        Relationship r;
        r.id = RelationshipId(u"id-r-%1"_s.arg(i));
        r.type = profile.relationshipTypes().at(i % profile.relationshipTypes().size()).id;
        r.source = data.elements.at(random.bounded(elementCount)).id;
        r.target = data.elements.at(random.bounded(elementCount)).id;
        if (i % 4 == 0)
            r.name = u"kết nối %1"_s.arg(i);
        if (i % 7 == 0) {
            r.archimateAttributes.insert(u"accessType"_s, u"ReadWrite"_s);
            r.archimateAttributes.insert(u"isDirected"_s, u"true"_s);
            r.properties.insert(u"archimateType"_s, u"Access"_s);
            r.extraProperties = {{u"băng thông"_s, u"100 Mbps"_s}, {u"x"_s, u"y"_s}};
        }
        data.relationships.append(r);
    }
    const int viewCount = 10;
    for (int v = 0; v < viewCount; ++v) {
        View view;
        view.id = ViewId(u"id-v-%1"_s.arg(v));
        view.name = u"Sơ đồ %1"_s.arg(v);
        view.kind = static_cast<ViewKind>(v % 3);
        view.settings.insert(u"securityColumn"_s, v % 2 ? u"left"_s : u"right"_s);
        view.extraProperties = {{u"p"_s, QString::number(v)}, {u"p"_s, {}}};
        ViewNode band{NodeId(u"id-n-%1-band"_s.arg(v)), NodeKind::Group, {}, {},
                      QRectF(0, 0, 1000.5, 200.25), u"Người sử dụng"_s, u"users"_s, {}, {}};
        band.style = NodeStyle{u"#fdf1d6"_s, {}, {}, 0, {}};
        view.nodes.append(band);
        const int nodeCount = 200;
        for (int n = 0; n < nodeCount; ++n) {
            const int element = (v * 37 + n * 11) % elementCount;
            ViewNode node{NodeId(u"id-n-%1-%2"_s.arg(v).arg(n)), NodeKind::Element,
                          data.elements.at(element).id, n % 4 == 0 ? band.id : NodeId(),
                          QRectF(n / 3.0, n * 0.1, 120 + 1e-9 * n, 55.5), {}, {}, {}, {}};
            if (n % 9 == 0)
                node.style = NodeStyle{u"#ffeeaa"_s, u"#80333333"_s, u"Noto Sans"_s, 9.5,
                                       u"#000000"_s, TextAlignment(n / 9 % 4), 2.5};
            view.nodes.append(node);
        }
        view.nodes.append(ViewNode{NodeId(u"id-n-%1-note"_s.arg(v)), NodeKind::Note, {}, {},
                                   QRectF(-10.75, -1e6, 1e-300, 80), u"Xem sơ đồ tiếp"_s, {},
                                   ViewId(u"id-v-%1"_s.arg((v + 1) % viewCount)), {}});
        for (int c = 0; c + 1 < nodeCount; c += 2) {
            ViewConnection connection;
            connection.id = ConnectionId(u"id-c-%1-%2"_s.arg(v).arg(c));
            if (c % 10 != 0)
                connection.relationship =
                        data.relationships.at((v * 13 + c) % relationshipCount).id;
            connection.source = view.nodes.at(c + 1).id;
            connection.target = view.nodes.at(c + 2).id;
            for (int b = 0; b < c % 4; ++b)
                connection.bendpoints.append(QPointF(b / 7.0, -b * 1.5));
            if (c % 6 == 0) {
                connection.style.lineColor = u"#ff0000"_s;
                connection.style.lineWidth = 3;
            }
            view.connections.append(connection);
        }
        data.views.append(view);
    }
    return data;
}

} // namespace kt::test
