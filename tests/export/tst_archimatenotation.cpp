// ArchiMate's notation in DiagramPainter: a relationship or element of a type the
// framework does not map (imported as the generic type, the ArchiMate type kept) is
// drawn as ArchiMate draws its kept type; the view setting "notation" draws every
// element and relationship so. The setting is an undoable Edit kept by the .ktm
// and the exchange file.
#include <support/exchangefixtures.h>

#include <model/edit/viewedits.h>
#include <model/export/painter/archimatenotation.h>
#include <model/export/painter/diagrampainter.h>
#include <model/modelfile.h>

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;
using test::fromXml;
using test::readAll;
using test::toXml;

Q_DECLARE_METATYPE(kt::LineStyle)
Q_DECLARE_METATYPE(kt::ArrowHead)

namespace {

// The fixture's connection runs along y = 50 from x = 140 (A) to x = 320 (B).
constexpr int LineY = 50;

bool dark(QRgb pixel)
{
    return qGray(pixel) < 170;
}

// Dark pixels in columns [x0, x1] off the line itself (above and below it).
struct Ink
{
    int above = 0;
    int below = 0;
    int total() const { return above + below; }
};

Ink inkOffLine(const QImage &image, int x0, int x1)
{
    Ink ink;
    for (int x = x0; x <= x1; ++x)
        for (int y = LineY - 10; y <= LineY + 10; ++y)
            if (std::abs(y - LineY) >= 2 && dark(image.pixel(x, y)))
                (y < LineY ? ink.above : ink.below)++;
    return ink;
}

// The share of the line's middle stretch that is inked: 1 for a solid line.
double lineCoverage(const QImage &image)
{
    int inked = 0;
    for (int x = 200; x < 260; ++x)
        if (dark(image.pixel(x, LineY)) || dark(image.pixel(x, LineY - 1)))
            ++inked;
    return inked / 60.0;
}

QImage paint(const ModelData &data)
{
    QImage image(480, 110, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    DiagramPainter(&data).paintView(&painter, data.views.at(0));
    return image;
}

ModelData imported(const QString &type, const QString &attributes = {})
{
    QByteArray xml = readAll(QStringLiteral(KT_TEST_DATA_DIR "/notation/imported-types.xml"));
    xml.replace("@TYPE@", type.toUtf8());
    xml.replace("@ATTRIBUTES@", attributes.toUtf8());
    ModelData data;
    QString error;
    if (!fromXml(xml, &data, &error))
        qWarning("%s", qPrintable(error));
    return data;
}

} // namespace

class TestArchimateNotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineLook_data();
    void lineLook();
    void elementLooks();
    void iconsDiffer();
    void importedRelationship_data();
    void importedRelationship();
    void importedElement();
    void viewSettingDrawsEveryType();
    void settingIsUndoableAndKept();
};

void TestArchimateNotation::lineLook_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("access");
    QTest::addColumn<bool>("directed");
    QTest::addColumn<LineStyle>("line");
    QTest::addColumn<ArrowHead>("source");
    QTest::addColumn<ArrowHead>("target");
    const auto row = [](const char *name, const QString &type, const QString &access,
                        bool directed, LineStyle line, ArrowHead source, ArrowHead target) {
        QTest::newRow(name) << type << access << directed << line << source << target;
    };
    using L = LineStyle;
    using A = ArrowHead;
    row("serving", u"Serving"_s, {}, false, L::Solid, A::None, A::Open);
    row("realization", u"Realization"_s, {}, false, L::Dashed, A::None, A::Hollow);
    row("assignment", u"Assignment"_s, {}, false, L::Solid, A::Dot, A::Filled);
    row("aggregation", u"Aggregation"_s, {}, false, L::Solid, A::HollowDiamond, A::None);
    row("composition", u"Composition"_s, {}, false, L::Solid, A::Diamond, A::None);
    row("access default (write)", u"Access"_s, {}, false, L::Dotted, A::None, A::Small);
    row("access write", u"Access"_s, u"Write"_s, false, L::Dotted, A::None, A::Small);
    row("access read", u"Access"_s, u"Read"_s, false, L::Dotted, A::Small, A::None);
    row("access readwrite", u"Access"_s, u"ReadWrite"_s, false, L::Dotted, A::Small, A::Small);
    row("access unspecified", u"Access"_s, u"Access"_s, false, L::Dotted, A::None, A::None);
    row("influence", u"Influence"_s, {}, false, L::Dashed, A::None, A::Open);
    row("triggering", u"Triggering"_s, {}, false, L::Solid, A::None, A::Filled);
    row("flow", u"Flow"_s, {}, false, L::Dashed, A::None, A::Filled);
    row("specialization", u"Specialization"_s, {}, false, L::Solid, A::None, A::Hollow);
    row("association", u"Association"_s, {}, false, L::Solid, A::None, A::None);
    row("association directed", u"Association"_s, {}, true, L::Solid, A::None, A::Half);
}

