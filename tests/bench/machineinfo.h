#pragma once

#include <QJsonObject>

namespace kt::bench {

// The machine the figures come from: cores, CPU model, load, memory, versions of
// Qt and SQLite, and the build type of this program.
class MachineInfo
{
public:
    static QJsonObject collect();
    static QString load(); // /proc/loadavg: 1, 5 and 15 minutes
};

} // namespace kt::bench
