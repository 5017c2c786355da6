#include "savedoutput.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace kt {

bool SavedOutput::write(const QString &path, const std::function<bool(QIODevice *)> &write,
                        const std::function<QString(const QString &)> &writeFailed,
                        QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        *error = tr("Cannot write %1: it is a folder.").arg(shown);
        return false;
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        const QString name = QDir::toNativeSeparators(folder.filePath());
        *error = folder.exists()
                ? tr("Cannot write %1: %2 is not a folder.").arg(shown, name)
                : tr("Cannot write %1: the folder %2 does not exist.").arg(shown, name);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    if (!write(&file)) {
        file.cancelWriting();
        *error = writeFailed(shown);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace kt
