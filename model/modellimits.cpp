#include "modellimits.h"
#include "compose/geometry.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace kt {

namespace {

// The object is named only when something is wrong: a callable giving "the
// element “…”" and the like.
class LimitCheck
{
    Q_DECLARE_TR_FUNCTIONS(kt::ModelLimits)

public:
    template<typename Object>
    bool id(const QString &id, const Object &object)
    {
        if (id.size() <= limits::MaxIdentifierLength)
            return true;
        return fail(tr("the id of %1 is longer than %2 characters (it has %3)")
                            .arg(object())
                            .arg(limits::MaxIdentifierLength)
                            .arg(id.size()));
    }
    enum class Kind { Name, Documentation, Other };
    template<typename Object>
    bool checked(Kind kind, const QString &text, const Object &object)
    {
        const qsizetype limit =
                kind == Kind::Name ? limits::MaxNameLength : limits::MaxDocumentationLength;
        const TextFault fault = textFault(text, limit);
        if (fault == TextFault::None)
            return true;
        const QString reason = textFaultReason(fault, text, limit);
        if (kind == Kind::Name)
            return fail(tr("the name of %1 %2").arg(object(), reason));
        if (kind == Kind::Documentation)
            return fail(tr("the documentation of %1 %2").arg(object(), reason));
        return fail(tr("a text of %1 %2").arg(object(), reason));
    }
    template<typename Object>
    bool name(const QString &text, const Object &object)
    {
        return checked(Kind::Name, text, object);
    }
    template<typename Object>
    bool documentation(const QString &text, const Object &object)
    {
        return checked(Kind::Documentation, text, object);
    }
    template<typename Object>
    bool text(const QString &text, const Object &object)
    {
        return checked(Kind::Other, text, object);
    }
    template<typename Object>
    bool properties(const TypedProperties &properties, const Object &object)
    {
        for (auto it = properties.cbegin(); it != properties.cend(); ++it)
            if (!text(it.key(), object) || !text(it.value(), object))
                return false;
        return true;
    }
    template<typename Object>
    bool coordinates(bool valid, const Object &object)
    {
        return valid
                || fail(tr("%1 has a coordinate or size that is not a number from -%2 to %2")
                                .arg(object())
                                .arg(limits::MaxCoordinate, 0, 'g', 10));
    }
    bool view(const View &view);

    QString problem;

private:
    bool fail(const QString &message)
    {
        problem = message;
        return false;
    }
};

bool LimitCheck::view(const View &view)
{
    const auto object = [&view] {
        return tr("the view “%1”").arg(quotedText(view.id.toString()));
    };
    if (!id(view.id.toString(), object) || !name(view.name, object)
        || !documentation(view.documentation, object))
        return false;
    // The depth of every node, each parent's known first (nodes are in paint order);
    // a parent not seen yet is followed up its chain, at most MaxNestingDepth steps.
    QHash<NodeId, int> depths;
    depths.reserve(view.nodes.size());
    for (const ViewNode &node : view.nodes) {
        const auto nodeObject = [&view, &node] {
            return tr("the node “%1” of the view “%2”")
                    .arg(quotedText(node.id.toString()), quotedText(view.id.toString()));
        };
        if (!id(node.id.toString(), nodeObject) || !text(node.label, nodeObject)
            || !coordinates(geometry::isValidBounds(node.bounds), nodeObject))
            return false;
        int depth = 1;
        NodeId parent = node.parent;
        while (!parent.isNull() && depth <= limits::MaxNestingDepth) {
            const auto known = depths.constFind(parent);
            if (known != depths.constEnd()) {
                depth += *known;
                break;
            }
            ++depth;
            const ViewNode *up = view.nodes.find(parent);
            parent = up ? up->parent : NodeId();
        }
        if (depth > limits::MaxNestingDepth)
            return fail(tr("%1 is nested more than %2 levels deep")
                                .arg(nodeObject())
                                .arg(limits::MaxNestingDepth));
        depths.insert(node.id, depth);
    }
    for (const ViewConnection &c : view.connections) {
        const auto connectionObject = [&view, &c] {
            return tr("the connection “%1” of the view “%2”")
                    .arg(quotedText(c.id.toString()), quotedText(view.id.toString()));
        };
        if (!id(c.id.toString(), connectionObject))
            return false;
        for (const QPointF &point : c.bendpoints)
            if (!coordinates(geometry::isValidPoint(point), connectionObject))
                return false;
    }
    return true;
}

} // namespace

QString modelLimitsProblem(const ModelData &data)
{
    LimitCheck check;
    const auto model = [] { return LimitCheck::tr("the model"); };
    if (!check.id(data.info.id.toString(), model) || !check.name(data.info.name, model)
        || !check.documentation(data.info.documentation, model))
        return check.problem;
    for (const Element &e : data.elements) {
        const auto object = [&e] { return LimitCheck::tr("the element “%1”").arg(quotedText(e.id.toString())); };
        if (!check.id(e.id.toString(), object) || !check.name(e.name, object)
            || !check.documentation(e.documentation, object)
            || !check.properties(e.properties, object))
            return check.problem;
    }
    for (const Relationship &r : data.relationships) {
        const auto object = [&r] {
            return LimitCheck::tr("the relationship “%1”").arg(quotedText(r.id.toString()));
        };
        if (!check.id(r.id.toString(), object) || !check.name(r.name, object)
            || !check.documentation(r.documentation, object)
            || !check.properties(r.properties, object))
            return check.problem;
    }
    for (const View &view : data.views)
        if (!check.view(view))
            return check.problem;
    return {};
}

bool styleWithinLimits(const NodeStyle &style)
{
    return std::isfinite(style.fontSize) && style.fontSize >= 0
            && style.fontSize < limits::MaxFontSize && std::isfinite(style.lineWidth)
            && style.lineWidth >= 0 && style.lineWidth <= limits::MaxLineWidth;
}

} // namespace kt
