// Refusal of bad or hostile input by the Open Exchange reader (with a message
// that names the file, and nothing changed), and of broken models by the writer
// (the file on disk left as it was).
#include <support/exchangefixtures.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>
#include <support/shareddir.h>

#include <model/io/exchangereader.h>
#include <model/io/exchangewriter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;
using test::fromXml;
using test::ModelChange;
using test::readAll;

namespace {

// A large, well-formed file to cut and spoil: our own fixture, always there, and
// Archi's Archisurance from the shared folder when KT_SHARED_DIR holds it.
void largeFiles()
{
    QTest::addColumn<QString>("file"); // under tests/data/exchange, or "shared:" and under the shared folder
    QTest::addColumn<qsizetype>("minimumSize");
    QTest::addColumn<qsizetype>("step"); // of the cuts in the middle of the file
    QTest::newRow("archi-style.xml") << u"archi-style.xml"_s << qsizetype(8000)
                                     << qsizetype(41);
    QTest::newRow("archisurance.xml (shared)")
            << u"shared:interop/archi/exchange-xml/archisurance.xml"_s << qsizetype(200000)
            << qsizetype(997);
}

} // namespace

// Declares `const QByteArray whole`, the file of the row (the test skips when a
// shared file is not there; it never reads nothing and goes on).
#define KT_FETCH_LARGE_FILE(whole)                                                          \
    QFETCH(QString, file);                                                                  \
    QFETCH(qsizetype, minimumSize);                                                         \
    QString path;                                                                           \
    if (file.startsWith(u"shared:"_s)) {                                                    \
        KT_SHARED_PATH_OR_SKIP(shared, file.mid(7));                                        \
        path = shared;                                                                      \
    } else {                                                                                \
        path = QStringLiteral(KT_TEST_DATA_DIR "/exchange/") + file;                       \
    }                                                                                       \
    const QByteArray whole = readAll(path);                                                 \
    QVERIFY2(whole.size() > minimumSize, qPrintable(path))

class TestExchangeBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInput_data();
    void badInput();
    void truncated_data() { largeFiles(); }
    void truncated();
    void mutated_data() { largeFiles(); }
    void mutated();
    void writerRefuses_data();
    void writerRefuses();
    void writeToMissingFolder();

private:
    QTemporaryDir m_dir;
};

void TestExchangeBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExchangeBadInput::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // written to a file of that name when not empty
    QTest::addColumn<QString>("expected");  // in the message; empty: the file reads
    QTest::addColumn<bool>("position");     // the message names line and column

    const auto fixture = [](const char *file, const char *expected, bool position = false) {
        QTest::newRow(file) << QString::fromLatin1(file) << QByteArray()
                            << QString::fromUtf8(expected) << position;
    };
    // The fixtures are good-base.xml with one thing wrong.
    fixture("good-base.xml", "");
    fixture("bad-malformed.xml", "not well-formed", true);
    fixture("bad-truncated.xml", "not well-formed", true);
    fixture("bad-trailing.xml", "not well-formed", true);
    fixture("bad-binary.xml", "not well-formed", true);
    fixture("bad-utf16-garbage.xml", "not well-formed", true);
    fixture("bad-undeclared-entity.xml", "not well-formed", true);
    fixture("bad-text-in-name.xml", "not well-formed", true);
    fixture("bad-dtd-internal.xml", "document type declaration (DTD)");
    fixture("bad-dtd-billion-laughs.xml", "document type declaration (DTD)");
    fixture("bad-dtd-external.xml", "document type declaration (DTD)");
    fixture("bad-empty.xml", "is empty");
    fixture("bad-whitespace.xml", "is empty");
    fixture("bad-root.xml", "not an ArchiMate exchange file");
    fixture("bad-namespace.xml", "the 2.x format is not supported");
    // What opens with findings instead (a reference to something missing, a circle):
    // tst_exchangefindings.
    fixture("bad-duplicate-element.xml", "identifier “id-a” is used twice");
    fixture("bad-duplicate-node.xml", "identifier “id-r” is used twice");
    fixture("bad-identifier.xml", "“1 b” is not a valid identifier");
    fixture("bad-framework.xml", "vn-egov-9.9");
    fixture("bad-coordinate.xml", "coordinate x=\"1e300\"");
    fixture("bad-coordinate-text.xml", "coordinate w=\"ten\"");

    // Texts over the limits, made here rather than stored.
    const QByteArray base = readAll(QStringLiteral(KT_TEST_DATA_DIR "/exchange/good-base.xml"));
    QByteArray longName = base;
    longName.replace("<name>B</name>",
                     QByteArray("<name>" + QByteArray(1024 * 1024, 'n') + "</name>"));
    QTest::newRow("name of 1 MB") << u"long-name.xml"_s << longName
                                  << u"name of “id-b” is longer than 4096"_s << false;
    QByteArray longDocumentation = base;
    longDocumentation.replace("<name>A</name>",
                              QByteArray("<name>A</name><documentation>"
                                         + QByteArray(1024 * 1024 + 1, 'd') + "</documentation>"));
    QTest::newRow("documentation over 1 MB")
            << u"long-documentation.xml"_s << longDocumentation
            << u"documentation of “id-a” is longer than"_s << false;
    QByteArray longId = base;
    longId.replace("id-b\"", QByteArray(QByteArray(2000, 'b') + '"'));
    QTest::newRow("identifier of 2000 characters")
            << u"long-identifier.xml"_s << longId << u"is not a valid identifier"_s << false;

    // Input that hung the reader (issue 13), refused by the limits of core/limits.h.
    // One element with 150,000 attributes: QXmlStreamReader's duplicate check is
    // quadratic, so they are counted in the raw bytes first.
    QByteArray attributes = base;
    {
        QByteArray many;
        many.reserve(150000 * 12);
        for (int i = 0; i < 150000; ++i)
            many += " a" + QByteArray::number(i) + "=\"1\"";
        attributes.replace("<element identifier=\"id-b\"",
                           QByteArray("<element identifier=\"id-b\"" + many));
    }
    QTest::newRow("150,000 attributes")
            << u"many-attributes.xml"_s << attributes
            << u"line 6: an XML tag has more than 64 attributes"_s << false;
    // Quoted '>' and '=' in values and comments are not attributes.
    QByteArray quoted = base;
    quoted.replace("<name>Base</name>",
                   QByteArray("<!-- <a " + QByteArray(200, '=') + "> --><name>Base</name>"
                              "<?pi " + QByteArray(200, '=') + "?>"));
    quoted.replace("x=\"20\"", QByteArray("x=\"20\" xmlns:q=\"" + QByteArray(200, '=') + "\""));
    QTest::newRow("equals signs in a comment, a PI and a value")
            << u"quoted-equals.xml"_s << quoted << QString() << false;
    // 100,000 nodes nested in each other.
    QByteArray nested = base;
    {
        QByteArray open;
        QByteArray close;
        for (int i = 0; i < 100000; ++i) {
            open += "<node identifier=\"id-g" + QByteArray::number(i)
                    + "\" xsi:type=\"Container\" x=\"0\" y=\"0\" w=\"10\" h=\"10\">";
            close += "</node>";
        }
        nested.replace("<connection", QByteArray(open + close + "<connection"));
    }
    QTest::newRow("100,000 nested nodes")
            << u"deep-nesting.xml"_s << nested
            << u"the node “id-g64” is nested more than 64 levels deep (in the view “id-v”)"_s
            << false;
    // A name of stacked combining marks: normalising it is quadratic, so the run is
    // refused before.
    const auto stackedMarks = [](int count) {
        QString stacked = u"B"_s;
        for (int i = 0; i < count; ++i)
            stacked += QChar(0x0300 + i % 0x30);
        return stacked.toUtf8();
    };
    QByteArray marks = base;
    marks.replace("<name>A</name>",
                  QByteArray("<name>A</name><documentation>" + stackedMarks(100000)
                             + "</documentation>"));
    QTest::newRow("100,000 stacked combining marks")
            << u"stacked-marks.xml"_s << marks
            << u"documentation of “id-a” has a run of 100000 combining marks on one letter "
               "(more than 32"_s
            << false;
    QByteArray nameMarks = base;
    nameMarks.replace("<name>B</name>", QByteArray("<name>" + stackedMarks(33) + "</name>"));
    QTest::newRow("33 stacked combining marks in a name")
            << u"stacked-marks-name.xml"_s << nameMarks
            << u"name of “id-b” has a run of 33 combining marks"_s << false;
    QByteArray fewMarks = base;
    fewMarks.replace("<name>B</name>", QString(u"<name>Tie\u0302\u0301ng</name>"_s).toUtf8());
    QTest::newRow("two combining marks") << u"two-marks.xml"_s << fewMarks << QString() << false;
    // A binary identifier is quoted shortened, control characters escaped.
    QByteArray binaryId = base;
    {
        QByteArray junk; // tabs and line breaks by reference: kept as they are
        for (int i = 0; i < 3000; ++i)
            junk += "&#9;&#10;\x7f";
        binaryId.replace("<element identifier=\"id-b\"",
                         QByteArray("<element identifier=\"x" + junk + "\""));
    }
    QTest::newRow("binary identifier")
            << u"binary-identifier.xml"_s << binaryId << u"“x\\t\\n\\u{7f}\\t\\n"_s << false;
}

