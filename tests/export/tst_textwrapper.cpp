// TextWrapper decides most line breaks from estimated and cached widths; its lines
// must be exactly those of the plain greedy wrap that shapes every candidate line
// (which DiagramPainter used before, and which the stored layouts were made with).
#include "exporttest.h"

#include <model/export/painter/diagramstyle.h>
#include <model/export/painter/textwrapper.h>

#include <QFontMetricsF>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

// The reference: every candidate "line word" shaped and compared with the width.
QStringList greedyWrap(const QFontMetricsF &metrics, const QString &text, double width)
{
    QStringList lines;
    QString line;
    for (const QString &paragraph : text.split(u'\n')) {
        for (QString word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (line.isEmpty() ? metrics.horizontalAdvance(word) <= width
                               : metrics.horizontalAdvance(line + u' ' + word) <= width) {
                line = line.isEmpty() ? word : line + u' ' + word;
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            while (metrics.horizontalAdvance(word) > width && word.size() > 1) {
                qsizetype n = word.size() - 1;
                while (n > 1 && metrics.horizontalAdvance(word.left(n)) > width)
                    --n;
                lines.append(word.left(n));
                word = word.mid(n);
            }
            line = word;
        }
        if (!line.isEmpty())
            lines.append(line);
        line.clear();
    }
    return lines;
}

// Names as models have them: the examples' element names, and texts that test the
// edges (kerning pairs, digits, marks not precomposed, a word longer than a line,
// hard breaks, runs of spaces, other scripts).
QStringList names()
{
    QStringList result;
    for (const QString &file : {u"vinhphuc-2.0.xml"_s, u"vinhphuc-1.0.xml"_s}) {
        const ModelData data = test::loadExample(file);
        for (const Element &element : data.elements)
            result.append(element.name);
    }
    result << u"AVATAR To Yo Tr Vy LT \"Wa\" fi fl ffi"_s
           << u"Hệ thống thông tin 1234 5678 91011 đất đai cấp tỉnh 2026"_s
           << u"Tie\u0302\u0301ng Vie\u0323\u0302t (chưa chuẩn hoá NFC)"_s
           << u"Cổng-Dịch-vụ-công-và-Hệ-thống-thông-tin-một-cửa-điện-tử-tỉnh"_s
           << u"Dòng một\nDòng hai  với   nhiều khoảng trắng\n\nDòng bốn"_s
           << u"数据 共享 平台 và LGSP"_s << u"W"_s << QString();
    return result;
}

} // namespace

class TestTextWrapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameLinesAsShapingEveryCandidate_data();
    void sameLinesAsShapingEveryCandidate();
    void longWordSameLinesAsGreedy_data();
    void longWordSameLinesAsGreedy();
    void longWordShapedNearLinearly();
    void labelLaidOutFromBoundedPrefix();
};

void TestTextWrapper::sameLinesAsShapingEveryCandidate_data()
{
    QTest::addColumn<QFont>("font");
    QTest::newRow("node font") << DiagramStyle::labelFont();
    QTest::newRow("band font") << DiagramStyle::groupFont();
}

void TestTextWrapper::sameLinesAsShapingEveryCandidate()
{
    QFETCH(QFont, font);
    const QFontMetricsF metrics(font);
    TextWrapper wrapper(font);
    const QStringList texts = names();
    QVERIFY(texts.size() > 100);
    int multiLine = 0;
    for (const QString &text : texts) {
        // Widths the layout asks for (whole units) and the painter's (fractions).
        for (double width = 10; width <= 320; width += 3.25) {
            const QStringList expected = greedyWrap(metrics, text, width);
            QCOMPARE(wrapper.lines(text, width), expected);
            QCOMPARE(wrapper.lineCount(text, width), std::max<qsizetype>(1, expected.size()));
            multiLine += expected.size() > 1 ? 1 : 0;
        }
    }
    QVERIFY(multiLine > 1000); // the widths do make the names wrap
    // Asked again (the layout does, over its passes): the same count, from the cache.
    QCOMPARE(wrapper.lineCount(texts.first(), 60),
             std::max<qsizetype>(1, greedyWrap(metrics, texts.first(), 60).size()));
}

namespace {

// A word without spaces of n characters: Vietnamese letters, digits, punctuation.
QString unbrokenWord(qsizetype n)
{
    const QString pattern = u"HệThốngThôngTin-ĐấtĐai_2026.LGSP/WAVE"_s;
    QString word;
    while (word.size() < n)
        word += pattern;
    return word.left(n);
}

} // namespace

void TestTextWrapper::longWordSameLinesAsGreedy_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("40") << 40;
    QTest::newRow("150") << 150;
    QTest::newRow("300") << 300;
}

// A word broken by characters: the lines of the old greedy wrap (the longest prefix
// that fits, found scanning down from the whole word), now found by a search.
void TestTextWrapper::longWordSameLinesAsGreedy()
{
    QFETCH(int, length);
    const QFont font = DiagramStyle::labelFont();
    const QFontMetricsF metrics(font);
    TextWrapper wrapper(font);
    const QString word = unbrokenWord(length);
    for (const QString &text : {word, QString(u"Hệ thống "_s + word + u" cấp tỉnh"_s)}) {
        for (double width : {37.5, 60.0, 146.0, 320.0}) {
            const QStringList expected = greedyWrap(metrics, text, width);
            QCOMPARE(wrapper.lines(text, width), expected);
            QCOMPARE(wrapper.lineCount(text, width), std::max<qsizetype>(1, expected.size()));
        }
    }
}

// Breaking a long word must not shape each prefix again and again (quadratic or
// worse: a 4,096-character name took minutes): the characters shaped stay within a
// small multiple of the length times its logarithm.
void TestTextWrapper::longWordShapedNearLinearly()
{
    const QFont font = DiagramStyle::labelFont();
    for (const int length : {600, 1000}) {
        TextWrapper wrapper(font);
        const QString word = unbrokenWord(length);
        const QStringList lines = wrapper.lines(word, 146);
        QVERIFY(lines.size() > 10);
        const qint64 bound = 16 * qint64(length) * qint64(std::log2(length));
        QVERIFY2(wrapper.shapedCharacters() <= bound,
                 qPrintable(u"%1 characters shaped for a word of %2 (bound %3)"_s
                                    .arg(wrapper.shapedCharacters())
                                    .arg(length)
                                    .arg(bound)));
    }
}

// A label is laid out from its first TextWrapper::MaxLaidOutLength characters at
// most; the rest is elided ("…").
void TestTextWrapper::labelLaidOutFromBoundedPrefix()
{
    const QFont font = DiagramStyle::labelFont();
    TextWrapper wrapper(font);
    const QString word = unbrokenWord(4096);
    const QStringList lines = wrapper.lines(word, 146);
    const QString laidOut = lines.join(QString());
    QCOMPARE(laidOut.size(), TextWrapper::MaxLaidOutLength + 1);
    QVERIFY(laidOut.endsWith(u'\u2026'));
    QCOMPARE(laidOut.chopped(1), word.left(TextWrapper::MaxLaidOutLength));
    QCOMPARE(wrapper.lineCount(word, 146), lines.size());
    QVERIFY(wrapper.shapedCharacters() <= 16 * 1000 * 10);
    // A shorter text is laid out whole.
    const QString shorter = unbrokenWord(TextWrapper::MaxLaidOutLength);
    QCOMPARE(wrapper.lines(shorter, 146).join(QString()), shorter);
}

QTEST_MAIN(TestTextWrapper)
#include "tst_textwrapper.moc"
