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

QTEST_MAIN(TestTextWrapper)
#include "tst_textwrapper.moc"
