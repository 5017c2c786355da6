#include "validatecommand.h"
#include "options.h"

#include <model/modelfile.h>
#include <model/validate/validator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kt::cli {

using namespace Qt::StringLiterals;

// The rule of a finding the file's reader made (what it left out).
static const QString ImportRule = QStringLiteral("import");

QString ValidateCommand::name() const
{
    return u"validate"_s;
}

QString ValidateCommand::synopsis() const
{
    return u"validate FILE [--json] [--errors-only]"_s;
}

QString ValidateCommand::description() const
{
    return tr("Check a model against its framework; exit code 1 when something is found.");
}

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print the findings as JSON."));
    const QCommandLineOption errorsOnly(u"errors-only"_s,
                                        tr("Report errors only, not warnings."));
    parser.addOptions({json, errorsOnly});
    if (!parseArguments(parser, *this, arguments, 1, err))
        return Unusable;
    const QString path = parser.positionalArguments().first();
    // What the file held that the model could not take (an exchange or Archi file):
    // warnings, before the framework's own findings.
    QStringList imported;
    const Result<ModelData> model = ModelFile::load(path, &imported);
    if (!model) {
        err << u"kientruc validate: "_s << model.error() << u'\n';
        return Unusable;
    }
    QList<Finding> findings = Validator::validate(model.value());
    if (parser.isSet(errorsOnly))
        findings.removeIf([](const Finding &f) { return f.severity != Severity::Error; });
    const qsizetype errors = std::count_if(findings.begin(), findings.end(), [](const Finding &f) {
        return f.severity == Severity::Error;
    });
    const qsizetype warnings = findings.size() - errors
            + (parser.isSet(errorsOnly) ? 0 : imported.size());

    if (parser.isSet(json)) {
        QJsonArray list;
        if (!parser.isSet(errorsOnly))
            for (const QString &message : std::as_const(imported))
                list.append(QJsonObject{{u"severity"_s, Validator::severityName(Severity::Warning)},
                                        {u"rule"_s, ImportRule},
                                        {u"message"_s, message}});
        for (const Finding &f : std::as_const(findings)) {
            QJsonObject o{{u"severity"_s, Validator::severityName(f.severity)},
                          {u"rule"_s, f.rule},
                          {u"message"_s, f.message}};
            if (!f.element.isNull())
                o.insert(u"element"_s, f.element.toString());
            if (!f.relationship.isNull())
                o.insert(u"relationship"_s, f.relationship.toString());
            if (!f.view.isNull())
                o.insert(u"view"_s, f.view.toString());
            if (!f.node.isNull())
                o.insert(u"node"_s, f.node.toString());
            list.append(o);
        }
        const QJsonObject result{{u"file"_s, path},
                                 {u"errors"_s, qint64(errors)},
                                 {u"warnings"_s, qint64(warnings)},
                                 {u"findings"_s, list}};
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        if (!parser.isSet(errorsOnly))
            for (const QString &message : std::as_const(imported))
                out << path << u": "_s << tr("warning") << u": "_s << message << u" ["_s
                    << ImportRule << u"]\n"_s;
        for (const Finding &f : std::as_const(findings)) {
            const QString severity = f.severity == Severity::Error ? tr("error") : tr("warning");
            QString where = f.element.isNull() ? f.relationship.toString() : f.element.toString();
            out << path << u": "_s << severity << u": "_s << f.message << u" ["_s << f.rule
                << (where.isEmpty() ? QString() : u", "_s + where) << u"]\n"_s;
        }
        out << tr("%1: %n error(s)", nullptr, int(errors)).arg(path)
            << tr(", %n warning(s).", nullptr, int(warnings)) << u'\n';
    }
    return findings.isEmpty() && (parser.isSet(errorsOnly) || imported.isEmpty()) ? Ok : Findings;
}

} // namespace kt::cli
