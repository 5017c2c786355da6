#pragma once

#include "exportoptions.h"

#include <model/modeldata.h>

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace kt {

class DiagramPainter;
struct ExportContent;

// One diagram output format (SVG, PNG, PDF). The editor's export dialog, the
// clipboard, the command line and the benchmark all export through this
// interface, and every format draws with the one DiagramPainter.
class DiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(kt::DiagramExporter)

public:
    virtual ~DiagramExporter();

    virtual QString format() const = 0;   // "svg", also the file suffix
    virtual QString mimeType() const = 0; // "image/svg+xml"

    // Writes the view to device (open for writing). False on failure, and
    // errorString() says why.
    virtual bool write(const ModelData &data, const View &view, const ExportOptions &options,
                       QIODevice *device) = 0;
    // Writes a file through QSaveFile: it is complete, or an existing file is
    // left as it was and no partial file remains.
    bool writeFile(const ModelData &data, const View &view, const ExportOptions &options,
                   const QString &path);

    QString errorString() const { return m_errorString; }

    // The exporter of a format ("svg", "png", "pdf", any case), or null.
    static std::unique_ptr<DiagramExporter> create(const QString &format);
    static QStringList formats();

    // The logical resolution fonts are measured at by the DiagramPainter (the
    // screen's, 96 offscreen). Exports paint on devices of this resolution so
    // that text is as wide as the painter measured it when wrapping names.
    static int textDpi();

protected:
    void setErrorString(const QString &message) { m_errorString = message; }
    // The view's export content, or false (with the error set) for a bad scale
    // or a selection that shows nothing of the view.
    bool prepare(const DiagramPainter &painter, const View &view, const ExportOptions &options,
                 ExportContent *content);

private:
    QString m_errorString;
};

} // namespace kt
