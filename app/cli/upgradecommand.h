#pragma once

#include "command.h"

namespace kt::cli {

// `kientruc upgrade FILE --framework ID -o OUT`: the model made anew in a later
// framework through that framework's mapping (FrameworkUpgrade); what could not
// be mapped is listed on stderr.
class UpgradeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::UpgradeCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace kt::cli
