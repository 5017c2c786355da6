#pragma once

#include <QString>

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

} // namespace kt
