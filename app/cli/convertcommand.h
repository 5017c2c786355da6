#pragma once

#include "command.h"

namespace kt::cli {

class ConvertCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::ConvertCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    int writeInventory(const QString &in, const QString &folder, QTextStream &out,
                       QTextStream &err);
};

} // namespace kt::cli
