// The model diff (issue 11): diff(a, a) is empty, diff(b, a) is the inverse of
// diff(a, b), random edits are reported exactly, a model made again with other
// ids, NFD names and another order compares equal, the matching by name without
// accents and by similar names, symmetry where matches are ambiguous, and the
// overlay of a view.
#include "support/samplemodel.h"

#include <model/diff/modeldiff.h>
#include <model/diff/viewoverlay.h>
#include <model/meta/profileloader.h>
#include <model/modelfile.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

// Letters of Vietnamese names, some with accents (precomposed, NFC).
const QString Letters = u"aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạệốờữ"_s;

// A random name unlike any other the generator makes (random letters: two names
// are never 0.8 alike).
QString randomName(QRandomGenerator &random, QSet<QString> &used)
{
    for (;;) {
        QString name;
        const int length = 10 + random.bounded(6);
        for (int i = 0; i < length; ++i)
            name += i == 4 ? QChar(u' ') : Letters.at(random.bounded(int(Letters.size())));
        name[0] = name.at(0).toUpper();
        if (!used.contains(name.toCaseFolded())) {
            used.insert(name.toCaseFolded());
            return name;
        }
    }
}

QList<const ElementType *> concreteTypes(const Profile &profile)
{
    QList<const ElementType *> types;
    for (const ElementType &type : profile.elementTypes())
        if (!type.generic)
            types.append(&type);
    return types;
}

// A model of random elements (every one with a typed and a free property),
// relationships between them and views showing some of them with their
// connections, a group and a note.
struct Generator
{
    QRandomGenerator random;
    QSet<QString> names;
    int serial = 0;

    explicit Generator(quint32 seed)
        : random(seed)
    {
    }

    QString id(const char *kind)
    {
        return u"id-%1-%2"_s.arg(QLatin1StringView(kind)).arg(++serial);
    }

    Element element(const Profile &profile)
    {
        const QList<const ElementType *> types = concreteTypes(profile);
        Element e;
        e.id = ElementId(id("e"));
        e.type = types.at(random.bounded(int(types.size())))->id;
        e.name = randomName(random, names);
        e.properties.insert(u"owner"_s, randomName(random, names));
        e.extraProperties = { { u"ghi-chu"_s, QString::number(random.bounded(100)) } };
        if (random.bounded(2))
            e.documentation = randomName(random, names);
        return e;
    }

    ModelData model(int elements, int relationships, int views)
    {
        ModelData data = test::emptyModel();
        const Profile &profile = *data.profile;
        for (int i = 0; i < elements; ++i)
            data.elements.append(element(profile));
        QSet<QString> keys;
        while (data.relationships.size() < relationships) {
            Relationship r;
            r.id = RelationshipId(id("r"));
            r.type = profile.relationshipTypes()
                         .at(random.bounded(int(profile.relationshipTypes().size())))
                         .id;
            r.source = data.elements.at(random.bounded(elements)).id;
            r.target = data.elements.at(random.bounded(elements)).id;
            const QString key = r.type + r.source.toString() + u'/' + r.target.toString();
            if (r.source == r.target || keys.contains(key))
                continue;
            keys.insert(key);
            if (random.bounded(3) == 0)
                r.name = randomName(random, names);
            data.relationships.append(r);
        }
        for (int v = 0; v < views; ++v) {
            View view;
            view.id = ViewId(id("v"));
            view.name = randomName(random, names);
            view.kind = v == 0 ? ViewKind::Overall : ViewKind::Free;
            view.nodes.append({ NodeId(id("n")), NodeKind::Group, {}, {}, QRectF(0, 0, 900, 40),
                randomName(random, names), {}, {}, {} });
            view.nodes.append({ NodeId(id("n")), NodeKind::Note, {}, {}, QRectF(0, 50, 100, 40),
                randomName(random, names), {}, {}, {} });
            QHash<ElementId, NodeId> shown;
            const int count = 10 + random.bounded(20);
            for (int i = 0; shown.size() < count && i < 4 * count; ++i) {
                const ElementId element = data.elements.at(random.bounded(elements)).id;
                if (shown.contains(element))
                    continue;
                const NodeId node(id("n"));
                shown.insert(element, node);
                const int k = int(shown.size());
                view.nodes.append({ node, NodeKind::Element, element, {},
                    QRectF(20 + 150 * (k % 6), 100 + 80 * (k / 6), 120, 55), {}, {}, {}, {} });
            }
            for (const Relationship &r : data.relationships)
                if (shown.contains(r.source) && shown.contains(r.target))
                    view.connections.append({ ConnectionId(id("c")), r.id, shown.value(r.source),
                        shown.value(r.target), {}, {} });
            data.views.append(view);
        }
        return data;
    }
};

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

// What the random edits did, as the diff should report it (ids as strings).
struct Expected
{
    QSet<QString> added, removed, renamed, retyped, moved, changed;
    QSet<QString> relationshipsAdded, relationshipsRemoved, relationshipsChanged;
    QSet<QString> viewsAdded, viewsRemoved, viewsRenamed;
    // "view/node" for nodes, "view/connection" for connections.
    QSet<QString> nodesAdded, nodesRemoved, nodesMoved, nodesResized, nodesBoth;
    QSet<QString> connectionsAdded, connectionsRemoved;
};

