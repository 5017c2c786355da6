// Following others and looking back in the team repository (model/repo): the changes
// since a checkout and applying them, a commit's next base built from them, claims of
// views, one object's history, the model as of a past commit, and the upgrade of a
// repository of schema version 1.
#include "support/modelcompare.h"
#include "support/repotestbed.h"

#include <model/edit/arrangeedits.h>
#include <model/modelfile.h>
#include <model/repo/repodelta.h>
#include <model/repo/reposchema.h>
#include <model/repo/repository.h>
#include <model/repo/repowatcher.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QtTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const QString Database = u"history"_s;

ModelData example()
{
    return test::repoExample();
}

using test::elementAt;

// The first view holding a node, and that node.
std::pair<View *, ViewNode *> someNode(ModelData &data)
{
    for (qsizetype i = 0; i < data.views.size(); ++i) {
        View *view = data.views.find(data.views.at(i).id);
        if (!view->nodes.isEmpty())
            return { view, view->nodes.find(view->nodes.at(0).id) };
    }
    return { nullptr, nullptr };
}

// Removes a relationship and the connections that show it.
void removeRelationship(ModelData &data, const RelationshipId &id)
{
    data.relationships.take(id);
    for (qsizetype i = 0; i < data.views.size(); ++i) {
        View *view = data.views.find(data.views.at(i).id);
        QList<ConnectionId> lines;
        for (const ViewConnection &c : view->connections)
            if (c.relationship == id)
                lines.append(c.id);
        for (const ConnectionId &c : lines)
            view->connections.take(c);
    }
}

// A relationship no other relationship refers to.
RelationshipId plainRelationship(const ModelData &data)
{
    for (const Relationship &r : data.relationships) {
        bool referred = false;
        for (const Relationship &other : data.relationships)
            referred |= other.sourceRelationship == r.id || other.targetRelationship == r.id;
        if (!referred)
            return r.id;
    }
    return {};
}

// The ids of a view's nodes, in paint order.
QStringList nodeOrder(const ModelData &data, const ViewId &view)
{
    QStringList ids;
    if (const View *v = data.views.find(view))
        for (const ViewNode &n : v->nodes)
            ids.append(n.id.toString());
    return ids;
}

// Whether the view's node at i is on top (not nested) and holds no node.
bool topLeaf(const View &v, qsizetype i)
{
    return v.nodes.at(i).parent.isNull()
            && (i + 1 == v.nodes.size() || v.nodes.at(i + 1).parent != v.nodes.at(i).id);
}

// The example with four more nodes on top of its first view (the last of its nodes):
// top leaves to reorder whatever the example's views hold.
ModelData withTopNodes(ViewId *view)
{
    ModelData data = example();
    View *v = data.views.find(data.views.at(0).id);
    for (int i = 0; i < 4; ++i) {
        ViewNode n;
        n.id = NodeId::create();
        n.kind = NodeKind::Element;
        n.element = data.elements.at(i).id;
        n.bounds = QRectF(1000 + 200 * i, 1000, 120, 60);
        v->nodes.append(n);
    }
    *view = v->id;
    return data;
}

QString quoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

class TestRepoHistory : public QObject
{
    Q_OBJECT

private:
    test::RepoTestBed m_bed;
    QString url(const QString &user, const QString &database = Database) const
    {
        return m_bed.url(user, database);
    }
    void open(Repository &repo, const QString &user) { QVERIFY(m_bed.open(repo, user)); }
    void compareCheckouts(const RepoCheckout &actual, const RepoCheckout &expected)
    {
        KT_COMPARE_MODELS(actual.data, expected.data);
        QCOMPARE(actual.head, expected.head);
        QCOMPARE(actual.versions, expected.versions);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QList<std::pair<QString, QString>> users = test::RepoTestBed::usualUsers();
        users.append({ u"ada"_s, u"kt_admin"_s });
        KT_START_REPO_OR_SKIP(m_bed, Database, users);
    }