void TestArchimateNotation::lineLook()
{
    QFETCH(QString, type);
    QFETCH(QString, access);
    QFETCH(bool, directed);
    QMap<QString, QString> attributes;
    if (!access.isEmpty())
        attributes.insert(u"accessType"_s, access);
    if (directed)
        attributes.insert(u"isDirected"_s, u"true"_s);
    const archimate::LineLook look = archimate::lineLook(type, attributes);
    QVERIFY(look.known);
    QTEST(look.line, "line");
    QTEST(look.source, "source");
    QTEST(look.target, "target");
    QVERIFY(!archimate::lineLook(u"UsedBy"_s, {}).known); // a 2.x name is not 3.1's
}

void TestArchimateNotation::elementLooks()
{
    using S = archimate::Shape;
    const QList<std::pair<QString, S>> expected{
            {u"BusinessActor"_s, S::Rectangle},     {u"BusinessRole"_s, S::Rectangle},
            {u"BusinessProcess"_s, S::Rounded},     {u"BusinessFunction"_s, S::Rounded},
            {u"BusinessService"_s, S::Rounded},     {u"BusinessInterface"_s, S::Rectangle},
            {u"BusinessObject"_s, S::Rectangle},    {u"ApplicationComponent"_s, S::Rectangle},
            {u"ApplicationService"_s, S::Rounded},  {u"ApplicationInterface"_s, S::Rectangle},
            {u"ApplicationFunction"_s, S::Rounded}, {u"ApplicationProcess"_s, S::Rounded},
            {u"DataObject"_s, S::Rectangle},        {u"Node"_s, S::Rectangle},
            {u"Device"_s, S::Rectangle},            {u"SystemSoftware"_s, S::Rectangle},
            {u"TechnologyService"_s, S::Rounded},   {u"Artifact"_s, S::Rectangle},
            {u"CommunicationNetwork"_s, S::Rectangle}, {u"Goal"_s, S::Cut},
            {u"Principle"_s, S::Cut},               {u"Requirement"_s, S::Cut},
            {u"WorkPackage"_s, S::Rounded},         {u"Grouping"_s, S::Grouping},
            {u"AndJunction"_s, S::Junction}};
    for (const auto &[type, shape] : expected) {
        const archimate::ElementLook look = archimate::elementLook(type);
        QVERIFY2(look.shape == shape, qPrintable(type));
        QVERIFY2(look.fill.isValid(), qPrintable(type));
    }
    QCOMPARE(archimate::elementLook(u"BusinessActor"_s).fill, QColor(0xff, 0xff, 0xb5));
    QCOMPARE(archimate::elementLook(u"ApplicationComponent"_s).fill, QColor(0xb5, 0xff, 0xff));
    QCOMPARE(archimate::elementLook(u"Node"_s).fill, QColor(0xc9, 0xe7, 0xb7));
    QVERIFY(archimate::elementLook(u"NotAType"_s).shape == S::Unknown);
}

