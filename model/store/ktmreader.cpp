#include "ktmreader.h"
#include "../core/text.h"
#include "../compose/geometry.h"
#include "../core/limits.h"
#include "../io/modelcheck.h"
#include "../types/kindnames.h"
#include "ktmschema.h"
#include "sqlitestatement.h"

#include <QFile>
#include <QScopeGuard>

#include <cmath>
#include <thread>

#include <sqlite3.h>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

NodeStyle styleAt(const SqliteStatement &row, int first)
{
    return NodeStyle { row.text(first), row.text(first + 1), row.text(first + 2),
        row.real(first + 3), row.text(first + 4), textAlignmentFromName(row.text(first + 5)),
        row.real(first + 6) };
}

} // namespace

KtmReader::KtmReader(const QString &path, const QString &fileName)
    : m_path(path)
    , m_fileName(fileName)
{
}

KtmReader::~KtmReader()
{
    sqlite3_close(m_db); // every statement is finalized by then
}

bool KtmReader::read(ModelData &out)
{
    // Read-only, so that reading can never write the file; no mutex, since the
    // connection is this object's alone.
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return damaged(QString::fromUtf8(sqlite3_errmsg(m_db)));
    // SQLite's own checks run on a connection of their own beside the reading: on
    // more than one core they cost no time (see docs/PERFORMANCE.md).
    QString storageFault;
    std::thread storage([this, &storageFault] { storageFault = checkStorage(m_path); });
    const bool read = readInfo(out.info) && readElements(out) && readRelationships(out)
        && readViews(out);
    storage.join();
    // A fault of the storage explains any other, so it comes first.
    if (!storageFault.isEmpty())
        return damaged(storageFault);
    if (!read)
        return false;
    // Every reference was resolved as it was read (missingRow).
    const QString fault = ModelCheck::check(out, nullptr, ModelCheck::Ids::Plain,
        ModelCheck::References::Resolved);
    return fault.isEmpty() || damaged(fault);
}

// SQLite's own check of the file at path: the b-trees are sound, NOT NULL holds and
// no page is used twice or lost (quick_check; integrity_check, which also compares
// every index with its table, costs several times more). The fault found, or an
// empty string. foreign_key_check is not run: the reading resolves every reference
// of every table itself (missingRow), which that pragma would do a second time at a
// cost of 0.16 s for M and 1.9 s for L (docs/PERFORMANCE.md).
QString KtmReader::checkStorage(const QString &path)
{
    sqlite3 *db = nullptr;
    const auto close = qScopeGuard([&db] { sqlite3_close(db); });
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
            SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    SqliteStatement check(db, "PRAGMA quick_check(1)");
    if (!check.next())
        return check.errorString();
    const QString answer = check.text(0);
    if (answer != u"ok")
        return tr("SQLite finds it corrupt: “%1”").arg(quotedText(answer));
    return {};
}

// A REAL NOT NULL column of a file changed by another tool may hold NULL or text,
// which sqlite3_column_double would read as 0.
bool KtmReader::numbers(const SqliteStatement &row, std::initializer_list<int> columns,
    const char *table, const QString &owner)
{
    for (const int column : columns) {
        if (row.isNumber(column))
            continue;
        const QString name = QString::fromUtf8(table) + u'.'
            + row.columnName(column);
        if (row.isNull(column))
            return damaged(tr("%1 of “%2” holds NULL, which is not a number.")
                    .arg(name, quotedText(owner)));
        return damaged(tr("%1 of “%2” holds “%3”, which is not a number.")
                .arg(name, quotedText(owner), quotedText(row.text(column))));
    }
    return true;
}

bool KtmReader::damaged(const QString &why)
{
    m_error = tr("%1 is damaged: %2").arg(m_fileName, why);
    return false;
}

bool KtmReader::missingRow(const QString &column, qint64 value)
{
    return damaged(
        tr("%1 refers to %2, which the file does not hold.").arg(column, QString::number(value)));
}

bool KtmReader::prepared(const SqliteStatement &statement)
{
    return statement.isValid() || damaged(statement.errorString());
}

// next() returns false both at the end and on an error (a corrupt page met half-way).
bool KtmReader::finished(const SqliteStatement &statement)
{
    return !statement.hasError() || damaged(statement.errorString());
}

