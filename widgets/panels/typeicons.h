#pragma once

#include <QIcon>
#include <QString>

namespace kt {

struct ElementType;
struct RelationshipType;

// Icons of the profile's types, from the resources the profile names
// (":/kientruc/icons/<icon>.svg"); cached because a big model shows the same few
// dozen icons on thousands of rows. A missing file gives an icon that paints nothing.
QIcon elementTypeIcon(const ElementType &type);
QIcon relationshipTypeIcon(const RelationshipType &type);
// A small square of a layer's colour with a thin border, for section headers.
QIcon colorSwatch(const QString &color);

} // namespace kt