    // Bob follows Alice's commits with changesSince + applyDelta and ends where a fresh
    // checkout is: content, versions and head.
    void followOthersCommits()
    {
        Repository a, b;
        open(a, u"alice"_s);
        open(b, u"bob"_s);
        RepoCheckout baseA, baseB;
        QVERIFY2(a.publish(example(), u"follow"_s, u"first"_s, &baseA),
                 qPrintable(a.errorString()));
        QVERIFY(b.checkout(u"follow"_s, baseB));
        RepoDelta nothing;
        QVERIFY2(b.changesSince(u"follow"_s, baseB.head, nothing), qPrintable(b.errorString()));
        QVERIFY(nothing.isEmpty());
        QVERIFY(nothing.commits.isEmpty());
        QCOMPARE(nothing.head, baseB.head);

        // 1: a rename, a node moved, an element added, a relationship and its lines deleted.
        ModelData one = baseA.data;
        elementAt(one, 0).name = u"renamed by alice"_s;
        someNode(one).second->bounds.translate(40, 20);
        const ElementId x = ElementId::create();
        one.elements.append(Element { x, one.elements.at(0).type, u"X"_s, {}, {}, {} });
        const RelationshipId gone = plainRelationship(one);
        QVERIFY(!gone.isNull());
        removeRelationship(one, gone);
        RepoCommitResult r1;
        QVERIFY2(a.commit(baseA, one, u"one"_s, r1), qPrintable(a.errorString()));
        // 2: X deleted again, Y added, the model's name changed.
        ModelData two = r1.current.data;
        two.elements.take(x);
        const ElementId y = ElementId::create();
        two.elements.append(Element { y, two.elements.at(0).type, u"Y"_s, {}, {}, {} });
        two.info.name = u"renamed model"_s;
        RepoCommitResult r2;
        QVERIFY2(a.commit(r1.current, two, u"two"_s, r2), qPrintable(a.errorString()));

        RepoDelta delta;
        QVERIFY2(b.changesSince(u"follow"_s, baseB.head, delta), qPrintable(b.errorString()));
        QCOMPARE(delta.head, r2.commitId);
        QCOMPARE(delta.commits.size(), 2);
        QCOMPARE(delta.commits.at(0).message, u"one"_s);
        QCOMPARE(delta.commits.at(1).who, u"alice"_s);
        QVERIFY(delta.commits.at(1).changes.isEmpty());
        QStringList changed;
        for (const RepoObject &o : delta.changed)
            changed.append(o.key());
        QVERIFY(changed.contains(RepoObjects::keyOf(RepoObjectKind::Element, y.toString())));
        QVERIFY(changed.contains(RepoObjects::keyOf(RepoObjectKind::Model,
                                                    baseA.data.info.id.toString())));
        QVERIFY(!changed.contains(RepoObjects::keyOf(RepoObjectKind::Element, x.toString())));
        // Only what the commits touched: the model's other elements are not read.
        QVERIFY(delta.changed.size() < 10);
        QVERIFY(delta.removed.contains({ RepoObjectKind::Relationship, gone.toString() }));
        QCOMPARE(delta.versions.value(
                         RepoObjects::keyOf(RepoObjectKind::Element,
                                            baseA.data.elements.at(0).id.toString())),
                 2);

        RepoCheckout followed = baseB;
        QString error;
        QVERIFY2(applyDelta(followed, delta, &error), qPrintable(error));
        RepoCheckout fresh;
        QVERIFY(b.checkout(u"follow"_s, fresh));
        compareCheckouts(followed, fresh);
        compareCheckouts(r2.current, fresh);
        QVERIFY(!followed.data.elements.contains(x));
        QCOMPARE(followed.data.info.name, u"renamed model"_s);

        // A delta older than the checkout is refused.
        QVERIFY(!applyDelta(followed, nothing, &error));
        QVERIFY2(error.contains(u"follow"_s), qPrintable(error));

        // Bob commits on his old base: his result's next base holds Alice's commits too.
        ModelData mineB = baseB.data;
        elementAt(mineB, 1).documentation = u"bob's text"_s;
        RepoCommitResult rb;
        QVERIFY2(b.commit(baseB, mineB, u"bob"_s, rb), qPrintable(b.errorString()));
        QVERIFY(b.checkout(u"follow"_s, fresh));
        compareCheckouts(rb.current, fresh);
        // And a commit with nothing to send brings the base up to date.
        RepoCommitResult none;
        QVERIFY(a.commit(r2.current, r2.current.data, u"none"_s, none));
        QCOMPARE(none.commitId, 0);
        compareCheckouts(none.current, fresh);
    }

