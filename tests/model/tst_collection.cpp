// Collection: look-up by id stays right through removals and insertions, and the
// bulk takeAll()/insertAll() that removals and their undo use put everything back
// where it stood.
#include <model/core/collection.h>
#include <model/core/id.h>

#include <QTest>

#include <algorithm>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

struct Item
{
    ElementId id;
    int value = 0;
    friend bool operator==(const Item &, const Item &) = default;
};

using Items = Collection<ElementId, Item>;

ElementId idOf(int i)
{
    return ElementId(u"id-%1"_s.arg(i));
}

Items make(int n)
{
    Items items;
    for (int i = 0; i < n; ++i)
        items.append({ idOf(i), i });
    return items;
}

// Every item is found at its index.
bool indexed(const Items &items)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items.indexOf(items.at(i).id) != i)
            return false;
    return true;
}

} // namespace

class TestCollection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takeAllAndBack_data();
    void takeAllAndBack();
    void unknownIdsAreIgnored();
};

void TestCollection::takeAllAndBack_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("taken");
    QTest::newRow("none") << 10 << QList<int> {};
    QTest::newRow("first") << 10 << QList<int> { 0 };
    QTest::newRow("last") << 10 << QList<int> { 9 };
    QTest::newRow("all") << 5 << QList<int> { 0, 1, 2, 3, 4 };
    QTest::newRow("spread") << 50 << QList<int> { 3, 17, 4, 49, 30, 31, 0 };
    QTest::newRow("every other") << 20 << QList<int> { 0, 2, 4, 6, 8, 10, 12, 14, 16, 18 };
    QTest::newRow("tail") << 12 << QList<int> { 9, 10, 11 };
}

void TestCollection::takeAllAndBack()
{
    QFETCH(int, size);
    QFETCH(QList<int>, taken);
    const Items original = make(size);
    Items items = original;
    QSet<ElementId> ids;
    for (int i : taken)
        ids.insert(idOf(i));

    const auto removed = items.takeAll(ids);
    QCOMPARE(removed.size(), taken.size());
    QCOMPARE(items.size(), size - taken.size());
    QVERIFY(indexed(items));
    std::sort(taken.begin(), taken.end());
    for (qsizetype k = 0; k < removed.size(); ++k) {
        QCOMPARE(removed.at(k).first, qsizetype(taken.at(k))); // where it stood, ascending
        QCOMPARE(removed.at(k).second.value, taken.at(k));
        QVERIFY(!items.contains(idOf(taken.at(k))));
    }
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items.at(i - 1).value < items.at(i).value); // the rest kept their order

    items.insertAll(removed);
    QVERIFY(items == original);
    QVERIFY(indexed(items));
}

void TestCollection::unknownIdsAreIgnored()
{
    Items items = make(4);
    const auto removed = items.takeAll({ idOf(1), ElementId(u"id-none"_s) });
    QCOMPARE(removed.size(), 1);
    QCOMPARE(items.size(), 4 - 1);
    QVERIFY(indexed(items));
}

QTEST_GUILESS_MAIN(TestCollection)
#include "tst_collection.moc"
