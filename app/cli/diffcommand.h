#pragma once

#include "command.h"

namespace kt::cli {

// `kientruc diff OLD NEW`: what differs between two versions of a model (.ktm or
// exchange .xml), or with --baseline between a baseline of a .ktm and its model;
// as text grouped by component, as JSON, and with --report as a comparison report.
// Exit 0 when equal, 1 when different, 2 on error (no partial report is left).
class DiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::DiffCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace kt::cli
