// The legend and the title block as every output draws them: the legend lists
// exactly the lifecycle states, security levels and relationship types that its
// view uses, computed as it is painted; the title block prints only known fields;
// the overall diagram gets both below its content, and keeps the user's choice.
#include "exporttest.h"

#include <support/exchangefixtures.h>

#include <model/export/exporters/svgexporter.h>
#include <model/export/overalldiagram.h>
#include <model/export/painter/diagrampainter.h>
#include <model/meta/profile.h>

#include <QBuffer>
#include <QXmlStreamReader>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const ViewId Overall(u"id-v-1"_s);
const NodeId Legend(u"id-n-legend"_s);
const NodeId Title(u"id-n-title"_s);

// The text of every <text> of the view exported to SVG, joined by spaces.
QString svgText(const ModelData &data, const ViewId &id = Overall)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    SvgExporter exporter;
    if (!exporter.write(data, *data.views.find(id), {}, &buffer))
        qWarning("%s", qPrintable(exporter.errorString()));
    QStringList texts;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText());
    return texts.join(u' ');
}

QString typeName(const ModelData &data, const QString &relationship)
{
    const Relationship *r = data.relationships.find(RelationshipId(relationship));
    return data.profile->relationshipType(r->type)->name.vi;
}

using Change = test::ModelChange;

} // namespace

class TestLegend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legendListsWhatTheViewUses_data();
    void legendListsWhatTheViewUses();
    void emptyLegendIsNotPrinted();
    void legendFitsItsWidthInColumns();
    void titleBlockPrintsKnownFieldsOnly_data();
    void titleBlockPrintsKnownFieldsOnly();
    void overallDiagramGetsBoth_data();
    void overallDiagramGetsBoth();
    void userChoicesSurviveTheOverallDiagram();
};

void TestLegend::legendListsWhatTheViewUses_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("lifecycles");
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<QStringList>("relationships");

    // The sample: the portal is upgraded, the app at level 3, two connections.
    QTest::newRow("sample") << Change([](ModelData &) {}) << QStringList{u"upgrade"_s}
                            << QList<int>{3} << QStringList{u"id-r-1"_s, u"id-r-2"_s};
    QTest::newRow("a new element") << Change([](ModelData &d) {
        d.elements.find(ElementId(u"id-e-app"_s))->properties.insert(u"lifecycle"_s, u"new"_s);
    }) << QStringList{u"upgrade"_s, u"new"_s} << QList<int>{3}
                                   << QStringList{u"id-r-1"_s, u"id-r-2"_s};
    // A new element that the view does not show is not listed.
    QTest::newRow("new element elsewhere") << Change([](ModelData &d) {
        d.elements.find(ElementId(u"id-e-dc"_s))->properties.insert(u"lifecycle"_s, u"new"_s);
    }) << QStringList{u"upgrade"_s} << QList<int>{3} << QStringList{u"id-r-1"_s, u"id-r-2"_s};
    QTest::newRow("level not given") << Change([](ModelData &d) {
        d.elements.find(ElementId(u"id-e-app"_s))->properties.remove(u"securityLevel"_s);
    }) << QStringList{u"upgrade"_s} << QList<int>{0} << QStringList{u"id-r-1"_s, u"id-r-2"_s};
    QTest::newRow("no connections") << Change([](ModelData &d) {
        d.views.find(Overall)->connections = {};
    }) << QStringList{u"upgrade"_s} << QList<int>{3} << QStringList{};
}

void TestLegend::legendListsWhatTheViewUses()
{
    QFETCH(Change, change);
    QFETCH(QStringList, lifecycles);
    QFETCH(QList<int>, levels);
    QFETCH(QStringList, relationships);
    ModelData data = test::sampleModelWithLegend();
    change(data);
    const DiagramPainter painter(&data);
    const LegendEntries entries = painter.legendEntries(*data.views.find(Overall));
    QCOMPARE(entries.lifecycles, lifecycles);
    QCOMPARE(entries.securityLevels, levels);
    QStringList types;
    for (const QString &r : relationships) {
        const QString type = data.relationships.find(RelationshipId(r))->type;
        if (!types.contains(type))
            types.append(type);
    }
    QStringList listed;
    for (const RelationshipType *type : entries.relationshipTypes)
        listed.append(type->id);
    QCOMPARE(QSet<QString>(listed.begin(), listed.end()), QSet<QString>(types.begin(), types.end()));

    // The exported picture says the same, in the profile's words: what the
    // legend adds to the text of the view without it.
    const QString text = svgText(data);
    ModelData bare = data;
    bare.views.find(Overall)->nodes.take(Legend);
    const QString without = svgText(bare);
    const auto added = [&](const QString &words) {
        return text.count(words) - without.count(words);
    };
    QCOMPARE(added(u"Legend"_s), 1);
    QCOMPARE(added(u"X\u00e2y m\u1edbi"_s), lifecycles.contains(u"new"_s) ? 1 : 0); // Xây mới
    QCOMPARE(added(u"N\u00e2ng c\u1ea5p"_s), lifecycles.contains(u"upgrade"_s) ? 1 : 0);
    QCOMPARE(added(u"Hi\u1ec7n c\u00f3"_s), 0); // Hiện có: no element shown is
    QCOMPARE(added(u"Security level 3"_s), levels.contains(3) ? 1 : 0);
    QCOMPARE(added(u"Security level not given"_s), levels.contains(0) ? 1 : 0);
    const QString firstType = typeName(test::sampleModel(), u"id-r-1"_s);
    QCOMPARE(added(firstType), relationships.isEmpty() ? 0 : 1);
}

