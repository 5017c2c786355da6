#include "reportoutput.h"

#include <model/export/reports/reportwriter.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace kt::cli {

using namespace Qt::StringLiterals;

namespace {

// The format a file extension stands for ("htm" is HTML too), else the extension.
QString formatOfSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    return s == u"htm" ? u"html"_s : s;
}

// Extensions of document formats, ours or another's: an OUT ending in one of them
// must agree with --format.
bool namesAFormat(const QString &format)
{
    static const QStringList others { u"doc"_s, u"rtf"_s, u"txt"_s, u"xhtml"_s, u"ps"_s, u"fodt"_s,
        u"epub"_s, u"md"_s };
    return ReportWriter::formats().contains(format) || others.contains(format);
}

// The messages kept the context of the command they were first written for, so that
// their translations stay.
QString tr(const char *text)
{
    return QCoreApplication::translate("kt::cli::ReportCommand", text);
}

} // namespace

QString reportFormat(
    const QString &path, const QString &formatOption, bool formatGiven, QString *problem)
{
    const QString suffix = formatOfSuffix(QFileInfo(path).suffix());
    const QString format = formatGiven ? formatOption.toLower() : suffix;
    if (format.isEmpty())
        *problem = tr(QT_TRANSLATE_NOOP(
            "kt::cli::ReportCommand", "say which format with --format pdf, docx, odt or html."));
    else if (!ReportWriter::formats().contains(format))
        *problem = tr(QT_TRANSLATE_NOOP("kt::cli::ReportCommand",
                          "unknown format “%1”: use pdf, docx, odt or html."))
                       .arg(format);
    else if (suffix != format && namesAFormat(suffix))
        *problem = tr(QT_TRANSLATE_NOOP("kt::cli::ReportCommand",
                          "%1 ends in .%2, but --format is %3: the file would hold "
                          "another format than its name says. Change the extension "
                          "or the format."))
                       .arg(path, QFileInfo(path).suffix(), format);
    else
        return format;
    return {};
}

} // namespace kt::cli
