#include "ktmreader.h"
#include "ktmschema.h"
#include "sqliteconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

NodeStyle styleAt(const QSqlQuery &query, int first)
{
    return NodeStyle{query.value(first).toString(), query.value(first + 1).toString(),
                     query.value(first + 2).toString(), query.value(first + 3).toDouble(),
                     query.value(first + 4).toString()};
}

} // namespace

KtmReader::KtmReader(const QSqlDatabase &db, const QString &fileName)
    : m_db(db), m_fileName(fileName)
{
}

bool KtmReader::read(ModelData &out)
{
    return readInfo(out.info) && readElements(out) && readRelationships(out) && readViews(out);
}

bool KtmReader::damaged(const QString &why)
{
    m_error = tr("%1 is damaged: %2").arg(m_fileName, why);
    return false;
}

bool KtmReader::missingRow(const QString &column, const QVariant &value)
{
    return damaged(tr("%1 refers to %2, which the file does not hold.")
                           .arg(column, value.toString()));
}

bool KtmReader::select(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (query.prepare(sql) && query.exec())
        return true;
    return damaged(SqliteConnection::messageOf(query.lastError()));
}

// next() returns false both at the end and on an error (a corrupt page met half-way).
bool KtmReader::finished(const QSqlQuery &query)
{
    if (!query.lastError().isValid())
        return true;
    return damaged(SqliteConnection::messageOf(query.lastError()));
}

// A Collection requires unique ids. The unique indexes of the file guarantee them,
// unless another tool has dropped an index and doctored the rows.
template<typename Key, typename T>
bool KtmReader::moveInto(QList<T> &items, Collection<Key, T> &collection)
{
    collection.reserve(items.size());
    for (T &item : items) {
        if (collection.contains(item.id))
            return damaged(tr("the id \"%1\" is used twice.").arg(item.id.toString()));
        collection.append(std::move(item));
    }
    return true;
}

// Runs sql, whose first column is the seq of an owner in owners, and applies each
// row to the owner's index.
template<typename Fn>
bool KtmReader::forEachOwned(const QString &sql, const QString &column,
                             const QHash<qint64, qsizetype> &owners, Fn apply)
{
    QSqlQuery query(m_db);
    if (!select(query, sql))
        return false;
    while (query.next()) {
        const qsizetype index = owners.value(query.value(0).toLongLong(), -1);
        if (index < 0)
            return missingRow(column, query.value(0));
        apply(index, query);
    }
    return finished(query);
}

bool KtmReader::readInfo(ModelInfo &info)
{
    QSqlQuery query(m_db);
    if (!select(query,
                u"SELECT id, name, documentation, framework, province, version_label, decision, "
                u"decision_date, author FROM model_info"_s))
        return false;
    if (!query.next())
        return finished(query) && damaged(tr("it holds no model information."));
    info.id = ModelId(query.value(0).toString());
    info.name = query.value(1).toString();
    info.documentation = query.value(2).toString();
    info.frameworkId = query.value(3).toString();
    info.province = query.value(4).toString();
    info.versionLabel = query.value(5).toString();
    info.decision = query.value(6).toString();
    if (!query.value(7).isNull()) {
        info.decisionDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        if (!info.decisionDate.isValid())
            return damaged(tr("the decision date \"%1\" is not a date.")
                                   .arg(query.value(7).toString()));
    }
    info.author = query.value(8).toString();

    QSqlQuery property(m_db);
    if (!select(property, u"SELECT key, value FROM model_properties ORDER BY position"_s))
        return false;
    while (property.next())
        info.extraProperties.append({property.value(0).toString(), property.value(1).toString()});
    return finished(property);
}

bool KtmReader::readElements(ModelData &data)
{
    QList<Element> elements;
    QSqlQuery query(m_db);
    if (!select(query, u"SELECT seq, id, type, name, documentation FROM elements ORDER BY seq"_s))
        return false;
    while (query.next()) {
        m_elements.insert(query.value(0).toLongLong(), elements.size());
        elements.append(Element{ElementId(query.value(1).toString()), query.value(2).toString(),
                                query.value(3).toString(), query.value(4).toString(), {}, {}});
    }
    if (!finished(query)
        || !forEachOwned(u"SELECT element, key, value FROM element_properties"_s,
                         u"element_properties.element"_s, m_elements,
                         [&](qsizetype i, const QSqlQuery &row) {
                             elements[i].properties.insert(row.value(1).toString(),
                                                           row.value(2).toString());
                         })
        || !forEachOwned(u"SELECT element, key, value FROM element_extra_properties "
                         u"ORDER BY element, position"_s,
                         u"element_extra_properties.element"_s, m_elements,
                         [&](qsizetype i, const QSqlQuery &row) {
                             elements[i].extraProperties.append(
                                     {row.value(1).toString(), row.value(2).toString()});
                         }))
        return false;
    return moveInto(elements, data.elements);
}

