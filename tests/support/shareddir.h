#pragma once

#include <QByteArray>
#include <QString>
#include <QTest>

namespace kt::test {

// The folder of reference files kept outside the repository (the Open Group
// schemas, Archi's samples under interop/archi/): the environment variable
// KT_SHARED_DIR when it is set and not empty, read when the test runs; else the
// default CMake compiled in (the folder "shared" beside the clone).
QString sharedDir();

// The absolute path of a file or folder under sharedDir(), or empty when it is
// not there.
QString sharedPath(const QString &relative);

// Why a test skips: what is missing and how to provide it.
QByteArray missingSharedMessage(const QString &relative);

} // namespace kt::test

// Declares `const QString var`, the path of a reference file under the shared
// folder; when it is not there, the test skips (it never fails or waits for it).
#define KT_SHARED_PATH_OR_SKIP(var, relative)                                          \
    const QString var = kt::test::sharedPath(relative);                                \
    if (var.isEmpty())                                                                  \
        QSKIP(kt::test::missingSharedMessage(relative).constData())
