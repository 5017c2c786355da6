// A .ktm file damaged by another tool is refused by every command that reads it:
// exit code 2, a message naming the file and the fault, and no output written
// (convert and layout -o used to copy the defect, export to draw it).

#include <model/store/ktmstore.h>
#include <support/generatedmodel.h>
#include <support/sqlitedoctor.h>

#include "clirunner.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;
using kt::test::Run;
using kt::test::kientruc;

class TestCliKtmCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();

private:
    QString damaged(const QString &name, const QString &statement);
    QTemporaryDir m_dir;
};

void TestCliKtmCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliKtmCheck::damaged(const QString &name, const QString &statement)
{
    const QString path = m_dir.filePath(name + u".ktm"_s);
    KtmStore store;
    if (!store.save(test::generatedModel(20), path))
        qFatal("%s", qPrintable(store.errorString()));
    if (statement.isEmpty())
        return path;
    if (!test::executeSql(path, { statement }))
        qFatal("cannot damage %s", qPrintable(path));
    return path;
}

void TestCliKtmCheck::refused_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("exitCode");
    // The valid file first: the same commands succeed on it.
    QTest::newRow("valid") << QString() << QString() << 0;
    QTest::newRow("nested in itself")
        << u"UPDATE nodes SET parent = seq WHERE seq = (SELECT min(seq) FROM nodes)"_s
        << u"is nested in itself"_s << 2;
    QTest::newRow("infinite x")
        << u"UPDATE nodes SET x = 1e999 WHERE seq = (SELECT min(seq) FROM nodes)"_s
        << u"has a coordinate or size that is not a number"_s << 2;
    QTest::newRow("element node without element")
        << u"UPDATE nodes SET element = NULL WHERE seq = "
           "(SELECT min(seq) FROM nodes WHERE kind = 'element')"_s
        << u"shows no element"_s << 2;
}

void TestCliKtmCheck::refused()
{
    QFETCH(QString, statement);
    QFETCH(QString, fault);
    QFETCH(int, exitCode);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString path = damaged(tag, statement);
    const QString out = m_dir.filePath(tag + u"-out"_s);
    QVERIFY(QDir().mkpath(out));
    const QList<QStringList> commands {
        { u"info"_s, path },
        { u"validate"_s, path },
        { u"export"_s, path, u"--all"_s, u"--format"_s, u"svg"_s, u"-o"_s, out + u"/svg"_s },
        { u"convert"_s, path, out + u"/copy.xml"_s },
        { u"convert"_s, path, out + u"/copy.ktm"_s },
        { u"layout"_s, path, u"-o"_s, out + u"/laid-out.ktm"_s },
    };
    for (const QStringList &arguments : commands) {
        const Run run = kientruc(arguments);
        const QString what = arguments.join(u' ') + u": "_s + run.err;
        if (exitCode == 0 && arguments.first() == u"validate") {
            // Findings (exit 1) are fine for a generated model: it is read.
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(what));
            continue;
        }
        QVERIFY2(run.exitCode == exitCode, qPrintable(what));
        if (exitCode == 0)
            continue;
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(path)), qPrintable(what));
        QVERIFY2(run.err.contains(fault), qPrintable(what));
    }
    const QStringList written = QDir(out).entryList(QDir::AllEntries | QDir::Hidden
        | QDir::NoDotAndDotDot);
    if (exitCode == 0)
        QCOMPARE(written.size(), 4); // svg, copy.xml, copy.ktm, laid-out.ktm
    else
        QVERIFY2(written.isEmpty(), qPrintable(written.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestCliKtmCheck)
#include "tst_cliktmcheck.moc"