Expected reported(const ModelDiff &diff)
{
    Expected r;
    for (const ElementChange &c : diff.elements) {
        if (c.isAdded())
            r.added.insert(c.newId.toString());
        if (c.isRemoved())
            r.removed.insert(c.oldId.toString());
        if (c.isRenamed())
            r.renamed.insert(c.newId.toString());
        if (c.isRetyped())
            r.retyped.insert(c.newId.toString());
        if (c.isMoved())
            r.moved.insert(c.newId.toString());
        if (c.isChanged())
            r.changed.insert(c.newId.toString());
    }
    for (const RelationshipChange &c : diff.relationships) {
        if (c.isAdded())
            r.relationshipsAdded.insert(c.newId.toString());
        if (c.isRemoved())
            r.relationshipsRemoved.insert(c.oldId.toString());
        if (c.isChanged())
            r.relationshipsChanged.insert(c.newId.toString());
    }
    for (const ViewChange &v : diff.views) {
        if (v.isAdded())
            r.viewsAdded.insert(v.newId.toString());
        if (v.isRemoved())
            r.viewsRemoved.insert(v.oldId.toString());
        if (v.isRenamed())
            r.viewsRenamed.insert(v.newId.toString());
        const QString view = v.newId.toString() + u'/';
        for (const NodeChange &n : v.nodes) {
            switch (n.kind) {
            case NodeChange::Added:
                r.nodesAdded.insert(view + n.newNode.toString());
                break;
            case NodeChange::Removed:
                r.nodesRemoved.insert(view + n.oldNode.toString());
                break;
            case NodeChange::Moved:
                r.nodesMoved.insert(view + n.newNode.toString());
                break;
            case NodeChange::Resized:
                r.nodesResized.insert(view + n.newNode.toString());
                break;
            case NodeChange::MovedAndResized:
                r.nodesBoth.insert(view + n.newNode.toString());
                break;
            }
        }
        for (const ConnectionChange &c : v.connections)
            (c.added ? r.connectionsAdded : r.connectionsRemoved)
                .insert(view + c.connection.toString());
    }
    return r;
}

#define COMPARE_SETS(actual, expected) QCOMPARE(sorted(actual), sorted(expected))

ModelData loadExample(const QString &version)
{
    const Result<ModelData> model = ModelFile::load(
        QStringLiteral(KT_SOURCE_DIR "/resources/examples/vinhphuc-") + version + u".xml"_s);
    if (!model)
        qWarning("%s", qPrintable(model.error()));
    return model ? model.value() : ModelData();
}

Element namedElement(const QString &id, const QString &type, const QString &name)
{
    Element e;
    e.id = ElementId(id);
    e.type = type;
    e.name = name;
    return e;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameModelIsEmpty_data();
    void sameModelIsEmpty();
    void inverse_data();
    void inverse();
    void exampleCounts();
    void randomEdits_data();
    void randomEdits();
    void rebuiltModelIsEqual_data();
    void rebuiltModelIsEqual();
    void unaccentedAndSimilarNames();
    void notAlikeEnough();
    void ambiguousNamesAreSymmetric();
    void ambiguousSimilarityIsSymmetric();
    void similarityCap();
    void fieldChanges();
    void relationshipEndsAndViewMatching();
    void acrossFrameworks();
    void overlay();
};

void TestDiff::sameModelIsEmpty_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("vinhphuc-1.0") << u"1.0"_s;
    QTest::newRow("vinhphuc-2.0") << u"2.0"_s;
    QTest::newRow("generated") << u"generated"_s;
    QTest::newRow("sample") << u"sample"_s;
}

void TestDiff::sameModelIsEmpty()
{
    QFETCH(QString, which);
    const ModelData model = which == u"generated" ? Generator(7).model(200, 300, 6)
        : which == u"sample"                      ? test::sampleModelWithLegend()
                                                  : loadExample(which);
    QVERIFY(!model.elements.isEmpty());
    const ModelDiff diff = ModelDiffer::compare(model, model);
    QVERIFY(diff.isEmpty());
    QVERIFY(diff.elementCounts().isEmpty());
    QCOMPARE(diff.elementMatches.size(), model.elements.size());
    QCOMPARE(diff.relationshipMatches.size(), model.relationships.size());
    QCOMPARE(diff.viewMatches.size(), model.views.size());
}

void TestDiff::inverse_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("examples") << u"examples"_s;
    QTest::newRow("generated") << u"generated"_s;
}

void TestDiff::inverse()
{
    QFETCH(QString, which);
    ModelData a;
    ModelData b;
    if (which == u"examples") {
        a = loadExample(u"1.0"_s);
        b = loadExample(u"2.0"_s);
    } else {
        // Two unrelated generated models share ids (the same serials): every stage runs.
        a = Generator(11).model(150, 200, 5);
        b = Generator(12).model(150, 200, 5);
    }
    QVERIFY(!a.elements.isEmpty() && !b.elements.isEmpty());
    const ModelDiff forward = ModelDiffer::compare(a, b);
    const ModelDiff backward = ModelDiffer::compare(b, a);
    QVERIFY(!forward.isEmpty());
    QVERIFY(forward.inverted() == backward);
    QVERIFY(backward.inverted() == forward);
    QVERIFY(forward.inverted().inverted() == forward);
    const DiffCounts f = forward.elementCounts();
    const DiffCounts r = backward.elementCounts();
    QCOMPARE(f.added, r.removed);
    QCOMPARE(f.removed, r.added);
    QCOMPARE(f.renamed, r.renamed);
    // The same diff every time.
    QVERIFY(ModelDiffer::compare(a, b) == forward);
    if (which == u"examples")
        qInfo("Vinh Phuc 1.0 -> 2.0: elements +%d -%d renamed %d retyped %d moved %d changed %d; "
              "relationships +%d -%d ~%d; views +%d -%d renamed %d changed %d",
            f.added, f.removed, f.renamed, f.retyped, f.moved, f.changed,
            forward.relationshipCounts().added, forward.relationshipCounts().removed,
            forward.relationshipCounts().changed, forward.viewCounts().added,
            forward.viewCounts().removed, forward.viewCounts().renamed,
            forward.viewCounts().changed);
}

