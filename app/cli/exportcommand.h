#pragma once

#include "command.h"

namespace kt {
struct ExportOptions;
struct ModelData;
struct View;
} // namespace kt

namespace kt::cli {

// `kientruc export`: one view, or every view into a folder, as SVG, PNG or PDF,
// through the same exporters as the editor. Exit 2 for an unknown view or
// format or a destination that cannot be written; no partial file is left.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::ExportCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    // The view --view names (an id, else a name), or the overall diagram (else
    // the first view) without it; null after writing why to err.
    const View *findView(const ModelData &data, const QString &wanted, const QString &file,
                         QTextStream &err) const;
    // file: the model's file, named in messages.
    int exportAll(const ModelData &data, const QString &file, const QString &format,
                  const ExportOptions &options, const QString &folder, QTextStream &out,
                  QTextStream &err) const;
};

} // namespace kt::cli