    // A deletion is checked against what refers to the deleted object: the model as
    // the commit knows it (a node left on a view), and what others committed since
    // (a relationship added to it), without reading the whole model.
    // A collection's order is committed (issue 14): Send to Back writes the one node it
    // moves; a move between two neighbours with no room between their positions
    // renumbers the view's nodes. Another client follows both (changesSince and
    // applyDelta), a checkout and the past states give the committed order back, and the
    // node's history says where it went.
    void orderCommittedAndFollowed()
    {
        Repository a, b;
        open(a, u"alice"_s);
        open(b, u"bob"_s);
        RepoCheckout baseA, baseB;
        ViewId viewId;
        QVERIFY2(a.publish(withTopNodes(&viewId), u"order"_s, {}, &baseA),
                 qPrintable(a.errorString()));
        QVERIFY2(b.checkout(u"order"_s, baseB), qPrintable(b.errorString()));
        const View *view = baseA.data.views.find(viewId);
        const NodeId last = view->nodes.at(view->nodes.size() - 1).id;

        ModelData back = baseA.data;
        ReorderNodes toBack(viewId, { last }, ReorderNodes::Direction::ToBack);
        ChangeSet changes;
        QString error;
        QVERIFY2(toBack.apply(back, changes, error), qPrintable(error));
        QCOMPARE(nodeOrder(back, viewId).first(), last.toString());
        RepoCommitResult first;
        QVERIFY2(a.commit(baseA, back, u"to the back"_s, first), qPrintable(a.errorString()));
        QVERIFY(first.commitId > 0);
        QCOMPARE(first.written, 1); // the node sent back, nothing else
        QCOMPARE(nodeOrder(first.current.data, viewId), nodeOrder(back, viewId));

        RepoDelta delta;
        QVERIFY2(b.changesSince(u"order"_s, baseB.head, delta), qPrintable(b.errorString()));
        QVERIFY2(applyDelta(baseB, delta, &error), qPrintable(error));
        RepoCheckout fresh;
        QVERIFY2(b.checkout(u"order"_s, fresh), qPrintable(b.errorString()));
        QCOMPARE(nodeOrder(fresh.data, viewId), nodeOrder(back, viewId));
        QCOMPARE(nodeOrder(baseB.data, viewId), nodeOrder(back, viewId));
        compareCheckouts(baseB, fresh);
        QCOMPARE(baseB.positions, fresh.positions);
        compareCheckouts(first.current, fresh);

        // Between two neighbours: a node goes after the next one (two leaves on top).
        ModelData middle = first.current.data;
        View *v = middle.views.find(viewId);
        const qsizetype at = v->nodes.size() - 3; // the first two of the four added
        QVERIFY(topLeaf(*v, at) && topLeaf(*v, at + 1));
        ViewNode moving = v->nodes.take(v->nodes.at(at).id);
        v->nodes.insert(at + 1, moving);
        RepoCommitResult renumbered;
        QVERIFY2(a.commit(first.current, middle, u"between"_s, renumbered),
                 qPrintable(a.errorString()));
        QVERIFY(renumbered.commitId > 0);
        QVERIFY2(b.checkout(u"order"_s, fresh), qPrintable(b.errorString()));
        QCOMPARE(nodeOrder(fresh.data, viewId), nodeOrder(middle, viewId));
        QCOMPARE(nodeOrder(renumbered.current.data, viewId), nodeOrder(middle, viewId));
        QVERIFY2(b.changesSince(u"order"_s, baseB.head, delta), qPrintable(b.errorString()));
        QVERIFY2(applyDelta(baseB, delta, &error), qPrintable(error));
        compareCheckouts(baseB, fresh);
        QCOMPARE(nodeOrder(baseB.data, viewId), nodeOrder(middle, viewId));
        // Nothing left to commit once the order is the repository's.
        RepoCommitResult nothing;
        QVERIFY2(a.commit(renumbered.current, middle, u"again"_s, nothing),
                 qPrintable(a.errorString()));
        QCOMPARE(nothing.commitId, 0);

        RepoCheckout past;
        QVERIFY2(a.checkoutAt(u"order"_s, first.commitId, past), qPrintable(a.errorString()));
        QCOMPARE(nodeOrder(past.data, viewId), nodeOrder(back, viewId));
        QVERIFY2(a.checkoutAt(u"order"_s, renumbered.commitId, past), qPrintable(a.errorString()));
        QCOMPARE(nodeOrder(past.data, viewId), nodeOrder(middle, viewId));
        QVERIFY2(a.checkoutAt(u"order"_s, baseA.head, past), qPrintable(a.errorString()));
        QCOMPARE(nodeOrder(past.data, viewId), nodeOrder(baseA.data, viewId));

        QList<RepoCommitInfo> history;
        QVERIFY2(a.history(u"order"_s, RepoObjectKind::Node, last.toString(), history),
                 qPrintable(a.errorString()));
        QVERIFY(history.size() >= 2);
        const RepoChange &moved = history.at(1).changes.first();
        QCOMPARE(moved.action, u"update"_s);
        QVERIFY(moved.before.value(u"position"_s) != moved.after.value(u"position"_s));
        QVERIFY(moved.after.value(u"position"_s).toLongLong()
                < moved.before.value(u"position"_s).toLongLong());
    }

