#include "reportwriter.h"
#include "docxreportwriter.h"
#include "htmlreportwriter.h"
#include "odtreportwriter.h"

#include <QSaveFile>

namespace kt {

using namespace Qt::StringLiterals;

ReportWriter::~ReportWriter() = default;

bool ReportWriter::writeFile(const ReportDocument &report, const ModelData &data, const QString &path,
                             const ReportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setErrorString(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (!write(report, data, &file, progress)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        setErrorString(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

std::unique_ptr<ReportWriter> ReportWriter::create(const QString &format)
{
    const QString name = format.toLower();
    if (name == u"docx")
        return std::make_unique<DocxReportWriter>();
    if (name == u"odt")
        return std::make_unique<OdtReportWriter>();
    if (name == u"html")
        return std::make_unique<HtmlReportWriter>();
    return {};
}

QStringList ReportWriter::formats()
{
    return {u"docx"_s, u"odt"_s, u"html"_s};
}

} // namespace kt
