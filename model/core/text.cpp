#include "text.h"

#include <QCoreApplication>

#include <algorithm>

namespace kt {

namespace {

bool isMark(char32_t c)
{
    // Below U+0300 there are no combining marks: the common case costs a compare.
    if (c < 0x300)
        return false;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing;
}

} // namespace

qsizetype longestCombiningRun(QStringView text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        if (isMark(c)) {
            longest = std::max(longest, ++run);
        } else {
            run = 0;
        }
    }
    return longest;
}

TextFault textFault(QStringView text, qsizetype maxLength)
{
    if (text.size() > maxLength)
        return TextFault::TooLong;
    if (longestCombiningRun(text) > limits::MaxCombiningMarks)
        return TextFault::TooManyMarks;
    return TextFault::None;
}

TextFault checkedText(QString &text, qsizetype maxLength)
{
    const TextFault fault = textFault(text, maxLength);
    if (fault == TextFault::None)
        text = normalizedText(text);
    return fault;
}

QString textFaultReason(TextFault fault, const QString &text, qsizetype maxLength)
{
    switch (fault) {
    case TextFault::None:
        break;
    case TextFault::TooLong:
        return QCoreApplication::translate("kt::Text", "is longer than %1 characters (it has %2)")
                .arg(maxLength)
                .arg(text.size());
    case TextFault::TooManyMarks:
        return QCoreApplication::translate("kt::Text",
                                           "has a run of %1 combining marks on one letter "
                                           "(more than %2, which no real text has)")
                .arg(longestCombiningRun(text))
                .arg(limits::MaxCombiningMarks);
    }
    return {};
}

QString quotedText(QStringView text, qsizetype maxLength)
{
    QString out;
    const qsizetype shown = std::min(text.size(), maxLength);
    out.reserve(shown + 8);
    for (qsizetype i = 0; i < shown; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            if (i + 1 >= shown)
                break; // not cut in half
            out += c;
            out += text[++i];
            continue;
        }
        if (u == u'\n')
            out += u"\\n";
        else if (u == u'\t')
            out += u"\\t";
        else if (u == u'\r')
            out += u"\\r";
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || c.isSurrogate() || u == 0x2028
                 || u == 0x2029 || u == 0x202e || u == 0xfffe || u == 0xffff)
            out += u"\\u{" + QString::number(u, 16) + u'}';
        else
            out += c;
    }
    if (text.size() > shown)
        out += u'\u2026';
    return out;
}

QString normalizedText(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Quick path: pure ASCII is already NFC.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 127) {
            ascii = false;
            break;
        }
    }
    if (ascii || longestCombiningRun(text) > limits::MaxCombiningMarks)
        return text;
    return text.normalized(QString::NormalizationForm_C);
}

QString searchKey(const QString &text)
{
    // Normalising a run of marks takes quadratic time; such text is not real text.
    const QString decomposed = longestCombiningRun(text) > limits::MaxCombiningMarks
            ? text
            : text.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            key.append(u'd');
        else
            key.append(c.toCaseFolded());
    }
    return key;
}

} // namespace kt
