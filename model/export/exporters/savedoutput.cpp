#include "savedoutput.h"

#include <model/core/filechecks.h>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace kt {

QString SavedOutput::reasonOf(int code)
{
    switch (code) {
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EROFS:
        return tr("the disk is read-only");
    case ENOSPC:
        return tr("no space left on the disk (%1)").arg(qt_error_string(code));
#ifdef EDQUOT
    case EDQUOT:
        return tr("the disk quota is exceeded (%1)").arg(qt_error_string(code));
#endif
    default:
        return qt_error_string(code);
    }
}

bool SavedOutput::write(const QString &path, const std::function<bool(QIODevice *)> &write,
                        const std::function<QString(const QString &)> &writeFailed,
                        QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString problem = outputFileProblem(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2")
                         .arg(shown, errno ? reasonOf(errno) : file.errorString());
        return false;
    }
    if (!write(&file)) {
        // The device's own error (from the system: a full disk) says more than the
        // writer's ("Unknown error" from the image writer).
        // The device's message was made from errno when the write failed.
        const bool deviceFailed = file.error() != QFileDevice::NoError;
        const QString reason = file.errorString();
        file.cancelWriting();
        *error = deviceFailed ? tr("Cannot write %1: %2").arg(shown, reason)
                              : writeFailed(shown);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace kt
