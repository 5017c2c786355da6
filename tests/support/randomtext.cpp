#include "randomtext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kt::test {

namespace {

const QStringList Words = {u"Hệ thống"_s, u"thông tin"_s, u"Cổng"_s,  u"dịch vụ"_s,
                           u"công"_s,     u"Trục"_s,      u"LGSP"_s,  u"dữ liệu"_s,
                           u"đất đai"_s,  u"Sở"_s,        u"quản lý"_s, u"văn bản"_s};

// Assigned or not, these are characters XML allows (not a surrogate, not U+xFFFE
// or U+xFFFF) and that NFC leaves alone (no decomposition, no composition).
const char32_t PlaneSamples[] = {
        U'\u0110',   // Đ, plane 0
        U'\U0001F3DB', // classical building, plane 1
        U'\U00020BB7', // a CJK ideograph of extension B, plane 2
        U'\U00030000', // CJK extension G, plane 3
        U'\U00040001', U'\U00050002', U'\U00060003', U'\U00070004', U'\U00080005',
        U'\U00090006', U'\U000A0007', U'\U000B0008', U'\U000C0009', // planes 4..12, unassigned
        U'\U000D000A', // plane 13
        U'\U000E0041', // a tag character, plane 14
        U'\U000F0000', // private use, plane 15
        U'\U0010FFFD', // private use, plane 16 (the last valid code point)
};

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

QString everyPlane()
{
    QString text;
    for (const char32_t c : PlaneSamples)
        text += fromCodePoint(c);
    return text;
}

QString randomName(QRandomGenerator &random)
{
    QStringList parts;
    const int count = 1 + random.bounded(3);
    for (int i = 0; i < count; ++i)
        parts.append(Words.at(random.bounded(Words.size())));
    if (random.bounded(4) == 0)
        parts.append(fromCodePoint(PlaneSamples[random.bounded(int(std::size(PlaneSamples)))]));
    parts.append(QString::number(random.bounded(1000)));
    return parts.join(u' ');
}

QString extremeText(QRandomGenerator &random, qsizetype length, bool unbroken)
{
    QString text;
    while (text.size() < length + 64) {
        switch (random.bounded(5)) {
        case 0: // astral and other planes
            text += fromCodePoint(PlaneSamples[random.bounded(int(std::size(PlaneSamples)))]);
            break;
        case 1: { // a base with stacked combining marks (at most 3 of them)
            text += QChar(u'a' + random.bounded(26));
            const int marks = 1 + random.bounded(3);
            for (int i = 0; i < marks; ++i)
                text += QChar(char16_t(0x0300 + random.bounded(0x70)));
            break;
        }
        case 2:
            text += Words.at(random.bounded(Words.size()));
            break;
        default:
            text += unbroken ? u"Nội_bộ"_s : u" chữ "_s;
        }
    }
    if (unbroken)
        text.remove(u' ');
    // NFC first (it may shorten the text), then cut to length at a code point and
    // padded with letters.
    text = text.normalized(QString::NormalizationForm_C);
    text.truncate(length);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    // A mark cut from its base may compose differently: normalise again.
    text = text.normalized(QString::NormalizationForm_C).trimmed();
    while (text.size() < length)
        text += u'x';
    return text;
}

} // namespace kt::test
