#pragma once

// A view of the sample model with connections between nested nodes: a group
// holding an element that holds two connected elements, and two overlapping
// sibling elements. The stacking tests of the painter, the exports and the
// canvas draw it.
#include "samplemodel.h"

namespace kt::test {

inline const ViewId NestedView{QStringLiteral("id-v-nested")};
inline const NodeId NestedGroup{QStringLiteral("id-n-group")};
inline const NodeId NestedParent{QStringLiteral("id-n-parent")};
inline const NodeId NestedA{QStringLiteral("id-n-a")};
inline const NodeId NestedB{QStringLiteral("id-n-b")};
inline const NodeId BigNode{QStringLiteral("id-n-big")};
inline const NodeId SmallNode{QStringLiteral("id-n-small")};
inline const ConnectionId NestedLine{QStringLiteral("id-c-nested")};
// The line runs at this height from x 181 to 299 (in view coordinates).
constexpr double NestedLineY = 130;
// A point on the small node that the big one covers unless the small is in front.
constexpr double SmallX = 660;
constexpr double SmallY = 130;

// The sample model with the nested view added (the connection a plain line in pure red).
inline ModelData nestedModel()
{
    ModelData data = sampleModel();
    View view;
    view.id = NestedView;
    view.name = QStringLiteral("nested");
    const auto node = [](const NodeId &id, NodeKind kind, const ElementId &element,
                         const NodeId &parent, const QRectF &r, const QString &label = {}) {
        ViewNode n;
        n.id = id;
        n.kind = kind;
        n.element = element;
        n.parent = parent;
        n.bounds = r;
        n.label = label;
        return n;
    };
    view.nodes.append(node(NestedGroup, NodeKind::Group, {}, {}, QRectF(0, 0, 500, 300),
                           QStringLiteral("Group title")));
    view.nodes.append(node(NestedParent, NodeKind::Element, ElementId(QStringLiteral("id-e-dc")),
                           NestedGroup, QRectF(20, 40, 460, 240)));
    view.nodes.append(node(NestedA, NodeKind::Element, ElementId(QStringLiteral("id-e-citizen")),
                           NestedParent, QRectF(40, 100, 140, 60)));
    view.nodes.append(node(NestedB, NodeKind::Element, ElementId(QStringLiteral("id-e-portal")),
                           NestedParent, QRectF(300, 100, 140, 60)));
    // The small node comes first, so the big one covers it.
    view.nodes.append(node(SmallNode, NodeKind::Element, ElementId(QStringLiteral("id-e-app")),
                           {}, QRectF(620, 100, 100, 60)));
    view.nodes.append(node(BigNode, NodeKind::Element, ElementId(QStringLiteral("id-e-dc")), {},
                           QRectF(560, 40, 260, 200)));
    ViewConnection line;
    line.id = NestedLine;
    line.source = NestedA;
    line.target = NestedB;
    line.style.lineColor = QStringLiteral("#ff0000");
    view.connections.append(line);
    data.views.append(view);
    return data;
}

// Whether the pixel (a QColor: support stays free of QtGui) is clearly the red
// of the line, antialiased over any fill.
template<typename Color>
bool isLineRed(const Color &c)
{
    return c.red() > 150 && c.red() - c.green() > 70 && c.red() - c.blue() > 70;
}

} // namespace kt::test
