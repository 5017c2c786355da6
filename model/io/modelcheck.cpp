#include "modelcheck.h"
#include "../core/text.h"
#include "../modellimits.h"
#include "exchangenames.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// Untrusted text in a message: shortened, escaped, in curly quotes.
QString quoted(QStringView text)
{
    return u"“"_s + quotedText(text) + u"”"_s;
}

// The fault of a style whose font size or line width is beyond core/limits.h
// (styleWithinLimits() is false); object names the node or connection. Built only then: a
// message per node of a big model is a third of the check's time.
QString styleFault(const NodeStyle &style, const QString &object)
{
    return ModelCheck::tr("%1 has the font size %2 or line width %3, which is not a number "
                          "from 0 to %4 or %5.")
            .arg(object)
            .arg(style.fontSize)
            .arg(style.lineWidth)
            .arg(limits::MaxFontSize)
            .arg(limits::MaxLineWidth);
}

// The walk of one view's nesting: each node is followed up its parents once.
class Nesting
{
public:
    explicit Nesting(const View &view) : m_view(view)
    {
        m_state.fill(Unknown, view.nodes.size());
    }

    // Empty, or the fault of the first node whose parents make a circle.
    QString check()
    {
        for (qsizetype i = 0; i < m_view.nodes.size(); ++i) {
            const QString fault = walk(i);
            if (!fault.isEmpty())
                return fault;
        }
        return {};
    }

private:
    enum State : char { Unknown, OnPath, Done };

    QString walk(qsizetype start)
    {
        // Up the parents to a node already walked or a top-level one.
        QList<qsizetype> &path = m_path; // kept, so that its buffer is allocated once
        path.clear();
        qsizetype current = start;
        while (current >= 0 && m_state.at(current) != Done) {
            if (m_state.at(current) == OnPath)
                return circle(path, current);
            m_state[current] = OnPath;
            path.append(current);
            const NodeId &parent = m_view.nodes.at(current).parent;
            current = parent.isNull() ? -1 : m_view.nodes.indexOf(parent);
        }
        for (const qsizetype i : path)
            m_state[i] = Done;
        return {};
    }

    // The circle from again back to it, at most 8 nodes shown.
    QString circle(const QList<qsizetype> &path, qsizetype again) const
    {
        QStringList ids;
        for (qsizetype i = path.indexOf(again); i < path.size() && ids.size() < 8; ++i)
            ids.append(quoted(m_view.nodes.at(path.at(i)).id.toString()));
        if (ids.size() == 8)
            ids.append(u"…"_s);
        ids.append(quoted(m_view.nodes.at(again).id.toString()));
        return ModelCheck::tr("node %1 of view %2 is nested in itself: its groups make a "
                              "circle (%3).")
                .arg(quoted(m_view.nodes.at(again).id.toString()), quoted(m_view.name),
                     ids.join(u" → "_s));
    }

    const View &m_view;
    QList<State> m_state;
    QList<qsizetype> m_path;
};

// A walk of the ends that are concepts of their own kind (a relationship ending on a
// relationship, a connection on a connection), which must not come back to where it
// started. Items are indexes 0..count-1; othersOf(i) gives the up to two indexes item
// i ends on (-1: an element or node end). Returns the ids on the first circle found,
// at most 8, or an empty list.
template <typename OthersOf, typename IdOf>
QStringList endCircle(qsizetype count, OthersOf othersOf, IdOf idOf)
{
    enum State : char { Unknown, OnPath, Done };
    QList<State> state(count, Unknown);
    struct Step
    {
        qsizetype item;
        int next; // the end to follow next: 0, 1, then done
    };
    QList<Step> path; // one buffer for every walk
    for (qsizetype start = 0; start < count; ++start) {
        if (state.at(start) != Unknown)
            continue;
        path.clear();
        path.append({start, 0});
        state[start] = OnPath;
        while (!path.isEmpty()) {
            Step &step = path.last();
            if (step.next > 1) {
                state[step.item] = Done;
                path.removeLast();
                continue;
            }
            const qsizetype other = othersOf(step.item)[step.next++];
            if (other < 0 || state.at(other) == Done)
                continue;
            if (state.at(other) == OnPath) {
                QStringList ids;
                qsizetype i = 0;
                while (path.at(i).item != other)
                    ++i;
                for (; i < path.size() && ids.size() < 8; ++i)
                    ids.append(quoted(idOf(path.at(i).item)));
                if (ids.size() == 8)
                    ids.append(u"…"_s);
                ids.append(quoted(idOf(other)));
                return ids;
            }
            state[other] = OnPath;
            path.append({other, 0});
        }
    }
    return {};
}

} // namespace

