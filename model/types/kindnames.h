#pragma once

#include "view.h"

#include <QString>

#include <optional>

namespace kt {

// The words for the kinds of views and nodes, written once and shared by the
// .ktm file, the exchange format and the diagram clipboard: text, so that a file
// reads well in any tool and does not depend on the order of the enums.
QString viewKindName(ViewKind kind);
std::optional<ViewKind> viewKindFromName(const QString &name);
QString nodeKindName(NodeKind kind);
std::optional<NodeKind> nodeKindFromName(const QString &name);

} // namespace kt
