// Component architectures (issue 9, item 5): the view of one component of the
// profile shows only the elements in its scope and the relationships among them,
// remembers its component, is refreshed (keeping what the user moved) rather
// than made twice, and goes into the model as one undoable edit.
#include <support/samplemodel.h>

#include <model/export/componentdiagram.h>
#include <model/model.h>

#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

Element element(const QString &id, const QString &type, const QString &name)
{
    return Element{ElementId(id), type, name, {}, {}, {}};
}

Relationship relationship(const QString &id, const QString &type, const QString &source,
                          const QString &target)
{
    Relationship r;
    r.id = RelationshipId(id);
    r.type = type;
    r.source = ElementId(source);
    r.target = ElementId(target);
    return r;
}

// A small province: two domains with functions and a procedure, an agency, data
// in a database, applications and a server.
ModelData smallModel()
{
    ModelData data = test::emptyModel();
    data.elements.append(element(u"id-ld"_s, u"domain"_s, u"Lĩnh vực đất đai"_s));
    data.elements.append(element(u"id-nv"_s, u"business-function"_s, u"Đăng ký đất đai"_s));
    data.elements.append(element(u"id-tt"_s, u"administrative-procedure"_s,
                                 u"Đăng ký biến động quyền sử dụng đất"_s));
    data.elements.append(element(u"id-cq"_s, u"organisation-unit"_s,
                                 u"Sở Tài nguyên và Môi trường"_s));
    data.elements.append(element(u"id-dl"_s, u"master-data"_s, u"Dữ liệu chủ về thửa đất"_s));
    data.elements.append(element(u"id-db"_s, u"sector-database"_s, u"CSDL đất đai"_s));
    data.elements.append(element(u"id-ud"_s, u"sector-app"_s, u"Hệ thống thông tin đất đai"_s));
    data.elements.append(element(u"id-lgsp"_s, u"lgsp"_s, u"LGSP"_s));
    data.elements.append(element(u"id-dan"_s, u"citizen"_s, u"Người dân"_s));
    data.elements.append(element(u"id-mc"_s, u"server"_s, u"Máy chủ"_s));
    data.relationships.append(relationship(u"id-r1"_s, u"aggregates"_s, u"id-ld"_s, u"id-nv"_s));
    data.relationships.append(relationship(u"id-r2"_s, u"aggregates"_s, u"id-nv"_s, u"id-tt"_s));
    data.relationships.append(relationship(u"id-r3"_s, u"performs"_s, u"id-cq"_s, u"id-nv"_s));
    data.relationships.append(relationship(u"id-r4"_s, u"serves"_s, u"id-ud"_s, u"id-nv"_s));
    data.relationships.append(relationship(u"id-r5"_s, u"aggregates"_s, u"id-db"_s, u"id-dl"_s));
    data.relationships.append(relationship(u"id-r6"_s, u"data-flow"_s, u"id-ud"_s, u"id-lgsp"_s));
    data.relationships.append(relationship(u"id-r7"_s, u"data-flow"_s, u"id-dl"_s, u"id-lgsp"_s));
    data.relationships.append(relationship(u"id-r8"_s, u"uses"_s, u"id-dan"_s, u"id-ud"_s));
    data.relationships.append(relationship(u"id-r9"_s, u"hosts"_s, u"id-mc"_s, u"id-ud"_s));
    return data;
}

QSet<QString> shownElements(const View &view)
{
    QSet<QString> ids;
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Element)
            ids.insert(node.element.toString());
    return ids;
}

QSet<QString> shownRelationships(const View &view)
{
    QSet<QString> ids;
    for (const ViewConnection &c : view.connections)
        if (!c.relationship.isNull())
            ids.insert(c.relationship.toString());
    return ids;
}

} // namespace

class TestComponentDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopeOfEachComponent_data();
    void scopeOfEachComponent();
    void refreshKeepsMovedNode();
    void oneUndoableEdit();
    void unknownComponent();
};

void TestComponentDiagram::scopeOfEachComponent_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QStringList>("elements");
    QTest::addColumn<QStringList>("relationships");
    QTest::newRow("business") << u"business"_s
                              << QStringList{u"id-ld"_s, u"id-nv"_s, u"id-tt"_s, u"id-cq"_s}
                              << QStringList{u"id-r1"_s, u"id-r2"_s, u"id-r3"_s};
    QTest::newRow("data") << u"data"_s << QStringList{u"id-dl"_s, u"id-db"_s, u"id-lgsp"_s}
                          << QStringList{u"id-r5"_s, u"id-r7"_s};
    QTest::newRow("applications") << u"applications"_s << QStringList{u"id-ud"_s, u"id-lgsp"_s}
                                  << QStringList{u"id-r6"_s};
    QTest::newRow("technology") << u"technology"_s << QStringList{u"id-mc"_s} << QStringList{};
}

