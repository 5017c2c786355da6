#pragma once

#include <QIcon>
#include <QString>

namespace kt {

// The program's own icon for an action (resources/actions/<name>.svg): drawn for
// this product, so the toolbar looks the same on every desktop and theme.
inline QIcon actionIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/kientruc/actions/") + name + QStringLiteral(".svg"));
}

} // namespace kt
