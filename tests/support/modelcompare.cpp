#include "modelcompare.h"

#include <QDebug>

using namespace Qt::StringLiterals;

namespace kt::test {

namespace {

QString show(const PropertyList &list)
{
    QStringList parts;
    for (const Property &p : list)
        parts.append(p.key + u'=' + p.value);
    return u'[' + parts.join(u"; "_s) + u']';
}

QString show(const QMap<QString, QString> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return u'{' + parts.join(u"; "_s) + u'}';
}

QString show(const QRectF &r)
{
    return u"(%1,%2 %3x%4)"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QString show(const QList<QPointF> &points)
{
    QStringList parts;
    for (const QPointF &p : points)
        parts.append(u"%1,%2"_s.arg(p.x()).arg(p.y()));
    return parts.join(u' ');
}

#define KT_FIELD(what, a, b, text)                                                                 \
    if ((a) != (b))                                                                                \
        return u"%1: expected %2, got %3"_s.arg(what, text(a), text(b));

QString id(const QString &s)
{
    return s;
}

QString style(const NodeStyle &s)
{
    return u"fill=%1 line=%2 font=%3 %4 %5 align=%6 width=%7"_s
            .arg(s.fillColor, s.lineColor, s.fontName)
            .arg(s.fontSize)
            .arg(s.fontColor, textAlignmentName(s.textAlignment))
            .arg(s.lineWidth);
}

} // namespace

QString firstDifference(const ModelData &a, const ModelData &b)
{
    KT_FIELD(u"model id"_s, a.info.id.toString(), b.info.id.toString(), id);
    KT_FIELD(u"model name"_s, a.info.name, b.info.name, id);
    KT_FIELD(u"model documentation"_s, a.info.documentation, b.info.documentation, id);
    KT_FIELD(u"framework"_s, a.info.frameworkId, b.info.frameworkId, id);
    KT_FIELD(u"province"_s, a.info.province, b.info.province, id);
    KT_FIELD(u"version label"_s, a.info.versionLabel, b.info.versionLabel, id);
    KT_FIELD(u"decision"_s, a.info.decision, b.info.decision, id);
    KT_FIELD(u"decision date"_s, a.info.decisionDate.toString(Qt::ISODate),
             b.info.decisionDate.toString(Qt::ISODate), id);
    KT_FIELD(u"author"_s, a.info.author, b.info.author, id);
    KT_FIELD(u"model properties"_s, a.info.extraProperties, b.info.extraProperties, show);

    KT_FIELD(u"element count"_s, QString::number(a.elements.size()),
             QString::number(b.elements.size()), id);
    for (qsizetype i = 0; i < a.elements.size(); ++i) {
        const Element &x = a.elements.at(i);
        const Element &y = b.elements.at(i);
        const QString where = u"element %1 (%2)"_s.arg(i).arg(x.id.toString());
        KT_FIELD(where + u" id"_s, x.id.toString(), y.id.toString(), id);
        KT_FIELD(where + u" type"_s, x.type, y.type, id);
        KT_FIELD(where + u" name"_s, x.name, y.name, id);
        KT_FIELD(where + u" documentation"_s, x.documentation, y.documentation, id);
        KT_FIELD(where + u" properties"_s, x.properties, y.properties, show);
        KT_FIELD(where + u" free properties"_s, x.extraProperties, y.extraProperties, show);
    }
    KT_FIELD(u"relationship count"_s, QString::number(a.relationships.size()),
             QString::number(b.relationships.size()), id);
    for (qsizetype i = 0; i < a.relationships.size(); ++i) {
        const Relationship &x = a.relationships.at(i);
        const Relationship &y = b.relationships.at(i);
        const QString where = u"relationship %1 (%2)"_s.arg(i).arg(x.id.toString());
        KT_FIELD(where + u" id"_s, x.id.toString(), y.id.toString(), id);
        KT_FIELD(where + u" type"_s, x.type, y.type, id);
        KT_FIELD(where + u" source"_s, x.sourceId(), y.sourceId(), id);
        KT_FIELD(where + u" target"_s, x.targetId(), y.targetId(), id);
        KT_FIELD(where + u" source relationship"_s, x.sourceRelationship.toString(),
                 y.sourceRelationship.toString(), id);
        KT_FIELD(where + u" target relationship"_s, x.targetRelationship.toString(),
                 y.targetRelationship.toString(), id);
        KT_FIELD(where + u" name"_s, x.name, y.name, id);
        KT_FIELD(where + u" documentation"_s, x.documentation, y.documentation, id);
        KT_FIELD(where + u" properties"_s, x.properties, y.properties, show);
        KT_FIELD(where + u" free properties"_s, x.extraProperties, y.extraProperties, show);
        KT_FIELD(where + u" ArchiMate attributes"_s, x.archimateAttributes, y.archimateAttributes,
                 show);
    }
    KT_FIELD(u"view count"_s, QString::number(a.views.size()), QString::number(b.views.size()), id);
    for (qsizetype i = 0; i < a.views.size(); ++i) {
        const View &x = a.views.at(i);
        const View &y = b.views.at(i);
        const QString where = u"view %1 (%2)"_s.arg(i).arg(x.id.toString());
        KT_FIELD(where + u" id"_s, x.id.toString(), y.id.toString(), id);
        KT_FIELD(where + u" name"_s, x.name, y.name, id);
        KT_FIELD(where + u" documentation"_s, x.documentation, y.documentation, id);
        KT_FIELD(where + u" kind"_s, QString::number(int(x.kind)), QString::number(int(y.kind)), id);
        KT_FIELD(where + u" settings"_s, x.settings, y.settings, show);
        KT_FIELD(where + u" properties"_s, x.extraProperties, y.extraProperties, show);
        KT_FIELD(where + u" node count"_s, QString::number(x.nodes.size()),
                 QString::number(y.nodes.size()), id);
        for (qsizetype j = 0; j < x.nodes.size(); ++j) {
            const ViewNode &m = x.nodes.at(j);
            const ViewNode &n = y.nodes.at(j);
            const QString w = where + u" node %1 (%2)"_s.arg(j).arg(m.id.toString());
            KT_FIELD(w + u" id"_s, m.id.toString(), n.id.toString(), id);
            KT_FIELD(w + u" kind"_s, QString::number(int(m.kind)), QString::number(int(n.kind)), id);
            KT_FIELD(w + u" element"_s, m.element.toString(), n.element.toString(), id);
            KT_FIELD(w + u" parent"_s, m.parent.toString(), n.parent.toString(), id);
            KT_FIELD(w + u" bounds"_s, m.bounds, n.bounds, show);
            KT_FIELD(w + u" label"_s, m.label, n.label, id);
            KT_FIELD(w + u" layer"_s, m.layer, n.layer, id);
            KT_FIELD(w + u" view link"_s, m.viewRef.toString(), n.viewRef.toString(), id);
            KT_FIELD(w + u" style"_s, m.style, n.style, style);
        }
        KT_FIELD(where + u" connection count"_s, QString::number(x.connections.size()),
                 QString::number(y.connections.size()), id);
        for (qsizetype j = 0; j < x.connections.size(); ++j) {
            const ViewConnection &m = x.connections.at(j);
            const ViewConnection &n = y.connections.at(j);
            const QString w = where + u" connection %1 (%2)"_s.arg(j).arg(m.id.toString());
            KT_FIELD(w + u" id"_s, m.id.toString(), n.id.toString(), id);
            KT_FIELD(w + u" relationship"_s, m.relationship.toString(), n.relationship.toString(), id);
            KT_FIELD(w + u" source"_s, m.sourceId(), n.sourceId(), id);
            KT_FIELD(w + u" target"_s, m.targetId(), n.targetId(), id);
            KT_FIELD(w + u" source connection"_s, m.sourceConnection.toString(),
                     n.sourceConnection.toString(), id);
            KT_FIELD(w + u" target connection"_s, m.targetConnection.toString(),
                     n.targetConnection.toString(), id);
            KT_FIELD(w + u" bendpoints"_s, m.bendpoints, n.bendpoints, show);
            KT_FIELD(w + u" style"_s, m.style, n.style, style);
        }
    }
    if (!(a == b))
        return u"the models differ in a way this comparison does not name"_s;
    return {};
}

QStringList valuesOf(const PropertyList &list, const QString &key)
{
    QStringList values;
    for (const Property &p : list)
        if (p.key == key)
            values.append(p.value);
    return values;
}

} // namespace kt::test
