#include "typeicons.h"

#include <model/meta/metatypes.h>

#include <QColor>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace kt {

using namespace Qt::StringLiterals;

static QIcon cachedIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(u":/kientruc/icons/"_s + name + u".svg"_s));
    return *it;
}

QIcon elementTypeIcon(const ElementType &type)
{
    return type.icon.isEmpty() ? QIcon() : cachedIcon(type.icon);
}

QIcon relationshipTypeIcon(const RelationshipType &type)
{
    return cachedIcon(u"rel-"_s + type.id);
}

QIcon colorSwatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor fill = QColor::fromString(color);
    painter.setPen(fill.isValid() ? fill.darker(160) : QColor(Qt::gray));
    painter.setBrush(fill.isValid() ? fill : QColor(Qt::transparent));
    painter.drawRect(QRectF(0.5, 0.5, 13, 13));
    painter.end();
    return QIcon(pixmap);
}

} // namespace kt
