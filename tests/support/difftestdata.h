#pragma once

// What the diff tests share: names made at random and elements made by hand.
#include <model/types/element.h>

#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kt::test {

// Letters of Vietnamese names, some with accents (precomposed, NFC).
inline const QString Letters = QStringLiteral("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạệốờữ");

// A random name unlike any other the generator makes (random letters: two names
// are never 0.8 alike).
inline QString randomName(QRandomGenerator &random, QSet<QString> &used)
{
    for (;;) {
        QString name;
        const int length = 10 + random.bounded(6);
        for (int i = 0; i < length; ++i)
            name += i == 4 ? QChar(u' ') : Letters.at(random.bounded(int(Letters.size())));
        name[0] = name.at(0).toUpper();
        if (!used.contains(name.toCaseFolded())) {
            used.insert(name.toCaseFolded());
            return name;
        }
    }
}

inline Element namedElement(const QString &id, const QString &type, const QString &name)
{
    Element e;
    e.id = ElementId(id);
    e.type = type;
    e.name = name;
    return e;
}

// A set as a sorted list, so that QCOMPARE shows what differs.
inline QStringList sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace kt::test

#define COMPARE_SETS(actual, expected) QCOMPARE(kt::test::sorted(actual), kt::test::sorted(expected))