// Vĩnh Phúc 1.0 against 2.0 (docs/COMPARISON.md, "The examples"): the counts a
// planner reads in the summary. The 1.0 example follows framework 1.0, the 2.0
// one framework 2.0: types are compared through the 2.0 profile's mapping, so
// none counts as retyped or moved.
void TestDiff::exampleCounts()
{
    const ModelData a = loadExample(u"1.0"_s);
    const ModelData b = loadExample(u"2.0"_s);
    QVERIFY(!a.elements.isEmpty() && !b.elements.isEmpty());
    const ModelDiff diff = ModelDiffer::compare(a, b);
    QCOMPARE(diff.frameworkId, u"vn-egov-2.0"_s);
    QCOMPARE(diff.elementCounts(), (DiffCounts { 106, 4, 14, 0, 0, 35 }));
    QCOMPARE(diff.relationshipCounts(), (DiffCounts { 237, 20, 0, 0, 0, 0 }));
    QCOMPARE(diff.viewCounts(), (DiffCounts { 2, 1, 1, 0, 0, 4 }));
    // Every element of 1.0 kept in 2.0 kept its id.
    for (auto it = diff.elementMatches.constBegin(); it != diff.elementMatches.constEnd(); ++it)
        QCOMPARE(it.value(), it.key());
    // NGSP became NDXP: the same element, renamed; its 1.0 type maps to the 2.0 one,
    // so it is not retyped, though the two files name different types.
    const auto ngsp = std::find_if(diff.elements.begin(), diff.elements.end(),
        [](const ElementChange &c) { return c.oldId == ElementId(u"id-vp-ngsp"_s); });
    QVERIFY(ngsp != diff.elements.end());
    QVERIFY(ngsp->isRenamed() && !ngsp->isRetyped());
    QCOMPARE(ngsp->oldType, u"ngsp"_s);
    QCOMPARE(ngsp->comparedOldType, u"ndxp"_s);
    QCOMPARE(ngsp->newType, u"ndxp"_s);
}

void TestDiff::randomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 1u, 2u, 3u, 42u, 2024u, 99991u })
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
}

