#include "dragmimedata.h"

#include <QMimeData>

namespace kt {

QMimeData *createElementIdsMimeData(const QList<ElementId> &ids)
{
    QStringList lines;
    lines.reserve(ids.size());
    for (const ElementId &id : ids)
        lines.append(id.toString());
    auto *data = new QMimeData;
    data->setData(ElementIdsMimeType, lines.join(u'\n').toUtf8());
    // Plain text too, so that a drop into a text field gives something readable.
    data->setText(lines.join(u'\n'));
    return data;
}

QList<ElementId> elementIdsFromMimeData(const QMimeData *data)
{
    QList<ElementId> ids;
    if (!data || !data->hasFormat(ElementIdsMimeType))
        return ids;
    const QString text = QString::fromUtf8(data->data(ElementIdsMimeType));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString id = line.trimmed();
        if (!id.isEmpty())
            ids.append(ElementId(id));
    }
    return ids;
}

QMimeData *addViewIdsMimeData(QMimeData *data, const QList<ViewId> &ids)
{
    QStringList lines;
    lines.reserve(ids.size());
    for (const ViewId &id : ids)
        lines.append(id.toString());
    if (!data)
        data = new QMimeData;
    data->setData(ViewIdsMimeType, lines.join(u'\n').toUtf8());
    return data;
}

QList<ViewId> viewIdsFromMimeData(const QMimeData *data)
{
    QList<ViewId> ids;
    if (!data || !data->hasFormat(ViewIdsMimeType))
        return ids;
    const QString text = QString::fromUtf8(data->data(ViewIdsMimeType));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString id = line.trimmed();
        if (!id.isEmpty())
            ids.append(ViewId(id));
    }
    return ids;
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
