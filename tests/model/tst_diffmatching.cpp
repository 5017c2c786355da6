// The model diff's matching (issue 11): by name without accents and by similar
// names, symmetry where matches are ambiguous, the similarity cap, field changes,
// relationship ends and views, two frameworks through a mapping, and the overlay
// of a view.
#include "support/difftestdata.h"
#include "support/samplemodel.h"

#include <model/diff/modeldiff.h>
#include <model/diff/viewoverlay.h>
#include <model/meta/profileloader.h>
#include <model/modelfile.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRandomGenerator>
#include <QTest>

using namespace kt;
using namespace kt::test;
using namespace Qt::StringLiterals;

class TestDiffMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

void TestDiffMatching::unaccentedAndSimilarNames()
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

void TestDiffMatching::notAlikeEnough()
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

void TestDiffMatching::ambiguousNamesAreSymmetric()
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

void TestDiffMatching::ambiguousSimilarityIsSymmetric()
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
void TestDiffMatching::similarityCap()
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
    // The work, not the time (a timed test fails on a loaded machine): above the cap
    // each leftover is compared with at most SimilarityWindow others, so the pairs of
    // names compared stay below (olds + news) x window, a 20th of all pairs here.
    ModelDiffer::Work work;
    const ModelDiff diff = ModelDiffer::compare(a, b, &work);
    const qint64 linearBound = qint64(2 * count) * ModelDiffer::SimilarityWindow;
    QVERIFY2(work.similarityPairs > 0 && work.similarityPairs <= linearBound,
             qPrintable(u"%1 pairs compared, bound %2"_s.arg(work.similarityPairs).arg(linearBound)));
    QVERIFY(linearBound * 20 <= qint64(count) * count);
    // Below the cap every pair is compared: the count is the product (the counter counts).
    ModelData smallA = test::emptyModel();
    ModelData smallB = test::emptyModel();
    for (int i = 0; i < 30; ++i) {
        smallA.elements.append(a.elements.at(i));
        smallB.elements.append(b.elements.at(i + 30));
    }
    ModelDiffer::Work full;
    ModelDiffer::compare(smallA, smallB, &full);
    QCOMPARE(full.similarityPairs, qint64(30) * 30);

    QSet<QString> matched;
    for (auto it = diff.elementMatches.constBegin(); it != diff.elementMatches.constEnd(); ++it) {
        matched.insert(it.key().toString());
        QCOMPARE(it.value().toString().mid(7), it.key().toString().mid(7));
    }
    COMPARE_SETS(matched, renamed);
    QVERIFY(ModelDiffer::compare(b, a) == diff.inverted());
}

void TestDiffMatching::fieldChanges()
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

void TestDiffMatching::relationshipEndsAndViewMatching()
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

void TestDiffMatching::acrossFrameworks()
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
        ElementId(u"id-2"_s), {}, {}, {}, {}, {}, {}, {} });
    b.relationships.append({ RelationshipId(u"id-rb"_s), u"provides"_s, ElementId(u"id-b1"_s),
        ElementId(u"id-2"_s), {}, {}, {}, {}, {}, {}, {} });

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

void TestDiffMatching::overlay()
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
        ElementId(u"id-e-new"_s), {}, {}, {}, {}, {}, {}, {} };
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
        { ConnectionId(u"id-c-new"_s), r.id, NodeId(u"id-n-3"_s), NodeId(u"id-n-new"_s), {}, {},
          {}, {} });

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

QTEST_GUILESS_MAIN(TestDiffMatching)
#include "tst_diffmatching.moc"