QString ModelCheck::check(const ModelData &data, QSet<QString> *identifiers, Ids rule,
                          References references)
{
    const bool lookUp = references == References::Check;
    QSet<QString> own;
    QSet<QString> &ids = identifiers ? *identifiers : own;
    qsizetype count = data.elements.size() + data.relationships.size() + data.views.size();
    for (const View &view : data.views)
        count += view.nodes.size() + view.connections.size();
    ids.reserve(count + 1);

    const auto plain = [](const QString &id) {
        return !id.isEmpty()
                && std::none_of(id.cbegin(), id.cend(), [](QChar c) {
                       return c.unicode() < 0x20 || c.unicode() == 0x7f;
                   });
    };
    const auto take = [&](const QString &id, const QString &what) -> QString {
        // An id over limits::MaxIdentifierLength is left to modelLimitsProblem, whose
        // message tells its length.
        if (id.size() <= limits::MaxIdentifierLength && rule == Ids::XmlNames
            && !exchange::isXmlName(id))
            return tr("the identifier %1 of %2 is not an XML name.").arg(quoted(id), what);
        if (rule == Ids::Plain && !plain(id))
            return tr("the identifier %1 of %2 is empty or holds control characters.")
                    .arg(quoted(id), what);
        const qsizetype before = ids.size();
        ids.insert(id);
        if (ids.size() == before)
            return tr("the identifier %1 is used twice.").arg(quoted(id));
        return {};
    };

    QString fault;
    if (!data.info.id.isNull()
        && !(fault = take(data.info.id.toString(), tr("the model"))).isEmpty())
        return fault;
    for (const Element &element : data.elements)
        if (!(fault = take(element.id.toString(), tr("an element"))).isEmpty())
            return fault;
    for (const Relationship &r : data.relationships) {
        const QString id = r.id.toString();
        if (!(fault = take(id, tr("a relationship"))).isEmpty())
            return fault;
        for (const bool isSource : {true, false}) {
            const ElementId &end = isSource ? r.source : r.target;
            const RelationshipId &other = isSource ? r.sourceRelationship : r.targetRelationship;
            if (!end.isNull() && !other.isNull())
                return tr("the relationship %1 has two %2: %3 and %4.")
                        .arg(quoted(id), isSource ? tr("sources") : tr("targets"),
                             quoted(end.toString()), quoted(other.toString()));
            if (!other.isNull()) {
                if (lookUp && !data.relationships.contains(other))
                    return tr("the relationship %1 joins %2, which is not an element or "
                              "relationship of the model.")
                            .arg(quoted(id), quoted(other.toString()));
                continue;
            }
            if (lookUp && !data.elements.contains(end))
                return tr("the relationship %1 joins %2, which is not an element of the model.")
                        .arg(quoted(id), quoted(end.toString()));
        }
    }
    const auto relationshipIndex = [&data](const RelationshipId &other) {
        return other.isNull() ? qsizetype(-1) : data.relationships.indexOf(other);
    };
    const QStringList relationshipCircle = endCircle(
            data.relationships.size(),
            [&](qsizetype i) {
                const Relationship &r = data.relationships.at(i);
                return std::array<qsizetype, 2>{relationshipIndex(r.sourceRelationship),
                                                relationshipIndex(r.targetRelationship)};
            },
            [&data](qsizetype i) { return data.relationships.at(i).id.toString(); });
    if (!relationshipCircle.isEmpty())
        return tr("the relationship %1 ends on itself: its ends make a circle (%2).")
                .arg(relationshipCircle.constFirst(), relationshipCircle.join(u" → "_s));
    for (const View &view : data.views)
        if (!(fault = take(view.id.toString(), tr("a view"))).isEmpty())
            return fault;
    for (const View &view : data.views) {
        const QString viewName = quoted(view.name);
        for (const ViewNode &node : view.nodes) {
            const QString id = node.id.toString();
            if (!(fault = take(id, tr("a node"))).isEmpty())
                return fault;
            if (node.kind == NodeKind::Element && node.element.isNull())
                return tr("the node %1 of view %2 shows no element.").arg(quoted(id), viewName);
            if (lookUp && node.kind == NodeKind::Element && !data.elements.contains(node.element))
                return tr("the node %1 of view %2 shows element %3, which is not in the model.")
                        .arg(quoted(id), viewName, quoted(node.element.toString()));
            if (lookUp && !node.viewRef.isNull() && !data.views.contains(node.viewRef))
                return tr("the node %1 of view %2 links to view %3, which is not in the model.")
                        .arg(quoted(id), viewName, quoted(node.viewRef.toString()));
            if (lookUp && !node.parent.isNull() && !view.nodes.contains(node.parent))
                return tr("the node %1 of view %2 lies in %3, which is not a node of that view.")
                        .arg(quoted(id), viewName, quoted(node.parent.toString()));
            if (!styleWithinLimits(node.style))
                return styleFault(node.style,
                                  tr("the node %1 of view %2").arg(quoted(id), viewName));
        }
        if (!(fault = Nesting(view).check()).isEmpty())
            return fault;
        for (const ViewConnection &c : view.connections) {
            const QString id = c.id.toString();
            if (!(fault = take(id, tr("a connection"))).isEmpty())
                return fault;
            if (lookUp && !c.relationship.isNull()
                && !data.relationships.contains(c.relationship))
                return tr("the connection %1 of view %2 shows relationship %3, which is not in "
                          "the model.")
                        .arg(quoted(id), viewName, quoted(c.relationship.toString()));
            for (const bool isSource : {true, false}) {
                const NodeId &end = isSource ? c.source : c.target;
                const ConnectionId &other = isSource ? c.sourceConnection : c.targetConnection;
                if (!end.isNull() && !other.isNull())
                    return tr("the connection %1 of view %2 has two %3: %4 and %5.")
                            .arg(quoted(id), viewName, isSource ? tr("sources") : tr("targets"),
                                 quoted(end.toString()), quoted(other.toString()));
                if (!other.isNull()) {
                    if (lookUp && !view.connections.contains(other))
                        return tr("the connection %1 of view %2 joins %3, which is not a node "
                                  "or connection of that view.")
                                .arg(quoted(id), viewName, quoted(other.toString()));
                    continue;
                }
                if (lookUp && !view.nodes.contains(end))
                    return tr("the connection %1 of view %2 joins %3, which is not a node of "
                              "that view.")
                            .arg(quoted(id), viewName, quoted(end.toString()));
            }
            if (!styleWithinLimits(c.style))
                return styleFault(c.style,
                                  tr("the connection %1 of view %2").arg(quoted(id), viewName));
        }
        const auto connectionIndex = [&view](const ConnectionId &other) {
            return other.isNull() ? qsizetype(-1) : view.connections.indexOf(other);
        };
        const QStringList lineCircle = endCircle(
                view.connections.size(),
                [&](qsizetype i) {
                    const ViewConnection &c = view.connections.at(i);
                    return std::array<qsizetype, 2>{connectionIndex(c.sourceConnection),
                                                    connectionIndex(c.targetConnection)};
                },
                [&view](qsizetype i) { return view.connections.at(i).id.toString(); });
        if (!lineCircle.isEmpty())
            return tr("the connection %1 of view %2 ends on itself: its ends make a circle "
                      "(%3).")
                    .arg(lineCircle.constFirst(), viewName, lineCircle.join(u" → "_s));
    }
    // Texts, ids, coordinates and the depth of nesting against core/limits.h; after
    // the circles, which would otherwise be reported as nesting too deep.
    return modelLimitsProblem(data);
}

} // namespace kt
