// ArchimateParser, second part: Archi's diagrams (archimateparser.h).
#include "archimateparser.h"
#include "archimatereader.h"
#include "exchangenames.h"
#include "../core/text.h"

#include <QHash>

#include <cmath>

namespace kt {

using namespace Qt::StringLiterals;
using namespace exchange;

// The sizes Archi draws an object with when its bounds say -1 (its defaults).
static QSizeF defaultSize(NodeKind kind, bool junction)
{
    if (junction)
        return {15, 15};
    switch (kind) {
    case NodeKind::Group:
        return {400, 140};
    case NodeKind::Note:
        return {185, 80};
    default:
        return {120, 55};
    }
}

static QString localType(const QXmlStreamReader &xml)
{
    const QStringView type = xml.attributes().value(XsiNamespace, u"type"_s);
    const qsizetype colon = type.indexOf(u':');
    return (colon < 0 ? type : type.mid(colon + 1)).toString();
}

void ArchimateParser::parseDiagram(const QString &folder)
{
    RawView view;
    view.line = m_xml.lineNumber();
    view.id = identifier(IdKind::View);
    const QXmlStreamAttributes attributes = m_xml.attributes();
    view.name = checked(attributes.value(u"name"_s).toString(), MaxNameLength, view.id);
    const QString viewpoint =
            checked(attributes.value(u"viewpoint"_s).toString(), MaxNameLength, view.id);
    if (!viewpoint.isEmpty()) {
        m_model->definitions.insert(ViewpointProperty, ViewpointProperty);
        view.properties.append({ViewpointProperty, viewpoint, 0});
    }
    if (!folder.isEmpty()) {
        m_model->definitions.insert(FolderProperty, FolderProperty);
        view.properties.append({FolderProperty, folder, 0});
    }
    // Without recursion: the child elements not closed yet, outermost first.
    QList<qsizetype> open;
    QList<PendingConnection> pending;
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (open.isEmpty())
                break; // the end of the diagram
            open.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView tag = m_xml.name();
        if (tag == u"child") {
            if (open.size() >= limits::MaxNestingDepth) {
                fail(ArchimateReader::tr("the object “%1” is nested more than %2 levels deep (in "
                                         "the view “%3”).")
                             .arg(quotedText(m_xml.attributes().value(u"id"_s)))
                             .arg(limits::MaxNestingDepth)
                             .arg(quotedText(view.name)));
                return;
            }
            startNode(&view, open.isEmpty() ? NodeId() : view.nodes.at(open.last()).node.id);
            open.append(view.nodes.size() - 1);
        } else if (open.isEmpty()) {
            if (tag == u"documentation")
                view.documentation = readText(MaxDocumentationLength, view.id);
            else if (tag == u"property")
                readProperty(&view.properties, view.id);
            else
                m_xml.skipCurrentElement();
        } else {
            ViewNode &node = view.nodes[open.last()].node;
            if (tag == u"bounds")
                readBounds(&node);
            else if (tag == u"sourceConnection")
                parseConnection(&view, node.id, &pending);
            else if (tag == u"content" && node.kind == NodeKind::Note)
                node.label = readText(MaxDocumentationLength, node.id.toString());
            else
                m_xml.skipCurrentElement(); // documentation, properties, features
        }
    }
    if (m_xml.hasError())
        return;
    // Bounds relative to the parent become absolute; parents come first.
    QHash<NodeId, QPointF> origins;
    for (RawNode &raw : view.nodes) {
        raw.node.bounds.translate(origins.value(raw.node.parent));
        origins.insert(raw.node.id, raw.node.bounds.topLeft());
    }
    placeBendpoints(&view, pending);
    m_model->views.append(std::move(view));
}

void ArchimateParser::startNode(RawView *view, const NodeId &parent)
{
    RawNode raw;
    raw.line = m_xml.lineNumber();
    ViewNode &node = raw.node;
    node.id = NodeId(identifier(IdKind::Node));
    node.parent = parent;
    const QString type = localType(m_xml);
    const QXmlStreamAttributes attributes = m_xml.attributes();
    if (type == u"DiagramObject") {
        node.kind = NodeKind::Element;
        node.element = ElementId(xmlId(attributes.value(u"archimateElement"_s)));
    } else if (type == u"Group") {
        node.kind = NodeKind::Group;
        node.label = checked(attributes.value(u"name"_s).toString(), MaxNameLength,
                             node.id.toString());
    } else if (type == u"Note") {
        node.kind = NodeKind::Note;
    } else if (type == u"DiagramModelReference") {
        node.kind = NodeKind::Note;
        m_viewOfReference.insert(node.id.toString(), xmlId(attributes.value(u"model"_s)));
    } else {
        node.kind = NodeKind::Group;
        m_dropNodes.insert(node.id);
        if (type == u"DiagramModelImage")
            ++m_imageFindings;
        else
            finding(ArchimateReader::tr("the object “%1” of the unknown type %2 is not "
                                        "imported.")
                            .arg(quotedText(node.id.toString()), quotedText(type)));
    }
    if (type != u"DiagramModelImage" && !attributes.value(u"imagePath"_s).isEmpty())
        ++m_imageFindings;
    node.bounds = QRectF(QPointF(), defaultSize(node.kind,
                                                m_junctions.contains(node.element.toString())));
    readStyle(&node.style, false);
    view->nodes.append(std::move(raw));
}

