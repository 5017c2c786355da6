#include "reportwriter.h"
#include "docxreportwriter.h"
#include "htmlreportwriter.h"
#include "odtreportwriter.h"
#include "pdfreportwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace kt {

using namespace Qt::StringLiterals;

ReportWriter::~ReportWriter() = default;

std::unique_ptr<ReportWriter> ReportWriter::create(const QString &format)
{
    // One line per format, so that each writer joins the list on its own.
    const QString f = format.toLower();
    if (f == u"pdf")
        return std::make_unique<PdfReportWriter>();
    if (f == u"docx")
        return std::make_unique<DocxReportWriter>();
    if (f == u"odt")
        return std::make_unique<OdtReportWriter>();
    if (f == u"html")
        return std::make_unique<HtmlReportWriter>();
    return nullptr;
}

QStringList ReportWriter::formats()
{
    QStringList list;
    list << u"pdf"_s << u"docx"_s << u"odt"_s << u"html"_s;
    return list;
}

bool ReportWriter::writeFile(const ReportDocument &report, const ModelData &data,
                             const QString &path, const ReportProgress &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        setErrorString(tr("Cannot write %1: it is a folder.").arg(shown));
        return false;
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        const QString name = QDir::toNativeSeparators(folder.filePath());
        setErrorString(folder.exists()
                               ? tr("Cannot write %1: %2 is not a folder.").arg(shown, name)
                               : tr("Cannot write %1: the folder %2 does not exist.")
                                         .arg(shown, name));
        return false;
    }
    // QSaveFile: a cancelled or failed report leaves the old file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setErrorString(tr("Cannot write %1: %2").arg(shown, file.errorString()));
        return false;
    }
    if (!write(report, data, &file, progress)) {
        file.cancelWriting();
        if (errorString().isEmpty())
            setErrorString(tr("Cannot write %1.").arg(shown));
        return false;
    }
    if (!file.commit()) {
        setErrorString(tr("Cannot write %1: %2").arg(shown, file.errorString()));
        return false;
    }
    return true;
}

} // namespace kt
