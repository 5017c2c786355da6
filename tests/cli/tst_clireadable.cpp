// Issue 9, item 4: the Vĩnh Phúc 2.0 overall diagram, laid out afresh without
// connections and exported to PDF fitted to A3 and A4 landscape, is readable on
// paper: element names of at least 8 pt on A3 and 6 pt on A4, as pdftohtml
// reports the font sizes in the PDF (poppler-utils; skipped when missing).
#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The font size of element names: the size of the font most text runs use (the
// names far outnumber headings and badges).
int nameFontSize(const QByteArray &xml)
{
    const QString text = QString::fromUtf8(xml);
    QHash<QString, int> sizeOf;
    static const QRegularExpression spec(uR"re(<fontspec id="(\d+)" size="(\d+)")re"_s);
    for (auto it = spec.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        sizeOf.insert(m.captured(1), m.captured(2).toInt());
    }
    QHash<int, int> runs;
    static const QRegularExpression run(uR"re(<text [^>]*font="(\d+)")re"_s);
    for (auto it = run.globalMatch(text); it.hasNext();)
        ++runs[sizeOf.value(it.next().captured(1), -1)];
    int best = -1;
    for (auto it = runs.cbegin(); it != runs.cend(); ++it)
        if (best < 0 || it.value() > runs.value(best))
            best = it.key();
    return best;
}

} // namespace

class TestCliReadable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesOnPaper_data();
    void namesOnPaper();
};

void TestCliReadable::namesOnPaper_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<int>("least");
    QTest::newRow("A3 landscape") << u"A3"_s << 8;
    QTest::newRow("A4 landscape") << u"A4"_s << 6;
}

void TestCliReadable::namesOnPaper()
{
    QFETCH(QString, paper);
    QFETCH(int, least);
    const QString pdftohtml = QStandardPaths::findExecutable(u"pdftohtml"_s);
    if (pdftohtml.isEmpty())
        QSKIP("pdftohtml (poppler-utils) is not installed");
    QTemporaryDir dir;
    const QString model = dir.filePath(u"vinhphuc.ktm"_s);
    const QString pdf = dir.filePath(u"overall.pdf"_s);
    kt::test::Run run = kt::test::kientruc(
            {u"layout"_s, QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-2.0.xml"),
             u"-o"_s, model, u"--fresh"_s, u"--connections"_s, u"none"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = kt::test::kientruc(
            {u"export"_s, model, u"-o"_s, pdf, u"--paper"_s, paper, u"--landscape"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    QProcess process;
    process.start(pdftohtml, {u"-xml"_s, u"-zoom"_s, u"1"_s, u"-i"_s, u"-stdout"_s, pdf});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray xml = process.readAllStandardOutput();
    QVERIFY2(xml.contains("<text "), xml.left(500).constData());
    const int size = nameFontSize(xml);
    qInfo("%s: element names at %d pt (at least %d wanted)", qPrintable(paper), size, least);
    QVERIFY(size > 0);
    QVERIFY2(size >= least, qPrintable(u"%1 pt"_s.arg(size)));
}

QTEST_GUILESS_MAIN(TestCliReadable)
#include "tst_clireadable.moc"
