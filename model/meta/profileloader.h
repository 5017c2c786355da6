#pragma once

#include "profile.h"
#include "../core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kt {

// Reads a framework profile (docs/PROFILE-FORMAT.md) and checks it: a duplicate
// id, an unknown layer or band, a rule or import entry naming an unknown type,
// or an unknown property key is refused with a message that names the entry.
class ProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(kt::ProfileLoader)

public:
    static Result<ProfilePtr> loadFile(const QString &path);
    static Result<ProfilePtr> loadData(const QByteArray &json, const QString &fileName);
};

} // namespace kt
