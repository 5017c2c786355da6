#pragma once

#include <QStringList>

namespace kt {

// File names made from view names for "export all views": the name as the user
// wrote it (Vietnamese letters kept, in NFC), with the characters that file
// systems refuse (/ \ : * ? " < > | and control characters) replaced, and made
// unique within the folder.
class ExportFileNames
{
public:
    // A name safe as a file name stem; "view" for a name with nothing left.
    static QString safeStem(const QString &name);
    // One file name per view name, in order: stem + "." + suffix, unique
    // regardless of case (file systems of Windows and macOS ignore case).
    static QStringList forViews(const QStringList &viewNames, const QString &suffix);
};

} // namespace kt
