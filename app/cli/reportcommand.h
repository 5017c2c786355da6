#pragma once

#include "command.h"

#include <QCommandLineOption>

namespace kt {
struct ReportOptions;
}

namespace kt::cli {

// `kientruc report`: the architecture document, the covering decision or the
// information-systems inventory of a model as PDF, DOCX, ODT or HTML, through the
// same builder and writers as the editor's Report dialog. The options start from
// those stored in the model, then an --options JSON file over them, then the
// flags. Exit 2 for a bad option, value or file; no partial file is left.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::ReportCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // What `kientruc report --help` prints: the synopsis and every option.
    QString help(const QList<QCommandLineOption> &options) const;
};

} // namespace kt::cli
