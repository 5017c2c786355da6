#include "baselinecodec.h"

#include <QDataStream>
#include <QIODevice>

#include <array>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 Magic = 0x4B54424C; // "KTBL"
// zlib level 1: three times faster than the default 6 on a model, and the data came
// out only about a tenth larger (measured on the benchmark's model M).
constexpr int CompressionLevel = 1;
constexpr qint32 None = -1; // a null reference
// An end of a relationship (connection) that is a relationship (connection) is written
// as OtherBase - its index: a form-1 reader of an older program, which knows no such
// ends, then refuses it as a reference that leads nowhere.
constexpr qint32 OtherBase = -2;

// Texts as UTF-8: half the bytes of QDataStream's UTF-16 to compress.
void put(QDataStream &out, const QString &text)
{
    out << text.toUtf8();
}

void put(QDataStream &out, const PropertyList &list)
{
    out << quint32(list.size());
    for (const Property &property : list) {
        put(out, property.key);
        put(out, property.value);
    }
}

void put(QDataStream &out, const QMap<QString, QString> &map)
{
    out << quint32(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        put(out, it.key());
        put(out, it.value());
    }
}

void put(QDataStream &out, const NodeStyle &style)
{
    put(out, style.fillColor);
    put(out, style.lineColor);
    put(out, style.fontName);
    out << style.fontSize;
    put(out, style.fontColor);
    out << quint8(style.textAlignment) << style.lineWidth;
}

// Reads what put() wrote. Every read checks the stream: on data cut short or not
// ours it stops with a reason instead of building a model from garbage.
class Reader
{
public:
    explicit Reader(QDataStream &in)
        : m_in(in)
    {
    }

    bool ok() const { return m_in.status() == QDataStream::Ok && m_error.isEmpty(); }
    QString error() const
    {
        return m_error.isEmpty() ? BaselineCodec::tr("the data is cut short.") : m_error;
    }
    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    QString text()
    {
        QByteArray bytes;
        m_in >> bytes;
        return QString::fromUtf8(bytes);
    }
    quint32 count()
    {
        quint32 n = 0;
        m_in >> n;
        return n;
    }
    qint32 index()
    {
        qint32 i = None;
        m_in >> i;
        return i;
    }
    quint8 byte()
    {
        quint8 b = 0;
        m_in >> b;
        return b;
    }
    double real()
    {
        double d = 0;
        m_in >> d;
        return d;
    }
    PropertyList properties()
    {
        PropertyList list;
        const quint32 n = count();
        for (quint32 i = 0; i < n && ok(); ++i) {
            QString key = text();
            list.append({ std::move(key), text() });
        }
        return list;
    }
    QMap<QString, QString> map()
    {
        QMap<QString, QString> result;
        const quint32 n = count();
        for (quint32 i = 0; i < n && ok(); ++i) {
            QString key = text();
            result.insert(key, text());
        }
        return result;
    }
    NodeStyle style()
    {
        NodeStyle style;
        style.fillColor = text();
        style.lineColor = text();
        style.fontName = text();
        style.fontSize = real();
        style.fontColor = text();
        const quint8 alignment = byte();
        if (alignment > quint8(TextAlignment::Right))
            fail(BaselineCodec::tr("a text alignment is not valid."));
        style.textAlignment = TextAlignment(alignment);
        style.lineWidth = real();
        return style;
    }
    // The id at index i of items, a null id for None; fails when i is out of range.
    template <typename Key, typename T> Key idAt(const QList<T> &items, qint32 i)
    {
        if (i == None)
            return Key();
        if (i < 0 || i >= items.size()) {
            fail(BaselineCodec::tr("a reference leads nowhere."));
            return Key();
        }
        return items.at(i).id;
    }

private:
    QDataStream &m_in;
    QString m_error;
};

template <typename Key, typename T>
bool moveInto(Reader &reader, QList<T> &items, Collection<Key, T> &collection)
{
    collection.reserve(items.size());
    for (T &item : items) {
        if (collection.contains(item.id))
            return reader.fail(
                BaselineCodec::tr("the id \"%1\" is used twice.").arg(item.id.toString()));
        collection.append(std::move(item));
    }
    return true;
}

} // namespace