void TestLegend::emptyLegendIsNotPrinted()
{
    ModelData data = test::sampleModelWithLegend();
    View *view = data.views.find(Overall);
    view->connections = {};
    for (const Element &e : test::sampleModel().elements) {
        Element *element = data.elements.find(e.id);
        element->properties.remove(u"lifecycle"_s);
        element->properties.insert(u"securityLevel"_s, u"2"_s);
    }
    QVERIFY(svgText(data).contains(u"Security level 2"_s));
    // Only elements with no state, and no information system: nothing to list.
    view->nodes.take(NodeId(u"id-n-3"_s));
    const QString text = svgText(data);
    QVERIFY(DiagramPainter(&data).legendEntries(*view).isEmpty());
    QVERIFY(!text.contains(u"Legend"_s));
    QVERIFY(!text.contains(u"Lists the"_s)); // the hint is for the screen
}

void TestLegend::legendFitsItsWidthInColumns()
{
    ModelData data = test::sampleModelWithLegend();
    data.elements.find(ElementId(u"id-e-app"_s))->properties.insert(u"lifecycle"_s, u"new"_s);
    const DiagramPainter painter(&data);
    const View &view = *data.views.find(Overall);
    const qsizetype n = painter.legendEntries(view).size();
    QVERIFY(n >= 4);
    const QSizeF narrow = painter.legendSize(view, 100);
    const QSizeF wide = painter.legendSize(view, 2000);
    // One column when narrow (a row of at least 20 units per entry), one row when wide.
    QVERIFY2(narrow.height() >= wide.height() + (n - 1) * 20,
             qPrintable(u"%1 %2"_s.arg(narrow.height()).arg(wide.height())));
    QVERIFY(wide.width() > 2 * narrow.width());
    QVERIFY(wide.width() <= 2000);
    // At a width between, as many columns as fit.
    const QSizeF middle = painter.legendSize(view, narrow.width() * 2 + 20);
    QVERIFY(middle.width() <= narrow.width() * 2 + 20);
    QVERIFY(middle.height() < narrow.height());
}

void TestLegend::titleBlockPrintsKnownFieldsOnly_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("number and date") << u"123/QĐ-UBND"_s << QDate(2021, 1, 5)
                                     << u"Approving decision No. 123/QĐ-UBND of 05/01/2021"_s;
    QTest::newRow("number only") << u"123/QĐ-UBND"_s << QDate()
                                 << u"Approving decision No. 123/QĐ-UBND"_s;
    QTest::newRow("date only") << QString() << QDate(2021, 1, 5)
                               << u"Approving decision of 05/01/2021"_s;
    QTest::newRow("neither") << QString() << QDate() << QString();
}

void TestLegend::titleBlockPrintsKnownFieldsOnly()
{
    QFETCH(QString, decision);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    ModelData data = test::sampleModelWithLegend();
    data.info.name = u"Kiến trúc CQĐT tỉnh Mẫu"_s;
    data.info.decision = decision;
    data.info.decisionDate = date;
    const QStringList lines = DiagramPainter(&data).titleBlockLines(*data.views.find(Overall));
    QCOMPARE(lines.value(0),
             u"Figure 1. Overall diagram of the e-Government architecture of Tỉnh Mẫu province"_s);
    QCOMPARE(lines.value(1), data.info.name);
    QCOMPARE(lines.value(2), u"Version 2.0"_s);
    QCOMPARE(lines.value(3), expected);
    QCOMPARE(lines.size(), expected.isEmpty() ? 3 : 4);

    const QString text = svgText(data);
    QVERIFY(text.contains(u"Figure 1."_s));
    QCOMPARE(text.contains(u"123/QĐ-UBND"_s), !decision.isEmpty());
    // No date printed when none is known: no guess, no placeholder.
    QCOMPARE(text.contains(QRegularExpression(u"\\d\\d/\\d\\d/\\d{4}"_s)), date.isValid());

    // Another view is captioned by its own name.
    const QStringList other = DiagramPainter(&data).titleBlockLines(data.views.at(1));
    QCOMPARE(other.value(0), u"Figure 2. "_s + data.views.at(1).name);
}

void TestLegend::overallDiagramGetsBoth_data()
{
    QTest::addColumn<bool>("columns");
    QTest::newRow("under the side columns' nodes") << true;
    QTest::newRow("below the bands (no side columns)") << false;
}

