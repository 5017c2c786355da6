#pragma once

#include <QString>

class QFileDevice;
class QSaveFile;

namespace kt {

// Checks of a path before it is opened, so that what is not a regular file (a
// FIFO would block a reader forever, and be replaced by a regular file by a
// writer; a device, a socket) is refused with a message naming it.

// Why path cannot be read as a file: "… is not a regular file." Empty when it is
// a regular file, or does not exist (the opener says so itself).
QString inputFileProblem(const QString &path);
// Why path cannot be written: a folder, not a regular file, a read-only file
// (permission denied), a folder that is missing. Messages "Cannot write FILE:
// …"; empty when writing can be tried.
QString outputFileProblem(const QString &path);

// Why a write failed, from the system's error number, for a message "Cannot
// write FILE: …": "no space left on the disk (No space left on device)",
// "permission denied", else the system's text ("File too large").
QString writeErrorReason(int code);

// Writes bytes to path whole or not at all (QSaveFile), checking every write:
// QFileDevice's buffer drops the error of a short write (a full disk, a file
// size limit), and the file would be committed cut short. Empty on success,
// else the system's reason ("No space left on device").
QString saveWhole(const QString &path, const QByteArray &bytes);
// True when path (a file or a folder) is on a disk mounted read-only (EROFS):
// the reason to give rather than the file's permission.
bool onReadOnlyDisk(const QString &path);
// Opens file for writing, unbuffered (each write the system's, checked by
// writeChecked()). Empty when it is open, else why, for a message "Cannot write
// FILE: …": "cannot create a file in the folder F (permission denied)", "the
// disk is read-only", else the system's text.
QString openForSaving(QSaveFile &file);
// The writes of saveWhole() into file, opened with QIODevice::Unbuffered (a
// QSaveFile of several written together): empty when all bytes were written, else
// the reason; the file is left to the caller (cancelWriting()).
QString writeChecked(QFileDevice &file, const QByteArray &bytes);

} // namespace kt
