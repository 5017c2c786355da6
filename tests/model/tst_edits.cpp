// Every edit: apply -> revert gives back the model as it was; apply again (redo)
// gives the same result as the first apply; one changed() signal per step; a
// refused edit leaves the model untouched.
#include <support/editcheck.h>
#include <support/modelcompare.h>
#include <support/samplemodel.h>

#include <model/core/language.h>
#include <model/edit/arrangeedits.h>
#include <model/edit/editgroup.h>
#include <model/edit/elementedits.h>
#include <model/edit/infoedits.h>
#include <model/edit/relationshipedits.h>
#include <model/edit/replaceview.h>
#include <model/edit/viewedits.h>
#include <model/model.h>
#include <model/store/ktmstore.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace kt;
using namespace Qt::StringLiterals;

using EditFactory = std::function<std::unique_ptr<Edit>(const ModelData &)>;
Q_DECLARE_METATYPE(EditFactory)

class TestEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyRevertRedo_data();
    void applyRevertRedo();
    void refused_data();
    void refused();
    void removeElementCascades();
    void removeViewUnlinksNotes();
    void nfdNamesBecomeNfc();
    void moveMerges();
    void childNodesStayInPreOrder();
    void reorderRevertKeepsOthersWork();
    void reorderWithItsParentGone();
    void propertyEditNamedAsInProfile_data();
    void propertyEditNamedAsInProfile();
};

static const ViewId overall(u"id-v-1"_s);

