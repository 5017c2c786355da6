#include "commandline.h"
#include "baselinecommand.h"
#include "convertcommand.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "infocommand.h"
#include "layoutcommand.h"
#include "newcommand.h"
#include "reportcommand.h"
#include "repocommand.h"
#include "upgradecommand.h"
#include "validatecommand.h"

namespace kt::cli {

using namespace Qt::StringLiterals;

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<NewCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<ConvertCommand>());
    m_commands.push_back(std::make_unique<LayoutCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<BaselineCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<UpgradeCommand>());
    m_commands.push_back(std::make_unique<RepoCommand>());
}

CommandLine::~CommandLine() = default;

Command *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

bool CommandLine::handles(const QStringList &arguments) const
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    return find(first) || first == u"help" || first == u"--help" || first == u"-h"
            || first == u"--version";
}

QString CommandLine::usage() const
{
    QString text = tr("Usage: kientruc [FILE]           open the editor\n"
                      "       kientruc COMMAND ARGS...  run a command without a window\n\n"
                      "Commands:\n");
    for (const auto &command : m_commands)
        text += u"  %1\n      %2\n"_s.arg(command->synopsis(), command->description());
    text += tr("\nExit codes: 0 success, 1 findings (validate) or differences (diff), 2 unusable "
               "input or usage.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        err << usage();
        return Unusable;
    }
    const QString name = arguments.first();
    if (name == u"help" || name == u"--help" || name == u"-h") {
        out << usage();
        return Ok;
    }
    if (name == u"--version") {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << u'\n';
        return Ok;
    }
    Command *command = find(name);
    if (!command) {
        err << tr("kientruc: unknown command “%1”.").arg(name) << u"\n\n"_s << usage();
        return Unusable;
    }
    return command->run(arguments, out, err);
}

} // namespace kt::cli
