// Issue 9, item 4: the Vĩnh Phúc 2.0 overall diagram, laid out afresh without
// connections and exported to PDF fitted to A3 and A4 landscape, is readable on
// paper: element names of at least 8 pt on A3 and 6 pt on A4, as pdftohtml
// reports the font sizes in the PDF (poppler-utils; skipped when missing), and
// unrounded, as the PDF's own drawing operators give them (pdftohtml rounds
// 5.75 pt to 6).
#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

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

// The size of each text run of a PDF in points, unrounded: the font size (Tf)
// times the scale of the text matrix (Tm) and of the matrices in force (cm,
// nested by q and Q), read from the page's content streams (Flate, as QPdfWriter
// writes them).
QList<double> textRunSizes(const QByteArray &pdf)
{
    QList<double> sizes;
    static const QRegularExpression streamStart(u"stream\\r?\\n"_s);
    qsizetype from = 0;
    const QString latin = QString::fromLatin1(pdf);
    for (;;) {
        const QRegularExpressionMatch m = streamStart.match(latin, from);
        if (!m.hasMatch())
            break;
        const qsizetype start = m.capturedEnd();
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        from = end;
        // qUncompress wants the size first; a hint that grows as needed.
        QByteArray packed(4, '\0');
        const quint32 hint = quint32(std::min<qsizetype>(64 << 20, (end - start) * 8 + 1024));
        for (int i = 0; i < 4; ++i)
            packed[i] = char((hint >> (24 - 8 * i)) & 0xff);
        packed += pdf.mid(start, end - start);
        const QByteArray content = qUncompress(packed);
        if (content.isEmpty() || !content.contains(" Tf"))
            continue;
        QList<double> ctm{1.0}; // scale only: the diagram is neither rotated nor skewed
        double font = 0, text = 1;
        QList<double> operands;
        for (const QByteArray &token : content.simplified().split(' ')) {
            bool number = false;
            const double value = token.toDouble(&number);
            if (number) {
                operands.append(value);
                continue;
            }
            const auto scaleOf = [&operands]() {
                const qsizetype n = operands.size();
                return n >= 6 ? std::sqrt(std::abs(operands.at(n - 6) * operands.at(n - 3)
                                                   - operands.at(n - 5) * operands.at(n - 4)))
                              : 1.0;
            };
            if (token == "q")
                ctm.append(ctm.last());
            else if (token == "Q" && ctm.size() > 1)
                ctm.removeLast();
            else if (token == "cm")
                ctm.last() *= scaleOf();
            else if (token == "BT")
                text = 1;
            else if (token == "Tm")
                text = scaleOf();
            else if (token == "Tf" && !operands.isEmpty())
                font = operands.last();
            else if ((token == "Tj" || token == "TJ" || token.endsWith("Tj")) && font > 0)
                sizes.append(font * text * ctm.last());
            if (!token.startsWith('/') && !token.startsWith('(') && !token.startsWith('[')
                && !token.startsWith('<'))
                operands.clear();
        }
    }
    return sizes;
}

// The most frequent of the sizes (to 0.01 pt): the names'.
double commonSize(const QList<double> &sizes)
{
    QHash<qint64, int> count;
    for (const double size : sizes)
        ++count[qRound64(size * 100)];
    qint64 best = -1;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (best < 0 || it.value() > count.value(best))
            best = it.key();
    return best / 100.0;
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

    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<double> sizes = textRunSizes(file.readAll());
    QVERIFY2(sizes.size() > 100, qPrintable(u"%1 text runs found"_s.arg(sizes.size())));
    const double exact = commonSize(sizes);
    qInfo("%s: element names at %.2f pt unrounded", qPrintable(paper), exact);
    // The same size as pdftohtml gives, before its rounding.
    QVERIFY2(std::abs(exact - size) <= 0.5, qPrintable(u"%1 pt"_s.arg(exact)));
    QVERIFY2(exact >= least, qPrintable(u"%1 pt"_s.arg(exact)));
}

QTEST_GUILESS_MAIN(TestCliReadable)
#include "tst_clireadable.moc"