void TestDiff::randomEdits()
{
    QFETCH(quint32, seed);
    Generator generator(seed);
    const ModelData a = generator.model(300, 450, 12);
    ModelData b = a;
    const Profile &profile = *b.profile;
    QRandomGenerator &random = generator.random;
    Expected expected;

    // Each edit takes an element, relationship, view or node no other edit took.
    QList<ElementId> freeElements;
    for (const Element &e : a.elements)
        freeElements.append(e.id);
    const auto takeElement
        = [&]() { return freeElements.takeAt(random.bounded(int(freeElements.size()))); };
    QList<ViewId> freeViews;
    for (const View &v : a.views)
        freeViews.append(v.id);
    const auto takeView = [&]() { return freeViews.takeAt(random.bounded(int(freeViews.size()))); };
    const auto key = [](const View &v, const auto &id) {
        return QString(v.id.toString() + u'/' + id.toString());
    };

    // Views removed and renamed.
    QSet<ViewId> removedViews;
    for (int i = 0; i < 2; ++i) {
        const ViewId id = takeView();
        b.views.take(id);
        removedViews.insert(id);
        expected.viewsRemoved.insert(id.toString());
    }
    for (int i = 0; i < 2; ++i) {
        const ViewId id = takeView();
        b.views.find(id)->name = generator.element(profile).name;
        expected.viewsRenamed.insert(id.toString());
    }
    // Removing a node (and its lines) from the kept views.
    const auto dropNodes = [&](const std::function<bool(const ViewNode &)> &nodeGoes,
                               const std::function<bool(const ViewConnection &)> &lineGoes) {
        for (qsizetype v = 0; v < b.views.size(); ++v) {
            View *view = b.views.find(b.views.at(v).id);
            QSet<NodeId> gone;
            for (const ViewNode &node : view->nodes)
                if (nodeGoes(node))
                    gone.insert(node.id);
            QSet<ConnectionId> lines;
            for (const ViewConnection &c : view->connections)
                if (gone.contains(c.source) || gone.contains(c.target) || lineGoes(c))
                    lines.insert(c.id);
            for (const NodeId &id : gone)
                expected.nodesRemoved.insert(key(*view, id));
            for (const ConnectionId &id : lines)
                expected.connectionsRemoved.insert(key(*view, id));
            view->nodes.takeAll(gone);
            view->connections.takeAll(lines);
        }
    };

    // Elements removed with their relationships and nodes.
    QSet<ElementId> removed;
    for (int i = 0; i < 5; ++i)
        removed.insert(takeElement());
    QSet<RelationshipId> removedRelationships;
    for (const Relationship &r : a.relationships)
        if (removed.contains(r.source) || removed.contains(r.target))
            removedRelationships.insert(r.id);
    // Relationships removed on their own.
    for (int i = 0; i < 6; ++i) {
        const Relationship &r = b.relationships.at(random.bounded(int(b.relationships.size())));
        removedRelationships.insert(r.id);
    }
    for (const ElementId &id : removed)
        expected.removed.insert(id.toString());
    for (const RelationshipId &id : removedRelationships)
        expected.relationshipsRemoved.insert(id.toString());
    b.elements.takeAll(removed);
    b.relationships.takeAll(removedRelationships);
    dropNodes([&](const ViewNode &n) { return removed.contains(n.element); },
        [&](const ViewConnection &c) { return removedRelationships.contains(c.relationship); });

    // Elements renamed, retyped (within and across layers), their properties and
    // documentation changed.
    const QList<const ElementType *> types = concreteTypes(profile);
    for (int i = 0; i < 4; ++i) {
        const ElementId id = takeElement();
        b.elements.find(id)->name = generator.element(profile).name;
        expected.renamed.insert(id.toString());
    }
    for (int i = 0; i < 4; ++i) {
        const ElementId id = takeElement();
        Element *e = b.elements.find(id);
        const QString layer = profile.elementType(e->type)->layer;
        const bool across = i % 2 == 1;
        QList<const ElementType *> others;
        for (const ElementType *t : types)
            if (t->id != e->type && (t->layer == layer) != across)
                others.append(t);
        if (others.isEmpty())
            continue;
        e->type = others.at(random.bounded(int(others.size())))->id;
        expected.retyped.insert(id.toString());
        if (across)
            expected.moved.insert(id.toString());
    }
    for (int i = 0; i < 8; ++i) {
        const ElementId id = takeElement();
        Element *e = b.elements.find(id);
        switch (i % 5) {
        case 0:
            e->properties.insert(u"owner"_s, e->property(u"owner"_s) + u" 2"_s);
            break;
        case 1:
            e->properties.remove(u"owner"_s);
            break;
        case 2:
            e->extraProperties.append({ u"ghi-chu"_s, u"thêm"_s });
            break;
        case 3:
            e->extraProperties.append({ u"khác"_s, u"mới"_s });
            break;
        case 4:
            e->documentation += u" (sửa)"_s;
            break;
        }
        expected.changed.insert(id.toString());
    }

    // Elements added, each with two relationships and a node on a kept view.
    QSet<QString> relationshipKeys;
    for (const Relationship &r : a.relationships)
        relationshipKeys.insert(r.type + r.source.toString() + u'/' + r.target.toString());
    const auto addRelationship = [&](const ElementId &source, const ElementId &target) {
        for (;;) {
            Relationship r;
            r.id = RelationshipId(generator.id("r"));
            r.type = profile.relationshipTypes()
                         .at(random.bounded(int(profile.relationshipTypes().size())))
                         .id;
            r.source = source;
            r.target = target;
            const QString k = r.type + r.source.toString() + u'/' + r.target.toString();
            if (relationshipKeys.contains(k))
                continue;
            relationshipKeys.insert(k);
            b.relationships.append(r);
            expected.relationshipsAdded.insert(r.id.toString());
            return;
        }
    };
    const auto keptElement = [&]() {
        for (;;) {
            const ElementId id = a.elements.at(random.bounded(int(a.elements.size()))).id;
            if (!removed.contains(id))
                return id;
        }
    };
    for (int i = 0; i < 5; ++i) {
        const Element e = generator.element(profile);
        b.elements.insert(random.bounded(int(b.elements.size())), e);
        expected.added.insert(e.id.toString());
        addRelationship(e.id, keptElement());
        addRelationship(keptElement(), e.id);
        View *view = b.views.find(b.views.at(random.bounded(int(b.views.size()))).id);
        const NodeId node(generator.id("n"));
        view->nodes.append(
            { node, NodeKind::Element, e.id, {}, QRectF(2000, 2000, 120, 55), {}, {}, {}, {} });
        expected.nodesAdded.insert(key(*view, node));
    }
    // Relationships added between elements that were there.
    for (int i = 0; i < 4; ++i)
        addRelationship(keptElement(), keptElement());
    // A relationship renamed, one documented.
    for (int i = 0; i < 2; ++i) {
        for (;;) {
            Relationship *r = b.relationships.find(
                a.relationships.at(random.bounded(int(a.relationships.size()))).id);
            if (!r || expected.relationshipsChanged.contains(r->id.toString()))
                continue;
            (i == 0 ? r->name : r->documentation) = generator.element(profile).name;
            expected.relationshipsChanged.insert(r->id.toString());
            break;
        }
    }
    // Nodes moved, resized, or both, on kept views.
    QSet<QString> touchedNodes;
    for (int i = 0; i < 9; ++i) {
        View *view = b.views.find(b.views.at(random.bounded(int(b.views.size()))).id);
        if (!a.views.contains(view->id))
            continue;
        const ViewNode &pick = view->nodes.at(random.bounded(int(view->nodes.size())));
        const QString k = key(*view, pick.id);
        if (touchedNodes.contains(k) || !a.views.find(view->id)->nodes.contains(pick.id))
            continue;
        touchedNodes.insert(k);
        ViewNode *node = view->nodes.find(pick.id);
        if (i % 3 != 1)
            node->bounds.translate(7, -3);
        if (i % 3 != 0)
            node->bounds.setWidth(node->bounds.width() + 10);
        (i % 3 == 0          ? expected.nodesMoved
                : i % 3 == 1 ? expected.nodesResized
                             : expected.nodesBoth)
            .insert(k);
    }
    // A view added.
    {
        View view;
        view.id = ViewId(generator.id("v"));
        view.name = generator.element(profile).name;
        for (int i = 0; i < 3; ++i)
            view.nodes.append({ NodeId(generator.id("n")), NodeKind::Element, keptElement(), {},
                QRectF(i * 200, 0, 120, 55), {}, {}, {}, {} });
        b.views.insert(0, view);
        expected.viewsAdded.insert(view.id.toString());
    }

    const ModelDiff diff = ModelDiffer::compare(a, b);
    const Expected got = reported(diff);
    COMPARE_SETS(got.added, expected.added);
    COMPARE_SETS(got.removed, expected.removed);
    COMPARE_SETS(got.renamed, expected.renamed);
    COMPARE_SETS(got.retyped, expected.retyped);
    COMPARE_SETS(got.moved, expected.moved);
    COMPARE_SETS(got.changed, expected.changed);
    COMPARE_SETS(got.relationshipsAdded, expected.relationshipsAdded);
    COMPARE_SETS(got.relationshipsRemoved, expected.relationshipsRemoved);
    COMPARE_SETS(got.relationshipsChanged, expected.relationshipsChanged);
    COMPARE_SETS(got.viewsAdded, expected.viewsAdded);
    COMPARE_SETS(got.viewsRemoved, expected.viewsRemoved);
    COMPARE_SETS(got.viewsRenamed, expected.viewsRenamed);
    COMPARE_SETS(got.nodesAdded, expected.nodesAdded);
    COMPARE_SETS(got.nodesRemoved, expected.nodesRemoved);
    COMPARE_SETS(got.nodesMoved, expected.nodesMoved);
    COMPARE_SETS(got.nodesResized, expected.nodesResized);
    COMPARE_SETS(got.nodesBoth, expected.nodesBoth);
    COMPARE_SETS(got.connectionsAdded, expected.connectionsAdded);
    COMPARE_SETS(got.connectionsRemoved, expected.connectionsRemoved);
    // The counts say the same.
    const DiffCounts counts = diff.elementCounts();
    QCOMPARE(counts.added, int(expected.added.size()));
    QCOMPARE(counts.removed, int(expected.removed.size()));
    QCOMPARE(counts.renamed, int(expected.renamed.size()));
    QCOMPARE(counts.retyped, int(expected.retyped.size()));
    QCOMPARE(counts.moved, int(expected.moved.size()));
    QCOMPARE(counts.changed, int(expected.changed.size()));
    QCOMPARE(diff.relationshipCounts().added, int(expected.relationshipsAdded.size()));
    QCOMPARE(diff.viewCounts().removed, 2);
    QCOMPARE(diff.elementMatches.size(), a.elements.size() - removed.size());
    // And the other way round is the inverse.
    QVERIFY(ModelDiffer::compare(b, a) == diff.inverted());
}

