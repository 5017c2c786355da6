#include "modelcheck.h"
#include "../compose/geometry.h"
#include "../core/text.h"
#include "exchangenames.h"

#include <QHash>

#include <cmath>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype QuotedLength = 60;

bool validStyle(const NodeStyle &style)
{
    return std::isfinite(style.fontSize) && style.fontSize >= 0 && style.fontSize < MaxFontSize
            && std::isfinite(style.lineWidth) && style.lineWidth >= 0
            && style.lineWidth <= MaxLineWidth;
}

// The walk of one view's nesting: each node's depth, found once.
class Nesting
{
public:
    explicit Nesting(const View &view) : m_view(view)
    {
        m_index.reserve(view.nodes.size());
        for (qsizetype i = 0; i < view.nodes.size(); ++i)
            m_index.insert(view.nodes.at(i).id, i);
        m_depth.fill(Unknown, view.nodes.size());
    }

    // Empty, or the fault of the first node whose parents make a circle or go too deep.
    QString check()
    {
        for (qsizetype i = 0; i < m_view.nodes.size(); ++i) {
            const QString fault = depthOf(i);
            if (!fault.isEmpty())
                return fault;
        }
        return {};
    }

private:
    static constexpr int Unknown = -1;
    static constexpr int OnPath = -2;

    QString depthOf(qsizetype start)
    {
        if (m_depth.at(start) >= 0)
            return {};
        // Up the parents to a node of known depth or a top-level one.
        QList<qsizetype> path;
        qsizetype current = start;
        int base = 0;
        while (current >= 0) {
            if (m_depth.at(current) >= 0) {
                base = m_depth.at(current);
                break;
            }
            if (m_depth.at(current) == OnPath)
                return circle(path, current);
            m_depth[current] = OnPath;
            path.append(current);
            const NodeId &parent = m_view.nodes.at(current).parent;
            current = parent.isNull() ? -1 : m_index.value(parent, -1);
        }
        for (qsizetype i = path.size() - 1; i >= 0; --i) {
            m_depth[path.at(i)] = ++base;
            if (base > MaxNestingDepth)
                return ModelCheck::tr("node %1 of view %2 is nested more than %3 levels deep.")
                        .arg(ModelCheck::quoted(m_view.nodes.at(path.at(i)).id.toString()),
                             ModelCheck::quoted(m_view.name))
                        .arg(MaxNestingDepth);
        }
        return {};
    }

    QString circle(const QList<qsizetype> &path, qsizetype again) const
    {
        QStringList ids;
        for (qsizetype i = path.indexOf(again); i < path.size() && ids.size() < 8; ++i)
            ids.append(ModelCheck::quoted(m_view.nodes.at(path.at(i)).id.toString()));
        if (ids.size() == 8)
            ids.append(u"…"_s);
        ids.append(ModelCheck::quoted(m_view.nodes.at(again).id.toString()));
        return ModelCheck::tr("node %1 of view %2 is nested in itself: its groups make a circle (%3).")
                .arg(ModelCheck::quoted(m_view.nodes.at(again).id.toString()),
                     ModelCheck::quoted(m_view.name), ids.join(u" → "_s));
    }

    const View &m_view;
    QHash<NodeId, qsizetype> m_index;
    QList<int> m_depth;
};

} // namespace

QString ModelCheck::quoted(QStringView text)
{
    QString out;
    out.reserve(std::min(text.size(), QuotedLength) + 2);
    out += u'“';
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++count) {
        if (count == QuotedLength) {
            out += u'…';
            break;
        }
        char32_t c = text.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        const bool escape = c < 0x20 || (c >= 0x7f && c < 0xa0) || QChar::isSurrogate(c)
                || QChar::category(c) == QChar::Other_NotAssigned
                || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe
                || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
        if (escape)
            out += u"\\x{"_s + QString::number(uint(c), 16) + u'}';
        else
            out += text.mid(i, units);
        i += units - 1;
    }
    out += u'”';
    return out;
}

