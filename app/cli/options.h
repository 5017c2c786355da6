#pragma once

#include "command.h"

#include <QCommandLineParser>

namespace kt::cli {

// Parses a subcommand's arguments; on a usage error writes the message and the
// synopsis to err and returns false.
bool parseArguments(QCommandLineParser &parser, const Command &command,
                    const QStringList &arguments, int positionalCount, QTextStream &err);

// Writes "kientruc NAME: problem" and the synopsis to err; returns Unusable.
int usageError(const Command &command, const QString &problem, QTextStream &err);

// True when the arguments ask for the command's help (-h, --help).
bool wantsHelp(const QStringList &arguments);

// What `kientruc COMMAND --help` prints: the synopsis, the description and every
// option with its description.
QString commandHelp(const Command &command, const QList<QCommandLineOption> &options);

} // namespace kt::cli