// A Collection requires unique ids. The unique indexes of the file guarantee them,
// unless another tool has dropped an index and doctored the rows.
template <typename Key, typename T>
bool KtmReader::moveInto(QList<T> &items, Collection<Key, T> &collection)
{
    collection.reserve(items.size());
    for (T &item : items) {
        if (collection.contains(item.id))
            return damaged(tr("the id “%1” is used twice.").arg(quotedText(item.id.toString())));
        collection.append(std::move(item));
    }
    items.clear();
    return true;
}

bool KtmReader::repaired(const QString &what)
{
    m_repairs.append(what);
    return true;
}

bool KtmReader::freshId(const QString &id)
{
    const qsizetype before = m_ids.size();
    m_ids.insert(id);
    return m_ids.size() != before;
}

// Runs sql, whose first column is the seq of an owner in owners, and applies each
// row to the owner's index. Repairing, a row of an owner dropped goes with it, and a
// row of an owner the file does not hold is dropped.
template <typename Fn>
bool KtmReader::forEachOwned(const char *sql, const QString &column,
    const SeqIndex<qsizetype> &owners, const QSet<qint64> &dropped, Fn apply)
{
    SqliteStatement row(m_db, sql);
    if (!prepared(row))
        return false;
    while (row.next()) {
        const qsizetype index = owners.value(row.integer(0), -1);
        if (index < 0) {
            if (!m_repair)
                return missingRow(column, row.integer(0));
            if (!dropped.contains(row.integer(0)))
                repaired(tr("A row of %1 that belongs to %2, which the file does not hold, "
                            "is left out.")
                        .arg(column, QString::number(row.integer(0))));
            continue;
        }
        apply(index, row);
    }
    return finished(row);
}

bool KtmReader::readInfo(ModelInfo &info)
{
    SqliteStatement row(m_db,
        "SELECT id, name, documentation, framework, province, version_label, "
        "decision, decision_date, author FROM model_info");
    if (!prepared(row))
        return false;
    if (!row.next())
        return finished(row) && damaged(tr("it holds no model information."));
    info.id = ModelId(row.text(0));
    if (m_repair && !info.id.isNull())
        freshId(info.id.toString());
    info.name = row.text(1);
    info.documentation = row.text(2);
    info.frameworkId = row.text(3);
    info.province = row.text(4);
    info.versionLabel = row.text(5);
    info.decision = row.text(6);
    if (!row.isNull(7)) {
        info.decisionDate = QDate::fromString(row.text(7), Qt::ISODate);
        if (!info.decisionDate.isValid())
            return damaged(tr("the decision date \"%1\" is not a date.").arg(quotedText(row.text(7))));
    }
    info.author = row.text(8);

    SqliteStatement property(m_db, "SELECT key, value FROM model_properties ORDER BY position");
    if (!prepared(property))
        return false;
    while (property.next())
        info.extraProperties.append({ property.text(0), property.text(1) });
    return finished(property);
}

bool KtmReader::readElements(ModelData &data)
{
    QList<Element> elements;
    SqliteStatement row(m_db,
        "SELECT seq, id, type, name, documentation FROM elements "
        "ORDER BY seq");
    if (!prepared(row))
        return false;
    while (row.next()) {
        if (m_repair && !freshId(row.text(1))) {
            m_droppedElements.insert(row.integer(0));
            repaired(tr("The element “%1” (row %2) is left out: an earlier row has its id.")
                    .arg(quotedText(row.text(1)), QString::number(row.integer(0))));
            continue;
        }
        m_elements.insert(row.integer(0), elements.size());
        elements.append(
            Element { ElementId(row.text(1)), row.text(2), row.text(3), row.text(4), {}, {} });
    }
    // The rows of one element come together, in key order: each goes at the end of
    // its map, without a search.
    if (!finished(row)
        || !forEachOwned("SELECT element, key, value FROM element_properties",
            u"element_properties.element"_s, m_elements, m_droppedElements,
            [&](qsizetype i, const SqliteStatement &r) {
                TypedProperties &map = elements[i].properties;
                map.insert(map.cend(), r.text(1), r.text(2));
            })
        || !forEachOwned("SELECT element, key, value FROM element_extra_properties "
                         "ORDER BY element, position",
            u"element_extra_properties.element"_s, m_elements, m_droppedElements,
            [&](qsizetype i, const SqliteStatement &r) {
                elements[i].extraProperties.append({ r.text(1), r.text(2) });
            }))
        return false;
    return moveInto(elements, data.elements);
}

