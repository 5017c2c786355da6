#include "options.h"

namespace kt::cli {

using namespace Qt::StringLiterals;

class Options
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::Options)
    friend bool parseArguments(QCommandLineParser &, const Command &, const QStringList &, int,
                               QTextStream &);
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

} // namespace kt::cli
