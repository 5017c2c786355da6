#pragma once

#include <QCoreApplication>
#include <QString>

namespace kt {

// The product's name, a proper noun shown in both languages as it is.
inline QString productName()
{
    return QString::fromUtf8("Ki\xe1\xba\xbfn Tr\xc3\xba\x63 Studio");
}

// The version of the project (CMake's project(VERSION)).
inline QString productVersion()
{
    return QStringLiteral(KT_VERSION);
}

// The licence the program is distributed under, as an SPDX expression (also in
// the AppStream metadata); set once in the top CMakeLists.txt.
inline QString productLicence()
{
    const QString spdx = QStringLiteral(KT_LICENSE);
    if (spdx == QLatin1String("LicenseRef-proprietary"))
        return QCoreApplication::translate("kt::Product",
                                           "proprietary; all rights reserved by its authors.");
    return spdx;
}

} // namespace kt
