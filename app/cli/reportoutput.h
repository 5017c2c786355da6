#pragma once

#include <QString>

namespace kt::cli {

// The output of a command that writes a report (`report`, `diff --report`): the
// format is --format when given, else OUT's extension; an OUT whose extension
// names another document format is refused rather than written with a misleading
// name. Returns the format ("pdf", "docx", "odt", "html"), or an empty string with
// the problem (translated) in *problem.
QString reportFormat(const QString &path, const QString &formatOption, bool formatGiven,
                     QString *problem);

} // namespace kt::cli