bool KtmReader::readRelationships(ModelData &data)
{
    QList<Relationship> relationships;
    QSqlQuery query(m_db);
    if (!select(query,
                u"SELECT seq, id, type, source, target, name, documentation FROM relationships "
                u"ORDER BY seq"_s))
        return false;
    while (query.next()) {
        const qsizetype source = m_elements.value(query.value(3).toLongLong(), -1);
        const qsizetype target = m_elements.value(query.value(4).toLongLong(), -1);
        if (source < 0 || target < 0)
            return missingRow(source < 0 ? u"relationships.source"_s : u"relationships.target"_s,
                              query.value(source < 0 ? 3 : 4));
        m_relationships.insert(query.value(0).toLongLong(), relationships.size());
        Relationship r;
        r.id = RelationshipId(query.value(1).toString());
        r.type = query.value(2).toString();
        r.source = data.elements.at(source).id;
        r.target = data.elements.at(target).id;
        r.name = query.value(5).toString();
        r.documentation = query.value(6).toString();
        relationships.append(std::move(r));
    }
    const auto insertInto = [&](QMap<QString, QString> Relationship::*map) {
        return [&relationships, map](qsizetype i, const QSqlQuery &row) {
            (relationships[i].*map).insert(row.value(1).toString(), row.value(2).toString());
        };
    };
    if (!finished(query)
        || !forEachOwned(u"SELECT relationship, key, value FROM relationship_properties"_s,
                         u"relationship_properties.relationship"_s, m_relationships,
                         insertInto(&Relationship::properties))
        || !forEachOwned(u"SELECT relationship, key, value FROM relationship_attributes"_s,
                         u"relationship_attributes.relationship"_s, m_relationships,
                         insertInto(&Relationship::archimateAttributes))
        || !forEachOwned(u"SELECT relationship, key, value FROM relationship_extra_properties "
                         u"ORDER BY relationship, position"_s,
                         u"relationship_extra_properties.relationship"_s, m_relationships,
                         [&](qsizetype i, const QSqlQuery &row) {
                             relationships[i].extraProperties.append(
                                     {row.value(1).toString(), row.value(2).toString()});
                         }))
        return false;
    return moveInto(relationships, data.relationships);
}

bool KtmReader::readViews(ModelData &data)
{
    QList<View> views;
    QSqlQuery query(m_db);
    if (!select(query, u"SELECT seq, id, name, documentation, kind FROM views ORDER BY seq"_s))
        return false;
    while (query.next()) {
        const std::optional<ViewKind> kind = KtmSchema::viewKind(query.value(4).toString());
        if (!kind)
            return damaged(
                    tr("a view has the unknown kind \"%1\".").arg(query.value(4).toString()));
        m_views.insert(query.value(0).toLongLong(), views.size());
        View v;
        v.id = ViewId(query.value(1).toString());
        v.name = query.value(2).toString();
        v.documentation = query.value(3).toString();
        v.kind = *kind;
        views.append(std::move(v));
    }
    if (!finished(query)
        || !forEachOwned(u"SELECT view, key, value FROM view_settings"_s,
                         u"view_settings.view"_s, m_views,
                         [&](qsizetype i, const QSqlQuery &row) {
                             views[i].settings.insert(row.value(1).toString(),
                                                      row.value(2).toString());
                         })
        || !forEachOwned(u"SELECT view, key, value FROM view_properties "
                         u"ORDER BY view, position"_s,
                         u"view_properties.view"_s, m_views,
                         [&](qsizetype i, const QSqlQuery &row) {
                             views[i].extraProperties.append(
                                     {row.value(1).toString(), row.value(2).toString()});
                         }))
        return false;

    QList<QList<ViewNode>> nodes(views.size());
    QList<QList<ViewConnection>> connections(views.size());
    if (!readNodes(data, views, nodes) || !readConnections(data, nodes, connections))
        return false;
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (!moveInto(nodes[i], views[i].nodes) || !moveInto(connections[i], views[i].connections))
            return false;
    }
    return moveInto(views, data.views);
}