void TestDiff::rebuiltModelIsEqual_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 5") << 5u;
    QTest::newRow("seed 6") << 6u;
}

void TestDiff::rebuiltModelIsEqual()
{
    QFETCH(quint32, seed);
    const ModelData a = Generator(seed).model(250, 350, 6);
    // The same architecture entered again: other ids, names in NFD, reverse order.
    ModelData b = test::emptyModel();
    QHash<QString, QString> ids;
    int serial = 0;
    const auto newId = [&](const QString &old) {
        QString &id = ids[old];
        if (id.isEmpty())
            id = u"id-again-%1"_s.arg(++serial);
        return id;
    };
    const auto nfd
        = [](const QString &text) { return text.normalized(QString::NormalizationForm_D); };
    for (qsizetype i = a.elements.size() - 1; i >= 0; --i) {
        Element e = a.elements.at(i);
        e.id = ElementId(newId(e.id.toString()));
        e.name = nfd(e.name);
        b.elements.append(e);
    }
    for (qsizetype i = a.relationships.size() - 1; i >= 0; --i) {
        Relationship r = a.relationships.at(i);
        r.id = RelationshipId(newId(r.id.toString()));
        r.source = ElementId(newId(r.source.toString()));
        r.target = ElementId(newId(r.target.toString()));
        r.name = nfd(r.name);
        b.relationships.append(r);
    }
    for (qsizetype v = a.views.size() - 1; v >= 0; --v) {
        const View &old = a.views.at(v);
        View view;
        view.id = ViewId(newId(old.id.toString()));
        view.name = nfd(old.name);
        view.kind = old.kind;
        for (qsizetype i = old.nodes.size() - 1; i >= 0; --i) {
            ViewNode node = old.nodes.at(i);
            node.id = NodeId(newId(node.id.toString()));
            if (!node.element.isNull())
                node.element = ElementId(newId(node.element.toString()));
            node.label = nfd(node.label);
            view.nodes.append(node);
        }
        for (qsizetype i = old.connections.size() - 1; i >= 0; --i) {
            ViewConnection c = old.connections.at(i);
            c.id = ConnectionId(newId(c.id.toString()));
            c.relationship = RelationshipId(newId(c.relationship.toString()));
            c.source = NodeId(newId(c.source.toString()));
            c.target = NodeId(newId(c.target.toString()));
            view.connections.append(c);
        }
        b.views.append(view);
    }
    QVERIFY(std::any_of(b.elements.begin(), b.elements.end(), [&](const Element &e) {
        return !a.elements.items().contains(e)
            && e.name != e.name.normalized(QString::NormalizationForm_C);
    }));

    const ModelDiff diff = ModelDiffer::compare(a, b);
    QCOMPARE(diff.elements.size(), 0);
    QCOMPARE(diff.relationships.size(), 0);
    QCOMPARE(diff.views.size(), 0);
    QCOMPARE(diff.elementMatches.size(), a.elements.size());
    for (auto it = diff.elementMatches.constBegin(); it != diff.elementMatches.constEnd(); ++it)
        QCOMPARE(it.value().toString(), ids.value(it.key().toString()));
    QVERIFY(ModelDiffer::compare(b, a) == diff.inverted());
}

void TestDiff::unaccentedAndSimilarNames()
{
    ModelData a = test::emptyModel();
    ModelData b = test::emptyModel();
    // Same type, the name typed without accents (đ -> d) and in capitals.
    a.elements.append(
        namedElement(u"id-a1"_s, u"public-service-portal"_s, u"Cổng Dịch vụ công tỉnh"_s));
    b.elements.append(
        namedElement(u"id-b1"_s, u"public-service-portal"_s, u"CONG DICH VU CONG TINH"_s));
    // Same name, other case: matched by name (renamed, as the name differs).
    a.elements.append(namedElement(u"id-a2"_s, u"data-centre"_s, u"Trung tâm dữ liệu"_s));
    b.elements.append(namedElement(u"id-b2"_s, u"data-centre"_s, u"trung tâm dữ liệu"_s));
    // A similar name of another type of the same layer: renamed and retyped.
    a.elements.append(namedElement(u"id-a3"_s, u"online-service"_s, u"Hệ thống quản lý văn bản"_s));
    b.elements.append(namedElement(u"id-b3"_s, u"online-payment"_s, u"Hệ thống quản lí văn bản"_s));
    const ModelDiff diff = ModelDiffer::compare(a, b);
    QCOMPARE(diff.elementMatches.value(ElementId(u"id-a1"_s)), ElementId(u"id-b1"_s));
    QCOMPARE(diff.elementMatches.value(ElementId(u"id-a2"_s)), ElementId(u"id-b2"_s));
    QCOMPARE(diff.elementMatches.value(ElementId(u"id-a3"_s)), ElementId(u"id-b3"_s));
    QCOMPARE(diff.elements.size(), 3);
    QHash<QString, ElementChange> byOld;
    for (const ElementChange &c : diff.elements)
        byOld.insert(c.oldId.toString(), c);
    QCOMPARE(byOld.value(u"id-a1"_s).match, MatchKind::Unaccented);
    QCOMPARE(byOld.value(u"id-a2"_s).match, MatchKind::Name);
    QCOMPARE(byOld.value(u"id-a3"_s).match, MatchKind::Similar);
    QVERIFY(byOld.value(u"id-a3"_s).isRetyped());
    QVERIFY(!byOld.value(u"id-a3"_s).isMoved());
    QVERIFY(byOld.value(u"id-a1"_s).isRenamed());
    QCOMPARE(diff.elementCounts(), (DiffCounts { 0, 0, 3, 1, 0, 0 }));
    QVERIFY(ModelDiffer::compare(b, a) == diff.inverted());
}

