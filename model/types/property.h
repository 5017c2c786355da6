#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace kt {

// A free key/value property (as users and other tools add them); keys may repeat.
struct Property
{
    QString key;
    QString value;
    friend bool operator==(const Property &, const Property &) = default;
};

using PropertyList = QList<Property>;
// Properties of the profile's schema, by key; checked against the schema on every edit.
using TypedProperties = QMap<QString, QString>;

} // namespace kt