bool KtmReader::readNodes(const ModelData &data, const QList<View> &views,
                          QList<QList<ViewNode>> &nodes)
{
    QSqlQuery query(m_db);
    if (!select(query,
                u"SELECT seq, view, id, kind, element, parent, x, y, width, height, label, layer, "
                u"view_ref, fill_color, line_color, font_name, font_size, font_color "
                u"FROM nodes ORDER BY seq"_s))
        return false;
    QList<std::pair<Place, qint64>> parents; // a group may follow the nodes it holds
    while (query.next()) {
        const qsizetype view = m_views.value(query.value(1).toLongLong(), -1);
        if (view < 0)
            return missingRow(u"nodes.view"_s, query.value(1));
        const std::optional<NodeKind> kind = KtmSchema::nodeKind(query.value(3).toString());
        if (!kind)
            return damaged(
                    tr("a node has the unknown kind \"%1\".").arg(query.value(3).toString()));
        ViewNode n;
        n.id = NodeId(query.value(2).toString());
        n.kind = *kind;
        if (!query.value(4).isNull()) {
            const qsizetype element = m_elements.value(query.value(4).toLongLong(), -1);
            if (element < 0)
                return missingRow(u"nodes.element"_s, query.value(4));
            n.element = data.elements.at(element).id;
        }
        n.bounds = QRectF(query.value(6).toDouble(), query.value(7).toDouble(),
                          query.value(8).toDouble(), query.value(9).toDouble());
        n.label = query.value(10).toString();
        n.layer = query.value(11).toString();
        if (!query.value(12).isNull()) {
            const qsizetype target = m_views.value(query.value(12).toLongLong(), -1);
            if (target < 0)
                return missingRow(u"nodes.view_ref"_s, query.value(12));
            n.viewRef = views.at(target).id;
        }
        n.style = styleAt(query, 13);
        const Place place{view, nodes.at(view).size()};
        if (!query.value(5).isNull())
            parents.append({place, query.value(5).toLongLong()});
        m_nodes.insert(query.value(0).toLongLong(), place);
        nodes[view].append(std::move(n));
    }
    if (!finished(query))
        return false;
    for (const auto &[child, parentSeq] : parents) {
        const Place parent = m_nodes.value(parentSeq);
        if (parent.view < 0)
            return missingRow(u"nodes.parent"_s, parentSeq);
        if (parent.view != child.view)
            return damaged(tr("a node lies in a group of another view."));
        nodes[child.view][child.index].parent = nodes.at(parent.view).at(parent.index).id;
    }
    return true;
}

bool KtmReader::readConnections(const ModelData &data, const QList<QList<ViewNode>> &nodes,
                                QList<QList<ViewConnection>> &connections)
{
    QSqlQuery query(m_db);
    if (!select(query,
                u"SELECT seq, view, id, relationship, source, target, fill_color, line_color, "
                u"font_name, font_size, font_color FROM connections ORDER BY seq"_s))
        return false;
    while (query.next()) {
        const qsizetype view = m_views.value(query.value(1).toLongLong(), -1);
        if (view < 0)
            return missingRow(u"connections.view"_s, query.value(1));
        ViewConnection c;
        c.id = ConnectionId(query.value(2).toString());
        if (!query.value(3).isNull()) {
            const qsizetype r = m_relationships.value(query.value(3).toLongLong(), -1);
            if (r < 0)
                return missingRow(u"connections.relationship"_s, query.value(3));
            c.relationship = data.relationships.at(r).id;
        }
        const Place source = m_nodes.value(query.value(4).toLongLong());
        const Place target = m_nodes.value(query.value(5).toLongLong());
        if (source.view < 0 || target.view < 0)
            return missingRow(source.view < 0 ? u"connections.source"_s : u"connections.target"_s,
                              query.value(source.view < 0 ? 4 : 5));
        if (source.view != view || target.view != view)
            return damaged(tr("a connection joins a node of another view."));
        c.source = nodes.at(view).at(source.index).id;
        c.target = nodes.at(view).at(target.index).id;
        c.style = styleAt(query, 6);
        m_connections.insert(query.value(0).toLongLong(), Place{view, connections.at(view).size()});
        connections[view].append(std::move(c));
    }
    if (!finished(query))
        return false;

    if (!select(query, u"SELECT connection, x, y FROM bendpoints ORDER BY connection, position"_s))
        return false;
    while (query.next()) {
        const Place place = m_connections.value(query.value(0).toLongLong());
        if (place.view < 0)
            return missingRow(u"bendpoints.connection"_s, query.value(0));
        connections[place.view][place.index].bendpoints.append(
                QPointF(query.value(1).toDouble(), query.value(2).toDouble()));
    }
    return finished(query);
}

} // namespace kt