void TestEdits::applyRevertRedo_data()
{
    QTest::addColumn<EditFactory>("factory");
    const auto row = [](const char *name, EditFactory f) { QTest::newRow(name) << f; };

    row("AddElement", [](const ModelData &d) {
        Element e;
        e.type = d.elements.at(0).type;
        e.name = u"Doanh nghiệp"_s;
        return std::make_unique<AddElement>(e, 1);
    });
    row("RemoveElements", [](const ModelData &) {
        return std::make_unique<RemoveElements>(QSet<ElementId>{ElementId(u"id-e-portal"_s)});
    });
    row("RemoveElements several", [](const ModelData &) {
        return std::make_unique<RemoveElements>(
                QSet<ElementId>{ElementId(u"id-e-app"_s), ElementId(u"id-e-citizen"_s)});
    });
    row("SetElementName", [](const ModelData &) {
        return std::make_unique<SetElementName>(ElementId(u"id-e-app"_s), u"Hệ thống mới"_s);
    });
    row("SetElementDocumentation", [](const ModelData &) {
        return std::make_unique<SetElementDocumentation>(ElementId(u"id-e-app"_s), u"Mô tả"_s);
    });
    row("SetElementType", [](const ModelData &d) {
        return std::make_unique<SetElementType>(ElementId(u"id-e-app"_s), d.elements.at(0).type);
    });
    row("SetElementProperty set", [](const ModelData &) {
        return std::make_unique<SetElementProperty>(ElementId(u"id-e-app"_s), u"securityLevel"_s,
                                                    u"4"_s);
    });
    row("SetElementProperty add", [](const ModelData &) {
        return std::make_unique<SetElementProperty>(ElementId(u"id-e-dc"_s), u"lifecycle"_s,
                                                    u"new"_s);
    });
    row("SetElementProperty remove", [](const ModelData &) {
        return std::make_unique<SetElementProperty>(ElementId(u"id-e-app"_s), u"phase"_s, QString());
    });
    row("SetElementExtraProperties", [](const ModelData &) {
        return std::make_unique<SetElementExtraProperties>(
                ElementId(u"id-e-app"_s), PropertyList{{u"k"_s, u"v"_s}, {u"k"_s, u"w"_s}});
    });
    row("AddRelationship", [](const ModelData &d) {
        Relationship r;
        r.type = d.profile->genericRelationshipType()->id;
        r.source = ElementId(u"id-e-dc"_s);
        r.target = ElementId(u"id-e-citizen"_s);
        return std::make_unique<AddRelationship>(r, 0);
    });
    row("RemoveRelationships", [](const ModelData &) {
        return std::make_unique<RemoveRelationships>(QSet<RelationshipId>{RelationshipId(u"id-r-1"_s)});
    });
    row("SetRelationshipName", [](const ModelData &) {
        return std::make_unique<SetRelationshipName>(RelationshipId(u"id-r-2"_s), u"gọi"_s);
    });
    row("SetRelationshipType", [](const ModelData &d) {
        return std::make_unique<SetRelationshipType>(RelationshipId(u"id-r-2"_s),
                                                     d.profile->genericRelationshipType()->id);
    });
    row("AddView", [](const ModelData &) {
        View v;
        v.name = u"Kiến trúc dữ liệu"_s;
        v.kind = ViewKind::Component;
        return std::make_unique<AddView>(v, 0);
    });
    row("RemoveView", [](const ModelData &) { return std::make_unique<RemoveView>(overall); });
    row("SetViewName", [](const ModelData &) {
        return std::make_unique<SetViewName>(overall, u"Sơ đồ mới"_s);
    });
    row("SetViewSetting", [](const ModelData &) {
        return std::make_unique<SetViewSetting>(overall, u"securityColumn"_s, u"right"_s);
    });
    row("AddNode", [](const ModelData &) {
        ViewNode n;
        n.kind = NodeKind::Element;
        n.element = ElementId(u"id-e-dc"_s);
        n.bounds = QRectF(10, 400, 120, 55);
        return std::make_unique<AddNode>(overall, n);
    });
    row("AddNode nested", [](const ModelData &) {
        ViewNode n;
        n.kind = NodeKind::Element;
        n.element = ElementId(u"id-e-dc"_s);
        n.parent = NodeId(u"id-n-band"_s);
        n.bounds = QRectF(200, 40, 120, 55);
        return std::make_unique<AddNode>(overall, n);
    });
    row("RemoveNodes", [](const ModelData &) {
        return std::make_unique<RemoveNodes>(overall, QSet<NodeId>{NodeId(u"id-n-2"_s)});
    });
    row("RemoveNodes group", [](const ModelData &) {
        return std::make_unique<RemoveNodes>(overall, QSet<NodeId>{NodeId(u"id-n-band"_s)});
    });
    row("MoveNodes", [](const ModelData &) {
        return std::make_unique<MoveNodes>(
                overall, QSet<NodeId>{NodeId(u"id-n-band"_s), NodeId(u"id-n-2"_s)}, QPointF(15, -5));
    });
    row("SetNodeBounds", [](const ModelData &) {
        return std::make_unique<SetNodeBounds>(overall, NodeId(u"id-n-3"_s), QRectF(1, 2, 300, 90));
    });
    row("SetNodeStyle", [](const ModelData &) {
        return std::make_unique<SetNodeStyle>(overall, NodeId(u"id-n-3"_s),
                                              NodeStyle{u"#ff0000"_s, {}, {}, 12, {}});
    });
    row("SetNodeStyle alignment and width", [](const ModelData &) {
        NodeStyle style;
        style.textAlignment = TextAlignment::Right;
        style.lineWidth = 3;
        return std::make_unique<SetNodeStyle>(overall, NodeId(u"id-n-3"_s), style);
    });
    row("SetNodeStyle reset", [](const ModelData &) {
        return std::make_unique<SetNodeStyle>(overall, NodeId(u"id-n-2"_s), NodeStyle());
    });
    row("SetConnectionStyle", [](const ModelData &) {
        NodeStyle style;
        style.lineColor = u"#ff0000"_s;
        style.lineWidth = 2.5;
        return std::make_unique<SetConnectionStyle>(overall, ConnectionId(u"id-c-2"_s), style);
    });
    row("SetNodeLabel", [](const ModelData &) {
        return std::make_unique<SetNodeLabel>(overall, NodeId(u"id-n-note"_s), u"Ghi chú"_s);
    });
    row("AddConnection", [](const ModelData &) {
        ViewConnection c;
        c.source = NodeId(u"id-n-1"_s);
        c.target = NodeId(u"id-n-3"_s);
        c.bendpoints = {QPointF(5, 5)};
        return std::make_unique<AddConnection>(overall, c);
    });
    row("RemoveConnections", [](const ModelData &) {
        return std::make_unique<RemoveConnections>(overall,
                                                   QSet<ConnectionId>{ConnectionId(u"id-c-1"_s)});
    });
    row("SetBendpoints", [](const ModelData &) {
        return std::make_unique<SetBendpoints>(overall, ConnectionId(u"id-c-2"_s),
                                               QList<QPointF>{QPointF(1, 2), QPointF(3, 4)});
    });
    row("SetModelInfo", [](const ModelData &d) {
        ModelInfo info = d.info;
        info.versionLabel = u"3.0"_s;
        info.decisionDate = QDate(2024, 2, 1);
        info.extraProperties.append({u"x"_s, u"y"_s});
        return std::make_unique<SetModelInfo>(info);
    });
    row("EditGroup", [](const ModelData &) {
        auto group = std::make_unique<EditGroup>(u"group"_s);
        group->add(std::make_unique<SetElementName>(ElementId(u"id-e-app"_s), u"A"_s));
        group->add(std::make_unique<RemoveElements>(QSet<ElementId>{ElementId(u"id-e-citizen"_s)}));
        group->add(std::make_unique<SetViewName>(overall, u"B"_s));
        return group;
    });
}

