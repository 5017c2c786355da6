#include "infocommand.h"
#include "options.h"

#include <model/core/language.h>
#include <model/modelfile.h>
#include <model/report/modelstatistics.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace kt::cli {

using namespace Qt::StringLiterals;

QString InfoCommand::name() const
{
    return u"info"_s;
}

QString InfoCommand::synopsis() const
{
    return u"info FILE [--json]"_s;
}

QString InfoCommand::description() const
{
    return tr("Print a summary of a model (.ktm, Open Exchange .xml, Archi .archimate or CSV).");
}

static QJsonObject toJson(const QString &path, const ModelData &data, const ModelStatistics &s)
{
    QJsonObject layers;
    for (const auto &[id, count] : s.layers)
        layers.insert(id, qint64(count));
    QJsonObject types;
    for (const auto &[id, count] : s.types)
        if (count > 0)
            types.insert(id, qint64(count));
    QJsonObject levels;
    for (int level = 1; level <= 5; ++level)
        levels.insert(QString::number(level), qint64(s.securityLevels.at(level)));
    levels.insert(u"none"_s, qint64(s.securityLevels.at(0)));
    return QJsonObject{
            {u"file"_s, path},
            {u"id"_s, data.info.id.toString()},
            {u"name"_s, data.info.name},
            {u"framework"_s, data.info.frameworkId},
            {u"province"_s, data.info.province},
            {u"version"_s, data.info.versionLabel},
            {u"decision"_s, data.info.decision},
            {u"decisionDate"_s, data.info.decisionDate.toString(Qt::ISODate)},
            {u"elements"_s, qint64(s.elements)},
            {u"relationships"_s, qint64(s.relationships)},
            {u"views"_s, qint64(s.views)},
            {u"informationSystems"_s, qint64(s.informationSystems)},
            {u"securityLevels"_s, levels},
            {u"layers"_s, layers},
            {u"types"_s, types},
    };
}

int InfoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print the summary as JSON."));
    parser.addOption(json);
    if (!parseArguments(parser, *this, arguments, 1, err))
        return Unusable;
    const QString path = parser.positionalArguments().first();
    QStringList findings;
    const Result<ModelData> model = ModelFile::load(path, &findings);
    if (!model) {
        err << u"kientruc info: "_s << model.error() << u'\n';
        return Unusable;
    }
    for (const QString &finding : std::as_const(findings))
        err << u"kientruc info: "_s << finding << u'\n';
    const ModelData &data = model.value();
    const ModelStatistics s = ModelStatistics::compute(data);
    if (parser.isSet(json)) {
        out << QString::fromUtf8(QJsonDocument(toJson(path, data, s)).toJson(QJsonDocument::Indented));
        return Ok;
    }

    const Profile &profile = *data.profile;
    const QString lang = uiLanguage();
    out << (data.info.name.isEmpty() ? tr("(unnamed model)") : data.info.name) << u'\n';
    out << tr("File: %1").arg(path) << u'\n';
    out << tr("Framework: %1 (%2)").arg(profile.name().text(lang), profile.id()) << u'\n';
    if (!data.info.province.isEmpty())
        out << tr("Province or agency: %1").arg(data.info.province) << u'\n';
    if (!data.info.versionLabel.isEmpty())
        out << tr("Architecture version: %1").arg(data.info.versionLabel) << u'\n';
    // A date not known is left out, never guessed.
    if (!data.info.decision.isEmpty() && data.info.decisionDate.isValid())
        out << tr("Approved by decision: %1 of %2")
                        .arg(data.info.decision,
                             data.info.decisionDate.toString(u"dd/MM/yyyy"_s))
            << u'\n';
    else if (!data.info.decision.isEmpty())
        out << tr("Approved by decision: %1").arg(data.info.decision) << u'\n';
    out << tr("Elements: %1   Relationships: %2   Views: %3")
                    .arg(s.elements)
                    .arg(s.relationships)
                    .arg(s.views)
        << u"\n\n"_s;

    // One column of names wide enough for the longest, then the counts.
    QList<std::pair<QString, qsizetype>> rows;
    rows.append({tr("Elements by component:"), -1});
    for (const auto &[id, count] : s.layers) {
        rows.append({u"  "_s + profile.layer(id)->name.text(lang), count});
        for (const auto &[typeId, typeCount] : s.types) {
            const ElementType *type = profile.elementType(typeId);
            if (typeCount > 0 && type->layer == id)
                rows.append({u"      "_s + type->name.text(lang), typeCount});
        }
    }
    if (s.unknownTypes > 0)
        rows.append({u"  "_s + tr("of unknown type"), s.unknownTypes});
    rows.append({QString(), -1});
    rows.append({tr("Information systems: %1").arg(s.informationSystems), -1});
    for (int level = 1; level <= 5; ++level)
        rows.append({u"  "_s + tr("Security level %1").arg(level), s.securityLevels.at(level)});
    rows.append({u"  "_s + tr("No security level"), s.securityLevels.at(0)});
    qsizetype width = 0;
    for (const auto &[label, count] : std::as_const(rows))
        if (count >= 0)
            width = std::max(width, label.size());
    for (const auto &[label, count] : std::as_const(rows)) {
        if (count < 0)
            out << label << u'\n';
        else
            out << label.leftJustified(width + 2) << QString::number(count).rightJustified(6)
                << u'\n';
    }
    return Ok;
}

} // namespace kt::cli
