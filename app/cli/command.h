#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace kt::cli {

// Exit codes of every subcommand.
enum ExitCode { Ok = 0, Findings = 1, Unusable = 2 };

// One subcommand of `kientruc`. Messages for people go to err (translated); the
// result (a summary, JSON) goes to out.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;   // "info FILE [--json]"
    virtual QString description() const = 0; // one line, translated
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace kt::cli
