#include "upgradecommand.h"
#include "options.h"

#include <model/compose/frameworkupgrade.h>
#include <model/meta/profileregistry.h>
#include <model/modelfile.h>

#include <QFileInfo>

namespace kt::cli {

using namespace Qt::StringLiterals;

namespace {
const QString Prefix = u"kientruc upgrade: "_s;
}

QString UpgradeCommand::name() const
{
    return u"upgrade"_s;
}

QString UpgradeCommand::synopsis() const
{
    return u"upgrade FILE --framework ID -o OUT"_s;
}

QString UpgradeCommand::description() const
{
    return tr("Make a model of a later framework (e.g. vn-egov-2.0) from a model of an earlier "
              "one, keeping its ids; list what could not be mapped.");
}

int UpgradeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        { u"o"_s, u"output"_s }, tr("The file to write (.ktm or .xml)."), u"OUT"_s);
    const QCommandLineOption framework(u"framework"_s, tr("The framework to upgrade to."), u"ID"_s);
    parser.addOptions({ output, framework });
    if (!parseArguments(parser, *this, arguments, 1, err))
        return Unusable;
    const auto usage = [&](const QString &problem) {
        err << Prefix << problem << u'\n' << tr("Usage: kientruc %1").arg(synopsis()) << u'\n';
        return int(Unusable);
    };
    if (!parser.isSet(framework))
        return usage(tr("say which framework to upgrade to with --framework ID (known: %1).")
                         .arg(ProfileRegistry::frameworkIds().join(u", "_s)));
    if (!parser.isSet(output))
        return usage(tr("say where to write with -o OUT."));
    const QString in = parser.positionalArguments().first();
    const QString outPath = parser.value(output);
    if (ModelFile::formatOf(outPath) == ModelFile::Format::Unknown)
        return usage(tr("%1: use the extension .ktm or .xml.").arg(outPath));
    if (QFileInfo::exists(outPath)
        && QFileInfo(in).canonicalFilePath() == QFileInfo(outPath).canonicalFilePath()) {
        err << Prefix << tr("%1: the input and the output are the same file.").arg(in) << u'\n';
        return Unusable;
    }
    const Result<ProfilePtr> target = ProfileRegistry::profile(parser.value(framework));
    if (!target) {
        err << Prefix << in << u": "_s << target.error() << u'\n';
        return Unusable;
    }
    const Result<ModelData> model = ModelFile::load(in);
    if (!model) {
        err << Prefix << model.error() << u'\n';
        return Unusable;
    }
    const Result<UpgradeResult> upgraded = FrameworkUpgrade::upgrade(model.value(), target.value());
    if (!upgraded) {
        err << Prefix << in << u": "_s << upgraded.error() << u'\n';
        return Unusable;
    }
    QString error;
    if (!ModelFile::save(upgraded->model, outPath, &error)) {
        err << Prefix << error << u'\n';
        return Unusable;
    }
    const QList<UpgradeIssue> &unmapped = upgraded->unmapped;
    if (unmapped.isEmpty()) {
        err << tr("Every element and relationship was mapped to %1.").arg(target.value()->id())
            << u'\n';
    } else {
        err << tr("%n element(s) or relationship(s) could not be mapped to %1:", nullptr,
            int(unmapped.size()))
                   .arg(target.value()->id())
            << u'\n';
        for (const UpgradeIssue &issue : unmapped)
            err << u"  "_s
                << (issue.kind == UpgradeIssue::Kind::Element ? tr("element") : tr("relationship"))
                << u' ' << issue.id << u" (" << issue.name << u"), " << issue.oldType << u" → "
                << issue.newType << u": " << issue.reason << u'\n';
    }
    out << tr("Wrote %1 (%2): %n element(s)", nullptr, int(upgraded->model.elements.size()))
               .arg(outPath, target.value()->id())
        << tr(", %n relationship(s)", nullptr, int(upgraded->model.relationships.size()))
        << tr(", %n view(s).", nullptr, int(upgraded->model.views.size())) << u'\n';
    return Ok;
}

} // namespace kt::cli
