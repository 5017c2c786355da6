// The overall diagram's bands as the framework draws them (issue 9): full-width
// bands from the profile, the national platforms level with LGSP, numbered
// headings as a view setting, spread rows; and component-architecture scopes.
#include "layoutfixture.h"

#include <support/modelcompare.h>

#include <model/layout/bandheadings.h>
#include <model/core/language.h>
#include <model/edit/edit.h>
#include <model/model.h>

#include <QTest>

#include <algorithm>

using namespace kt;
using namespace kt::test::layout;
using namespace Qt::StringLiterals;

class TestLayoutBands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUiLanguage(u"vi"_s); }
    void bandsAndColumns();
    void headingStyle();
    void componentScope();
};

void TestLayoutBands::bandsAndColumns()
{
    const ModelData data = example(u"vinhphuc-2.0.xml"_s);
    const View view = layout(data);
    // The bands as the framework draws them (issue 9): the portal services and LGSP,
    // full-width sub-bands in the profile, are bands of their own above and below
    // data and applications, all as wide as each other.
    const QStringList bands = {u"users"_s,      u"channels"_s,
                               u"data-apps/services"_s, u"data-apps"_s,
                               u"data-apps/integration"_s, u"technology"_s};
    for (qsizetype i = 1; i < bands.size(); ++i) {
        const QRectF above = group(view, bands.at(i - 1))->bounds;
        const QRectF below = group(view, bands.at(i))->bounds;
        QVERIFY(above.bottom() < below.top());
        QCOMPARE(below.left(), above.left());
        QCOMPARE(below.width(), above.width());
    }
    // The other sub-bands stacked in profile order inside data-apps.
    const ViewNode *dataApps = group(view, u"data-apps"_s);
    const QStringList subBands = {u"internal-apps"_s, u"sector-apps"_s, u"databases"_s};
    for (qsizetype i = 0; i < subBands.size(); ++i) {
        const ViewNode *sub = group(view, u"data-apps/"_s + subBands.at(i));
        QCOMPARE(sub->parent, dataApps->id);
        QVERIFY(dataApps->bounds.contains(sub->bounds));
        if (i > 0) {
            const QRectF above = group(view, u"data-apps/"_s + subBands.at(i - 1))->bounds;
            QVERIFY(above.bottom() < sub->bounds.top());
            QCOMPARE(sub->bounds.width(), above.width());
        }
    }
    // Headings numbered in capitals, bands top to bottom, then the columns.
    QCOMPARE(group(view, u"users"_s)->label, u"1. NGƯỜI SỬ DỤNG"_s);
    // The numbers are the framework's seven components: the portal services and
    // the LGSP are bands of data and applications (3), in capitals unnumbered.
    QCOMPARE(group(view, u"data-apps/integration"_s)->label,
             data.profile->layer(u"data-apps"_s)->bands.last().name.vi.toUpper());
    QCOMPARE(group(view, u"data-apps/services"_s)->label,
             data.profile->layer(u"data-apps"_s)->bands.first().name.vi.toUpper());
    QCOMPARE(group(view, u"data-apps"_s)->label,
             BandHeadings::heading(data.profile->layer(u"data-apps"_s)->name.vi, 3));
    QCOMPARE(group(view, u"technology"_s)->label,
             BandHeadings::heading(data.profile->layer(u"technology"_s)->name.vi, 4));
    QCOMPARE(group(view, u"security"_s)->label,
             BandHeadings::heading(data.profile->layer(u"security"_s)->name.vi, 5));
    QCOMPARE(group(view, u"external"_s)->label,
             BandHeadings::heading(data.profile->layer(u"external"_s)->name.vi, 7));
    QCOMPARE(group(view, u"data-apps/databases"_s)->label,
             data.profile->layer(u"data-apps"_s)->bands.at(3).name.vi);
    // Columns span all bands and the room below them for the legend and the title
    // block; by default security left, governance right, external right of
    // everything.
    const QRectF top = group(view, u"users"_s)->bounds;
    const QRectF bottom = group(view, u"technology"_s)->bounds;
    const QRectF security = group(view, u"security"_s)->bounds;
    const QRectF governance = group(view, u"governance"_s)->bounds;
    const QRectF external = group(view, u"external"_s)->bounds;
    for (const QRectF &column : {security, governance, external}) {
        QCOMPARE(column.top(), top.top());
        QCOMPARE(column.bottom(), bottom.bottom() + LayoutOptions().reservedBelow);
    }
    QVERIFY(security.right() < top.left());
    QVERIFY(governance.left() > top.right());
    QVERIFY(external.left() > governance.right());
    // The national platforms stand in the external column level with LGSP, from
    // its first row down; the other external systems elsewhere in the column.
    const QRectF lgsp = group(view, u"data-apps/integration"_s)->bounds;
    const QRectF lgspFirst = elementNodes(view).at([&] {
        const QList<const ViewNode *> nodes = elementNodes(view);
        for (qsizetype i = 0; i < nodes.size(); ++i)
            if (nodes.at(i)->parent == group(view, u"data-apps/integration"_s)->id)
                return i;
        return qsizetype(0);
    }())->bounds;
    double nationalTop = 1e9;
    int national = 0;
    for (const ViewNode *node : elementNodes(view)) {
        const QString &type = data.elements.find(node->element)->type;
        if (type != u"ndxp" && type != u"ngsp" && type != u"national-database")
            continue;
        ++national;
        QCOMPARE(node->parent, group(view, u"external"_s)->id);
        QVERIFY(node->bounds.top() >= lgsp.top());
        nationalTop = std::min(nationalTop, node->bounds.top());
    }
    QVERIFY(national > 0);
    QCOMPARE(nationalTop, lgspFirst.top());
    // Elements spread over their band: a one-row band's row goes beside its heading
    // (no heading strip above it), with equal room around every node.
    QList<QRectF> row;
    for (const ViewNode *node : elementNodes(view))
        if (node->parent == group(view, u"users"_s)->id)
            row.append(node->bounds);
    std::sort(row.begin(), row.end(),
              [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    QVERIFY(row.size() > 2);
    const LayoutOptions o;
    const double heading = estimatedTextMeasure()(group(view, u"users"_s)->label, 1e6).width();
    QVERIFY2(row.first().left() >= top.left() + 8 + heading,
             qPrintable(u"%1 beside a heading of %2"_s.arg(row.first().left()).arg(heading)));
    QList<double> gaps;
    for (qsizetype i = 0; i < row.size(); ++i) {
        QCOMPARE(row.at(i).top(), top.top() + o.groupPadding);
        if (i > 0)
            gaps.append(row.at(i).left() - row.at(i - 1).right());
    }
    const auto [least, most] = std::minmax_element(gaps.begin(), gaps.end());
    QVERIFY2(*most - *least <= o.grid, qPrintable(u"gaps %1..%2"_s.arg(*least).arg(*most)));
    QVERIFY(*least > o.nodeGapX);
    const double after = top.right() - o.groupPadding - row.last().right();
    QVERIFY2(std::abs(after - *least / 2) <= o.grid,
             qPrintable(u"%1 after the row, gaps of %2"_s.arg(after).arg(*least)));
    // Top-level groups come in profile order, each followed by what it holds.
    QStringList order;
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Group && node.parent.isNull())
            order.append(node.layer);
    QCOMPARE(order, bands + QStringList({u"security"_s, u"governance"_s, u"external"_s}));
}

void TestLayoutBands::headingStyle()
{
    const ModelData data = example(u"vinhphuc-2.0.xml"_s);
    View plain;
    plain.id = ViewId(u"id-overall"_s);
    plain.settings.insert(BandHeadings::setting(), u"plain"_s);
    View view = layout(data, &plain);
    QCOMPARE(group(view, u"users"_s)->label, data.profile->layer(u"users"_s)->name.vi);
    // The style changes the layout's headings, not a label the user wrote.
    view.nodes.find(group(view, u"channels"_s)->id)->label = u"Kênh"_s;
    QList<std::pair<NodeId, QString>> labels = BandHeadings::labels(*data.profile, view, true);
    QHash<NodeId, QString> byId;
    for (const auto &[id, label] : labels)
        byId.insert(id, label);
    QCOMPARE(byId.value(group(view, u"users"_s)->id), u"1. NGƯỜI SỬ DỤNG"_s);
    QVERIFY(!byId.contains(group(view, u"channels"_s)->id));
    QVERIFY(byId.value(group(view, u"technology"_s)->id).startsWith(u"4. "_s));
    // A refresh follows the setting.
    view.settings.insert(BandHeadings::setting(), u"numbered"_s);
    const View numbered = layout(data, &view);
    QCOMPARE(group(numbered, u"users"_s)->label, byId.value(group(view, u"users"_s)->id));
    QCOMPARE(group(numbered, u"channels"_s)->label, u"Kênh"_s);
    QVERIFY(BandHeadings::labels(*data.profile, numbered, true).isEmpty());
    // Switching the style in the editor: the setting and the headings in one
    // undoable step.
    ModelData withView = data;
    withView.views.append(numbered);
    Model model(withView);
    const std::unique_ptr<Edit> toPlain = BandHeadings::styleEdit(model.data(), numbered.id, false);
    QString error;
    QVERIFY2(model.apply(*toPlain, &error), qPrintable(error));
    QCOMPARE(model.view(numbered.id)->settings.value(BandHeadings::setting()), u"plain"_s);
    QCOMPARE(group(*model.view(numbered.id), u"users"_s)->label,
             data.profile->layer(u"users"_s)->name.vi);
    QCOMPARE(group(*model.view(numbered.id), u"channels"_s)->label, u"K\u00eanh"_s);
    model.revert(*toPlain);
    KT_COMPARE_MODELS(model.data(), withView);
    // Component architectures are plain unless they say otherwise.
    LayoutScope scope;
    scope.overall = false;
    scope.layers = {u"technology"_s};
    const View component = OverallLayout::build(data, nullptr, estimatedTextMeasure(), {}, scope);
    QCOMPARE(group(component, u"technology"_s)->label,
             data.profile->layer(u"technology"_s)->name.vi);
}

void TestLayoutBands::componentScope()
{
    ModelData data = example(u"vinhphuc-2.0.xml"_s);
    LayoutScope scope;
    scope.overall = false;
    scope.layers = {u"technology"_s};
    scope.bands = {u"data-apps/databases"_s};
    scope.elementTypes = {u"firewall"_s};
    const auto inScope = [&](const Element &e) {
        const ElementType *type = data.profile->elementType(e.type);
        return type
                && (type->layer == u"technology"
                    || (type->layer == u"data-apps" && type->band == u"databases")
                    || e.type == u"firewall");
    };
    const auto check = [&](const View &view) -> QString {
        if (const QString o = overlap(view); !o.isEmpty())
            return o;
        QHash<ElementId, int> shown;
        for (const ViewNode &node : view.nodes) {
            if (node.kind == NodeKind::Element)
                ++shown[node.element];
            if (!node.parent.isNull()
                && !view.nodes.find(node.parent)->bounds.contains(node.bounds))
                return node.id.toString() + u" is outside its group"_s;
        }
        for (const Element &e : data.elements)
            if (shown.value(e.id) != (inScope(e) ? 1 : 0))
                return u"%1 is shown %2 times"_s.arg(e.id.toString()).arg(shown.value(e.id));
        return {};
    };

    const View view = OverallLayout::build(data, nullptr, estimatedTextMeasure(), {}, scope);
    QVERIFY2(check(view).isEmpty(), qPrintable(check(view)));
    QCOMPARE(view.kind, ViewKind::Component);
    QCOMPARE(view.id, ViewId(u"id-component"_s));
    // Groups only for what is in scope: the layers as bands of one width, a layer
    // only partly in scope with just those elements (security: the firewalls).
    QStringList keys;
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Group)
            keys.append(node.layer);
    QCOMPARE(keys, QStringList({u"data-apps"_s, u"data-apps/databases"_s, u"technology"_s,
                                u"security"_s}));
    const QRectF dataApps = group(view, u"data-apps"_s)->bounds;
    const QRectF technology = group(view, u"technology"_s)->bounds;
    const QRectF security = group(view, u"security"_s)->bounds;
    QVERIFY(dataApps.bottom() < technology.top());
    QVERIFY(technology.bottom() < security.top());
    QCOMPARE(security.left(), technology.left());
    QCOMPARE(security.width(), technology.width());
    for (const ViewNode *node : elementNodes(view))
        if (data.elements.find(node->element)->type == u"firewall")
            QCOMPARE(node->parent, group(view, u"security"_s)->id);

    // A refresh keeps kind, name and what the user moved; places a new element in
    // scope and leaves out one that is not.
    View edited = view;
    edited.name = u"Kiến trúc kỹ thuật"_s;
    const ViewNode *first = elementNodes(edited).constFirst();
    const NodeId movedId = first->id;
    const QRectF moved = first->bounds.translated(0, 0).adjusted(0, 0, 10, 0);
    edited.nodes.find(movedId)->bounds = moved;
    data.elements.append(element(u"id-new-server"_s, u"server"_s, u"Máy chủ mới"_s));
    data.elements.append(element(u"id-new-citizen"_s, u"citizen"_s, u"Người dân"_s));
    const View refreshed =
            OverallLayout::build(data, &edited, estimatedTextMeasure(), {}, scope);
    QVERIFY2(check(refreshed).isEmpty(), qPrintable(check(refreshed)));
    QCOMPARE(refreshed.kind, ViewKind::Component);
    QCOMPARE(refreshed.name, edited.name);
    QCOMPARE(refreshed.nodes.find(movedId)->bounds, moved);
    QCOMPARE(nodeOf(refreshed, ElementId(u"id-new-server"_s))->parent,
             group(refreshed, u"technology"_s)->id);
    QVERIFY(!nodeOf(refreshed, ElementId(u"id-new-citizen"_s)));
    // The overall scope is the overall diagram.
    QCOMPARE(OverallLayout::build(data, nullptr, estimatedTextMeasure(), {}, LayoutScope()),
             layout(data));
}

QTEST_GUILESS_MAIN(TestLayoutBands)
#include "tst_layoutbands.moc"