void ArchimateParser::readBounds(ViewNode *node)
{
    const QString owner = node->id.toString();
    const QSizeF size = node->bounds.size(); // the default
    const double x = number(u"x", 0, owner);
    const double y = number(u"y", 0, owner);
    double width = number(u"width", -1, owner);
    double height = number(u"height", -1, owner);
    m_xml.skipCurrentElement();
    if (width <= 0)
        width = size.width();
    if (height <= 0)
        height = size.height();
    node->bounds = QRectF(x, y, width, height);
}

void ArchimateParser::parseConnection(RawView *view, const NodeId &source,
                                      QList<PendingConnection> *pending)
{
    RawConnection raw;
    raw.line = m_xml.lineNumber();
    ViewConnection &connection = raw.connection;
    connection.id = ConnectionId(identifier(IdKind::Connection));
    const QXmlStreamAttributes attributes = m_xml.attributes();
    // archimate:Connection shows a relationship; any other connection is a plain line.
    if (localType(m_xml) == u"Connection")
        connection.relationship =
                RelationshipId(xmlId(attributes.value(u"archimateRelationship"_s)));
    const QStringView sourceId = attributes.value(u"source"_s);
    connection.source = sourceId.isEmpty() ? source : NodeId(xmlId(sourceId));
    connection.target = NodeId(xmlId(attributes.value(u"target"_s)));
    readStyle(&connection.style, true);
    PendingConnection bends;
    bends.index = view->connections.size();
    const QString owner = connection.id.toString();
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"bendpoint") {
            RawBendpoint point;
            point.startX = number(u"startX", 0, owner);
            point.startY = number(u"startY", 0, owner);
            point.endX = number(u"endX", 0, owner);
            point.endY = number(u"endY", 0, owner);
            bends.bendpoints.append(point);
        }
        m_xml.skipCurrentElement();
    }
    view->connections.append(std::move(raw));
    if (!bends.bendpoints.isEmpty())
        pending->append(std::move(bends));
}

void ArchimateParser::placeBendpoints(RawView *view, const QList<PendingConnection> &pending)
{
    QHash<NodeId, QRectF> bounds;
    for (const RawNode &raw : std::as_const(view->nodes))
        bounds.insert(raw.node.id, raw.node.bounds);
    // As Archi (GEF's RelativeBendpoint) places them: the i-th of n bendpoints lies
    // between its offset from the source's centre and its offset from the target's
    // centre, weighted (i + 1) / (n + 1) towards the target.
    for (const PendingConnection &bends : pending) {
        ViewConnection &connection = view->connections[bends.index].connection;
        const auto source = bounds.constFind(connection.source);
        const auto target = bounds.constFind(connection.target);
        if (source == bounds.constEnd() || target == bounds.constEnd())
            continue; // an end that is a connection: left out in prune()
        const qsizetype n = bends.bendpoints.size();
        for (qsizetype i = 0; i < n; ++i) {
            const RawBendpoint &b = bends.bendpoints.at(i);
            const double weight = double(i + 1) / double(n + 1);
            const QPointF a1 = source->center() + QPointF(b.startX, b.startY);
            const QPointF a2 = target->center() + QPointF(b.endX, b.endY);
            connection.bendpoints.append(a1 * (1 - weight) + a2 * weight);
        }
    }
}

// "#rrggbb" as Archi writes colours, or empty.
static QString archiColor(QStringView text)
{
    if (text.size() != 7 || !text.startsWith(u'#'))
        return {};
    for (const QChar c : text.mid(1))
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
    return text.toString().toLower();
}

void ArchimateParser::readStyle(NodeStyle *style, bool connection)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    if (!connection) {
        style->fillColor = archiColor(attributes.value(u"fillColor"_s));
        bool ok = false;
        const int alpha = attributes.value(u"alpha"_s).toInt(&ok);
        if (ok && alpha >= 0 && alpha < 255 && !style->fillColor.isEmpty())
            style->fillColor = u"#"_s + QString::number(alpha, 16).rightJustified(2, u'0')
                    + style->fillColor.mid(1);
        const int alignment = attributes.value(u"textAlignment"_s).toInt();
        style->textAlignment = alignment == 1 ? TextAlignment::Left
                : alignment == 2             ? TextAlignment::Center
                : alignment == 4             ? TextAlignment::Right
                                             : TextAlignment::Default;
    }
    style->lineColor = archiColor(attributes.value(u"lineColor"_s));
    style->fontColor = archiColor(attributes.value(u"fontColor"_s));
    bool ok = false;
    const double width = attributes.value(u"lineWidth"_s).toDouble(&ok);
    style->lineWidth = ok && std::isfinite(width) && width > 1 && width <= limits::MaxLineWidth
            ? width
            : 0;
    // SWT's font data: "1|Arial|14.0|0|WINDOWS|...": version, name, height, style.
    const QList<QStringView> font = attributes.value(u"font"_s).split(u'|');
    if (font.size() >= 3) {
        QString name = font.at(1).left(MaxNameLength).toString();
        style->fontName = checkedText(name, MaxNameLength) == TextFault::None ? name : QString();
        const double size = font.at(2).toDouble(&ok);
        style->fontSize = ok && std::isfinite(size) && size > 0 && size < limits::MaxFontSize
                ? size
                : 0;
    }
}

} // namespace kt