    void deletionLeavingReferencesRefused()
    {
        Repository a, b;
        open(a, u"alice"_s);
        open(b, u"bob"_s);
        RepoCheckout base;
        QVERIFY(a.publish(example(), u"deletions"_s, {}, &base));
        ElementId shown;
        QString nodeId;
        for (const View &v : base.data.views)
            for (const ViewNode &n : v.nodes)
                if (nodeId.isEmpty() && !n.element.isNull()) {
                    shown = n.element;
                    nodeId = n.id.toString();
                }
        QVERIFY(!nodeId.isEmpty());
        ModelData withoutElement = base.data;
        withoutElement.elements.take(shown);
        // Its relationships go too, so that only the node is left referring to it.
        QList<RelationshipId> attached;
        for (const Relationship &r : withoutElement.relationships)
            if (r.source == shown || r.target == shown)
                attached.append(r.id);
        for (const RelationshipId &r : attached)
            removeRelationship(withoutElement, r);
        RepoCommitResult result;
        QVERIFY(!a.commit(base, withoutElement, u"delete"_s, result));
        QVERIFY2(a.errorString().contains(shown.toString()) && a.errorString().contains(nodeId),
                 qPrintable(a.errorString()));

        // An element nobody refers to; Bob relates to it; Alice, not knowing, deletes it.
        ModelData withX = base.data;
        const ElementId x = ElementId::create();
        withX.elements.append(Element { x, withX.elements.at(0).type, u"X"_s, {}, {}, {} });
        RepoCommitResult added;
        QVERIFY(a.commit(base, withX, u"X"_s, added));
        ModelData related = added.current.data;
        Relationship r = related.relationships.at(0);
        r.id = RelationshipId::create();
        r.target = x;
        related.relationships.append(r);
        RepoCommitResult byBob;
        QVERIFY2(b.commit(added.current, related, u"to X"_s, byBob), qPrintable(b.errorString()));
        ModelData deleting = added.current.data;
        deleting.elements.take(x);
        QVERIFY(!a.commit(added.current, deleting, u"delete X"_s, result));
        QVERIFY2(a.errorString().contains(x.toString()) && a.errorString().contains(r.id.toString()),
                 qPrintable(a.errorString()));
        RepoCheckout now;
        QVERIFY(a.checkout(u"deletions"_s, now));
        QCOMPARE(now.head, byBob.commitId);
        QVERIFY(now.data.elements.contains(x));
        // Once the relationship is gone too, the deletion goes through.
        ModelData both = now.data;
        both.relationships.take(r.id);
        both.elements.take(x);
        QVERIFY2(a.commit(now, both, u"delete both"_s, result), qPrintable(a.errorString()));
        QCOMPARE(result.written, 2);
    }

