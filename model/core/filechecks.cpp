#include "filechecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

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

QString writeErrorReason(int code)
{
    switch (code) {
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("kt::FileChecks", "permission denied");
    case EROFS:
        return QCoreApplication::translate("kt::FileChecks", "the disk is read-only");
    case ENOSPC:
        return QCoreApplication::translate("kt::FileChecks", "no space left on the disk (%1)").arg(qt_error_string(code));
#ifdef EDQUOT
    case EDQUOT:
        return QCoreApplication::translate("kt::FileChecks", "the disk quota is exceeded (%1)").arg(qt_error_string(code));
#endif
    default:
        return qt_error_string(code);
    }
}

QString writeChecked(QFileDevice &file, const QByteArray &bytes)
{
    qint64 done = 0;
    errno = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const int code = errno;
            const QString reason = file.errorString();
            if (code != 0)
                return writeErrorReason(code);
            return reason.isEmpty() ? QCoreApplication::translate("kt::FileChecks",
                                                                  "the data was not written")
                                    : reason;
        }
        done += n;
    }
    return {};
}

QString saveWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Unbuffered: each write is the system's, its count and error seen here.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    if (const QString reason = writeChecked(file, bytes); !reason.isEmpty()) {
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return {};
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
