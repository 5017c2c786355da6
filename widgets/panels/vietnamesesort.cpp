#include "vietnamesesort.h"

namespace kt {

namespace {

// Combining marks that make a new letter of the Vietnamese alphabet (primary
// difference) rather than a tone (secondary difference).
constexpr char16_t Breve = 0x0306;
constexpr char16_t Circumflex = 0x0302;
constexpr char16_t Horn = 0x031B;
constexpr char16_t LowerDStroke = 0x0111;

// Letters get weights in a private-use block so that they sort after spaces,
// punctuation and digits, which keep their own code.
constexpr char16_t LetterBase = 0xE000;
constexpr char16_t LevelSeparator = 0x0001;

// The position of a tone mark in the order of tones; 0 for no tone (ngang).
int toneOf(char16_t mark)
{
    switch (mark) {
    case 0x0300: return 1; // huyền
    case 0x0309: return 2; // hỏi
    case 0x0303: return 3; // ngã
    case 0x0301: return 4; // sắc
    case 0x0323: return 5; // nặng
    default: return 0;
    }
}

// The variant of a base letter a modifier makes: ă and ơ and ư and ê are the first
// variant of their letter, â and ô the first or second. -1 when the modifier
// does not make a Vietnamese letter from this base.
int variantOf(char16_t base, char16_t modifier)
{
    switch (base) {
    case u'a': return modifier == Breve ? 1 : modifier == Circumflex ? 2 : -1;
    case u'e': return modifier == Circumflex ? 1 : -1;
    case u'o': return modifier == Circumflex ? 1 : modifier == Horn ? 2 : -1;
    case u'u': return modifier == Horn ? 1 : -1;
    default: return -1;
    }
}

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing;
}

} // namespace

QString vietnameseSortKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString primary;
    QString secondary;
    QString tertiary;
    primary.reserve(decomposed.size());

    qsizetype i = 0;
    while (i < decomposed.size()) {
        const QChar c = decomposed.at(i++);
        if (isMark(c))
            continue; // a mark without a base letter carries no order
        const bool upper = c.isUpper();
        char16_t base = c.toCaseFolded().unicode();
        int variant = 0;
        if (base == LowerDStroke) { // đ has no decomposition; Đ folds to it
            base = u'd';
            variant = 1;
        }
        int tone = 0;
        for (; i < decomposed.size() && isMark(decomposed.at(i)); ++i) {
            const char16_t mark = decomposed.at(i).unicode();
            if (const int v = variantOf(base, mark); v > 0)
                variant = v;
            else if (const int t = toneOf(mark); t > 0)
                tone = t;
        }
        if (base >= u'a' && base <= u'z')
            primary.append(QChar(char16_t(LetterBase + (base - u'a') * 4 + variant)));
        else
            primary.append(QChar(base));
        secondary.append(QChar(char16_t(u'0' + tone)));
        tertiary.append(QChar(upper ? u'1' : u'0'));
    }
    return primary + QChar(LevelSeparator) + secondary + QChar(LevelSeparator) + tertiary;
}

} // namespace kt