QString ModelCheck::check(const ModelData &data, QSet<QString> *identifiers)
{
    QSet<QString> own;
    QSet<QString> &ids = identifiers ? *identifiers : own;
    ids.reserve(data.elements.size() + data.relationships.size() + data.views.size());

    const auto take = [&ids](const QString &id, const QString &what) -> QString {
        if (id.size() > exchange::MaxIdentifierLength || !exchange::isXmlName(id))
            return tr("the identifier %1 of %2 is not an XML name of at most %3 characters.")
                    .arg(quoted(id), what)
                    .arg(exchange::MaxIdentifierLength);
        if (ids.contains(id))
            return tr("the identifier %1 is used twice.").arg(quoted(id));
        ids.insert(id);
        return {};
    };
    const auto texts = [](const QString &id, const QString &name,
                          const QString &documentation) -> QString {
        if (name.size() > MaxNameLength)
            return tr("the name of %1 is longer than %2 characters.")
                    .arg(quoted(id))
                    .arg(MaxNameLength);
        if (documentation.size() > MaxDocumentationLength)
            return tr("the documentation of %1 is longer than %2 characters.")
                    .arg(quoted(id))
                    .arg(MaxDocumentationLength);
        return {};
    };
    const QString maxCoordinate = QString::number(geometry::MaxCoordinate, 'g', 10);

    QString fault;
    if (!data.info.id.isNull() && !(fault = take(data.info.id.toString(), tr("the model"))).isEmpty())
        return fault;
    if (data.info.name.size() > MaxNameLength || data.info.documentation.size() > MaxDocumentationLength)
        return tr("the name or documentation of the model is too long.");
    for (const Element &element : data.elements) {
        const QString id = element.id.toString();
        if (!(fault = take(id, tr("an element"))).isEmpty()
            || !(fault = texts(id, element.name, element.documentation)).isEmpty())
            return fault;
    }
    for (const Relationship &r : data.relationships) {
        const QString id = r.id.toString();
        if (!(fault = take(id, tr("a relationship"))).isEmpty()
            || !(fault = texts(id, r.name, r.documentation)).isEmpty())
            return fault;
        for (const ElementId &end : {r.source, r.target})
            if (!data.elements.contains(end))
                return tr("the relationship %1 joins %2, which is not an element of the model.")
                        .arg(quoted(id), quoted(end.toString()));
    }
    for (const View &view : data.views) {
        if (!(fault = take(view.id.toString(), tr("a view"))).isEmpty()
            || !(fault = texts(view.id.toString(), view.name, view.documentation)).isEmpty())
            return fault;
    }
    for (const View &view : data.views) {
        const QString viewName = quoted(view.name);
        for (const ViewNode &node : view.nodes) {
            const QString id = node.id.toString();
            if (!(fault = take(id, tr("a node"))).isEmpty())
                return fault;
            if (node.kind == NodeKind::Element && node.element.isNull())
                return tr("the node %1 of view %2 shows no element.").arg(quoted(id), viewName);
            if (node.kind == NodeKind::Element && !data.elements.contains(node.element))
                return tr("the node %1 of view %2 shows element %3, which is not in the model.")
                        .arg(quoted(id), viewName, quoted(node.element.toString()));
            if (!node.viewRef.isNull() && !data.views.contains(node.viewRef))
                return tr("the node %1 of view %2 links to view %3, which is not in the model.")
                        .arg(quoted(id), viewName, quoted(node.viewRef.toString()));
            if (!node.parent.isNull() && !view.nodes.contains(node.parent))
                return tr("the node %1 of view %2 lies in %3, which is not a node of that view.")
                        .arg(quoted(id), viewName, quoted(node.parent.toString()));
            if (!geometry::isValidBounds(node.bounds))
                return tr("the node %1 of view %2 lies more than %3 units from the origin of the "
                          "diagram or is not a rectangle (x %4, y %5, width %6, height %7).")
                        .arg(quoted(id), viewName, maxCoordinate)
                        .arg(node.bounds.x())
                        .arg(node.bounds.y())
                        .arg(node.bounds.width())
                        .arg(node.bounds.height());
            if (!validStyle(node.style))
                return tr("the node %1 of view %2 has the font size %3 or line width %4, which "
                          "is not a number from 0 to %5 or %6.")
                        .arg(quoted(id), viewName)
                        .arg(node.style.fontSize)
                        .arg(node.style.lineWidth)
                        .arg(MaxFontSize)
                        .arg(MaxLineWidth);
            if (node.label.size() > MaxDocumentationLength)
                return tr("the label of %1 is longer than %2 characters.")
                        .arg(quoted(id))
                        .arg(MaxDocumentationLength);
        }
        if (!(fault = Nesting(view).check()).isEmpty())
            return fault;
        for (const ViewConnection &c : view.connections) {
            const QString id = c.id.toString();
            if (!(fault = take(id, tr("a connection"))).isEmpty())
                return fault;
            if (!c.relationship.isNull() && !data.relationships.contains(c.relationship))
                return tr("the connection %1 of view %2 shows relationship %3, which is not in "
                          "the model.")
                        .arg(quoted(id), viewName, quoted(c.relationship.toString()));
            for (const NodeId &end : {c.source, c.target})
                if (!view.nodes.contains(end))
                    return tr("the connection %1 of view %2 joins %3, which is not a node of "
                              "that view.")
                            .arg(quoted(id), viewName, quoted(end.toString()));
            for (const QPointF &point : c.bendpoints)
                if (!geometry::isValidPoint(point))
                    return tr("a bendpoint of the connection %1 of view %2 is not a point "
                              "within %3 of the origin (%4, %5).")
                            .arg(quoted(id), viewName, maxCoordinate)
                            .arg(point.x())
                            .arg(point.y());
            if (!validStyle(c.style))
                return tr("the connection %1 of view %2 has the font size %3 or line width %4, "
                          "which is not a number from 0 to %5 or %6.")
                        .arg(quoted(id), viewName)
                        .arg(c.style.fontSize)
                        .arg(c.style.lineWidth)
                        .arg(MaxFontSize)
                        .arg(MaxLineWidth);
        }
    }
    return {};
}

} // namespace kt
