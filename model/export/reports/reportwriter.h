#pragma once

#include <model/modeldata.h>
#include <model/report/reportdocument.h>

#include <QCoreApplication>

#include <functional>
#include <memory>

class QIODevice;

namespace kt {

// Told how far a long report has come (done of total steps); returns false to cancel.
using ReportProgress = std::function<bool(int done, int total)>;

// One report output format (PDF, DOCX, ODT, HTML). The report dialog, the command
// line and the benchmark all write through this interface; every format draws its
// diagrams with the one DiagramPainter.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(kt::ReportWriter)

public:
    virtual ~ReportWriter();

    virtual QString format() const = 0; // "pdf", also the file suffix
    virtual QString mimeType() const = 0;

    // Writes the report to device (open for writing). False on failure or cancel,
    // and errorString() says why.
    virtual bool write(const ReportDocument &report, const ModelData &data, QIODevice *device,
                       const ReportProgress &progress = {}) = 0;
    // Writes a file through QSaveFile: complete, or an existing file is left as it
    // was and no partial file remains.
    bool writeFile(const ReportDocument &report, const ModelData &data, const QString &path,
                   const ReportProgress &progress = {});

    QString errorString() const { return m_errorString; }

    // The writer of a format ("pdf", "docx", "odt", "html", any case), or null.
    static std::unique_ptr<ReportWriter> create(const QString &format);
    static QStringList formats();

protected:
    void setErrorString(const QString &message) { m_errorString = message; }

private:
    QString m_errorString;
};

} // namespace kt