Result<QByteArray> BaselineCodec::encode(const ModelData &data)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    QString error;
    // The position of id in items, None for a null id; an id not there is an error.
    const auto indexOf = [&error](const auto &items, const auto &id) -> qint32 {
        if (id.isNull())
            return None;
        const qsizetype i = items.indexOf(id);
        if (i < 0 && error.isEmpty())
            error = tr("it refers to \"%1\", which the model does not hold.").arg(id.toString());
        return qint32(i);
    };

    const ModelInfo &info = data.info;
    out << Magic << quint32(FormatVersion);
    put(out, info.id.toString());
    put(out, info.name);
    put(out, info.documentation);
    put(out, info.frameworkId);
    put(out, info.province);
    put(out, info.versionLabel);
    put(out, info.decision);
    out << info.decisionDate;
    put(out, info.author);
    put(out, info.extraProperties);

    out << quint32(data.elements.size());
    for (const Element &element : data.elements) {
        put(out, element.id.toString());
        put(out, element.type);
        put(out, element.name);
        put(out, element.documentation);
        put(out, element.properties);
        put(out, element.extraProperties);
    }
    out << quint32(data.relationships.size());
    for (const Relationship &relationship : data.relationships) {
        put(out, relationship.id.toString());
        put(out, relationship.type);
        for (const bool isSource : {true, false}) {
            const RelationshipId &other = isSource ? relationship.sourceRelationship
                                                   : relationship.targetRelationship;
            if (other.isNull())
                out << indexOf(data.elements, isSource ? relationship.source : relationship.target);
            else
                out << qint32(OtherBase - indexOf(data.relationships, other));
        }
        put(out, relationship.name);
        put(out, relationship.documentation);
        put(out, relationship.properties);
        put(out, relationship.extraProperties);
        put(out, relationship.archimateAttributes);
    }
    // The ids of all views first, so that a note can refer to a view written later.
    out << quint32(data.views.size());
    for (const View &view : data.views)
        put(out, view.id.toString());
    for (const View &view : data.views) {
        put(out, view.name);
        put(out, view.documentation);
        out << quint8(view.kind);
        put(out, view.settings);
        put(out, view.extraProperties);
        out << quint32(view.nodes.size());
        for (const ViewNode &node : view.nodes) {
            put(out, node.id.toString());
            out << quint8(node.kind) << indexOf(data.elements, node.element)
                << indexOf(view.nodes, node.parent) << node.bounds;
            put(out, node.label);
            put(out, node.layer);
            out << indexOf(data.views, node.viewRef);
            put(out, node.style);
        }
        out << quint32(view.connections.size());
        for (const ViewConnection &connection : view.connections) {
            put(out, connection.id.toString());
            out << indexOf(data.relationships, connection.relationship);
            for (const bool isSource : {true, false}) {
                const ConnectionId &other = isSource ? connection.sourceConnection
                                                     : connection.targetConnection;
                if (other.isNull())
                    out << indexOf(view.nodes, isSource ? connection.source : connection.target);
                else
                    out << qint32(OtherBase - indexOf(view.connections, other));
            }
            out << quint32(connection.bendpoints.size());
            for (const QPointF &point : connection.bendpoints)
                out << point;
            put(out, connection.style);
        }
    }
    if (!error.isEmpty())
        return Result<QByteArray>::failure(error);
    return qCompress(raw, CompressionLevel);
}

