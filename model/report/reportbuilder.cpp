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

bool emptyColumn(const ReportTable &table, qsizetype column)
{
    return std::all_of(table.rows.cbegin(), table.rows.cend(), [&](const QStringList &row) {
        return row.value(column).trimmed().isEmpty();
    });
}

// A column that no row has a value in (a model that names no operating unit):
// the draft keeps it and says under the table that it is empty, so that the
// architect fills it in before the final; the final leaves it out, as an
// official would rather than sign a column of blanks. A listing's column that no
// row fills does not apply to its elements and goes in the draft too. The STT
// column and a table without rows are left as they are.
void settleEmptyColumns(QList<ReportBlock> &blocks, const ReportLanguage &language, bool final)
{
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        if (blocks.at(b).kind != ReportBlock::Kind::Table || blocks.at(b).table.rows.isEmpty())
            continue;
        ReportTable &table = blocks[b].table;
        const bool draft = !final && !table.listing;
        QStringList empty;
        for (qsizetype c = table.columns.size() - 1; c >= 1; --c) {
            if (!emptyColumn(table, c))
                continue;
            empty.prepend(table.columns.at(c).header);
            if (draft)
                continue;
            table.columns.removeAt(c);
            for (QStringList &row : table.rows)
                if (c < row.size())
                    row.removeAt(c);
        }
        if (!draft || empty.isEmpty())
            continue;
        const QString quoted = u"\u201C"_s + empty.join(u"\u201D, \u201C"_s) + u"\u201D"_s;
        ReportBlock note;
        note.paragraph = {ParagraphRole::Placeholder, {},
                          language.text(empty.size() == 1
                                                ? QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                                                    "[The column %1 of the table "
                                                                    "above is empty in every row: "
                                                                    "fill it in in the model, or the "
                                                                    "final document leaves it out.]")
                                                : QT_TRANSLATE_NOOP("kt::ReportBuilder",
                                                                    "[The columns %1 of the table "
                                                                    "above are empty in every row: "
                                                                    "fill them in in the model, or "
                                                                    "the final document leaves them "
                                                                    "out.]"))
                                  .arg(quoted)};
        blocks.insert(++b, note);
    }
}

void settleEmptyColumns(QList<ReportSection> &sections, const ReportLanguage &language, bool final)
{
    for (ReportSection &section : sections) {
        settleEmptyColumns(section.blocks, language, final);
        settleEmptyColumns(section.sections, language, final);
    }
}

ReportDocument buildDocument(const ModelData &data, const ReportOptions &options)
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

} // namespace

ReportDocument ReportBuilder::build(const ModelData &data, const ReportOptions &options)
{
    ReportDocument report = buildDocument(data, options);
    settleEmptyColumns(report.sections, ReportLanguage(report.language), !report.draft);
    return report;
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
