#include "ktmwriter.h"
#include "../types/kindnames.h"
#include "batchinsert.h"
#include "ktmschema.h"

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// A null QString would be bound as SQL NULL; text columns are NOT NULL, and a null
// and an empty QString are equal in the model, so both are stored as ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QVariant null()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

// Owners are numbered from 1 in model order (the seq of KtmSchema).
qint64 seqOf(qsizetype index)
{
    return qint64(index) + 1;
}

// The rows (owner, key, value) of a map member of every item.
template<typename Items, typename Member>
auto mapRows(const Items &items, Member member)
{
    return [&items, member](BatchInsert &rows) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QMap<QString, QString> &map = items.at(i).*member;
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                if (!rows.add({seqOf(i), text(it.key()), text(it.value())}))
                    return false;
            }
        }
        return true;
    };
}

// The rows (owner, position, key, value) of a property list member of every item.
template<typename Items, typename Member>
auto listRows(const Items &items, Member member)
{
    return [&items, member](BatchInsert &rows) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const PropertyList &list = items.at(i).*member;
            for (qsizetype j = 0; j < list.size(); ++j) {
                if (!rows.add({seqOf(i), qint64(j), text(list.at(j).key), text(list.at(j).value)}))
                    return false;
            }
        }
        return true;
    };
}

const QStringList mapColumns(const QString &owner)
{
    return {owner, u"key"_s, u"value"_s};
}

const QStringList listColumns(const QString &owner)
{
    return {owner, u"position"_s, u"key"_s, u"value"_s};
}

} // namespace

KtmWriter::KtmWriter(const QSqlDatabase &db) : m_db(db) { }

bool KtmWriter::write(const ModelData &data)
{
    m_error.clear();
    return writeInfo(data.info) && writeElements(data) && writeRelationships(data)
            && writeViews(data) && writeNodes(data) && writeConnections(data);
}

bool KtmWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

template<typename AddRows>
bool KtmWriter::insert(const QString &table, const QStringList &columns, AddRows addRows)
{
    BatchInsert rows(m_db, table, columns);
    if (addRows(rows) && rows.finish())
        return true;
    if (m_error.isEmpty()) // not a reference that addRows found broken
        m_error = rows.errorString();
    return false;
}

bool KtmWriter::writeInfo(const ModelInfo &info)
{
    const QStringList columns = {u"singleton"_s, u"id"_s, u"name"_s, u"documentation"_s,
                                 u"framework"_s, u"province"_s, u"version_label"_s,
                                 u"decision"_s, u"decision_date"_s, u"author"_s};
    // ISO 8601 (yyyy-MM-dd), the form SQLite's date functions read.
    const QVariant date = info.decisionDate.isValid()
            ? QVariant(info.decisionDate.toString(Qt::ISODate))
            : QVariant(QMetaType::fromType<QString>());
    return insert(u"model_info"_s, columns,
                  [&](BatchInsert &rows) {
                      return rows.add({1, text(info.id.toString()), text(info.name),
                                       text(info.documentation), text(info.frameworkId),
                                       text(info.province), text(info.versionLabel),
                                       text(info.decision), date, text(info.author)});
                  })
            && insert(u"model_properties"_s, {u"position"_s, u"key"_s, u"value"_s},
                      [&](BatchInsert &rows) {
                          for (qsizetype i = 0; i < info.extraProperties.size(); ++i) {
                              const Property &p = info.extraProperties.at(i);
                              if (!rows.add({qint64(i), text(p.key), text(p.value)}))
                                  return false;
                          }
                          return true;
                      });
}

bool KtmWriter::writeElements(const ModelData &data)
{
    const QList<Element> &elements = data.elements.items();
    const QStringList columns = {u"seq"_s, u"id"_s, u"type"_s, u"name"_s, u"documentation"_s};
    return insert(u"elements"_s, columns,
                  [&](BatchInsert &rows) {
                      for (qsizetype i = 0; i < elements.size(); ++i) {
                          const Element &e = elements.at(i);
                          if (!rows.add({seqOf(i), text(e.id.toString()), text(e.type),
                                         text(e.name), text(e.documentation)}))
                              return false;
                      }
                      return true;
                  })
            && insert(u"element_properties"_s, mapColumns(u"element"_s),
                      mapRows(elements, &Element::properties))
            && insert(u"element_extra_properties"_s, listColumns(u"element"_s),
                      listRows(elements, &Element::extraProperties));
}

