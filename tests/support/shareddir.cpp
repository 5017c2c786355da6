#include "shareddir.h"

#include <QDir>
#include <QFileInfo>

namespace kt::test {

QString sharedDir()
{
    const QString fromEnvironment = qEnvironmentVariable("KT_SHARED_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QDir(QStringLiteral(KT_SHARED_DIR_DEFAULT)).absolutePath();
}

QString sharedPath(const QString &relative)
{
    const QString path = QDir(sharedDir()).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

QByteArray missingSharedMessage(const QString &relative)
{
    return QStringLiteral("reference file %1 is not there (%2/%1): set the environment "
                          "variable KT_SHARED_DIR to the folder that holds interop/archi/ "
                          "(the Open Group schemas and Archi's samples) to run this check")
            .arg(relative, QDir::toNativeSeparators(sharedDir()))
            .toUtf8();
}

} // namespace kt::test
