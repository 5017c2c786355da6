#pragma once

#include "exchangefixtures.h"

#include <QtGlobal>

// tests/data/exchange/relationship-on-relationship.xml, read, and the ids of its
// connections: "assign" joins two nodes, "governs" and "holds" end on "assign",
// "notes" runs from "holds" to "governs". Header-only: KT_TEST_DATA_DIR is defined
// for the test targets.
namespace kt::test::relationshipends {

inline const ConnectionId Assign(QStringLiteral("id-c-assign"));
inline const ConnectionId Governs(QStringLiteral("id-c-governs"));
inline const ConnectionId Holds(QStringLiteral("id-c-holds"));
inline const ConnectionId Notes(QStringLiteral("id-c-notes"));

// The fixture's model; empty (and a warning saying why) when it cannot be read.
inline ModelData fixture()
{
    ModelData data;
    QString error;
    if (!fromXml(readAll(QStringLiteral(KT_TEST_DATA_DIR
                                        "/exchange/relationship-on-relationship.xml")),
                 &data, &error, QStringLiteral("relationship-on-relationship.xml")))
        qWarning("%s", qPrintable(error));
    return data;
}

} // namespace kt::test::relationshipends