void TestComponentDiagram::scopeOfEachComponent()
{
    QFETCH(QString, component);
    QFETCH(QStringList, elements);
    QFETCH(QStringList, relationships);
    const ModelData data = smallModel();
    const ComponentArchitecture *c = data.profile->component(component);
    QVERIFY(c);
    const View view = ComponentDiagram::build(data, *c, nullptr);
    QCOMPARE(view.kind, ViewKind::Component);
    QCOMPARE(view.settings.value(ComponentDiagram::componentSetting()), component);
    QVERIFY(!view.name.isEmpty());
    QCOMPARE(shownElements(view), QSet<QString>(elements.begin(), elements.end()));
    QCOMPARE(shownRelationships(view), QSet<QString>(relationships.begin(), relationships.end()));
    // Its own ids, apart from the overall diagram's (an exchange file wants each once).
    for (const ViewNode &node : view.nodes)
        QVERIFY2(node.id.toString().startsWith(component + u'-'), qPrintable(node.id.toString()));
    for (const ViewConnection &c : view.connections)
        QVERIFY(c.id.toString().startsWith(component + u'-'));
    // No two element nodes overlap.
    QList<QRectF> rects;
    for (const ViewNode &node : view.nodes)
        if (node.kind == NodeKind::Element)
            rects.append(node.bounds);
    for (qsizetype i = 0; i < rects.size(); ++i)
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY(!rects.at(i).intersects(rects.at(j)));
}

void TestComponentDiagram::refreshKeepsMovedNode()
{
    Model model(smallModel());
    QString error;
    ViewId id;
    std::unique_ptr<Edit> edit = ComponentDiagram::edit(model.data(), u"business"_s, false, &id, &error);
    QVERIFY2(edit && model.apply(*edit, &error), qPrintable(error));
    QCOMPARE(model.data().views.size(), 1);
    // The user moves a node (sideways: a node below a band that grows moves down with
    // it); a new function appears in the model.
    View moved = *model.view(id);
    NodeId node;
    for (const ViewNode &n : moved.nodes)
        if (n.element == ElementId(u"id-cq"_s))
            node = n.id;
    QVERIFY(!node.isNull());
    const QRectF bounds = moved.nodes.find(node)->bounds.translated(40, 0);
    moved.nodes.find(node)->bounds = bounds;
    ModelData data = model.data();
    data.views.take(id);
    data.views.append(moved);
    data.elements.append(element(u"id-nv2"_s, u"business-function"_s, u"Giao đất, cho thuê đất"_s));
    Model again(std::move(data));
    ViewId second;
    edit = ComponentDiagram::edit(again.data(), u"business"_s, false, &second, &error);
    QVERIFY2(edit && again.apply(*edit, &error), qPrintable(error));
    QCOMPARE(second, id); // refreshed, not made twice
    QCOMPARE(again.data().views.size(), 1);
    const View *refreshed = again.view(id);
    QVERIFY(shownElements(*refreshed).contains(u"id-nv2"_s));
    for (const ViewNode &n : refreshed->nodes)
        if (n.element == ElementId(u"id-cq"_s))
            QCOMPARE(n.bounds, bounds);
}

void TestComponentDiagram::oneUndoableEdit()
{
    Model model(smallModel());
    QString error;
    ViewId id;
    std::unique_ptr<Edit> edit = ComponentDiagram::edit(model.data(), u"data"_s, false, &id, &error);
    QVERIFY(edit);
    QVERIFY(edit->text().contains(model.data().profile->component(u"data"_s)->name.en)
            || edit->text().contains(model.data().profile->component(u"data"_s)->name.vi));
    QVERIFY2(model.apply(*edit, &error), qPrintable(error));
    QVERIFY(model.view(id));
    QVERIFY(ComponentDiagram::find(model.data(), u"data"_s));
    QVERIFY(!ComponentDiagram::find(model.data(), u"business"_s));
    model.revert(*edit);
    QVERIFY(model.data().views.isEmpty());
}

void TestComponentDiagram::unknownComponent()
{
    const ModelData data = smallModel();
    QString error;
    QVERIFY(!ComponentDiagram::edit(data, u"moon"_s, false, nullptr, &error));
    QVERIFY2(error.contains(u"moon"_s) && error.contains(u"business, data, applications"_s),
             qPrintable(error));
}

QTEST_MAIN(TestComponentDiagram)
#include "tst_componentdiagram.moc"