void TestArchimateNotation::iconsDiffer()
{
    // Every icon the brief names draws something, and no two of them alike.
    const QStringList types{u"BusinessActor"_s,        u"BusinessRole"_s,
                            u"BusinessProcess"_s,      u"BusinessFunction"_s,
                            u"BusinessService"_s,      u"BusinessInterface"_s,
                            u"BusinessObject"_s,       u"ApplicationComponent"_s,
                            u"Node"_s,                 u"Device"_s,
                            u"SystemSoftware"_s,       u"Artifact"_s,
                            u"CommunicationNetwork"_s, u"Goal"_s,
                            u"Principle"_s,            u"Requirement"_s,
                            u"WorkPackage"_s};
    QHash<QByteArray, QString> seen;
    for (const QString &type : types) {
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QVERIFY2(archimate::paintIcon(&painter, type, QRectF(2, 2, 28, 28), Qt::black),
                 qPrintable(type));
        painter.end();
        int ink = 0;
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x)
                ink += dark(image.pixel(x, y));
        QVERIFY2(ink > 20, qPrintable(type));
        const QByteArray key(reinterpret_cast<const char *>(image.constBits()),
                             image.sizeInBytes());
        QVERIFY2(!seen.contains(key), qPrintable(type + u" looks like "_s + seen.value(key)));
        seen.insert(key, type);
    }
    QImage image(8, 8, QImage::Format_RGB32);
    QPainter painter(&image);
    QVERIFY(!archimate::paintIcon(&painter, u"Grouping"_s, QRectF(0, 0, 8, 8), Qt::black));
}

void TestArchimateNotation::importedRelationship_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("attributes");
    QTest::addColumn<bool>("solid");
    QTest::addColumn<int>("sourceMark"); // 0 none, 1 outline, 2 filled
    QTest::addColumn<int>("targetMark"); // 0 none, 1 a head, 3 half (one side)
    QTest::newRow("composition") << u"Composition"_s << QString() << true << 2 << 0;
    QTest::newRow("aggregation") << u"Aggregation"_s << QString() << true << 1 << 0;
    QTest::newRow("serving") << u"Serving"_s << QString() << true << 0 << 1;
    QTest::newRow("triggering") << u"Triggering"_s << QString() << true << 0 << 1;
    QTest::newRow("flow") << u"Flow"_s << QString() << false << 0 << 1;
    QTest::newRow("access read") << u"Access"_s << u"accessType=\"Read\""_s << false << 1 << 0;
    QTest::newRow("access write") << u"Access"_s << u"accessType=\"Write\""_s << false << 0 << 1;
    QTest::newRow("association") << u"Association"_s << QString() << true << 0 << 0;
    QTest::newRow("association directed")
            << u"Association"_s << u"isDirected=\"true\""_s << true << 0 << 3;
}

void TestArchimateNotation::importedRelationship()
{
    QFETCH(QString, type);
    QFETCH(QString, attributes);
    QFETCH(bool, solid);
    QFETCH(int, sourceMark);
    QFETCH(int, targetMark);
    const ModelData data = imported(type, attributes);
    QCOMPARE(data.views.size(), 1);
    const Relationship &r = data.relationships.at(0);
    QVERIFY(data.profile->relationshipType(r.type)->generic);
    QCOMPARE(r.properties.value(u"archimateType"_s), type);

    const QImage image = paint(data);
    const Ink source = inkOffLine(image, 141, 158);
    const Ink target = inkOffLine(image, 300, 316);
    if (solid)
        QVERIFY2(lineCoverage(image) > 0.95, QByteArray::number(lineCoverage(image)).constData());
    else
        QVERIFY2(lineCoverage(image) < 0.9, QByteArray::number(lineCoverage(image)).constData());
    // A diamond's middle, beside the line: dark when filled, white when hollow.
    const bool middleDark = dark(image.pixel(147, LineY + 2));
    switch (sourceMark) {
    case 0:
        QCOMPARE(source.total(), 0);
        break;
    case 1:
        QVERIFY(source.total() > 4);
        QVERIFY(!middleDark || type == u"Access");
        break;
    case 2:
        QVERIFY(source.total() > 20);
        QVERIFY(middleDark);
        break;
    }
    switch (targetMark) {
    case 0:
        QCOMPARE(target.total(), 0);
        break;
    case 1:
        QVERIFY(target.above > 2 && target.below > 2);
        break;
    case 3: // one side only
        QVERIFY(target.total() > 2);
        QVERIFY(target.above == 0 || target.below == 0);
        break;
    }
}

