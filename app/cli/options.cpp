#include "options.h"

namespace kt::cli {

using namespace Qt::StringLiterals;

class Options
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::Options)
    friend bool parseArguments(QCommandLineParser &, const Command &, const QStringList &, int,
                               QTextStream &);
    friend QString commandHelp(const Command &, const QList<QCommandLineOption> &);
    friend int usageError(const Command &, const QString &, QTextStream &);
};

bool parseArguments(QCommandLineParser &parser, const Command &command,
                    const QStringList &arguments, int positionalCount, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QString problem;
    if (!parser.parse(arguments))
        problem = parser.errorText();
    else if (parser.positionalArguments().size() != positionalCount)
        problem = Options::tr("%1 needs %n file argument(s).", nullptr, positionalCount)
                          .arg(command.name());
    if (problem.isEmpty())
        return true;
    err << u"kientruc "_s << command.name() << u": "_s << problem << u'\n'
        << Options::tr("Usage: kientruc %1").arg(command.synopsis()) << u'\n';
    return false;
}

int usageError(const Command &command, const QString &problem, QTextStream &err)
{
    err << u"kientruc "_s << command.name() << u": "_s << problem << u'\n'
        << Options::tr("Usage: kientruc %1").arg(command.synopsis()) << u'\n';
    return Unusable;
}

bool wantsHelp(const QStringList &arguments)
{
    return arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s);
}

QString commandHelp(const Command &command, const QList<QCommandLineOption> &options)
{
    QString text = Options::tr("Usage: kientruc %1").arg(command.synopsis()) + u"\n\n"_s
            + command.description() + u"\n\n"_s + Options::tr("Options:") + u'\n';
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        text += u"  "_s + left.leftJustified(26) + u' ' + option.description() + u'\n';
    }
    return text;
}

} // namespace kt::cli
