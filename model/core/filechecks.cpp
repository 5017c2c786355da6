#include "filechecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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

bool onReadOnlyDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), W_OK) != 0 && errno == EROFS;
#else
    Q_UNUSED(path);
    return false;
#endif
}

QString openForSaving(QSaveFile &file)
{
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return {};
    // QSaveFile writes a new file beside the target: a folder that forbids it, or a
    // read-only disk, is the reason (its own message says only "Permission denied").
    const QString folder = QFileInfo(file.fileName()).absolutePath();
#ifdef Q_OS_UNIX
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        const int code = errno;
        if (code == EACCES || code == EPERM)
            return QCoreApplication::translate("kt::FileChecks",
                                               "cannot create a file in the folder %1 "
                                               "(permission denied)")
                    .arg(QDir::toNativeSeparators(folder));
        return writeErrorReason(code);
    }
#endif
    return file.errorString();
}

QString saveWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Unbuffered: each write is the system's, its count and error seen here.
    if (const QString reason = openForSaving(file); !reason.isEmpty())
        return reason;
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
    if (info.exists() && !info.isWritable() && onReadOnlyDisk(path))
        return QCoreApplication::translate("kt::FileChecks",
                                           "Cannot write %1: the disk is read-only.")
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
