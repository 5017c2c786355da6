#pragma once

#include "command.h"

#include <QCommandLineParser>

namespace kt::cli {

// `kientruc baseline FILE add|list|extract|remove`: the named snapshots a .ktm
// keeps of its model (BaselineStore). Exit 2 for a bad action, option or file;
// a refused change leaves the file as it was.
class BaselineCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kt::cli::BaselineCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    int add(const QString &file, const QCommandLineParser &parser, QTextStream &out,
            QTextStream &err);
    int list(const QString &file, bool json, QTextStream &out, QTextStream &err);
    int extract(const QString &file, const QString &baseline, const QString &output,
                QTextStream &out, QTextStream &err);
    int remove(const QString &file, const QString &baseline, QTextStream &out, QTextStream &err);
};

} // namespace kt::cli