void TestEdits::applyRevertRedo()
{
    QFETCH(EditFactory, factory);
    Model model(test::sampleModel());
    std::unique_ptr<Edit> edit = factory(model.data());
    test::checkApplyRevertRedo(model, *edit);
}

void TestEdits::refused_data()
{
    QTest::addColumn<EditFactory>("factory");
    QTest::addColumn<QString>("messagePart");
    const auto row = [](const char *name, EditFactory f, const QString &part) {
        QTest::newRow(name) << f << part;
    };
    row("security level 7", [](const ModelData &) {
        return std::make_unique<SetElementProperty>(ElementId(u"id-e-app"_s), u"securityLevel"_s, u"7"_s);
    }, u"from 1 to 5"_s);
    row("security level 0", [](const ModelData &) {
        return std::make_unique<SetElementProperty>(ElementId(u"id-e-app"_s), u"securityLevel"_s, u"0"_s);
    }, u"from 1 to 5"_s);
    row("security level text", [](const ModelData &) {
        return std::make_unique<SetElementProperty>(ElementId(u"id-e-app"_s), u"securityLevel"_s, u"cao"_s);
    }, u"from 1 to 5"_s);
    row("lifecycle unknown", [](const ModelData &) {
        return std::make_unique<SetElementProperty>(ElementId(u"id-e-app"_s), u"lifecycle"_s, u"maybe"_s);
    }, u"maybe"_s);
    row("property unknown", [](const ModelData &) {
        return std::make_unique<SetElementProperty>(ElementId(u"id-e-app"_s), u"colour"_s, u"red"_s);
    }, u"colour"_s);
    row("security level on a non-system", [](const ModelData &) {
        return std::make_unique<SetElementProperty>(ElementId(u"id-e-citizen"_s), u"securityLevel"_s, u"2"_s);
    }, u"securityLevel"_s);
    row("element id exists", [](const ModelData &d) {
        Element e = d.elements.at(0);
        return std::make_unique<AddElement>(e);
    }, u"exists"_s);
    row("element type unknown", [](const ModelData &) {
        Element e;
        e.type = u"spaceship"_s;
        return std::make_unique<AddElement>(e);
    }, u"spaceship"_s);
    row("element with bad property", [](const ModelData &d) {
        Element e = d.elements.find(ElementId(u"id-e-app"_s)) ? *d.elements.find(ElementId(u"id-e-app"_s)) : Element();
        e.id = ElementId();
        e.properties.insert(u"securityLevel"_s, u"9"_s);
        return std::make_unique<AddElement>(e);
    }, u"from 1 to 5"_s);
    row("name of 1 MB", [](const ModelData &) {
        return std::make_unique<SetElementName>(ElementId(u"id-e-app"_s), QString(1 << 20, u'x'));
    }, u"too long"_s);
    row("relationship end missing", [](const ModelData &d) {
        Relationship r;
        r.type = d.profile->genericRelationshipType()->id;
        r.source = ElementId(u"id-e-app"_s);
        r.target = ElementId(u"id-nowhere"_s);
        return std::make_unique<AddRelationship>(r);
    }, u"id-nowhere"_s);
    row("remove missing element", [](const ModelData &) {
        return std::make_unique<RemoveElements>(QSet<ElementId>{ElementId(u"id-e-app"_s), ElementId(u"id-gone"_s)});
    }, u"id-gone"_s);
    row("node of missing element", [](const ModelData &) {
        ViewNode n;
        n.element = ElementId(u"id-gone"_s);
        return std::make_unique<AddNode>(overall, n);
    }, u"id-gone"_s);
    row("connection not matching its relationship", [](const ModelData &) {
        ViewConnection c;
        c.relationship = RelationshipId(u"id-r-1"_s);
        c.source = NodeId(u"id-n-3"_s);
        c.target = NodeId(u"id-n-2"_s);
        return std::make_unique<AddConnection>(overall, c);
    }, u"relationship"_s);
    row("move out of range", [](const ModelData &) {
        return std::make_unique<MoveNodes>(overall, QSet<NodeId>{NodeId(u"id-n-2"_s)}, QPointF(1e9, 0));
    }, u"range"_s);
    row("negative line width", [](const ModelData &) {
        NodeStyle style;
        style.lineWidth = -1;
        return std::make_unique<SetConnectionStyle>(overall, ConnectionId(u"id-c-2"_s), style);
    }, u"line width"_s);
    row("endless font size", [](const ModelData &) {
        NodeStyle style;
        style.fontSize = qInf();
        return std::make_unique<SetNodeStyle>(overall, NodeId(u"id-n-3"_s), style);
    }, u"font size"_s);
    row("style of a missing connection", [](const ModelData &) {
        return std::make_unique<SetConnectionStyle>(overall, ConnectionId(u"id-c-none"_s),
                                                    NodeStyle());
    }, u"id-c-none"_s);
    // Beyond the coordinate limits (core/limits.h): were accepted, and the model then
    // refused by its own save (found by tst_propertyedits).
    row("bend point beyond the limits", [](const ModelData &) {
        return std::make_unique<SetBendpoints>(overall, ConnectionId(u"id-c-2"_s),
                                               QList<QPointF>{QPointF(1, 2), QPointF(2e8, 0)});
    }, u"bend point"_s);
    row("new connection beyond the limits", [](const ModelData &) {
        ViewConnection c;
        c.source = NodeId(u"id-n-1"_s);
        c.target = NodeId(u"id-n-3"_s);
        c.bendpoints = {QPointF(0, -2e8)};
        return std::make_unique<AddConnection>(overall, c);
    }, u"bend point"_s);
    row("arranged node beyond the limits", [](const ModelData &) {
        return std::make_unique<SetNodesBounds>(
                overall, QHash<NodeId, QRectF>{{NodeId(u"id-n-3"_s), QRectF(2e8, 0, 10, 10)}},
                u"Align"_s);
    }, u"out of range"_s);
    row("replaced view beyond the limits", [](const ModelData &d) {
        View view = *d.views.find(overall);
        view.connections.find(ConnectionId(u"id-c-2"_s))->bendpoints = {QPointF(-3e8, 0)};
        return std::make_unique<ReplaceView>(view);
    }, u"bend point"_s);
    row("group with a failing part", [](const ModelData &) {
        auto group = std::make_unique<EditGroup>(u"group"_s);
        group->add(std::make_unique<SetElementName>(ElementId(u"id-e-app"_s), u"A"_s));
        group->add(std::make_unique<RemoveElements>(QSet<ElementId>{ElementId(u"id-e-citizen"_s)}));
        group->add(std::make_unique<SetElementProperty>(ElementId(u"id-e-app"_s), u"securityLevel"_s, u"7"_s));
        return group;
    }, u"from 1 to 5"_s);
}