    void claimsOfViews()
    {
        Repository a, b, reader, admin;
        open(a, u"alice"_s);
        open(b, u"bob"_s);
        open(reader, u"olga"_s);
        open(admin, u"ada"_s);
        RepoCheckout base;
        QVERIFY(a.publish(example(), u"claims"_s, {}, &base));
        const QString view = base.data.views.at(0).id.toString();
        const QString other = base.data.views.at(1).id.toString();

        RepoWatcher watcher;
        QVERIFY2(watcher.open(url(u"bob"_s)), qPrintable(watcher.errorString()));
        QSignalSpy changed(&watcher, &RepoWatcher::claimsChanged);

        RepoClaim holder;
        QVERIFY2(a.claimView(u"claims"_s, view, &holder), qPrintable(a.errorString()));
        QCOMPARE(holder.who, u"alice"_s);
        QCOMPARE(holder.viewId, view);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().at(0).toString(), u"claims"_s);
        QVERIFY(a.claimView(u"claims"_s, view)); // held already by her: fine

        QVERIFY(!b.claimView(u"claims"_s, view, &holder));
        QVERIFY2(b.errorString().contains(u"alice"_s) && b.errorString().contains(view),
                 qPrintable(b.errorString()));
        QCOMPARE(holder.who, u"alice"_s);
        QVERIFY(!reader.claimView(u"claims"_s, other));
        QVERIFY2(reader.errorString().contains(u"refused"_s)
                         && reader.errorString().contains(u"olga"_s),
                 qPrintable(reader.errorString()));
        QVERIFY(!a.claimView(u"claims"_s, u"no-such-view"_s));
        QVERIFY2(a.errorString().contains(u"no-such-view"_s), qPrintable(a.errorString()));