bool KtmReader::readRelationships(ModelData &data)
{
    QList<Relationship> relationships;
    QList<qint64> seqs; // repair: the seq of each
    SqliteStatement row(m_db,
        "SELECT seq, id, type, source, target, name, documentation, source_relationship, "
        "target_relationship FROM relationships ORDER BY seq");
    if (!prepared(row))
        return false;
    // An end on a relationship may name a later row: resolved after the scan.
    struct RelationshipEnds
    {
        qsizetype index;
        qint64 source; // seq of the relationship, or 0 for an element end
        qint64 target;
    };
    QList<RelationshipEnds> onRelationships;
    const auto drop = [this](const QString &id, qint64 seq, const QString &why) {
        m_droppedRelationships.insert(seq);
        return repaired(tr("The relationship “%1” is left out: %2")
                .arg(quotedText(id), why));
    };
    while (row.next()) {
        Relationship r;
        r.id = RelationshipId(row.text(1));
        r.type = row.text(2);
        const qint64 seq = row.integer(0);
        if (m_repair && !freshId(row.text(1))) {
            drop(row.text(1), seq, tr("an earlier row has its id."));
            continue;
        }
        RelationshipEnds ends { relationships.size(), 0, 0 };
        QString lost; // repair: why the row goes
        for (const int column : { 3, 4 }) {
            const bool isSource = column == 3;
            const QString name = isSource ? u"relationships.source"_s : u"relationships.target"_s;
            if (row.isNull(column)) {
                if (row.isNull(column + 4)) {
                    if (!m_repair)
                        return missingRow(name, 0);
                    lost = tr("it has no %1.").arg(isSource ? tr("source") : tr("target"));
                    break;
                }
                (isSource ? ends.source : ends.target) = row.integer(column + 4);
                continue;
            }
            const qsizetype element = m_elements.value(row.integer(column), -1);
            if (element < 0) {
                if (!m_repair)
                    return missingRow(name, row.integer(column));
                lost = m_droppedElements.contains(row.integer(column))
                    ? tr("the element it joins is left out.")
                    : tr("%1 refers to %2, which the file does not hold.")
                          .arg(name, QString::number(row.integer(column)));
                break;
            }
            (isSource ? r.source : r.target) = data.elements.at(element).id;
        }
        if (!lost.isEmpty()) {
            drop(row.text(1), seq, lost);
            continue;
        }
        if (ends.source != 0 || ends.target != 0)
            onRelationships.append(ends);
        m_relationships.insert(seq, relationships.size());
        if (m_repair)
            seqs.append(seq);
        r.name = row.text(5);
        r.documentation = row.text(6);
        relationships.append(std::move(r));
    }
    if (!finished(row))
        return false;
    // Repairing, a relationship on one dropped goes too, and so on down the chain.
    QList<bool> gone(m_repair ? relationships.size() : 0, false);
    for (bool again = true; again;) {
        again = false;
        for (const RelationshipEnds &ends : std::as_const(onRelationships)) {
            if (m_repair && gone.at(ends.index))
                continue;
            Relationship &r = relationships[ends.index];
            for (const bool isSource : { true, false }) {
                const qint64 seq = isSource ? ends.source : ends.target;
                if (seq == 0)
                    continue;
                const qsizetype other = m_relationships.value(seq, -1);
                const QString column = isSource ? u"relationships.source_relationship"_s
                                                : u"relationships.target_relationship"_s;
                if (other < 0 && !m_repair)
                    return missingRow(column, seq);
                if (other < 0 || (m_repair && gone.at(other))) {
                    gone[ends.index] = true;
                    again = true;
                    drop(r.id.toString(), seqs.at(ends.index),
                        other < 0 && !m_droppedRelationships.contains(seq)
                            ? tr("%1 refers to %2, which the file does not hold.")
                                  .arg(column, QString::number(seq))
                            : tr("the relationship it ends on is left out."));
                    break;
                }
                (isSource ? r.sourceRelationship : r.targetRelationship) = relationships.at(other).id;
            }
        }
    }
    if (gone.contains(true)) {
        QList<Relationship> kept;
        m_relationships = {};
        for (qsizetype i = 0; i < relationships.size(); ++i) {
            if (gone.at(i))
                continue;
            m_relationships.insert(seqs.at(i), kept.size());
            kept.append(std::move(relationships[i]));
        }
        relationships = std::move(kept);
    }
    const auto insertInto = [&](QMap<QString, QString> Relationship::*map) {
        return [&relationships, map](qsizetype i, const SqliteStatement &r) {
            QMap<QString, QString> &m = relationships[i].*map;
            m.insert(m.cend(), r.text(1), r.text(2));
        };
    };
    if (!forEachOwned("SELECT relationship, key, value FROM relationship_properties",
            u"relationship_properties.relationship"_s, m_relationships, m_droppedRelationships,
            insertInto(&Relationship::properties))
        || !forEachOwned("SELECT relationship, key, value FROM relationship_attributes",
            u"relationship_attributes.relationship"_s, m_relationships, m_droppedRelationships,
            insertInto(&Relationship::archimateAttributes))
        || !forEachOwned("SELECT relationship, key, value FROM relationship_extra_properties "
                         "ORDER BY relationship, position",
            u"relationship_extra_properties.relationship"_s, m_relationships,
            m_droppedRelationships,
            [&](qsizetype i, const SqliteStatement &r) {
                relationships[i].extraProperties.append({ r.text(1), r.text(2) });
            }))
        return false;
    return moveInto(relationships, data.relationships);
}

