// The comparison report: its content from the diff of the two Vĩnh Phúc examples
// (summary per component, a table per kind of change, the two overall diagrams
// and the overlay figure) and the four formats written from it.
#include "../export/exporttest.h"

#include <support/reportwalk.h>

#include <model/diff/modeldiff.h>
#include <model/diff/viewoverlay.h>
#include <model/export/reports/reportwriter.h>
#include <model/report/comparisonreport.h>

#include <QTemporaryDir>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

QString comparable(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

ReportOptions options(const ModelData &data, const QString &language)
{
    ReportOptions o = ReportOptions::fromProperties(data.info.extraProperties);
    o.kind = ReportKind::Comparison;
    o.language = language;
    return o;
}

} // namespace

class TestComparisonReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void content();
    void summaryCountsTheDiff();
    void unchangedModel();
    void formats_data();
    void formats();

private:
    ModelData m_old;
    ModelData m_new;
    ModelDiff m_diff;
    QTemporaryDir m_dir;
};

void TestComparisonReport::initTestCase()
{
    m_old = test::loadExample(u"vinhphuc-1.0.xml"_s);
    m_new = test::loadExample(u"vinhphuc-2.0.xml"_s);
    m_diff = ModelDiffer::compare(m_old, m_new);
    QVERIFY(!m_diff.isEmpty());
    // KT_KEEP_REPORTS=1 keeps the files to look at.
    if (qEnvironmentVariableIntValue("KT_KEEP_REPORTS") == 1) {
        m_dir.setAutoRemove(false);
        qInfo("reports in %s", qPrintable(m_dir.path()));
    }
}

void TestComparisonReport::content()
{
    const ReportDocument d = ComparisonReport::build(m_old, m_new, m_diff, options(m_new, u"en"_s));
    QCOMPARE(d.kind, ReportKind::Comparison);
    QVERIFY(d.hasHeaderBlock);
    QVERIFY(d.header.number.contains(u"BC-UBND"_s));
    QCOMPARE(d.documentType, u"REPORT"_s);
    QVERIFY(d.title.contains(m_old.info.versionLabel));
    QVERIFY(d.title.contains(m_new.info.versionLabel));
    QVERIFY(d.hasSigner);

    // Both overall diagrams, the old one drawn from the old model, then the overlay.
    const QList<const ReportBlock *> figures = test::reportBlocks(d, ReportBlock::Kind::Figure);
    QCOMPARE(figures.size(), 3);
    QVERIFY(figures.at(0)->figure.model);
    QVERIFY(figures.at(0)->figure.model->views.find(figures.at(0)->figure.view));
    QVERIFY(!figures.at(0)->figure.overlay);
    QVERIFY(!figures.at(1)->figure.model);
    QVERIFY(m_new.views.find(figures.at(1)->figure.view));
    QVERIFY(figures.at(2)->figure.overlay);
    QVERIFY(!figures.at(2)->figure.overlay->isEmpty());
    for (const ReportBlock *b : figures)
        QVERIFY(b->figure.landscape);

    // Every change is printed: added and removed names, renames with both names.
    const QString text = test::reportText(d);
    QStringList missing;
    for (const ElementChange &e : m_diff.elements) {
        if (!e.isRemoved() && !text.contains(e.newName))
            missing.append(e.newName);
        if ((e.isRemoved() || e.isRenamed()) && !text.contains(e.oldName))
            missing.append(e.oldName);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"; "_s)));

    // One table per kind of change (or "None."), then relationships and diagrams.
    const ReportSection *details
        = d.sections.at(2).sections.isEmpty() ? nullptr : &d.sections.at(2);
    QVERIFY(details);
    QCOMPARE(details->sections.size(), 8);
    int relationshipRows = 0;
    for (const ReportBlock &b : details->sections.at(6).blocks)
        relationshipRows += int(b.table.rows.size());
    QCOMPARE(relationshipRows, int(m_diff.relationships.size()));
}

