#pragma once

#include <QIcon>
#include <QString>

namespace kt {

// The program's own icon for an action (resources/actions/<name>.svg): drawn for
// this product, so the toolbar looks the same on every desktop and theme. An
// action without an icon of its own (empty name) gets none.
inline QIcon actionIcon(const QString &name)
{
    if (name.isEmpty())
        return {};
    return QIcon(QStringLiteral(":/kientruc/actions/") + name + QStringLiteral(".svg"));
}

} // namespace kt