void TestExchangeBadInput::badInput()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QFETCH(bool, position);
    QString path;
    if (content.isEmpty()) {
        path = QString::fromUtf8(KT_TEST_DATA_DIR "/exchange/") + file;
        QVERIFY2(!path.isEmpty(), qPrintable(file));
    } else {
        path = m_dir.filePath(file);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const QByteArray before = readAll(path);

    ModelData model = test::sampleModel();
    ExchangeReader reader;
    const bool ok = reader.readFile(path, model);
    if (expected.isEmpty()) {
        QVERIFY2(ok, qPrintable(reader.errorString()));
        QCOMPARE(model.elements.size(), 2);
    } else {
        QVERIFY(!ok);
        const QString message = reader.errorString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        if (position) {
            QVERIFY2(message.contains(u"line "_s), qPrintable(message));
            QVERIFY2(message.contains(u"column "_s), qPrintable(message));
        }
        QVERIFY2(message.size() < 1000, qPrintable(message.left(1000)));
        // A refused file changes nothing: neither the model given nor the file.
        KT_COMPARE_MODELS(model, test::sampleModel());
    }
    QCOMPARE(readAll(path), before);
}

void TestExchangeBadInput::truncated()
{
    KT_FETCH_LARGE_FILE(whole);
    QFETCH(qsizetype, step);
    const qsizetype end = whole.lastIndexOf("</model>") + 8;
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < 300; ++i)
        offsets.append(i);
    for (qsizetype i = 300; i < whole.size(); i += step)
        offsets.append(i);
    for (qsizetype i = end - 40; i <= whole.size(); ++i)
        offsets.append(i);
    int refused = 0;
    for (const qsizetype offset : std::as_const(offsets)) {
        ModelData model;
        QString error;
        const bool ok = fromXml(whole.left(offset), &model, &error, u"cut.xml"_s);
        QCOMPARE(ok, offset >= end);
        if (!ok) {
            ++refused;
            QVERIFY2(error.startsWith(u"cut.xml"_s), qPrintable(error));
        }
    }
    QVERIFY(refused > 500);
}

void TestExchangeBadInput::mutated()
{
    // Random bytes in random places: any answer will do, but no crash and a
    // message whenever the answer is no. (An empty file here once made the test
    // write out of bounds and crash; QtTest's crash handler then ran gdb for a
    // stack trace, which looked like a hang. KT_FETCH_LARGE_FILE refuses that.)
    KT_FETCH_LARGE_FILE(whole);
    QRandomGenerator random(20240601);
    const char noise[] = "<>&\"'=/ x\x01\xff\xc3-:#;";
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = whole;
        const int changes = 1 + random.bounded(8);
        for (int i = 0; i < changes; ++i)
            bytes[random.bounded(bytes.size())] = noise[random.bounded(int(sizeof(noise) - 1))];
        ModelData model;
        QString error;
        if (!fromXml(bytes, &model, &error, u"noise.xml"_s)) {
            ++refused;
            QVERIFY(error.startsWith(u"noise.xml"_s));
        }
    }
    QVERIFY(refused > 0);
}

