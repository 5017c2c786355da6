#include "archimatenotation.h"
#include "shapes.h"

#include <QHash>
#include <QPainter>

#include <cmath>

namespace kt::archimate {

using namespace Qt::StringLiterals;

namespace {

enum class Layer { Business, Application, Technology, Physical, Motivation, Strategy,
                   Implementation, Other };

struct TypeInfo
{
    Layer layer;
    Shape shape;
};

const QHash<QString, TypeInfo> &types()
{
    static const QHash<QString, TypeInfo> table = [] {
        QHash<QString, TypeInfo> t;
        const auto add = [&t](Layer layer, Shape shape, std::initializer_list<const char16_t *> names) {
            for (const char16_t *name : names)
                t.insert(QString::fromUtf16(name), {layer, shape});
        };
        add(Layer::Business, Shape::Rectangle,
            {u"BusinessActor", u"BusinessRole", u"BusinessCollaboration", u"BusinessInterface",
             u"BusinessObject", u"Contract", u"Representation", u"Product"});
        add(Layer::Business, Shape::Rounded,
            {u"BusinessProcess", u"BusinessFunction", u"BusinessInteraction", u"BusinessEvent",
             u"BusinessService"});
        add(Layer::Application, Shape::Rectangle,
            {u"ApplicationComponent", u"ApplicationCollaboration", u"ApplicationInterface",
             u"DataObject"});
        add(Layer::Application, Shape::Rounded,
            {u"ApplicationFunction", u"ApplicationInteraction", u"ApplicationProcess",
             u"ApplicationEvent", u"ApplicationService"});
        add(Layer::Technology, Shape::Rectangle,
            {u"Node", u"Device", u"SystemSoftware", u"TechnologyCollaboration",
             u"TechnologyInterface", u"Path", u"CommunicationNetwork", u"Artifact"});
        add(Layer::Technology, Shape::Rounded,
            {u"TechnologyFunction", u"TechnologyProcess", u"TechnologyInteraction",
             u"TechnologyEvent", u"TechnologyService"});
        add(Layer::Physical, Shape::Rectangle,
            {u"Equipment", u"Facility", u"DistributionNetwork", u"Material"});
        add(Layer::Motivation, Shape::Cut,
            {u"Stakeholder", u"Driver", u"Assessment", u"Goal", u"Outcome", u"Principle",
             u"Requirement", u"Constraint", u"Meaning", u"Value"});
        add(Layer::Strategy, Shape::Rectangle, {u"Resource"});
        add(Layer::Strategy, Shape::Rounded, {u"Capability", u"ValueStream", u"CourseOfAction"});
        add(Layer::Implementation, Shape::Rounded, {u"WorkPackage", u"ImplementationEvent"});
        add(Layer::Implementation, Shape::Rectangle, {u"Deliverable", u"Plateau", u"Gap"});
        add(Layer::Other, Shape::Rectangle, {u"Location"});
        add(Layer::Other, Shape::Grouping, {u"Grouping"});
        add(Layer::Other, Shape::Junction, {u"AndJunction", u"OrJunction", u"Junction"});
        return t;
    }();
    return table;
}

QColor layerFill(Layer layer)
{
    switch (layer) {
    case Layer::Business:
        return QColor(0xff, 0xff, 0xb5);
    case Layer::Application:
        return QColor(0xb5, 0xff, 0xff);
    case Layer::Technology:
    case Layer::Physical:
        return QColor(0xc9, 0xe7, 0xb7);
    case Layer::Motivation:
        return QColor(0xcc, 0xcc, 0xff);
    case Layer::Strategy:
        return QColor(0xf5, 0xde, 0xaa);
    case Layer::Implementation:
        return QColor(0xff, 0xe0, 0xe0);
    case Layer::Other:
        break;
    }
    return QColor(0xff, 0xff, 0xff);
}

// A run of straight lines through the points, back to the first when closed.
constexpr bool Closed = true;
void lines(QPainterPath &p, std::initializer_list<QPointF> points, bool closed = false)
{
    auto it = points.begin();
    p.moveTo(*it);
    for (++it; it != points.end(); ++it)
        p.lineTo(*it);
    if (closed)
        p.closeSubpath();
}

// The icons, each in a square of side 1 scaled to the target: lines in the
// line colour, a few parts filled.
void actor(QPainterPath &p)
{
    p.addEllipse(QRectF(0.35, 0, 0.3, 0.3));
    lines(p, {{0.5, 0.3}, {0.5, 0.68}});
    lines(p, {{0.2, 0.45}, {0.8, 0.45}});
    lines(p, {{0.25, 1}, {0.5, 0.68}, {0.75, 1}});
}

void role(QPainterPath &p)
{
    lines(p, {{0.2, 0.25}, {0.8, 0.25}});
    lines(p, {{0.2, 0.75}, {0.8, 0.75}});
    p.addEllipse(QRectF(0.62, 0.25, 0.36, 0.5));
    p.moveTo(0.2, 0.25);
    p.arcTo(QRectF(0.02, 0.25, 0.36, 0.5), 90, 180);
}

void collaboration(QPainterPath &p)
{
    p.addEllipse(QRectF(0, 0.2, 0.6, 0.6));
    p.addEllipse(QRectF(0.4, 0.2, 0.6, 0.6));
}

void interface(QPainterPath &p)
{
    p.addEllipse(QRectF(0.45, 0.25, 0.5, 0.5));
    lines(p, {{0, 0.5}, {0.45, 0.5}});
}

void process(QPainterPath &p)
{
    lines(p, {{0, 0.35}, {0.6, 0.35}, {0.6, 0.15}, {1, 0.5}, {0.6, 0.85}, {0.6, 0.65}, {0, 0.65}},
          Closed);
}

void function(QPainterPath &p)
{
    lines(p, {{0.5, 0}, {0.9, 0.3}, {0.9, 1}, {0.5, 0.7}, {0.1, 1}, {0.1, 0.3}}, Closed);
}

void interaction(QPainterPath &p)
{
    p.moveTo(0.45, 0.1);
    p.arcTo(QRectF(0.05, 0.1, 0.8, 0.8), 90, 180);
    p.closeSubpath();
    p.moveTo(0.55, 0.1);
    p.arcTo(QRectF(0.15, 0.1, 0.8, 0.8), 90, -180);
    p.closeSubpath();
}

void event(QPainterPath &p)
{
    lines(p, {{0, 0.2}, {0.75, 0.2}});
    p.arcTo(QRectF(0.5, 0.2, 0.5, 0.6), 90, -180);
    p.lineTo(0, 0.8);
    p.arcTo(QRectF(-0.25, 0.2, 0.5, 0.6), 270, 180);
}

void service(QPainterPath &p)
{
    p.addRoundedRect(QRectF(0, 0.2, 1, 0.6), 0.3, 0.3);
}

void object(QPainterPath &p, bool contract)
{
    p.addRect(QRectF(0, 0.15, 1, 0.7));
    lines(p, {{0, 0.35}, {1, 0.35}});
    if (contract)
        lines(p, {{0, 0.6}, {1, 0.6}});
}

void wave(QPainterPath &p)
{
    lines(p, {{0, 0.8}, {0, 0.1}, {1, 0.1}, {1, 0.8}});
    p.cubicTo(0.75, 0.6, 0.25, 1.05, 0, 0.8);
}

void product(QPainterPath &p)
{
    p.addRect(QRectF(0, 0.15, 1, 0.7));
    lines(p, {{0, 0.35}, {0.5, 0.35}, {0.5, 0.15}});
}

void component(QPainterPath &p)
{
    p.addRect(QRectF(0.2, 0, 0.8, 1));
    p.addRect(QRectF(0, 0.2, 0.4, 0.2));
    p.addRect(QRectF(0, 0.6, 0.4, 0.2));
}

void node(QPainterPath &p)
{
    lines(p, {{0, 0.25}, {0.25, 0}, {1, 0}, {1, 0.75}, {0.75, 1}, {0, 1}}, Closed);
    lines(p, {{0, 0.25}, {0.75, 0.25}, {1, 0}});
    lines(p, {{0.75, 0.25}, {0.75, 1}});
}

void device(QPainterPath &p)
{
    p.addRoundedRect(QRectF(0.05, 0, 0.9, 0.65), 0.1, 0.1);
    lines(p, {{0.25, 0.65}, {0, 1}, {1, 1}, {0.75, 0.65}});
}

void systemSoftware(QPainterPath &p)
{
    p.addEllipse(QRectF(0, 0.15, 0.85, 0.85));
    p.moveTo(0.3, 0.15);
    p.arcTo(QRectF(0.15, 0, 0.85, 0.85), 160, -250);
}

void artifact(QPainterPath &p)
{
    lines(p, {{0.15, 0}, {0.6, 0}, {0.85, 0.25}, {0.85, 1}, {0.15, 1}}, Closed);
    lines(p, {{0.6, 0}, {0.6, 0.25}, {0.85, 0.25}});
}

void network(QPainterPath &p)
{
    const QPointF a(0.25, 0.25), b(0.85, 0.25), c(0.75, 0.75), d(0.15, 0.75);
    lines(p, {a, b, c, d}, Closed);
    for (const QPointF &x : {a, b, c, d})
        p.addEllipse(x, 0.12, 0.12);
}

void path(QPainterPath &p)
{
    lines(p, {{0.2, 0.35}, {0, 0.5}, {0.2, 0.65}});
    lines(p, {{0.8, 0.35}, {1, 0.5}, {0.8, 0.65}});
    for (double x = 0.1; x < 0.9; x += 0.2) {
        lines(p, {{x, 0.5}, {x + 0.1, 0.5}});
    }
}

void equipment(QPainterPath &p)
{
    p.addEllipse(QRectF(0, 0.35, 0.6, 0.6));
    p.addEllipse(QRectF(0.2, 0.55, 0.2, 0.2));
    p.addEllipse(QRectF(0.55, 0, 0.45, 0.45));
}

void facility(QPainterPath &p)
{
    lines(p, {{0, 1}, {0, 0}, {0.2, 0}, {0.2, 0.6}, {0.47, 0.4}, {0.47, 0.6}, {0.74, 0.4},
              {0.74, 0.6}, {1, 0.4}, {1, 1}}, Closed);
}

void distribution(QPainterPath &p)
{
    lines(p, {{0.2, 0.2}, {0, 0.5}, {0.2, 0.8}});
    lines(p, {{0.8, 0.2}, {1, 0.5}, {0.8, 0.8}});
    lines(p, {{0.1, 0.4}, {0.9, 0.4}});
    lines(p, {{0.1, 0.6}, {0.9, 0.6}});
}

void material(QPainterPath &p)
{
    lines(p, {{0.25, 0.07}, {0.75, 0.07}, {1, 0.5}, {0.75, 0.93}, {0.25, 0.93}, {0, 0.5}}, Closed);
}

void target(QPainterPath &p, bool withArrow)
{
    p.addEllipse(QRectF(0, 0, 1, 1));
    p.addEllipse(QRectF(0.2, 0.2, 0.6, 0.6));
    p.addEllipse(QRectF(0.4, 0.4, 0.2, 0.2));
    if (withArrow)
        lines(p, {{0.5, 0.5}, {1, 0}});
}

void principle(QPainterPath &p)
{
    p.addRect(QRectF(0.15, 0, 0.7, 1));
    lines(p, {{0.5, 0.15}, {0.5, 0.65}});
    lines(p, {{0.5, 0.78}, {0.5, 0.86}});
}

void requirement(QPainterPath &p, bool constraint)
{
    lines(p, {{0.25, 0.2}, {1, 0.2}, {0.75, 0.8}, {0, 0.8}}, Closed);
    if (constraint)
        lines(p, {{0.45, 0.2}, {0.2, 0.8}});
}

void driver(QPainterPath &p)
{
    p.addEllipse(QRectF(0.1, 0.1, 0.8, 0.8));
    p.addEllipse(QRectF(0.4, 0.4, 0.2, 0.2));
    for (int i = 0; i < 8; ++i) {
        const double a = i * M_PI / 4;
        lines(p, {{0.5 + 0.1 * std::cos(a), 0.5 + 0.1 * std::sin(a)},
                  {0.5 + 0.5 * std::cos(a), 0.5 + 0.5 * std::sin(a)}});
    }
}

void assessment(QPainterPath &p)
{
    p.addEllipse(QRectF(0.3, 0, 0.7, 0.7));
    lines(p, {{0.4, 0.6}, {0, 1}});
}

void meaning(QPainterPath &p)
{
    p.addEllipse(QRectF(0, 0.3, 0.5, 0.45));
    p.addEllipse(QRectF(0.3, 0.15, 0.5, 0.45));
    p.addEllipse(QRectF(0.5, 0.35, 0.5, 0.45));
}

void ellipse(QPainterPath &p)
{
    p.addEllipse(QRectF(0, 0.2, 1, 0.6));
}

void workPackage(QPainterPath &p)
{
    p.moveTo(0.5, 0.1);
    p.arcTo(QRectF(0.1, 0.1, 0.8, 0.8), 90, 270);
    lines(p, {{0.6, 0}, {0.45, 0.1}, {0.6, 0.2}});
}

void plateau(QPainterPath &p)
{
    for (const auto &[x, y] : {std::pair{0.3, 0.2}, std::pair{0.15, 0.5}, std::pair{0.0, 0.8}}) {
        lines(p, {{x, y}, {x + 0.7, y}});
    }
}

void gap(QPainterPath &p)
{
    p.addEllipse(QRectF(0.1, 0.1, 0.8, 0.8));
    lines(p, {{0, 0.4}, {1, 0.4}});
    lines(p, {{0, 0.6}, {1, 0.6}});
}

void capability(QPainterPath &p)
{
    for (const auto &[x, y] : {std::pair{0.0, 0.66}, std::pair{0.33, 0.66}, std::pair{0.66, 0.66},
                               std::pair{0.33, 0.33}, std::pair{0.66, 0.33},
                               std::pair{0.66, 0.0}})
        p.addRect(QRectF(x, y, 0.33, 0.33));
}

void resource(QPainterPath &p)
{
    p.addRoundedRect(QRectF(0, 0.2, 0.85, 0.6), 0.1, 0.1);
    p.addRect(QRectF(0.85, 0.4, 0.15, 0.2));
    for (double x : {0.2, 0.4, 0.6}) {
        lines(p, {{x, 0.3}, {x, 0.7}});
    }
}

void valueStream(QPainterPath &p)
{
    lines(p, {{0, 0.2}, {0.7, 0.2}, {1, 0.5}, {0.7, 0.8}, {0, 0.8}, {0.3, 0.5}}, Closed);
}

void location(QPainterPath &p)
{
    p.moveTo(0.5, 1);
    p.cubicTo(0.2, 0.6, 0.15, 0.45, 0.15, 0.35);
    p.arcTo(QRectF(0.15, 0, 0.7, 0.7), 180, -180);
    p.cubicTo(0.85, 0.45, 0.8, 0.6, 0.5, 1);
}

// The icon of a type as a path in the unit square; false when it has none.
bool iconPath(const QString &type, QPainterPath &p)
{
    const auto ends = [&type](QStringView suffix) { return type.endsWith(suffix); };
    if (type == u"BusinessActor")
        actor(p);
    else if (type == u"BusinessRole" || type == u"Stakeholder")
        role(p);
    else if (ends(u"Collaboration"))
        collaboration(p);
    else if (ends(u"Interface"))
        interface(p);
    else if (ends(u"Process"))
        process(p);
    else if (ends(u"Function"))
        function(p);
    else if (ends(u"Interaction"))
        interaction(p);
    else if (ends(u"Event"))
        event(p);
    else if (ends(u"Service"))
        service(p);
    else if (type == u"BusinessObject" || type == u"DataObject")
        object(p, false);
    else if (type == u"Contract")
        object(p, true);
    else if (type == u"Representation" || type == u"Deliverable")
        wave(p);
    else if (type == u"Product")
        product(p);
    else if (type == u"ApplicationComponent")
        component(p);
    else if (type == u"Node")
        node(p);
    else if (type == u"Device")
        device(p);
    else if (type == u"SystemSoftware")
        systemSoftware(p);
    else if (type == u"Artifact")
        artifact(p);
    else if (type == u"CommunicationNetwork")
        network(p);
    else if (type == u"Path")
        path(p);
    else if (type == u"Equipment")
        equipment(p);
    else if (type == u"Facility")
        facility(p);
    else if (type == u"DistributionNetwork")
        distribution(p);
    else if (type == u"Material")
        material(p);
    else if (type == u"Goal")
        target(p, false);
    else if (type == u"Outcome" || type == u"CourseOfAction")
        target(p, true);
    else if (type == u"Principle")
        principle(p);
    else if (type == u"Requirement" || type == u"Constraint")
        requirement(p, type == u"Constraint");
    else if (type == u"Driver")
        driver(p);
    else if (type == u"Assessment")
        assessment(p);
    else if (type == u"Meaning")
        meaning(p);
    else if (type == u"Value")
        ellipse(p);
    else if (type == u"WorkPackage")
        workPackage(p);
    else if (type == u"Plateau")
        plateau(p);
    else if (type == u"Gap")
        gap(p);
    else if (type == u"Capability")
        capability(p);
    else if (type == u"Resource")
        resource(p);
    else if (type == u"ValueStream")
        valueStream(p);
    else if (type == u"Location")
        location(p);
    else
        return false;
    return true;
}

} // namespace

ElementLook elementLook(const QString &type)
{
    const auto it = types().constFind(type);
    if (it == types().constEnd())
        return {};
    return {it->shape, layerFill(it->layer)};
}

QPainterPath outline(Shape shape, const QRectF &r)
{
    QPainterPath p;
    switch (shape) {
    case Shape::Rounded:
        p.addRoundedRect(r, 10, 10);
        break;
    case Shape::Cut: // the profile shapes' cut corners
        p = shapes::outline(u"octagon"_s, r);
        break;
    case Shape::Junction: {
        const double d = std::min(r.width(), r.height());
        p.addEllipse(QRectF(r.center() - QPointF(d / 2, d / 2), QSizeF(d, d)));
        break;
    }
    case Shape::Grouping: {
        const double tab = std::min(18.0, r.height() / 4);
        p.moveTo(r.left(), r.top() + tab);
        p.lineTo(r.left(), r.top());
        p.lineTo(r.left() + std::min(120.0, r.width() / 2), r.top());
        p.lineTo(r.left() + std::min(120.0, r.width() / 2), r.top() + tab);
        p.moveTo(r.left(), r.top() + tab);
        p.lineTo(r.right(), r.top() + tab);
        p.lineTo(r.right(), r.bottom());
        p.lineTo(r.left(), r.bottom());
        p.closeSubpath();
        break;
    }
    case Shape::Rectangle:
    case Shape::Unknown:
        p.addRect(r);
        break;
    }
    return p;
}

bool paintIcon(QPainter *painter, const QString &type, const QRectF &r, const QColor &color)
{
    QPainterPath unit;
    if (!iconPath(type, unit))
        return false;
    QTransform t;
    t.translate(r.left(), r.top());
    t.scale(r.width(), r.height());
    painter->save();
    painter->setPen(QPen(color, 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(t.map(unit));
    painter->restore();
    return true;
}

LineLook lineLook(const QString &type, const QMap<QString, QString> &attributes)
{
    LineLook look;
    look.known = true;
    if (type == u"Serving") {
        look.target = ArrowHead::Open;
    } else if (type == u"Realization") {
        look.line = LineStyle::Dashed;
        look.target = ArrowHead::Hollow;
    } else if (type == u"Assignment") {
        look.source = ArrowHead::Dot;
        look.target = ArrowHead::Filled;
    } else if (type == u"Aggregation") {
        look.source = ArrowHead::HollowDiamond;
    } else if (type == u"Composition") {
        look.source = ArrowHead::Diamond;
    } else if (type == u"Access") {
        // The arrow shows which way the data goes: a read brings it from the object
        // (the target) to the behaviour; without the attribute the schema's default
        // is a write.
        look.line = LineStyle::Dotted;
        const QString access = attributes.value(u"accessType"_s, u"Write"_s);
        if (access == u"Read" || access == u"ReadWrite")
            look.source = ArrowHead::Small;
        if (access == u"Write" || access == u"ReadWrite")
            look.target = ArrowHead::Small;
    } else if (type == u"Influence") {
        look.line = LineStyle::Dashed;
        look.target = ArrowHead::Open;
    } else if (type == u"Triggering") {
        look.target = ArrowHead::Filled;
    } else if (type == u"Flow") {
        look.line = LineStyle::Dashed;
        look.target = ArrowHead::Filled;
    } else if (type == u"Specialization") {
        look.target = ArrowHead::Hollow;
    } else if (type == u"Association") {
        if (attributes.value(u"isDirected"_s) == u"true")
            look.target = ArrowHead::Half;
    } else {
        look.known = false;
    }
    return look;
}

} // namespace kt::archimate
