// The words for view and node kinds are written once (model/types/kindnames.h)
// and are part of three formats: the .ktm file, the exchange XML and the
// clipboard. They must never change, and must read back to the same value.
#include <model/types/kindnames.h>

#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

class TestKindNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewKinds_data();
    void viewKinds();
    void nodeKinds_data();
    void nodeKinds();
    void unknownWords();
};

void TestKindNames::viewKinds_data()
{
    QTest::addColumn<ViewKind>("kind");
    QTest::addColumn<QString>("word");
    QTest::newRow("overall") << ViewKind::Overall << u"overall"_s;
    QTest::newRow("component") << ViewKind::Component << u"component"_s;
    QTest::newRow("free") << ViewKind::Free << u"free"_s;
}

void TestKindNames::viewKinds()
{
    QFETCH(ViewKind, kind);
    QFETCH(QString, word);
    QCOMPARE(viewKindName(kind), word);
    QCOMPARE(viewKindFromName(word), std::optional<ViewKind>(kind));
}

void TestKindNames::nodeKinds_data()
{
    QTest::addColumn<NodeKind>("kind");
    QTest::addColumn<QString>("word");
    QTest::newRow("element") << NodeKind::Element << u"element"_s;
    QTest::newRow("group") << NodeKind::Group << u"group"_s;
    QTest::newRow("note") << NodeKind::Note << u"note"_s;
    QTest::newRow("legend") << NodeKind::Legend << u"legend"_s;
    QTest::newRow("title block") << NodeKind::TitleBlock << u"titleBlock"_s;
}

void TestKindNames::nodeKinds()
{
    QFETCH(NodeKind, kind);
    QFETCH(QString, word);
    QCOMPARE(nodeKindName(kind), word);
    QCOMPARE(nodeKindFromName(word), std::optional<NodeKind>(kind));
}

void TestKindNames::unknownWords()
{
    for (const QString &word : {u"Overall"_s, u""_s, u"band"_s, u"group "_s}) {
        QVERIFY2(!viewKindFromName(word), qPrintable(word));
        QVERIFY2(!nodeKindFromName(word), qPrintable(word));
    }
}

QTEST_GUILESS_MAIN(TestKindNames)
#include "tst_kindnames.moc"
