#include "reportbuilder.h"

#include "architecturereport.h"
#include "decisionreport.h"
#include "inventoryreport.h"
#include "reportlanguage.h"

namespace kt {

using namespace Qt::StringLiterals;

namespace {

struct Chapter
{
    const char *id;
    const char *title;
};

// The architecture document's chapters in the order of the approved 2.0
// documents (Sơn La, Lạng Sơn, Bình Dương); the numbered ones get I, II, … in
// the order they are printed.
const Chapter Chapters[] = {
        {"contents", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Contents")},
        {"abbreviations", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Abbreviations")},
        {"general", QT_TRANSLATE_NOOP("kt::ReportBuilder", "General information")},
        {"current", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Current state")},
        {"vision", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Vision and principles")},
        {"overall", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Overall diagram")},
        {"components", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Component architectures")},
        {"connections", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Connection and interoperability")},
        {"roadmap", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Roadmap")},
        {"implementation", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Organisation of implementation")},
        {"appendix", QT_TRANSLATE_NOOP("kt::ReportBuilder", "Appendices")},
};

} // namespace

ReportDocument ReportBuilder::build(const ModelData &data, const ReportOptions &options)
{
    switch (options.kind) {
    case ReportKind::Decision:
        return DecisionReport::build(data, options);
    case ReportKind::Inventory:
        return InventoryReport::build(data, options);
    case ReportKind::Architecture:
    case ReportKind::Comparison: // two models: ComparisonReport::build
        break;
    }
    return ArchitectureReport::build(data, options);
}

QStringList ReportBuilder::chapterIds()
{
    QStringList ids;
    for (const Chapter &c : Chapters)
        ids.append(QString::fromLatin1(c.id));
    return ids;
}

const char *ReportBuilder::chapterTitleSource(const QString &id)
{
    for (const Chapter &c : Chapters)
        if (id == QLatin1StringView(c.id))
            return c.title;
    return "";
}

QString ReportBuilder::chapterTitle(const QString &id, const QString &language)
{
    return ReportLanguage(language).text(chapterTitleSource(id));
}

} // namespace kt