void TestExchangeBadInput::writerRefuses_data()
{
    QTest::addColumn<ModelChange>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("node id used in two views") << ModelChange([](ModelData &d) {
        d.views.find(ViewId(u"id-v-2"_s))
                ->nodes.append(ViewNode{NodeId(u"id-n-1"_s), NodeKind::Element,
                                        ElementId(u"id-e-app"_s), {}, QRectF(0, 90, 10, 10), {},
                                        {}, {}, {}});
    }) << u"“id-n-1” is used twice"_s;
    QTest::newRow("relationship to a missing element") << ModelChange([](ModelData &d) {
        d.relationships.find(RelationshipId(u"id-r-1"_s))->target = ElementId(u"id-gone"_s);
    }) << u"joins “id-gone”"_s;
    QTest::newRow("connection to a missing node") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        view->connections.find(ConnectionId(u"id-c-2"_s))->source = NodeId(u"id-gone"_s);
    }) << u"joins “id-gone”"_s;
    QTest::newRow("nodes nested in a circle") << ModelChange([](ModelData &d) {
        View *view = d.views.find(ViewId(u"id-v-1"_s));
        view->nodes.find(NodeId(u"id-n-band"_s))->parent = NodeId(u"id-n-1"_s);
    }) << u"circle"_s;
    QTest::newRow("identifier that is no XML name") << ModelChange([](ModelData &d) {
        Element element = d.elements.at(0);
        element.id = ElementId(u"not an id"_s);
        d.elements.append(element);
    }) << u"not an XML name"_s;
    QTest::newRow("no profile") << ModelChange([](ModelData &d) { d.profile.reset(); })
                                << u"no framework profile"_s;
    // Beyond the limits of core/limits.h: what the reader would refuse is not
    // written, and the message names the object.
    QTest::newRow("name of 5000 characters") << ModelChange([](ModelData &d) {
        d.elements.find(ElementId(u"id-e-app"_s))->name = QString(5000, u'n');
    }) << u"the name of the element “id-e-app” is longer than 4096 characters (it has 5000)"_s;
    QTest::newRow("id of 2000 characters") << ModelChange([](ModelData &d) {
        Element element = d.elements.at(0);
        element.id = ElementId(QString(2000, u'i'));
        d.elements.append(element);
    }) << u"the id of the element “iiiii"_s;
    QTest::newRow("coordinate 1e12") << ModelChange([](ModelData &d) {
        d.views.find(ViewId(u"id-v-1"_s))->nodes.find(NodeId(u"id-n-1"_s))->bounds.moveLeft(1e12);
    }) << u"the node “id-n-1” of the view “id-v-1” has a coordinate or size that is not a number from -100000000 to 100000000"_s;
}

void TestExchangeBadInput::writerRefuses()
{
    QFETCH(ModelChange, change);
    QFETCH(QString, expected);
    const QString tag = QString::fromUtf8(QTest::currentDataTag());
    const QString path = m_dir.filePath(u"existing-%1.xml"_s.arg(tag));
    ExchangeWriter writer;
    QVERIFY2(writer.writeFile(test::sampleModel(), path), qPrintable(writer.errorString()));
    const QByteArray before = readAll(path);
    QVERIFY(before.contains("</model>"));
    ModelData broken = test::sampleModel();
    change(broken);
    QVERIFY(!writer.writeFile(broken, path));
    QVERIFY2(writer.errorString().contains(path), qPrintable(writer.errorString()));
    QVERIFY2(writer.errorString().contains(expected), qPrintable(writer.errorString()));
    // The file on disk is as it was, and no temporary file is left beside it.
    QCOMPARE(readAll(path), before);
    QCOMPARE(QFileInfo(path).dir().entryList({u"existing-*"_s}, QDir::Files).size(),
             QFileInfo(path).dir().entryList({u"existing-*.xml"_s}, QDir::Files).size());
}

void TestExchangeBadInput::writeToMissingFolder()
{
    const QString nowhere = m_dir.filePath(u"no/such/folder/model.xml"_s);
    ExchangeWriter writer;
    QVERIFY(!writer.writeFile(test::sampleModel(), nowhere));
    QVERIFY2(writer.errorString().contains(nowhere), qPrintable(writer.errorString()));
    QVERIFY(!QFile::exists(nowhere));
}

QTEST_GUILESS_MAIN(TestExchangeBadInput)
#include "tst_exchangebadinput.moc"