void TestDiff::notAlikeEnough()
{
    ModelData a = test::emptyModel();
    ModelData b = test::emptyModel();
    // 1 - 3/10 = 0.7: below the threshold.
    a.elements.append(namedElement(u"id-a1"_s, u"online-service"_s, u"abcdefghij"_s));
    b.elements.append(namedElement(u"id-b1"_s, u"online-service"_s, u"abcdefgxyz"_s));
    // Alike (0.9) but another component (technology, not data-apps).
    a.elements.append(namedElement(u"id-a2"_s, u"online-service"_s, u"klmnopqrst"_s));
    b.elements.append(namedElement(u"id-b2"_s, u"data-centre"_s, u"klmnopqrsX"_s));
    // Alike at 0.8 exactly: 2 of 10.
    a.elements.append(namedElement(u"id-a3"_s, u"online-service"_s, u"uvwxyzabcd"_s));
    b.elements.append(namedElement(u"id-b3"_s, u"online-service"_s, u"uvwxyzab12"_s));
    const ModelDiff diff = ModelDiffer::compare(a, b);
    QCOMPARE(diff.elementMatches.size(), 1);
    QCOMPARE(diff.elementMatches.value(ElementId(u"id-a3"_s)), ElementId(u"id-b3"_s));
    QCOMPARE(diff.elementCounts(), (DiffCounts { 2, 2, 1, 0, 0, 0 }));
}

void TestDiff::ambiguousNamesAreSymmetric()
{
    ModelData a = test::emptyModel();
    ModelData b = test::emptyModel();
    // Two servers of one name before, three after, none with the same id.
    for (const QString &id : { u"id-a-2"_s, u"id-a-1"_s }) {
        Element e = namedElement(id, u"data-centre"_s, u"Máy chủ"_s);
        e.documentation = id;
        a.elements.append(e);
    }
    for (const QString &id : { u"id-b-3"_s, u"id-b-1"_s, u"id-b-2"_s }) {
        Element e = namedElement(id, u"data-centre"_s, u"máy chủ"_s);
        e.documentation = id;
        b.elements.append(e);
    }
    const ModelDiff diff = ModelDiffer::compare(a, b);
    // Paired in the order of the ids; the third is added.
    QCOMPARE(diff.elementMatches.value(ElementId(u"id-a-1"_s)), ElementId(u"id-b-1"_s));
    QCOMPARE(diff.elementMatches.value(ElementId(u"id-a-2"_s)), ElementId(u"id-b-2"_s));
    QCOMPARE(diff.elementCounts().added, 1);
    QVERIFY(ModelDiffer::compare(b, a) == diff.inverted());
    // Whatever the order of the elements in the files.
    ModelData reordered = b;
    reordered.elements = {};
    for (qsizetype i = b.elements.size() - 1; i >= 0; --i)
        reordered.elements.append(b.elements.at(i));
    QVERIFY(ModelDiffer::compare(a, reordered) == diff);
    QVERIFY(ModelDiffer::compare(reordered, a) == diff.inverted());
}

void TestDiff::ambiguousSimilarityIsSymmetric()
{
    // One old name equally like two new ones, and the same with the sides swapped:
    // the pair with the smaller ids wins both ways.
    ModelData a = test::emptyModel();
    ModelData b = test::emptyModel();
    a.elements.append(namedElement(u"id-m"_s, u"online-service"_s, u"abcdefghij"_s));
    b.elements.append(namedElement(u"id-z"_s, u"online-service"_s, u"abcdefghiy"_s));
    b.elements.append(namedElement(u"id-k"_s, u"online-service"_s, u"abcdefghix"_s));
    a.elements.append(namedElement(u"id-n"_s, u"lan-wan"_s, u"qrstuvwxyz"_s));
    a.elements.append(namedElement(u"id-c"_s, u"lan-wan"_s, u"qrstuvwxy1"_s));
    b.elements.append(namedElement(u"id-p"_s, u"lan-wan"_s, u"qrstuvwxy2"_s));
    const ModelDiff diff = ModelDiffer::compare(a, b);
    QCOMPARE(diff.elementMatches.value(ElementId(u"id-m"_s)), ElementId(u"id-k"_s));
    QCOMPARE(diff.elementMatches.value(ElementId(u"id-c"_s)), ElementId(u"id-p"_s));
    QCOMPARE(diff.elementMatches.size(), 2);
    QVERIFY(ModelDiffer::compare(b, a) == diff.inverted());
}

// Above 2,000 x 2,000 leftovers in one component, each is compared with its
// nearest in the order of the names only: renames that keep the beginning of a
// name are still found, symmetrically, and quickly.
void TestDiff::similarityCap()
{
    ModelData a = test::emptyModel();
    ModelData b = test::emptyModel();
    QRandomGenerator random(17);
    QSet<QString> used;
    const int count = 2100;
    QSet<QString> renamed;
    for (int i = 0; i < count; ++i) {
        const QString name = randomName(random, used) + randomName(random, used);
        a.elements.append(namedElement(u"id-old-%1"_s.arg(i), u"online-service"_s, name));
        QString other = randomName(random, used) + randomName(random, used);
        if (i % 100 == 0) {
            other = name;
            other[other.size() - 1] = QChar(u'#');
            renamed.insert(u"id-old-%1"_s.arg(i));
        }
        b.elements.append(namedElement(u"id-new-%1"_s.arg(i), u"online-payment"_s, other));
    }
    QVERIFY(qint64(count) * count > ModelDiffer::SimilarityFullPairs);
    QElapsedTimer timer;
    timer.start();
    const ModelDiff diff = ModelDiffer::compare(a, b);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QSet<QString> matched;
    for (auto it = diff.elementMatches.constBegin(); it != diff.elementMatches.constEnd(); ++it) {
        matched.insert(it.key().toString());
        QCOMPARE(it.value().toString().mid(7), it.key().toString().mid(7));
    }
    COMPARE_SETS(matched, renamed);
    QVERIFY(ModelDiffer::compare(b, a) == diff.inverted());
}