Result<ModelData> BaselineCodec::decode(const QByteArray &bytes)
{
    const QByteArray raw = qUncompress(bytes);
    if (raw.isEmpty())
        return Result<ModelData>::failure(tr("the data is not compressed data of a model."));
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    Reader reader(in);
    quint32 magic = 0, version = 0;
    in >> magic >> version;
    if (magic != Magic)
        return Result<ModelData>::failure(tr("the data is not a model."));
    if (version != quint32(FormatVersion))
        return Result<ModelData>::failure(
            tr("the data is of form %1, which this program does not read.").arg(version));

    ModelData data;
    ModelInfo &info = data.info;
    info.id = ModelId(reader.text());
    info.name = reader.text();
    info.documentation = reader.text();
    info.frameworkId = reader.text();
    info.province = reader.text();
    info.versionLabel = reader.text();
    info.decision = reader.text();
    in >> info.decisionDate;
    info.author = reader.text();
    info.extraProperties = reader.properties();

    QList<Element> elements;
    for (quint32 i = 0, n = reader.count(); i < n && reader.ok(); ++i) {
        Element element;
        element.id = ElementId(reader.text());
        element.type = reader.text();
        element.name = reader.text();
        element.documentation = reader.text();
        element.properties = reader.map();
        element.extraProperties = reader.properties();
        elements.append(std::move(element));
    }
    QList<Relationship> relationships;
    // Ends on relationships, which may come later: (index, end, other index).
    QList<std::array<qint32, 3>> laterEnds;
    for (quint32 i = 0, n = reader.count(); i < n && reader.ok(); ++i) {
        Relationship relationship;
        relationship.id = RelationshipId(reader.text());
        relationship.type = reader.text();
        for (const qint32 end : {0, 1}) {
            const qint32 index = reader.index();
            if (index <= OtherBase)
                laterEnds.append({qint32(relationships.size()), end, OtherBase - index});
            else
                (end == 0 ? relationship.source : relationship.target) =
                        reader.idAt<ElementId>(elements, index);
        }
        relationship.name = reader.text();
        relationship.documentation = reader.text();
        relationship.properties = reader.map();
        relationship.extraProperties = reader.properties();
        relationship.archimateAttributes = reader.map();
        relationships.append(std::move(relationship));
    }
    for (const auto &[index, end, other] : std::as_const(laterEnds)) {
        const RelationshipId id = reader.idAt<RelationshipId>(relationships, other);
        (end == 0 ? relationships[index].sourceRelationship
                  : relationships[index].targetRelationship) = id;
    }
    QList<View> views;
    for (quint32 i = 0, n = reader.count(); i < n && reader.ok(); ++i) {
        View view;
        view.id = ViewId(reader.text());
        views.append(std::move(view));
    }
    for (View &view : views) {
        if (!reader.ok())
            break;
        view.name = reader.text();
        view.documentation = reader.text();
        const quint8 kind = reader.byte();
        if (kind > quint8(ViewKind::Free))
            reader.fail(tr("the kind of the view \"%1\" is not valid.").arg(view.id.toString()));
        view.kind = ViewKind(kind);
        view.settings = reader.map();
        view.extraProperties = reader.properties();
        QList<ViewNode> nodes;
        for (quint32 j = 0, n = reader.count(); j < n && reader.ok(); ++j) {
            ViewNode node;
            node.id = NodeId(reader.text());
            const quint8 nodeKind = reader.byte();
            if (nodeKind > quint8(NodeKind::TitleBlock))
                reader.fail(
                    tr("the kind of the node \"%1\" is not valid.").arg(node.id.toString()));
            node.kind = NodeKind(nodeKind);
            node.element = reader.idAt<ElementId>(elements, reader.index());
            // A parent comes before its children (paint order).
            node.parent = reader.idAt<NodeId>(nodes, reader.index());
            in >> node.bounds;
            node.label = reader.text();
            node.layer = reader.text();
            node.viewRef = reader.idAt<ViewId>(views, reader.index());
            node.style = reader.style();
            nodes.append(std::move(node));
        }
        QList<ViewConnection> connections;
        QList<std::array<qint32, 3>> laterLineEnds;
        for (quint32 j = 0, n = reader.count(); j < n && reader.ok(); ++j) {
            ViewConnection connection;
            connection.id = ConnectionId(reader.text());
            connection.relationship = reader.idAt<RelationshipId>(relationships, reader.index());
            for (const qint32 end : {0, 1}) {
                const qint32 index = reader.index();
                if (index <= OtherBase)
                    laterLineEnds.append({qint32(connections.size()), end, OtherBase - index});
                else
                    (end == 0 ? connection.source : connection.target) =
                            reader.idAt<NodeId>(nodes, index);
            }
            for (quint32 k = 0, points = reader.count(); k < points && reader.ok(); ++k) {
                QPointF point;
                in >> point;
                connection.bendpoints.append(point);
            }
            connection.style = reader.style();
            connections.append(std::move(connection));
        }
        for (const auto &[index, end, other] : std::as_const(laterLineEnds)) {
            const ConnectionId id = reader.idAt<ConnectionId>(connections, other);
            (end == 0 ? connections[index].sourceConnection
                      : connections[index].targetConnection) = id;
        }
        if (reader.ok())
            moveInto(reader, nodes, view.nodes) && moveInto(reader, connections, view.connections);
    }
    if (reader.ok())
        moveInto(reader, elements, data.elements)
            && moveInto(reader, relationships, data.relationships)
            && moveInto(reader, views, data.views);
    if (!reader.ok())
        return Result<ModelData>::failure(reader.error());
    if (!in.atEnd())
        return Result<ModelData>::failure(tr("the data goes on after the model."));
    return data;
}

} // namespace kt
