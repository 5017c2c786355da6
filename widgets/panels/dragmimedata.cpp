#include "dragmimedata.h"

#include <QMimeData>

namespace kt {

namespace {

// Ids one per line.
template<typename Id>
QString idLines(const QList<Id> &ids)
{
    QStringList lines;
    lines.reserve(ids.size());
    for (const Id &id : ids)
        lines.append(id.toString());
    return lines.join(u'\n');
}

template<typename Id>
QList<Id> idsFromMimeData(const QMimeData *data, QLatin1StringView type)
{
    QList<Id> ids;
    if (!data || !data->hasFormat(type))
        return ids;
    const QString text = QString::fromUtf8(data->data(type));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString id = line.trimmed();
        if (!id.isEmpty())
            ids.append(Id(id));
    }
    return ids;
}

} // namespace

QMimeData *createElementIdsMimeData(const QList<ElementId> &ids)
{
    const QString lines = idLines(ids);
    auto *data = new QMimeData;
    data->setData(ElementIdsMimeType, lines.toUtf8());
    // Plain text too, so that a drop into a text field gives something readable.
    data->setText(lines);
    return data;
}

QList<ElementId> elementIdsFromMimeData(const QMimeData *data)
{
    return idsFromMimeData<ElementId>(data, ElementIdsMimeType);
}

QMimeData *addViewIdsMimeData(QMimeData *data, const QList<ViewId> &ids)
{
    if (!data)
        data = new QMimeData;
    data->setData(ViewIdsMimeType, idLines(ids).toUtf8());
    return data;
}

QList<ViewId> viewIdsFromMimeData(const QMimeData *data)
{
    return idsFromMimeData<ViewId>(data, ViewIdsMimeType);
}

QMimeData *createElementTypeMimeData(const QString &typeId)
{
    auto *data = new QMimeData;
    data->setData(ElementTypeMimeType, typeId.toUtf8());
    return data;
}

QString elementTypeFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(ElementTypeMimeType))
        return {};
    return QString::fromUtf8(data->data(ElementTypeMimeType)).trimmed();
}

} // namespace kt