void TestDiff::fieldChanges()
{
    ModelData a = test::emptyModel();
    Element e = namedElement(u"id-e"_s, u"online-service"_s, u"Dịch vụ"_s);
    e.properties.insert(u"owner"_s, u"Sở A"_s);
    e.properties.insert(u"phase"_s, u"2021-2025"_s);
    e.extraProperties = { { u"k"_s, u"1"_s }, { u"k"_s, u"2"_s }, { u"x"_s, u"y"_s } };
    a.elements.append(e);
    ModelData b = a;
    Element *f = b.elements.find(e.id);
    f->properties.insert(u"owner"_s, u"Sở B"_s);
    f->properties.remove(u"phase"_s);
    f->properties.insert(u"securityLevel"_s, u"3"_s);
    f->extraProperties = { { u"k"_s, u"1"_s }, { u"k"_s, u"3"_s }, { u"x"_s, u"y"_s } };
    f->documentation = u"Mới"_s;
    const ModelDiff diff = ModelDiffer::compare(a, b);
    QCOMPARE(diff.elements.size(), 1);
    const QList<FieldChange> expected { { u"documentation"_s, {}, u"Mới"_s },
        { u"owner"_s, u"Sở A"_s, u"Sở B"_s }, { u"phase"_s, u"2021-2025"_s, {} },
        { u"securityLevel"_s, {}, u"3"_s }, { u"k"_s, u"1\n2"_s, u"1\n3"_s } };
    QCOMPARE(diff.elements.first().fields, expected);
    QCOMPARE(diff.elementCounts(), (DiffCounts { 0, 0, 0, 0, 0, 1 }));
    // The model's own information is not compared.
    b = a;
    b.info.extraProperties.append({ u"kt:report.title"_s, u"x"_s });
    b.info.name = u"Khác"_s;
    QVERIFY(ModelDiffer::compare(a, b).isEmpty());
}

void TestDiff::relationshipEndsAndViewMatching()
{
    const ModelData a = test::sampleModel();
    ModelData b = a;
    // The relationship id-r-2 (portal -> app) made again with another id, id-r-1
    // now starting at the data centre, the overall view made again under another
    // id with its name in capitals.
    Relationship again = b.relationships.take(RelationshipId(u"id-r-2"_s));
    again.id = RelationshipId(u"id-r-again"_s);
    b.relationships.append(again);
    b.relationships.find(RelationshipId(u"id-r-1"_s))->source = ElementId(u"id-e-dc"_s);
    View overall = b.views.take(ViewId(u"id-v-1"_s));
    overall.id = ViewId(u"id-v-new"_s);
    overall.name = overall.name.toUpper();
    overall.connections.find(ConnectionId(u"id-c-2"_s))->relationship = again.id;
    b.views.append(overall);

    const ModelDiff diff = ModelDiffer::compare(a, b);
    QCOMPARE(diff.relationshipMatches.value(RelationshipId(u"id-r-2"_s)), again.id);
    QCOMPARE(diff.relationships.size(), 1);
    const RelationshipChange &moved = diff.relationships.first();
    QCOMPARE(moved.oldId, RelationshipId(u"id-r-1"_s));
    QCOMPARE(
        moved.fields, (QList<FieldChange> { { u"source"_s, u"id-e-citizen"_s, u"id-e-dc"_s } }));
    QCOMPARE(diff.viewMatches.value(ViewId(u"id-v-1"_s)), ViewId(u"id-v-new"_s));
    QCOMPARE(diff.views.size(), 1);
    QVERIFY(diff.views.first().isRenamed());
    QVERIFY(diff.views.first().nodes.isEmpty());
    QVERIFY(diff.views.first().connections.isEmpty());
    QCOMPARE(diff.relationshipCounts(), (DiffCounts { 0, 0, 0, 0, 0, 1 }));
    QCOMPARE(diff.viewCounts(), (DiffCounts { 0, 0, 1, 0, 0, 0 }));
    QVERIFY(ModelDiffer::compare(b, a) == diff.inverted());
}

