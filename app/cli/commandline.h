#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace kt::cli {

// The headless subcommands of `kientruc`: picks the command named by the first
// argument and runs it.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::CommandLine)

public:
    CommandLine();
    ~CommandLine();

    // True when the first argument names a subcommand (or asks for help).
    bool handles(const QStringList &arguments) const;
    // arguments without the program name.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    QString usage() const;

private:
    Command *find(const QString &name) const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace kt::cli