        QList<RepoClaim> listed;
        QVERIFY2(reader.claims(u"claims"_s, listed), qPrintable(reader.errorString()));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().who, u"alice"_s);
        QCOMPARE(listed.first().viewId, view);

        // Only the holder (or an administrator) releases; the server's policy says so.
        QVERIFY(!b.releaseView(u"claims"_s, view));
        QVERIFY2(b.errorString().contains(u"alice"_s), qPrintable(b.errorString()));
        QVERIFY(!reader.releaseView(u"claims"_s, view));
        QVERIFY(a.claims(u"claims"_s, listed));
        QCOMPARE(listed.size(), 1);
        changed.clear();
        QVERIFY2(a.releaseView(u"claims"_s, view), qPrintable(a.errorString()));
        QVERIFY(changed.wait(5000));
        QVERIFY(a.claims(u"claims"_s, listed));
        QVERIFY(listed.isEmpty());
        QVERIFY(a.releaseView(u"claims"_s, view)); // nobody holds it: nothing to do

        QVERIFY2(b.claimView(u"claims"_s, other), qPrintable(b.errorString()));
        QVERIFY2(admin.releaseView(u"claims"_s, other), qPrintable(admin.errorString()));
        QVERIFY(a.claims(u"claims"_s, listed));
        QVERIFY(listed.isEmpty());
    }

    // One object's history, each entry with that object's change only; and the model
    // as it was after each commit, over inserts, updates and deletes.
    void historyAndPastStates()
    {
        Repository a, b;
        open(a, u"alice"_s);
        open(b, u"bob"_s);
        RepoCheckout c1;
        QVERIFY(a.publish(example(), u"past"_s, u"published"_s, &c1));
        const ElementId first = c1.data.elements.at(0).id;

        ModelData two = c1.data;
        elementAt(two, 0).name = u"second name"_s;
        elementAt(two, 1).documentation = u"other element"_s;
        const ElementId x = ElementId::create();
        two.elements.append(Element { x, two.elements.at(0).type, u"X"_s, {}, {}, {} });
        removeRelationship(two, plainRelationship(two));
        RepoCommitResult r2;
        QVERIFY2(a.commit(c1, two, u"second"_s, r2), qPrintable(a.errorString()));

        ModelData three = r2.current.data;
        elementAt(three, 0).name = u"third name"_s;
        three.elements.take(x);
        someNode(three).second->bounds.translate(10, 10);
        View *view = someNode(three).first;
        view->nodes.append(ViewNode { NodeId::create(), NodeKind::Note, {}, {},
                                      QRectF(5, 5, 100, 40), u"a note"_s, {}, {}, {} });
        RepoCommitResult r3;
        QVERIFY2(b.commit(r2.current, three, u"third"_s, r3), qPrintable(b.errorString()));

        QList<RepoCommitInfo> history;
        QVERIFY2(a.history(u"past"_s, RepoObjectKind::Element, first.toString(), history),
                 qPrintable(a.errorString()));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).changes.size(), 1);
        QCOMPARE(history.at(0).changes.first().action, u"insert"_s);
        QCOMPARE(history.at(1).message, u"second"_s);
        QCOMPARE(history.at(1).who, u"alice"_s);
        QCOMPARE(history.at(1).changes.size(), 1); // not the other element's change
        QCOMPARE(history.at(1).changes.first().after.value(u"name"_s), u"second name"_s);
        QCOMPARE(history.at(2).who, u"bob"_s);
        QCOMPARE(history.at(2).changes.first().before.value(u"name"_s), u"second name"_s);
        QCOMPARE(history.at(2).changes.first().after.value(u"name"_s), u"third name"_s);
        QVERIFY(a.history(u"past"_s, RepoObjectKind::Element, x.toString(), history));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).changes.first().action, u"delete"_s);
        QVERIFY(!a.history(u"no such model"_s, RepoObjectKind::Element, x.toString(), history));
        QVERIFY(a.errorString().contains(u"no such model"_s));

        RepoCheckout at;
        QVERIFY2(b.checkoutAt(u"past"_s, c1.head, at), qPrintable(b.errorString()));
        compareCheckouts(at, c1);
        QVERIFY(b.checkoutAt(u"past"_s, r2.commitId, at));
        compareCheckouts(at, r2.current);
        QVERIFY(b.checkoutAt(u"past"_s, r3.commitId, at));
        compareCheckouts(at, r3.current);
        RepoCheckout now;
        QVERIFY(b.checkout(u"past"_s, now));
        compareCheckouts(at, now);

        // A commit of no model, or of another model, is refused naming it.
        QVERIFY(!b.checkoutAt(u"past"_s, 999999, at));
        QVERIFY2(b.errorString().contains(u"999999"_s) && b.errorString().contains(u"past"_s),
                 qPrintable(b.errorString()));
        RepoCheckout elsewhere;
        QVERIFY(a.publish(example(), u"elsewhere"_s, {}, &elsewhere));
        QVERIFY(!b.checkoutAt(u"past"_s, elsewhere.head, at));
    }

    // A repository of schema version 1 (as the first program wrote it) is refused until
    // `repo init` upgrades it; then its models, history and past states read as before.
    void migrationFromVersion1()
    {
        QCOMPARE(m_bed.server().superSql(u"CREATE DATABASE version1"_s), QString());
        const ModelData model = example();
        const QList<RepoObject> objects = RepoObjects::flatten(model);
        QStringList sql = RepoSchema::createStatements();
        sql.append(u"INSERT INTO kientruc.models (id, name, object_id, version, fields, head) "
                   "VALUES (1, 'old', %1, 1, %2, 1)"_s
                       .arg(quoted(objects.first().id),
                            quoted(RepoSchema::fieldsText(objects.first().fields))));
        sql.append(u"INSERT INTO kientruc.commits (id, model, who, message) "
                   "VALUES (1, 1, 'alice', 'published')"_s);
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const RepoObject &o = objects.at(i);
            const QString fields = quoted(RepoSchema::fieldsText(o.fields));
            if (i > 0)
                sql.append(u"INSERT INTO %1 (model, id, view, position, version, fields) "
                           "VALUES (1, %2, %3, %4, 1, %5)"_s
                               .arg(RepoSchema::tableOf(o.kind), quoted(o.id),
                                    o.view.isEmpty() ? u"NULL"_s : quoted(o.view))
                               .arg(i)
                               .arg(fields));
            sql.append(u"INSERT INTO kientruc.audit (commit_id, model, kind, object_id, action, "
                       "new) VALUES (1, 1, %1, %2, 'insert', %3)"_s
                           .arg(quoted(RepoObjects::kindName(o.kind)), quoted(o.id), fields));
        }
        sql.append(u"SELECT setval('kientruc.models_id_seq', 1)"_s);
        sql.append(u"SELECT setval('kientruc.commits_id_seq', 1)"_s);
        QCOMPARE(m_bed.server().superSql(sql.join(u";\n"_s), u"version1"_s), QString());

        Repository repo;
        QVERIFY(!repo.open(url(u"kt_test"_s, u"version1"_s)));
        QVERIFY2(repo.errorString().contains(u"version 1"_s)
                         && repo.errorString().contains(u"repo init"_s),
                 qPrintable(repo.errorString()));
        QVERIFY(repo.open(url(u"kt_test"_s, u"version1"_s), false));
        QVERIFY2(repo.init(), qPrintable(repo.errorString()));

        Repository alice;
        QVERIFY2(alice.open(url(u"alice"_s, u"version1"_s)), qPrintable(alice.errorString()));
        RepoCheckout base;
        QVERIFY2(alice.checkout(u"old"_s, base), qPrintable(alice.errorString()));
        KT_COMPARE_MODELS(base.data, model);
        RepoCheckout at;
        QVERIFY2(alice.checkoutAt(u"old"_s, 1, at), qPrintable(alice.errorString()));
        compareCheckouts(at, base);
        const QString view = base.data.views.at(0).id.toString();
        QVERIFY2(alice.claimView(u"old"_s, view), qPrintable(alice.errorString()));
        ModelData mine = base.data;
        elementAt(mine, 0).name = u"after the upgrade"_s;
        RepoCommitResult result;
        QVERIFY2(alice.commit(base, mine, u"after"_s, result), qPrintable(alice.errorString()));
        QCOMPARE(result.written, 1);
        RepoCheckout fresh;
        QVERIFY(alice.checkout(u"old"_s, fresh));
        compareCheckouts(result.current, fresh);
        QList<RepoCommitInfo> history;
        QVERIFY(alice.history(u"old"_s, RepoObjectKind::Element,
                              base.data.elements.at(0).id.toString(), history));
        QCOMPARE(history.size(), 2);
        QVERIFY(repo.init()); // again: nothing to do
    }
};

QTEST_GUILESS_MAIN(TestRepoHistory)
#include "tst_repohistory.moc"