bool KtmWriter::writeRelationships(const ModelData &data)
{
    const QList<Relationship> &relationships = data.relationships.items();
    const QStringList columns = {u"seq"_s,  u"id"_s,   u"type"_s,         u"source"_s,
                                 u"target"_s, u"name"_s, u"documentation"_s,
                                 u"source_relationship"_s, u"target_relationship"_s};
    const auto addRows = [&](BatchInsert &rows) {
        for (qsizetype i = 0; i < relationships.size(); ++i) {
            const Relationship &r = relationships.at(i);
            // Each end: the seq of an element, or of a relationship.
            QVariant ends[4] = {null(), null(), null(), null()};
            for (const bool isSource : {true, false}) {
                const ElementId &element = isSource ? r.source : r.target;
                const RelationshipId &other = isSource ? r.sourceRelationship
                                                       : r.targetRelationship;
                const int slot = isSource ? 0 : 1;
                if (!element.isNull() && !other.isNull())
                    return fail(tr("the relationship \"%1\" has two ends at one side.")
                                        .arg(r.id.toString()));
                if (!other.isNull()) {
                    const qsizetype index = data.relationships.indexOf(other);
                    if (index < 0)
                        return fail(tr("the relationship \"%1\" joins the relationship \"%2\", "
                                       "which the model does not hold.")
                                            .arg(r.id.toString(), other.toString()));
                    ends[slot + 2] = seqOf(index);
                    continue;
                }
                const qsizetype index = data.elements.indexOf(element);
                if (index < 0)
                    return fail(tr("the relationship \"%1\" joins the element \"%2\", which the "
                                   "model does not hold.")
                                        .arg(r.id.toString(), element.toString()));
                ends[slot] = seqOf(index);
            }
            if (!rows.add({seqOf(i), text(r.id.toString()), text(r.type), ends[0], ends[1],
                           text(r.name), text(r.documentation), ends[2], ends[3]}))
                return false;
        }
        return true;
    };
    return insert(u"relationships"_s, columns, addRows)
            && insert(u"relationship_properties"_s, mapColumns(u"relationship"_s),
                      mapRows(relationships, &Relationship::properties))
            && insert(u"relationship_extra_properties"_s, listColumns(u"relationship"_s),
                      listRows(relationships, &Relationship::extraProperties))
            && insert(u"relationship_attributes"_s, mapColumns(u"relationship"_s),
                      mapRows(relationships, &Relationship::archimateAttributes));
}

bool KtmWriter::writeViews(const ModelData &data)
{
    const QList<View> &views = data.views.items();
    const QStringList columns = {u"seq"_s, u"id"_s, u"name"_s, u"documentation"_s, u"kind"_s};
    return insert(u"views"_s, columns,
                  [&](BatchInsert &rows) {
                      for (qsizetype i = 0; i < views.size(); ++i) {
                          const View &v = views.at(i);
                          if (!rows.add({seqOf(i), text(v.id.toString()), text(v.name),
                                         text(v.documentation),
                                         viewKindName(v.kind)}))
                              return false;
                      }
                      return true;
                  })
            && insert(u"view_settings"_s, mapColumns(u"view"_s), mapRows(views, &View::settings))
            && insert(u"view_properties"_s, listColumns(u"view"_s),
                      listRows(views, &View::extraProperties));
}

// Nodes are numbered over all views, view after view, in paint order.
bool KtmWriter::writeNodes(const ModelData &data)
{
    const QStringList columns = {
        u"seq"_s,   u"view"_s,  u"id"_s,       u"kind"_s,       u"element"_s,    u"parent"_s,
        u"x"_s,     u"y"_s,     u"width"_s,    u"height"_s,     u"label"_s,      u"layer"_s,
        u"view_ref"_s, u"fill_color"_s, u"line_color"_s, u"font_name"_s, u"font_size"_s,
        u"font_color"_s, u"text_alignment"_s, u"line_width"_s};
    const auto addRows = [&](BatchInsert &rows) {
        qint64 first = 1; // the seq of the first node of the view
        for (qsizetype v = 0; v < data.views.size(); ++v) {
            const View &view = data.views.at(v);
            for (qsizetype i = 0; i < view.nodes.size(); ++i) {
                const ViewNode &n = view.nodes.at(i);
                const auto wrong = [&](const QString &message, const QString &target) {
                    return fail(message.arg(n.id.toString(), view.id.toString(), target));
                };
                QVariant element = null(), parent = null(), viewRef = null();
                if (!n.element.isNull()) {
                    const qsizetype index = data.elements.indexOf(n.element);
                    if (index < 0)
                        return wrong(tr("the node \"%1\" of the view \"%2\" shows the element "
                                        "\"%3\", which the model does not hold."),
                                     n.element.toString());
                    element = seqOf(index);
                }
                if (!n.parent.isNull()) {
                    const qsizetype index = view.nodes.indexOf(n.parent);
                    if (index < 0)
                        return wrong(tr("the node \"%1\" of the view \"%2\" lies in the group "
                                        "\"%3\", which the view does not hold."),
                                     n.parent.toString());
                    parent = first + index;
                }
                if (!n.viewRef.isNull()) {
                    const qsizetype index = data.views.indexOf(n.viewRef);
                    if (index < 0)
                        return wrong(tr("the node \"%1\" of the view \"%2\" links to the view "
                                        "\"%3\", which the model does not hold."),
                                     n.viewRef.toString());
                    viewRef = seqOf(index);
                }
                const NodeStyle &s = n.style;
                if (!rows.add({first + i, seqOf(v), text(n.id.toString()),
                               nodeKindName(n.kind), element, parent, n.bounds.x(),
                               n.bounds.y(), n.bounds.width(), n.bounds.height(), text(n.label),
                               text(n.layer), viewRef, text(s.fillColor), text(s.lineColor),
                               text(s.fontName), s.fontSize, text(s.fontColor),
                               text(textAlignmentName(s.textAlignment)), s.lineWidth}))
                    return false;
            }
            first += view.nodes.size();
        }
        return true;
    };
    return insert(u"nodes"_s, columns, addRows);
}