bool KtmReader::readViews(ModelData &data)
{
    QList<View> views;
    SqliteStatement row(m_db, "SELECT seq, id, name, documentation, kind FROM views ORDER BY seq");
    if (!prepared(row))
        return false;
    while (row.next()) {
        const std::optional<ViewKind> kind = viewKindFromName(row.text(4));
        if (!kind)
            return damaged(tr("a view has the unknown kind \"%1\".").arg(quotedText(row.text(4))));
        if (m_repair && !freshId(row.text(1))) {
            m_droppedViews.insert(row.integer(0));
            repaired(tr("The view “%1” (row %2) is left out with its nodes and connections: an "
                        "earlier row has its id.")
                    .arg(quotedText(row.text(1)), QString::number(row.integer(0))));
            continue;
        }
        m_views.insert(row.integer(0), views.size());
        View v;
        v.id = ViewId(row.text(1));
        v.name = row.text(2);
        v.documentation = row.text(3);
        v.kind = *kind;
        views.append(std::move(v));
    }
    if (!finished(row)
        || !forEachOwned("SELECT view, key, value FROM view_settings", u"view_settings.view"_s,
            m_views, m_droppedViews,
            [&](qsizetype i, const SqliteStatement &r) {
                views[i].settings.insert(r.text(1), r.text(2));
            })
        || !forEachOwned("SELECT view, key, value FROM view_properties ORDER BY view, position",
            u"view_properties.view"_s, m_views, m_droppedViews,
            [&](qsizetype i, const SqliteStatement &r) {
                views[i].extraProperties.append({ r.text(1), r.text(2) });
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

namespace {

bool validFontSize(double size)
{
    return std::isfinite(size) && size >= 0 && size < limits::MaxFontSize;
}

bool validLineWidth(double width)
{
    return std::isfinite(width) && width >= 0 && width <= limits::MaxLineWidth;
}

// Repair: a font size or line width that is no number (NULL or text, not read) or
// beyond the limits becomes 0, the default; true when one did.
bool mendStyle(NodeStyle &style, bool numbers)
{
    const bool size = numbers && validFontSize(style.fontSize);
    const bool width = numbers && validLineWidth(style.lineWidth);
    if (!size)
        style.fontSize = 0;
    if (!width)
        style.lineWidth = 0;
    return !size || !width;
}

} // namespace

bool KtmReader::readNodes(
    const ModelData &data, const QList<View> &views, QList<QList<ViewNode>> &nodes)
{
    SqliteStatement row(m_db,
        "SELECT seq, view, id, kind, element, parent, x, y, width, height, label, "
        "layer, view_ref, fill_color, line_color, font_name, font_size, "
        "font_color, text_alignment, line_width FROM nodes ORDER BY seq");
    if (!prepared(row))
        return false;
    QList<std::pair<Place, qint64>> parents; // a group may follow the nodes it holds
    const auto drop = [this](const SqliteStatement &r, const QString &why) {
        m_droppedNodes.insert(r.integer(0));
        return repaired(tr("The node “%1” is left out: %2").arg(quotedText(r.text(2)), why));
    };
    while (row.next()) {
        const qsizetype view = m_views.value(row.integer(1), -1);
        if (view < 0) {
            if (!m_repair)
                return missingRow(u"nodes.view"_s, row.integer(1));
            if (m_droppedViews.contains(row.integer(1)))
                m_droppedNodes.insert(row.integer(0));
            else
                drop(row, tr("nodes.view refers to %1, which the file does not hold.")
                              .arg(row.integer(1)));
            continue;
        }
        const std::optional<NodeKind> kind = nodeKindFromName(row.text(3));
        if (!kind)
            return damaged(tr("a node has the unknown kind \"%1\".").arg(quotedText(row.text(3))));
        const bool coordinates = row.isNumber(6) && row.isNumber(7) && row.isNumber(8)
            && row.isNumber(9);
        const bool style = row.isNumber(16) && row.isNumber(19);
        if ((!m_repair || (coordinates && style)) && !numbers(row, { 6, 7, 8, 9, 16, 19 }, "nodes", row.text(2)))
            return false;
        if (m_repair && !freshId(row.text(2))) {
            drop(row, tr("an earlier row has its id."));
            continue;
        }
        ViewNode n;
        n.id = NodeId(row.text(2));
        n.kind = *kind;
        if (!row.isNull(4)) {
            const qsizetype element = m_elements.value(row.integer(4), -1);
            if (element < 0) {
                if (!m_repair)
                    return missingRow(u"nodes.element"_s, row.integer(4));
                drop(row, m_droppedElements.contains(row.integer(4))
                        ? tr("the element it shows is left out.")
                        : tr("nodes.element refers to %1, which the file does not hold.")
                              .arg(row.integer(4)));
                continue;
            }
            n.element = data.elements.at(element).id;
        } else if (m_repair && n.kind == NodeKind::Element) {
            drop(row, tr("it shows no element."));
            continue;
        }
        n.bounds = coordinates ? QRectF(row.real(6), row.real(7), row.real(8), row.real(9)) : QRectF();
        if (m_repair && (!coordinates || !geometry::isValidBounds(n.bounds))) {
            const auto fixed = [&](int column, double fallback) {
                const double v = row.isNumber(column) ? row.real(column) : fallback;
                const bool size = column >= 8;
                return std::isfinite(v) && std::abs(v) <= limits::MaxCoordinate && (!size || v >= 0)
                    ? v
                    : fallback;
            };
            n.bounds = QRectF(fixed(6, 0), fixed(7, 0), fixed(8, 120), fixed(9, 55));
            repaired(tr("The node “%1”: a coordinate or size that was not a number from -%2 to "
                        "%2 is now at (%3, %4), %5 × %6.")
                    .arg(quotedText(n.id.toString()))
                    .arg(limits::MaxCoordinate, 0, 'g', 10)
                    .arg(n.bounds.x())
                    .arg(n.bounds.y())
                    .arg(n.bounds.width())
                    .arg(n.bounds.height()));
        }
        n.label = row.text(10);
        n.layer = row.text(11);
        if (!row.isNull(12)) {
            const qsizetype target = m_views.value(row.integer(12), -1);
            if (target < 0 && !m_repair)
                return missingRow(u"nodes.view_ref"_s, row.integer(12));
            if (target >= 0)
                n.viewRef = views.at(target).id;
            else
                repaired(tr("The node “%1” no longer links to a view: the view it linked to "
                            "is not in the file.")
                        .arg(quotedText(n.id.toString())));
        }
        n.style = styleAt(row, 13);
        if (m_repair && mendStyle(n.style, style)) {
            repaired(tr("The node “%1”: a font size or line width that was not a number within "
                        "the limits is now the default.")
                    .arg(quotedText(n.id.toString())));
        }
        const Place place { view, nodes.at(view).size() };
        if (!row.isNull(5))
            parents.append({ place, row.integer(5) });
        m_nodes.insert(row.integer(0), place);
        nodes[view].append(std::move(n));
    }
    if (!finished(row))
        return false;
    for (const auto &[child, parentSeq] : parents) {
        const Place parent = m_nodes.value(parentSeq);
        if ((parent.view < 0 || parent.view != child.view) && m_repair) {
            const QString id = quotedText(nodes.at(child.view).at(child.index).id.toString());
            repaired(m_droppedNodes.contains(parentSeq)
                    ? tr("The node “%1” is now at the top of its view: the group it lay in is "
                         "left out.")
                          .arg(id)
                    : tr("The node “%1” is now at the top of its view: the group it lay in is "
                         "not in that view.")
                          .arg(id));
            continue;
        }
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
    SqliteStatement row(m_db,
        "SELECT seq, view, id, relationship, source, target, fill_color, "
        "line_color, font_name, font_size, font_color, text_alignment, line_width, "
        "source_connection, target_connection FROM connections ORDER BY seq");
    if (!prepared(row))
        return false;
    struct ConnectionEnds
    {
        Place place;
        qint64 seq;
        qint64 source; // seq of the connection, or 0 for a node end
        qint64 target;
    };
    QList<ConnectionEnds> onConnections;
    const auto drop = [this](qint64 seq, const QString &id, const QString &why) {
        m_droppedConnections.insert(seq);
        return repaired(tr("The connection “%1” is left out: %2").arg(quotedText(id), why));
    };
    const auto missing = [](const QString &column, qint64 seq) {
        return tr("%1 refers to %2, which the file does not hold.")
            .arg(column, QString::number(seq));
    };
    while (row.next()) {
        const qint64 seq = row.integer(0);
        const qsizetype view = m_views.value(row.integer(1), -1);
        if (view < 0) {
            if (!m_repair)
                return missingRow(u"connections.view"_s, row.integer(1));
            if (m_droppedViews.contains(row.integer(1)))
                m_droppedConnections.insert(seq);
            else
                drop(seq, row.text(2), missing(u"connections.view"_s, row.integer(1)));
            continue;
        }
        const bool style = row.isNumber(9) && row.isNumber(12);
        if ((!m_repair || style) && !numbers(row, { 9, 12 }, "connections", row.text(2)))
            return false;
        if (m_repair && !freshId(row.text(2))) {
            drop(seq, row.text(2), tr("an earlier row has its id."));
            continue;
        }
        ViewConnection c;
        c.id = ConnectionId(row.text(2));
        qint64 pendingSource = 0; // seq of the connection an end is, resolved after the scan
        qint64 pendingTarget = 0;
        if (!row.isNull(3)) {
            const qsizetype r = m_relationships.value(row.integer(3), -1);
            if (r < 0) {
                if (!m_repair)
                    return missingRow(u"connections.relationship"_s, row.integer(3));
                drop(seq, row.text(2), m_droppedRelationships.contains(row.integer(3))
                        ? tr("the relationship it shows is left out.")
                        : missing(u"connections.relationship"_s, row.integer(3)));
                continue;
            }
            c.relationship = data.relationships.at(r).id;
        }
        QString lost; // repair: why the row goes
        for (const int column : { 4, 5 }) {
            const bool isSource = column == 4;
            const QString name = isSource ? u"connections.source"_s : u"connections.target"_s;
            if (row.isNull(column)) {
                if (row.isNull(column + 9)) {
                    if (!m_repair)
                        return missingRow(name, 0);
                    lost = tr("it has no %1.").arg(isSource ? tr("source") : tr("target"));
                    break;
                }
                (isSource ? pendingSource : pendingTarget) = row.integer(column + 9);
                continue;
            }
            const Place end = m_nodes.value(row.integer(column));
            if (end.view < 0 && !m_repair)
                return missingRow(name, row.integer(column));
            if (end.view >= 0 && end.view != view && !m_repair)
                return damaged(tr("a connection joins a node of another view."));
            if (end.view < 0) {
                lost = m_droppedNodes.contains(row.integer(column))
                    ? tr("the node it joins is left out.")
                    : missing(name, row.integer(column));
                break;
            }
            if (end.view != view) {
                lost = tr("it joins a node of another view.");
                break;
            }
            (isSource ? c.source : c.target) = nodes.at(view).at(end.index).id;
        }
        if (!lost.isEmpty()) {
            drop(seq, row.text(2), lost);
            continue;
        }
        c.style = styleAt(row, 6);
        if (m_repair && mendStyle(c.style, style)) {
            repaired(tr("The connection “%1”: a font size or line width that was not a number "
                        "within the limits is now the default.")
                    .arg(quotedText(c.id.toString())));
        }
        const Place place { view, connections.at(view).size() };
        if (pendingSource != 0 || pendingTarget != 0)
            onConnections.append({ place, seq, pendingSource, pendingTarget });
        m_connections.insert(seq, place);
        connections[view].append(std::move(c));
    }
    if (!finished(row))
        return false;
    // Repairing, a connection on one dropped goes too, and so on down the chain.
    QSet<QString> goneIds;
    for (bool again = true; again;) {
        again = false;
        for (const ConnectionEnds &ends : std::as_const(onConnections)) {
            if (m_repair && m_droppedConnections.contains(ends.seq))
                continue;
            ViewConnection &c = connections[ends.place.view][ends.place.index];
            for (const bool isSource : { true, false }) {
                const qint64 seq = isSource ? ends.source : ends.target;
                if (seq == 0)
                    continue;
                const Place other = m_connections.value(seq);
                const QString column = isSource ? u"connections.source_connection"_s
                                                : u"connections.target_connection"_s;
                if (!m_repair) {
                    if (other.view < 0)
                        return missingRow(column, seq);
                    if (other.view != ends.place.view)
                        return damaged(tr("a connection joins a connection of another view."));
                }
                if (other.view < 0 || other.view != ends.place.view
                    || m_droppedConnections.contains(seq)) {
                    again = true;
                    goneIds.insert(c.id.toString());
                    drop(ends.seq, c.id.toString(),
                        other.view < 0           ? missing(column, seq)
                            : other.view != ends.place.view ? tr("it joins a connection of another view.")
                                                            : tr("the connection it joins is left out."));
                    break;
                }
                (isSource ? c.sourceConnection : c.targetConnection) =
                    connections.at(other.view).at(other.index).id;
            }
        }
    }

    SqliteStatement bend(
        m_db, "SELECT connection, x, y FROM bendpoints ORDER BY connection, position");
    if (!prepared(bend))
        return false;
    while (bend.next()) {
        const Place place = m_connections.value(bend.integer(0));
        if (m_repair && (place.view < 0 || m_droppedConnections.contains(bend.integer(0)))) {
            if (!m_droppedConnections.contains(bend.integer(0)))
                repaired(tr("A bendpoint of %1, which the file does not hold, is left out.")
                        .arg(bend.integer(0)));
            continue;
        }
        if (place.view < 0)
            return missingRow(u"bendpoints.connection"_s, bend.integer(0));
        const QString &id = connections.at(place.view).at(place.index).id.toString();
        if (m_repair
            && (!bend.isNumber(1) || !bend.isNumber(2)
                || !geometry::isValidPoint(QPointF(bend.real(1), bend.real(2))))) {
            repaired(tr("The connection “%1”: a bendpoint that was not a point within the "
                        "limits is left out.")
                    .arg(quotedText(id)));
            continue;
        }
        if (!numbers(bend, { 1, 2 }, "bendpoints", id))
            return false;
        connections[place.view][place.index].bendpoints.append(QPointF(bend.real(1), bend.real(2)));
    }
    if (!finished(bend))
        return false;
    if (goneIds.isEmpty())
        return true;
    // The connections dropped after they were placed leave their views.
    for (QList<ViewConnection> &list : connections)
        list.removeIf([&](const ViewConnection &c) { return goneIds.contains(c.id.toString()); });
    return true;
}

} // namespace kt
