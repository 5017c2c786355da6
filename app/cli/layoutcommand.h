#pragma once

#include "command.h"

namespace kt::cli {

class LayoutCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::LayoutCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace kt::cli
