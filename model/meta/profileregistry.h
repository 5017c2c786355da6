#pragma once

#include "profile.h"
#include "../core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace kt {

// The framework profiles built into the program (resources/frameworks/*.json),
// loaded once on first use and shared.
class ProfileRegistry
{
    Q_DECLARE_TR_FUNCTIONS(kt::ProfileRegistry)

public:
    static QString defaultFrameworkId();
    static QStringList frameworkIds();
    static Result<ProfilePtr> profile(const QString &frameworkId);
};

} // namespace kt