// The framework 2.0 profile under another id, mapping "test-old"'s types when
// upgrades is given.
ProfilePtr renamedProfile(const QString &id, const QJsonObject &upgrade)
{
    QFile file(u":/kientruc/frameworks/vn-egov-2.0.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(u"id"_s, id);
    if (!upgrade.isEmpty())
        root.insert(u"upgrades"_s, QJsonArray { upgrade });
    const Result<ProfilePtr> profile
        = ProfileLoader::loadData(QJsonDocument(root).toJson(), id + u".json"_s);
    if (!profile)
        qWarning("%s", qPrintable(profile.error()));
    return profile ? profile.value() : ProfilePtr();
}

void TestDiff::acrossFrameworks()
{
    const ProfilePtr old = renamedProfile(u"test-old"_s, {});
    const ProfilePtr mapping = renamedProfile(u"test-new"_s,
        QJsonObject { { u"from"_s, u"test-old"_s },
            { u"elementTypes"_s,
                QJsonObject { { u"online-service"_s, u"online-payment"_s },
                    { u"data-centre"_s, u"soc"_s } } },
            { u"relationshipTypes"_s, QJsonObject { { u"uses"_s, u"provides"_s } } } });
    QVERIFY(old && mapping);
    ModelData a;
    a.profile = old;
    a.info.frameworkId = old->id();
    ModelData b;
    b.profile = mapping;
    b.info.frameworkId = mapping->id();
    // Matched by name through the mapping; by id and mapped (moved to security, not
    // retyped); by id, retyped; a relationship of a mapped type between matched ends.
    a.elements.append(namedElement(u"id-a1"_s, u"online-service"_s, u"Thanh toán"_s));
    b.elements.append(namedElement(u"id-b1"_s, u"online-payment"_s, u"Thanh toán"_s));
    a.elements.append(namedElement(u"id-2"_s, u"data-centre"_s, u"Trung tâm"_s));
    b.elements.append(namedElement(u"id-2"_s, u"soc"_s, u"Trung tâm"_s));
    a.elements.append(namedElement(u"id-3"_s, u"data-centre"_s, u"Máy chủ"_s));
    b.elements.append(namedElement(u"id-3"_s, u"lan-wan"_s, u"Máy chủ"_s));
    a.relationships.append({ RelationshipId(u"id-ra"_s), u"uses"_s, ElementId(u"id-a1"_s),
        ElementId(u"id-2"_s), {}, {}, {}, {}, {} });
    b.relationships.append({ RelationshipId(u"id-rb"_s), u"provides"_s, ElementId(u"id-b1"_s),
        ElementId(u"id-2"_s), {}, {}, {}, {}, {} });

    const ModelDiff diff = ModelDiffer::compare(a, b);
    QCOMPARE(diff.frameworkId, u"test-new"_s);
    QCOMPARE(diff.oldFrameworkId, u"test-old"_s);
    QCOMPARE(diff.elementMatches.value(ElementId(u"id-a1"_s)), ElementId(u"id-b1"_s));
    QCOMPARE(
        diff.relationshipMatches.value(RelationshipId(u"id-ra"_s)), RelationshipId(u"id-rb"_s));
    QVERIFY(diff.relationships.isEmpty());
    // id-2 became a SOC as the mapping says: no change.
    QCOMPARE(diff.elements.size(), 1);
    const ElementChange &c = diff.elements.first();
    QCOMPARE(c.oldId, ElementId(u"id-3"_s));
    QCOMPARE(c.oldType, u"data-centre"_s);
    QCOMPARE(c.comparedOldType, u"soc"_s);
    QCOMPARE(c.oldComponent, u"security"_s); // the layer in the comparison's framework
    QCOMPARE(c.newComponent, u"technology"_s);
    QVERIFY(c.isRetyped() && c.isMoved());
    // The other way round compares in the same framework, mapping the new side.
    const ModelDiff backward = ModelDiffer::compare(b, a);
    QCOMPARE(backward.frameworkId, u"test-new"_s);
    QVERIFY(backward == diff.inverted());
    // Without a mapping, the types are compared as they are.
    ModelData plain = a;
    plain.profile = renamedProfile(u"test-other"_s, {});
    plain.info.frameworkId = u"test-other"_s;
    // (id-a1 and id-b1 then only match as alike names of one component.)
    QCOMPARE(ModelDiffer::compare(plain, b).elementCounts().retyped, 3);
    QVERIFY(ModelDiffer::compare(b, plain) == ModelDiffer::compare(plain, b).inverted());
}

void TestDiff::overlay()
{
    // Old: citizen (n1), portal (n2), app (n3) and a note; lines n1-n2, n2-n3.
    const ModelData a = test::sampleModel();
    ModelData b = a;
    // The citizen goes (with its node and line), the portal is renamed, the app's
    // node moves, the data centre is documented and shown, a new element is shown.
    b.elements.take(ElementId(u"id-e-citizen"_s));
    b.relationships.take(RelationshipId(u"id-r-1"_s));
    b.elements.find(ElementId(u"id-e-portal"_s))->name = u"Cổng DVC mới"_s;
    b.elements.find(ElementId(u"id-e-dc"_s))->documentation = u"Tài liệu"_s;
    b.elements.append(namedElement(u"id-e-new"_s, u"lan-wan"_s, u"Mạng mới"_s));
    Relationship r { RelationshipId(u"id-r-new"_s), u"connects-to"_s, ElementId(u"id-e-app"_s),
        ElementId(u"id-e-new"_s), {}, {}, {}, {}, {} };
    b.relationships.append(r);
    View *view = b.views.find(ViewId(u"id-v-1"_s));
    view->nodes.take(NodeId(u"id-n-1"_s));
    view->connections.take(ConnectionId(u"id-c-1"_s));
    view->nodes.find(NodeId(u"id-n-3"_s))->bounds.translate(100, 0);
    view->nodes.append({ NodeId(u"id-n-dc"_s), NodeKind::Element, ElementId(u"id-e-dc"_s), {},
        QRectF(0, 400, 100, 50), {}, {}, {}, {} });
    view->nodes.append({ NodeId(u"id-n-new"_s), NodeKind::Element, ElementId(u"id-e-new"_s), {},
        QRectF(200, 400, 100, 50), {}, {}, {}, {} });
    view->connections.append(
        { ConnectionId(u"id-c-new"_s), r.id, NodeId(u"id-n-3"_s), NodeId(u"id-n-new"_s), {}, {} });

    const ModelDiff diff = ModelDiffer::compare(a, b);
    const ViewOverlay after = ViewOverlay::forNewView(diff, a, b, ViewId(u"id-v-1"_s));
    QCOMPARE(after.added, (QSet<NodeId> { NodeId(u"id-n-dc"_s), NodeId(u"id-n-new"_s) }));
    QCOMPARE(after.changed, (QSet<NodeId> { NodeId(u"id-n-dc"_s) }));
    QCOMPARE(after.renamed,
        (QHash<NodeId, QString> { { NodeId(u"id-n-2"_s), u"Cổng dịch vụ công"_s } }));
    QVERIFY(after.removed.isEmpty());
    QCOMPARE(after.addedConnections, (QSet<ConnectionId> { ConnectionId(u"id-c-new"_s) }));
    QVERIFY(after.removedConnections.isEmpty());
    QCOMPARE(after.ghosts.size(), 1);
    QCOMPARE(after.ghosts.first().bounds, QRectF(20, 40, 160, 60));
    QCOMPARE(after.ghosts.first().label, u"Người dân"_s);
    QCOMPARE(
        after.ghostConnections, (QList<QLineF> { QLineF(QPointF(100, 70), QPointF(100, 290)) }));

    const ViewOverlay before = ViewOverlay::forOldView(diff, a, b, ViewId(u"id-v-1"_s));
    QCOMPARE(before.removed, (QSet<NodeId> { NodeId(u"id-n-1"_s) }));
    QCOMPARE(before.removedConnections, (QSet<ConnectionId> { ConnectionId(u"id-c-1"_s) }));
    QCOMPARE(
        before.renamed, (QHash<NodeId, QString> { { NodeId(u"id-n-2"_s), u"Cổng DVC mới"_s } }));
    QVERIFY(before.added.isEmpty() && before.ghosts.isEmpty() && before.ghostConnections.isEmpty());
    QVERIFY(before.changed.isEmpty()); // the data centre is not on the old view

    // The other view shows only the app, unchanged: nothing to draw.
    QVERIFY(ViewOverlay::forNewView(diff, a, b, ViewId(u"id-v-2"_s)).isEmpty());
    QVERIFY(ViewOverlay::forNewView(diff, a, b, ViewId(u"id-none"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
