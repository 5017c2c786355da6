#include "filechecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kt {

QString inputFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile() || info.isDir())
        return {};
    return QCoreApplication::translate("kt::FileChecks",
                                       "%1 is not a regular file (it may be a pipe or a device); "
                                       "give a file.")
            .arg(QDir::toNativeSeparators(path));
}

QString outputFileProblem(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return QCoreApplication::translate("kt::FileChecks", "Cannot write %1: it is a folder.")
                .arg(shown);
    if (info.exists() && !info.isFile())
        return QCoreApplication::translate("kt::FileChecks",
                                           "Cannot write %1: it is not a regular file (it may be "
                                           "a pipe or a device).")
                .arg(shown);
    if (info.exists() && !info.isWritable())
        return QCoreApplication::translate("kt::FileChecks",
                                           "Cannot write %1: the file is read-only (permission "
                                           "denied).")
                .arg(shown);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        const QString name = QDir::toNativeSeparators(folder.filePath());
        return folder.exists()
                ? QCoreApplication::translate("kt::FileChecks",
                                              "Cannot write %1: %2 is not a folder.")
                          .arg(shown, name)
                : QCoreApplication::translate("kt::FileChecks",
                                              "Cannot write %1: the folder %2 does not exist.")
                          .arg(shown, name);
    }
    return {};
}

} // namespace kt