void TestComparisonReport::summaryCountsTheDiff()
{
    const ReportDocument d = ComparisonReport::build(m_old, m_new, m_diff, options(m_new, u"en"_s));
    const ReportTable &table = d.sections.first().blocks.first().table;
    QCOMPARE(table.columns.size(), 8);
    const QStringList total = table.rows.last();
    QCOMPARE(total.at(1), u"Total"_s);
    const DiffCounts n = m_diff.elementCounts();
    QCOMPARE(total.mid(2),
        (QStringList { QString::number(n.added), QString::number(n.removed),
            QString::number(n.renamed), QString::number(n.retyped), QString::number(n.moved),
            QString::number(n.changed) }));
    // The rows of the components add up to the total.
    QList<int> sums(6, 0);
    for (const QStringList &row : table.rows.mid(0, table.rows.size() - 1))
        for (int i = 0; i < 6; ++i)
            sums[i] += row.at(2 + i).toInt();
    for (int i = 0; i < 6; ++i)
        QCOMPARE(QString::number(sums.at(i)), total.at(2 + i));
}

void TestComparisonReport::unchangedModel()
{
    const ModelDiff none = ModelDiffer::compare(m_new, m_new);
    QVERIFY(none.isEmpty());
    const ReportDocument d = ComparisonReport::build(m_new, m_new, none, options(m_new, u"en"_s));
    const QStringList total = d.sections.first().blocks.first().table.rows.last();
    QCOMPARE(total.mid(2), QStringList(6, u"0"_s));
    for (const ReportSection &kind : d.sections.at(2).sections) {
        QCOMPARE(kind.blocks.size(), 1);
        QCOMPARE(kind.blocks.first().paragraph.text, u"None."_s);
    }
    const QList<const ReportBlock *> figures = test::reportBlocks(d, ReportBlock::Kind::Figure);
    QCOMPARE(figures.size(), 3);
    QVERIFY(figures.at(2)->figure.overlay->isEmpty());
}

void TestComparisonReport::formats_data()
{
    QTest::addColumn<QString>("format");
    for (const char *f : { "pdf", "docx", "odt", "html" })
        QTest::newRow(f) << QString::fromLatin1(f);
}

// Each writer writes the Vietnamese report; its text has the names of what was
// added and removed, with their diacritics.
void TestComparisonReport::formats()
{
    QFETCH(QString, format);
    const ReportDocument d = ComparisonReport::build(m_old, m_new, m_diff, options(m_new, u"vi"_s));
    const std::unique_ptr<ReportWriter> writer = ReportWriter::create(format);
    QVERIFY(writer);
    const QString path = m_dir.filePath(u"comparison."_s + format);
    QVERIFY2(writer->writeFile(d, m_new, path), qPrintable(writer->errorString()));
    QVERIFY(QFileInfo(path).size() > 10000);

    QString text;
    if (format == u"pdf") {
        const test::ToolRun run = test::runTool(u"pdftotext"_s, { path, u"-"_s });
        if (run.exitCode != 0)
            QSKIP("pdftotext is not installed (scripts/install-deps.sh)");
        text = QString::fromUtf8(run.out);
    } else if (format == u"html") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(file.readAll());
        // The three figures as inline SVG.
        QCOMPARE(text.count(u"<svg"_s), 3);
    } else {
        const QString part = format == u"docx" ? u"word/document.xml"_s : u"content.xml"_s;
        const test::ToolRun run = test::runTool(u"unzip"_s, { u"-p"_s, path, part });
        if (run.exitCode != 0)
            QSKIP("unzip is not installed");
        text = QString::fromUtf8(run.out);
        // Figures are pictures in the package.
        const test::ToolRun list = test::runTool(u"unzip"_s, { u"-l"_s, path });
        QVERIFY(QString::fromUtf8(list.out).count(u".png"_s) >= 3);
    }
    text = comparable(text);
    QVERIFY(text.contains(u"BÁO CÁO"_s));
    for (const ElementChange &e : m_diff.elements) {
        const QString name = comparable(e.isRemoved() ? e.oldName : e.newName).toHtmlEscaped();
        // PDF text wraps in table cells: look for the first words.
        const QString start = name.section(u' ', 0, 2);
        QVERIFY2(text.contains(format == u"pdf" ? start : name), qPrintable(name));
    }
}

QTEST_MAIN(TestComparisonReport)
#include "tst_comparisonreport.moc"
