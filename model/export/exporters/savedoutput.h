#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace kt {

// A file written whole or not at all (QSaveFile), for every exporter and report
// writer: a path that is a folder, not a regular file (a FIFO), read-only or in a
// missing folder is refused with a message naming it (outputFileProblem()), and a failed or cancelled write leaves an existing file as it
// was and no partial file.
class SavedOutput
{
    Q_DECLARE_TR_FUNCTIONS(kt::SavedOutput)

public:
    // write fills the open device; when it fails, writeFailed(shownPath) gives the
    // message. False with *error set on any failure.
    static bool write(const QString &path, const std::function<bool(QIODevice *)> &write,
                      const std::function<QString(const QString &)> &writeFailed,
                      QString *error);
};

} // namespace kt
