#include "savedoutput.h"

#include <model/core/filechecks.h>

#include <QDir>
#include <QFileInfo>
#include <QBuffer>

namespace kt {

bool SavedOutput::write(const QString &path, const std::function<bool(QIODevice *)> &write,
                        const std::function<QString(const QString &)> &writeFailed,
                        QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString problem = outputFileProblem(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // Made in memory, then written with every write checked (saveWhole): writers
    // such as QSvgGenerator ignore a failed write, and QFileDevice's buffer loses
    // the error of a short one, so a full disk left a file cut short, or said
    // "Unknown error".
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!write(&buffer)) {
        *error = writeFailed(shown);
        return false;
    }
    if (const QString reason = saveWhole(path, buffer.data()); !reason.isEmpty()) {
        *error = tr("Cannot write %1: %2").arg(shown, reason);
        return false;
    }
    return true;
}

} // namespace kt
