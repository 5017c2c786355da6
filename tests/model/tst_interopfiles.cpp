// Exchange files written by other tools (tests/data/interop/<tool>/, their source
// and licence in the README beside each): each reads whole, with the counts that
// xmllint's own count of the XML gives, is written again with every identifier of
// the file kept, and what we write validates against the Open Group schema.
#include <support/exchangefixtures.h>
#include <support/exchangeschema.h>
#include <support/modelcompare.h>
#include <support/shareddir.h>

#include <model/io/exchangereader.h>

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace kt;
using namespace Qt::StringLiterals;
using test::fromXml;
using test::readAll;
using test::toXml;

namespace {

QString interopPath(const QString &file)
{
    return QStringLiteral(KT_TEST_DATA_DIR "/interop/") + file;
}

// An XPath over the file's elements by local name: the files use a default
// namespace, which xmllint's --xpath cannot bind.
QString local(const QString &name)
{
    return u"*[local-name()='%1']"_s.arg(name);
}

} // namespace

class TestInteropFiles : public QObject
{
    Q_OBJECT

private:
    // What xmllint --xpath prints for expression on the file at path; the test
    // fails when xmllint does not answer.
    QString xpath(const QString &path, const QString &expression, bool *ok) const;
    int count(const QString &path, const QString &expression) const;

    QString m_xmllint;
    test::ExchangeSchema m_schemas;

private Q_SLOTS:
    void initTestCase();
    void readsAndWritesBack_data();
    void readsAndWritesBack();
};

QString TestInteropFiles::xpath(const QString &path, const QString &expression, bool *ok) const
{
    QProcess xmllint;
    xmllint.start(m_xmllint, {u"--nonet"_s, u"--xpath"_s, expression, path});
    *ok = xmllint.waitForFinished(60000) && xmllint.exitStatus() == QProcess::NormalExit
            && xmllint.exitCode() == 0;
    return QString::fromUtf8(xmllint.readAllStandardOutput());
}

int TestInteropFiles::count(const QString &path, const QString &expression) const
{
    bool ok = false;
    const QString text = xpath(path, u"count("_s + expression + u')', &ok).trimmed();
    bool number = false;
    const int n = text.toInt(&number);
    return ok && number ? n : -1;
}

void TestInteropFiles::initTestCase()
{
    m_xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
    if (m_xmllint.isEmpty())
        QSKIP("xmllint (libxml2-utils) is not installed: the independent count needs it");
    const QString problem = m_schemas.prepare();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestInteropFiles::readsAndWritesBack_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("sparx-ea") << u"sparx-ea/aoeff_3_0_sparx.xml"_s;
    QTest::newRow("visual-paradigm") << u"visual-paradigm/aoeff_3_1_visual_paradigm.xml"_s;
}