// Connections are numbered like nodes; their ends are the seq of nodes of their view.
bool KtmWriter::writeConnections(const ModelData &data)
{
    const QStringList columns = {u"seq"_s,        u"view"_s,       u"id"_s,
                                 u"relationship"_s, u"source"_s,   u"target"_s,
                                 u"fill_color"_s, u"line_color"_s, u"font_name"_s,
                                 u"font_size"_s,  u"font_color"_s, u"text_alignment"_s,
                                 u"line_width"_s, u"source_connection"_s, u"target_connection"_s};
    const auto addRows = [&](BatchInsert &rows) {
        qint64 firstNode = 1;
        qint64 firstConnection = 1; // the seq of the first connection of the view
        qint64 seq = 1;
        for (qsizetype v = 0; v < data.views.size(); ++v) {
            const View &view = data.views.at(v);
            for (const ViewConnection &c : view.connections) {
                QVariant relationship = null();
                if (!c.relationship.isNull()) {
                    const qsizetype index = data.relationships.indexOf(c.relationship);
                    if (index < 0)
                        return fail(tr("the connection \"%1\" of the view \"%2\" shows the "
                                       "relationship \"%3\", which the model does not hold.")
                                            .arg(c.id.toString(), view.id.toString(),
                                                 c.relationship.toString()));
                    relationship = seqOf(index);
                }
                // Each end: the seq of a node, or of a connection, of the view.
                QVariant ends[4] = {null(), null(), null(), null()};
                for (const bool isSource : {true, false}) {
                    const NodeId &node = isSource ? c.source : c.target;
                    const ConnectionId &other = isSource ? c.sourceConnection : c.targetConnection;
                    const int slot = isSource ? 0 : 1;
                    if (!node.isNull() && !other.isNull())
                        return fail(tr("the connection \"%1\" of the view \"%2\" has two "
                                       "ends at one side.")
                                            .arg(c.id.toString(), view.id.toString()));
                    if (!other.isNull()) {
                        const qsizetype index = view.connections.indexOf(other);
                        if (index < 0)
                            return fail(tr("the connection \"%1\" of the view \"%2\" joins the "
                                           "connection \"%3\", which the view does not hold.")
                                                .arg(c.id.toString(), view.id.toString(),
                                                     other.toString()));
                        ends[slot + 2] = firstConnection + index;
                        continue;
                    }
                    const qsizetype index = view.nodes.indexOf(node);
                    if (index < 0)
                        return fail(tr("the connection \"%1\" of the view \"%2\" joins the node "
                                       "\"%3\", which the view does not hold.")
                                            .arg(c.id.toString(), view.id.toString(),
                                                 node.toString()));
                    ends[slot] = firstNode + index;
                }
                const NodeStyle &s = c.style;
                if (!rows.add({seq++, seqOf(v), text(c.id.toString()), relationship, ends[0],
                               ends[1], text(s.fillColor), text(s.lineColor), text(s.fontName),
                               s.fontSize, text(s.fontColor),
                               text(textAlignmentName(s.textAlignment)), s.lineWidth, ends[2],
                               ends[3]}))
                    return false;
            }
            firstNode += view.nodes.size();
            firstConnection += view.connections.size();
        }
        return true;
    };
    const auto bendpointRows = [&](BatchInsert &rows) {
        qint64 seq = 1;
        for (const View &view : data.views) {
            for (const ViewConnection &c : view.connections) {
                for (qsizetype j = 0; j < c.bendpoints.size(); ++j) {
                    const QPointF &p = c.bendpoints.at(j);
                    if (!rows.add({seq, qint64(j), p.x(), p.y()}))
                        return false;
                }
                ++seq;
            }
        }
        return true;
    };
    return insert(u"connections"_s, columns, addRows)
            && insert(u"bendpoints"_s, {u"connection"_s, u"position"_s, u"x"_s, u"y"_s},
                      bendpointRows);
}

} // namespace kt