void TestLegend::overallDiagramGetsBoth()
{
    QFETCH(bool, columns);
    ModelData data = test::loadExample(u"vinhphuc-2.0.xml"_s);
    const auto placementOf = [&data](const QString &layer) {
        const Layer *l = data.profile->layer(layer.section(u'/', 0, 0));
        return l ? l->placement : LayerPlacement::Band;
    };
    if (!columns) { // only what the bands show
        QList<ElementId> drop;
        for (const Element &element : data.elements) {
            const ElementType *type = data.profile->elementType(element.type);
            if (type && placementOf(type->layer) != LayerPlacement::Band)
                drop.append(element.id);
        }
        QVERIFY(!drop.isEmpty());
        for (const ElementId &id : std::as_const(drop))
            data.elements.take(id);
    }
    const View view = OverallDiagram::build(data, nullptr);
    const ViewNode *legend = nullptr;
    const ViewNode *title = nullptr;
    QRectF bands; // the top-level groups of band layers; the side columns run beside
    QList<const ViewNode *> sideColumns;
    for (const ViewNode &node : view.nodes) {
        if (node.kind == NodeKind::Legend) {
            QVERIFY(!legend);
            legend = &node;
        } else if (node.kind == NodeKind::TitleBlock) {
            QVERIFY(!title);
            title = &node;
        } else if (node.kind == NodeKind::Group && node.parent.isNull()) {
            if (placementOf(node.layer) == LayerPlacement::Band)
                bands |= node.bounds;
            else
                sideColumns.append(&node);
        }
    }
    QVERIFY(legend && title);
    QVERIFY(!bands.isEmpty());
    QCOMPARE(sideColumns.isEmpty(), !columns);
    if (columns) {
        // Each under the nodes of a side column, as wide as it, within the height of
        // the bands (the diagram gets no taller for them); that column ends above.
        for (const ViewNode *furniture : {legend, title}) {
            const auto column = std::find_if(sideColumns.begin(), sideColumns.end(),
                                             [&](const ViewNode *c) {
                                                 return c->bounds.left() == furniture->bounds.left()
                                                         && c->bounds.width()
                                                         == furniture->bounds.width();
                                             });
            QVERIFY2(column != sideColumns.end(), qPrintable(furniture->id.toString()));
            QVERIFY((*column)->bounds.bottom() < furniture->bounds.top());
            QVERIFY(furniture->bounds.bottom() <= bands.bottom());
        }
    } else {
        // Below the bands, the legend at the left and the title block at the right.
        QVERIFY(legend->bounds.top() > bands.bottom());
        QVERIFY(title->bounds.top() > bands.bottom());
        QCOMPARE(legend->bounds.left(), std::floor(bands.left()));
        QVERIFY(title->bounds.right() <= bands.right());
    }
    // They cover nothing else.
    QVERIFY(!legend->bounds.intersects(title->bounds));
    for (const ViewNode &node : view.nodes) {
        if (&node == legend || &node == title)
            continue;
        QVERIFY2(!legend->bounds.intersects(node.bounds), qPrintable(node.id.toString()));
        QVERIFY2(!title->bounds.intersects(node.bounds), qPrintable(node.id.toString()));
    }
    // Big enough for what they show.
    const DiagramPainter painter(&data);
    const QSizeF needed = painter.legendSize(view, legend->bounds.width());
    QVERIFY(legend->bounds.width() >= needed.width());
    QVERIFY(legend->bounds.height() >= needed.height());
    QVERIFY(title->bounds.width() >= painter.titleBlockSize(view, title->bounds.width()).width());
    QVERIFY(title->bounds.height() >= painter.titleBlockSize(view, title->bounds.width()).height());
    QVERIFY(!painter.legendEntries(view).isEmpty());
}

void TestLegend::userChoicesSurviveTheOverallDiagram()
{
    ModelData data = test::loadExample(u"vinhphuc-2.0.xml"_s);
    View view = OverallDiagram::build(data, nullptr);
    const auto find = [](const View &v, NodeKind kind) -> const ViewNode * {
        for (const ViewNode &node : v.nodes)
            if (node.kind == kind)
                return &node;
        return nullptr;
    };
    // Moved by the user: a refresh leaves it there.
    ViewNode *legend = view.nodes.find(find(view, NodeKind::Legend)->id);
    legend->bounds.translate(-500, 300);
    const QRectF moved = legend->bounds;
    const View refreshed = OverallDiagram::build(data, &view);
    QCOMPARE(find(refreshed, NodeKind::Legend)->bounds, moved);

    // Deleted by the user: not back on a refresh nor when laid out afresh; the
    // title block, kept, goes below the new layout with its id.
    const NodeId titleId = find(view, NodeKind::TitleBlock)->id;
    const NodeId legendId = legend->id;
    view.nodes.take(legendId);
    for (const View &again :
         {OverallDiagram::build(data, &view), OverallDiagram::build(data, &view, true)}) {
        QVERIFY(!find(again, NodeKind::Legend));
        QVERIFY(find(again, NodeKind::TitleBlock));
        QCOMPARE(find(again, NodeKind::TitleBlock)->id, titleId);
    }
}

QTEST_MAIN(TestLegend)
#include "tst_legend.moc"