void TestArchimateNotation::importedElement()
{
    // A generic element gets ArchiMate's icon in its top right corner, the
    // framework's look keeps the layer's colour.
    const ModelData data = imported(u"Association"_s);
    const Element &a = *data.elements.find(ElementId(u"id-a"_s));
    QVERIFY(data.profile->elementType(a.type)->generic);
    const QImage image = paint(data);
    int right = 0;
    int left = 0;
    for (int y = 26; y < 40; ++y)
        for (int x = 0; x < 14; ++x) {
            right += dark(image.pixel(120 + x, y));
            left += dark(image.pixel(26 + x, y));
        }
    QVERIFY2(right > 10, QByteArray::number(right).constData());
    QCOMPARE(left, 0);
    QVERIFY(image.pixel(30, 72) != QColor(0xff, 0xff, 0xb5).rgb());

    ModelData archimateLook = data;
    archimateLook.views.find(data.views.at(0).id)
            ->settings.insert(notationSetting(), notationName(Notation::ArchiMate));
    QCOMPARE(QColor(paint(archimateLook).pixel(30, 72)), QColor(0xff, 0xff, 0xb5));
    // The node in the ArchiMate look is a rectangle: its corner is filled.
    QCOMPARE(QColor(paint(archimateLook).pixel(22, 78)), QColor(0xff, 0xff, 0xb5));
}

void TestArchimateNotation::viewSettingDrawsEveryType()
{
    // A's type made the framework's own application type, the relationship the
    // framework's own composition: the framework's look draws them as the profile
    // says, ArchiMate's as ArchiMate draws ApplicationComponent and Composition.
    ModelData data = imported(u"Association"_s);
    const ElementType *own = nullptr;
    for (const ElementType &type : data.profile->elementTypes())
        if (!type.generic && type.archimateType == u"ApplicationComponent")
            own = &type;
    QVERIFY(own);
    Element *a = data.elements.find(ElementId(u"id-a"_s));
    a->type = own->id;
    a->properties.remove(u"archimateType"_s);
    Relationship *r = data.relationships.find(data.relationships.at(0).id);
    r->type = u"composed-of"_s;
    r->properties.remove(u"archimateType"_s);
    QVERIFY(data.profile->relationshipType(r->type));
    QVERIFY(!data.profile->relationshipType(r->type)->archimateReversed);

    const QImage framework = paint(data);
    QVERIFY(QColor(framework.pixel(30, 72)) != QColor(0xb5, 0xff, 0xff));
    data.views.find(data.views.at(0).id)
            ->settings.insert(notationSetting(), notationName(Notation::ArchiMate));
    const QImage archimate = paint(data);
    QCOMPARE(QColor(archimate.pixel(30, 72)), QColor(0xb5, 0xff, 0xff));
    QVERIFY(dark(archimate.pixel(147, LineY + 2))); // the filled diamond at the source
    QVERIFY(inkOffLine(archimate, 141, 158).total() > 20);
    QVERIFY(framework != archimate);
}

void TestArchimateNotation::settingIsUndoableAndKept()
{
    ModelData data = imported(u"Serving"_s);
    const ViewId view = data.views.at(0).id;
    const ModelData before = data;
    SetViewSetting edit(view, notationSetting(), notationName(Notation::ArchiMate));
    ChangeSet changes;
    QString error;
    QVERIFY2(edit.apply(data, changes, error), qPrintable(error));
    QVERIFY(changes.views.changed.contains(view));
    QVERIFY(notationFromSettings(data.views.find(view)->settings) == Notation::ArchiMate);

    // Kept by the exchange file and by the .ktm.
    QString problem;
    ModelData reread;
    QVERIFY2(fromXml(toXml(data, &problem), &reread, &problem), qPrintable(problem));
    QVERIFY(notationFromSettings(reread.views.find(view)->settings) == Notation::ArchiMate);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notation.ktm"_s);
    QVERIFY2(ModelFile::save(data, path, &problem), qPrintable(problem));
    const Result<ModelData> loaded = ModelFile::load(path);
    QVERIFY(loaded);
    QVERIFY(notationFromSettings(loaded.value().views.find(view)->settings)
            == Notation::ArchiMate);

    ChangeSet undone;
    edit.revert(data, undone);
    QVERIFY(data.views.find(view)->settings == before.views.find(view)->settings);
    QVERIFY(notationFromSettings(data.views.find(view)->settings) == Notation::Framework);
}

QTEST_MAIN(TestArchimateNotation)
#include "tst_archimatenotation.moc"