void TestInteropFiles::readsAndWritesBack()
{
    QFETCH(QString, file);
    const QString path = interopPath(file);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    // The file's own count, by xmllint.
    const QString elements = u"//"_s + local(u"elements"_s) + u'/' + local(u"element"_s);
    const QString relationships =
            u"//"_s + local(u"relationships"_s) + u'/' + local(u"relationship"_s);
    const QString views = u"//"_s + local(u"diagrams"_s) + u'/' + local(u"view"_s);
    const int elementCount = count(path, elements);
    const int relationshipCount = count(path, relationships);
    const int viewCount = count(path, views);
    QVERIFY(elementCount > 0);
    QVERIFY(relationshipCount > 0);
    QVERIFY(viewCount > 0);
    QList<int> nodes, connections, bendpoints, nested, labels, containers;
    for (int v = 1; v <= viewCount; ++v) {
        const QString view = u"(%1)[%2]"_s.arg(views).arg(v);
        nodes.append(count(path, view + u"//"_s + local(u"node"_s)));
        connections.append(count(path, view + u"//"_s + local(u"connection"_s)));
        bendpoints.append(count(path, view + u"//"_s + local(u"bendpoint"_s)));
        nested.append(count(path, view + u"//"_s + local(u"node"_s) + u'/' + local(u"node"_s)));
        labels.append(count(path, view + u"//"_s + local(u"node"_s)
                                          + u"[@*[local-name()='type']='Label']"_s));
        containers.append(count(path, view + u"//"_s + local(u"node"_s)
                                              + u"[@*[local-name()='type']='Container']"_s));
    }
    const int properties = count(path, u"//"_s + local(u"elements"_s) + u"//"_s
                                               + local(u"property"_s));
    bool ok = false;
    const QString identifierText = xpath(path, u"//@identifier"_s, &ok);
    QVERIFY(ok);
    QStringList identifiers;
    for (const QString &attribute : identifierText.split(u'\n', Qt::SkipEmptyParts)) {
        const QString trimmed = attribute.trimmed();
        QVERIFY2(trimmed.startsWith(u"identifier=\""_s) && trimmed.endsWith(u'"'),
                 qPrintable(trimmed));
        identifiers.append(trimmed.mid(12, trimmed.size() - 13));
    }
    QVERIFY(identifiers.size() > elementCount + relationshipCount);

    // Ours: everything, and nothing left out.
    ModelData model;
    ExchangeReader reader;
    QVERIFY2(reader.readFile(path, model), qPrintable(reader.errorString()));
    QVERIFY2(reader.findings().isEmpty(), qPrintable(reader.findings().join(u'\n')));
    QCOMPARE(model.elements.size(), elementCount);
    QCOMPARE(model.relationships.size(), relationshipCount);
    QCOMPARE(model.views.size(), viewCount);
    int elementProperties = 0;
    for (const Element &element : model.elements)
        for (auto it = element.properties.cbegin(); it != element.properties.cend(); ++it)
            elementProperties += it.key().startsWith(u"kt:"_s) || it.key() == u"archimateType"_s
                    ? 0
                    : 1;
    QCOMPARE(elementProperties, properties);
    for (int v = 0; v < viewCount; ++v) {
        const View &view = model.views.at(v);
        QCOMPARE(view.nodes.size(), nodes.at(v));
        QCOMPARE(view.connections.size(), connections.at(v));
        int bends = 0, inside = 0, notes = 0, groups = 0;
        for (const ViewConnection &connection : view.connections)
            bends += int(connection.bendpoints.size());
        for (const ViewNode &node : view.nodes) {
            inside += node.parent.isNull() ? 0 : 1;
            notes += node.kind == NodeKind::Note ? 1 : 0;
            groups += node.kind == NodeKind::Group ? 1 : 0;
        }
        QCOMPARE(bends, bendpoints.at(v));
        QCOMPARE(inside, nested.at(v));
        QCOMPARE(notes, labels.at(v));
        QCOMPARE(groups, containers.at(v));
    }

    // Written back: every identifier of the file, valid against the schema, and
    // read again as it was.
    QString error;
    const QByteArray written = toXml(model, &error);
    QVERIFY2(!written.isEmpty(), qPrintable(error));
    QSet<QString> writtenIdentifiers;
    QXmlStreamReader xml(written);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.attributes().hasAttribute(u"identifier"_s))
            writtenIdentifiers.insert(xml.attributes().value(u"identifier"_s).toString());
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const QString &id : std::as_const(identifiers))
        QVERIFY2(writtenIdentifiers.contains(id), qPrintable(id));
    const QString problems = m_schemas.validate(written);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    if (!m_schemas.isReady())
        qWarning("schema validation skipped: %s",
                 test::missingSharedMessage(test::ExchangeSchema::sharedDir()).constData());
    ModelData again;
    QVERIFY2(fromXml(written, &again, &error), qPrintable(error));
    KT_COMPARE_MODELS(again, model);
    QCOMPARE(toXml(again), written);
}

QTEST_GUILESS_MAIN(TestInteropFiles)
#include "tst_interopfiles.moc"