void TestEdits::refused()
{
    QFETCH(EditFactory, factory);
    QFETCH(QString, messagePart);
    Model model(test::sampleModel());
    const ModelData before = model.data();
    QSignalSpy spy(&model, &Model::changed);
    std::unique_ptr<Edit> edit = factory(before);
    QString error;
    QVERIFY(!model.apply(*edit, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(spy.count(), 0);
    KT_COMPARE_MODELS(model.data(), before);
}

// A note of another view linked to the view removed: it kept the link, and the
// model could not be saved any more (found by tst_propertyedits).
void TestEdits::removeViewUnlinksNotes()
{
    Model model(test::sampleModel());
    const ModelData before = model.data();
    const ViewId second(u"id-v-2"_s);
    QCOMPARE(before.views.find(overall)->nodes.find(NodeId(u"id-n-note"_s))->viewRef, second);
    RemoveView edit(second);
    QString error;
    QVERIFY2(model.apply(edit, &error), qPrintable(error));
    QVERIFY(model.data().views.find(overall)->nodes.find(NodeId(u"id-n-note"_s))->viewRef.isNull());
    QTemporaryDir dir;
    KtmStore store;
    QVERIFY2(store.save(model.data(), dir.filePath(u"m.ktm"_s)), qPrintable(store.errorString()));
    model.revert(edit);
    KT_COMPARE_MODELS(model.data(), before);
}

void TestEdits::removeElementCascades()
{
    Model model(test::sampleModel());
    RemoveElements remove({ElementId(u"id-e-app"_s)});
    QSignalSpy spy(&model, &Model::changed);
    QVERIFY(model.apply(remove));
    const ModelData &d = model.data();
    QVERIFY(!d.elements.contains(ElementId(u"id-e-app"_s)));
    for (const Relationship &r : d.relationships)
        QVERIFY(r.source != ElementId(u"id-e-app"_s) && r.target != ElementId(u"id-e-app"_s));
    QVERIFY(!d.relationships.contains(RelationshipId(u"id-r-2"_s)));
    const View *v = d.views.find(overall);
    QVERIFY(!v->nodes.contains(NodeId(u"id-n-3"_s)));
    QVERIFY(!v->connections.contains(ConnectionId(u"id-c-2"_s)));    // its relationship's
    QVERIFY(!v->connections.contains(ConnectionId(u"id-c-line"_s))); // ended on its node
    QVERIFY(v->connections.contains(ConnectionId(u"id-c-1"_s)));
    QVERIFY(d.views.find(ViewId(u"id-v-2"_s))->nodes.isEmpty());
    const ChangeSet changes = spy.at(0).at(0).value<ChangeSet>();
    QVERIFY(changes.elements.removed.contains(ElementId(u"id-e-app"_s)));
    QVERIFY(changes.relationships.removed.contains(RelationshipId(u"id-r-2"_s)));
    QVERIFY(changes.nodes.removed.contains(NodeId(u"id-n-3"_s)));
    QVERIFY(changes.views.changed.contains(overall));
}

void TestEdits::nfdNamesBecomeNfc()
{
    Model model(test::sampleModel());
    const QString nfc = u"Hệ thống thông tin Đà Nẵng"_s;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);
    SetElementName rename(ElementId(u"id-e-app"_s), nfd);
    QVERIFY(model.apply(rename));
    QCOMPARE(model.element(ElementId(u"id-e-app"_s))->name, nfc);
}

void TestEdits::moveMerges()
{
    Model model(test::sampleModel());
    const QSet<NodeId> ids{NodeId(u"id-n-2"_s)};
    MoveNodes first(overall, ids, QPointF(10, 0));
    MoveNodes second(overall, ids, QPointF(5, 7));
    MoveNodes other(overall, {NodeId(u"id-n-3"_s)}, QPointF(5, 7));
    QVERIFY(model.apply(first));
    QVERIFY(model.apply(second));
    QCOMPARE(first.mergeId(), EditId::MoveNodes);
    QVERIFY(!first.mergeWith(other));
    QVERIFY(first.mergeWith(second));
    model.revert(first); // the merged step undoes both moves
    KT_COMPARE_MODELS(model.data(), test::sampleModel());
}

void TestEdits::childNodesStayInPreOrder()
{
    Model model(test::sampleModel());
    ViewNode child;
    child.element = ElementId(u"id-e-dc"_s);
    child.parent = NodeId(u"id-n-band"_s);
    child.bounds = QRectF(300, 40, 100, 50);
    AddNode add(overall, child, -1); // "append" must still land inside the band's subtree
    QVERIFY(model.apply(add));
    const View *v = model.view(overall);
    QCOMPARE(v->nodes.indexOf(add.id()), v->nodes.indexOf(NodeId(u"id-n-1"_s)) + 1);
}

static QStringList nodeOrder(const ModelData &data)
{
    QStringList ids;
    for (const ViewNode &n : data.views.find(overall)->nodes)
        ids.append(n.id.toString());
    return ids;
}

// A reorder undone after others' work changed the view (a repository document's
// arrival, no edit of this stack): their node and their change of another node stay;
// only the order the step changed goes back.
void TestEdits::reorderRevertKeepsOthersWork()
{
    ModelData data = test::sampleModel();
    const QStringList sample = nodeOrder(data);
    for (const auto direction : { ReorderNodes::Direction::ToBack, ReorderNodes::Direction::ToFront }) {
        ModelData d = data;
        ReorderNodes reorder(overall, { NodeId(u"id-n-2"_s) }, direction);
        ChangeSet changes;
        QString error;
        QVERIFY2(reorder.apply(d, changes, error), qPrintable(error));
        View *v = d.views.find(overall);
        ViewNode theirs;
        theirs.id = NodeId::create();
        theirs.element = ElementId(u"id-e-dc"_s);
        theirs.bounds = QRectF(500, 500, 100, 50);
        const QString before = v->nodes.at(v->nodes.size() - 1).id.toString();
        v->nodes.append(theirs);
        v->nodes.find(NodeId(u"id-n-3"_s))->label = u"their label"_s;
        reorder.revert(d, changes);
        // Theirs after the node it followed when it came.
        QStringList expected = sample;
        expected.insert(expected.indexOf(before) + 1, theirs.id.toString());
        QCOMPARE(nodeOrder(d), expected);
        QCOMPARE(d.views.find(overall)->nodes.find(NodeId(u"id-n-3"_s))->label,
                 u"their label"_s);
    }
}

// A node whose group the view no longer holds (others deleted it in a repository
// document) is reordered as a node on top; the parent's missing place (-1) once made
// the insert write before the list's start.
void TestEdits::reorderWithItsParentGone()
{
    ModelData data = test::sampleModel();
    View *v = data.views.find(overall);
    const NodeId child(u"id-n-1"_s);
    QCOMPARE(v->nodes.find(child)->parent, NodeId(u"id-n-band"_s));
    v->nodes.take(NodeId(u"id-n-band"_s));
    const qsizetype count = v->nodes.size();
    ReorderNodes front(overall, { child }, ReorderNodes::Direction::ToFront);
    ChangeSet changes;
    QString error;
    QVERIFY2(front.apply(data, changes, error), qPrintable(error));
    QCOMPARE(nodeOrder(data).size(), count);
    QCOMPARE(nodeOrder(data).last(), child.toString());
    ReorderNodes back(overall, { child }, ReorderNodes::Direction::ToBack);
    QVERIFY2(back.apply(data, changes, error), qPrintable(error));
    QCOMPARE(nodeOrder(data).first(), child.toString());
    back.revert(data, changes);
    front.revert(data, changes);
    QCOMPARE(nodeOrder(data).size(), count);
}

void TestEdits::propertyEditNamedAsInProfile_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << u"vi"_s;
    QTest::newRow("en") << u"en"_s;
}

// The undo history says "Change property “Cấp độ an toàn”", never the schema key.
void TestEdits::propertyEditNamedAsInProfile()
{
    QFETCH(QString, language);
    const QString previous = uiLanguage();
    setUiLanguage(language);
    Model model(test::sampleModel());
    const QString key = u"securityLevel"_s;
    const PropertyDefinition *definition = model.data().profile->property(key);
    QVERIFY(definition);
    const QString name = definition->name.text(language);
    QVERIFY(!name.isEmpty() && name != key);
    SetElementProperty edit(ElementId(u"id-e-app"_s), key, u"3"_s);
    QVERIFY(model.apply(edit));
    const QString text = edit.text();
    setUiLanguage(previous);
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(!text.contains(key), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
