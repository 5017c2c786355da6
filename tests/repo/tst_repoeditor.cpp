// The team repository in the editor (issue 14): the open and publish dialogs, two
// documents on one repository (two connections, one process) seeing each other's
// commits live, conflicts settled per property, undo that never overwrites another's
// newer change, a reader refused by the server, and the main window's commands.
#include "support/repodocuments.h"

#include <app/gui/documentcontroller.h>
#include <app/gui/fileactions.h>
#include <app/gui/mainwindow.h>
#include <app/gui/repoactions.h>
#include <model/edit/arrangeedits.h>
#include <model/edit/elementedits.h>
#include <model/edit/viewedits.h>
#include <model/modelfile.h>
#include <model/repo/repodelta.h>
#include <model/repo/repository.h>
#include <widgets/dialogs/conflictdialog.h>
#include <widgets/dialogs/historydialog.h>
#include <widgets/panels/modeltreemodel.h>
#include <widgets/panels/modeltreepanel.h>
#include <widgets/dialogs/repocredentials.h>
#include <widgets/dialogs/repositorydialog.h>
#include <widgets/document/document.h>
#include <widgets/document/repolink.h>
#include <widgets/document/repomerge.h>

#include <QAction>
#include <QElapsedTimer>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const QString Database = u"repo"_s;
constexpr int Wait = test::RepoWait;
using test::commitAndWait;
using test::OpenDocument;

ModelData example()
{
    return test::repoExample();
}

} // namespace

class TestRepoEditor : public QObject
{
    Q_OBJECT

private:
    test::RepoTestBed m_bed;
    QString url(const QString &user) const { return m_bed.url(user); }

    OpenDocument open(const QString &user, const QString &model)
    {
        return test::openRepoDocument(m_bed, user, model);
    }
    void publish(const QString &name) { QVERIFY(m_bed.publishExample(name)); }
    QString repositoryName(const QString &model, const ElementId &id)
    {
        RepoCheckout checkout;
        if (!m_bed.checkout(u"kt_test"_s, model, checkout))
            return u"(no checkout)"_s;
        const Element *e = checkout.data.elements.find(id);
        return e ? e->name : u"(none)"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
        QCoreApplication::setApplicationName(u"RepoEditorTest"_s);
        QSettings().clear();
        KT_START_REPO_OR_SKIP(m_bed, Database, test::RepoTestBed::usualUsers());
    }

    // The merge alone: theirs taken, mine kept, a field both changed stays mine with
    // the old base (so that the commit reports it), nothing else touched.
    void mergeKeepsMineAndTakesTheirs()
    {
        RepoCheckout base;
        base.modelName = u"m"_s;
        base.data = example();
        for (const RepoObject &o : RepoObjects::flatten(base.data))
            base.versions.insert(o.key(), 1);
        const ElementId a = base.data.elements.at(0).id, b = base.data.elements.at(1).id,
                        c = base.data.elements.at(2).id;
        ModelData local = base.data;
        local.elements.find(a)->name = u"mine A"_s;
        local.elements.find(c)->name = u"mine C"_s;
        RepoCheckout theirs = base;
        theirs.head = 7;
        theirs.data.elements.find(b)->name = u"theirs B"_s;
        theirs.data.elements.find(c)->name = u"theirs C"_s;
        theirs.data.elements.find(c)->documentation = u"theirs doc"_s;
        theirs.versions.insert(RepoObjects::keyOf(RepoObjectKind::Element, b.toString()), 2);
        theirs.versions.insert(RepoObjects::keyOf(RepoObjectKind::Element, c.toString()), 2);

        const Result<RepoMerge> merged = RepoMerge::merge(base, local, theirs);
        QVERIFY2(merged, qPrintable(merged.error()));
        const RepoMerge &m = merged.value();
        QCOMPARE(m.local.elements.find(a)->name, u"mine A"_s);
        QCOMPARE(m.local.elements.find(b)->name, u"theirs B"_s);
        QCOMPARE(m.local.elements.find(c)->name, u"mine C"_s);
        QCOMPARE(m.local.elements.find(c)->documentation, u"theirs doc"_s);
        QCOMPARE(m.changes.elements.changed, (QSet<ElementId> { b, c }));
        QCOMPARE(m.changes.elements.added.size() + m.changes.elements.removed.size(), 0);
        QVERIFY(!m.changes.infoChanged);
        // B's base is theirs; C keeps the old base and version: the commit will see it.
        const QString keyB = RepoObjects::keyOf(RepoObjectKind::Element, b.toString());
        const QString keyC = RepoObjects::keyOf(RepoObjectKind::Element, c.toString());
        QCOMPARE(m.base.versions.value(keyB), 2);
        QCOMPARE(m.base.versions.value(keyC), 1);
        QCOMPARE(m.base.data.elements.find(c)->name, base.data.elements.find(c)->name);
        QCOMPARE(m.base.head, 7);
        QCOMPARE(m.base.data.elements.size(), base.data.elements.size());
        QCOMPARE(m.local.elements.size(), base.data.elements.size());
    }

    // Their deletions merged through the delta, costing what it names and what the
    // document's steps changed (mine): what I did not change leaves, what I changed
    // stays (its old base kept, the commit will say), and what a new node of mine
    // refers to stays too; the open model is the one the whole-model merge gives.
    void mergeDeltaDeletes()
    {
        RepoCheckout base;
        base.modelName = u"m"_s;
        base.head = 3;
        base.data = example();
        QList<ElementId> spare;
        for (int i = 0; i < 3; ++i) {
            Element e = base.data.elements.at(0);
            e.id = ElementId::create();
            e.name = u"spare %1"_s.arg(i);
            spare.append(e.id);
            base.data.elements.append(e);
        }
        for (const RepoObject &o : RepoObjects::flatten(base.data))
            base.versions.insert(o.key(), 1);
        const auto key = [](const ElementId &id) {
            return RepoObjects::keyOf(RepoObjectKind::Element, id.toString());
        };
        ModelData local = base.data;
        local.elements.find(spare.at(1))->name = u"mine"_s; // changed by me
        View *view = local.views.find(local.views.at(0).id);
        ViewNode node; // a node of mine showing spare 2
        node.id = NodeId::create();
        node.element = spare.at(2);
        node.bounds = QRectF(900, 900, 100, 50);
        view->nodes.append(node);
        const QSet<QString> mine { key(spare.at(1)),
                                   RepoObjects::keyOf(RepoObjectKind::Node, node.id.toString()) };
        RepoDelta delta;
        delta.head = 4;
        for (const ElementId &id : spare)
            delta.removed.append({ RepoObjectKind::Element, id.toString() });

        const Result<RepoMerge> merged = RepoMerge::mergeDelta(base, local, delta, &mine);
        QVERIFY2(merged, qPrintable(merged.error()));
        const RepoMerge &m = merged.value();
        QVERIFY(!m.local.elements.contains(spare.at(0)));
        QCOMPARE(m.local.elements.find(spare.at(1))->name, u"mine"_s);
        QVERIFY(m.local.elements.contains(spare.at(2)));
        QVERIFY(m.local.views.at(0).nodes.contains(node.id));
        QCOMPARE(m.changes.elements.removed, QSet<ElementId> { spare.at(0) });
        QCOMPARE(m.changed, QSet<QString> { key(spare.at(0)) });
        QVERIFY(m.overlapping.contains(key(spare.at(1))));
        // The kept ones keep their old base; the one gone is gone from the base too.
        QVERIFY(!m.base.data.elements.contains(spare.at(0)));
        QVERIFY(m.base.data.elements.contains(spare.at(1)));
        QVERIFY(m.base.data.elements.contains(spare.at(2)));
        QCOMPARE(m.base.head, 4);
        // The same open model as the merge over the whole model.
        RepoCheckout theirs = base;
        QString error;
        QVERIFY2(applyDelta(theirs, delta, &error), qPrintable(error));
        const Result<RepoMerge> whole = RepoMerge::merge(base, local, theirs);
        QVERIFY2(whole, qPrintable(whole.error()));
        QVERIFY(RepoObjects::differences(whole.value().local, m.local).isEmpty());
        QVERIFY(RepoObjects::differences(whole.value().base.data, m.base.data).isEmpty());
        QCOMPARE(whole.value().changed, m.changed);
    }

    void credentials()
    {
        QVERIFY(RepoCredentials::needsPassword(u"fe_sendauth: no password supplied"_s));
        QVERIFY(RepoCredentials::needsPassword(
                u"FATAL: password authentication failed for user \"x\""_s));
        QVERIFY(!RepoCredentials::needsPassword(u"database \"x\" does not exist"_s));
        const QString with = RepoCredentials::withPassword(
                u"postgresql://ann@db.example:5432/arch?sslmode=require"_s, u"p@ss:w/rd"_s);
        const Result<RepoUrl> parsed = RepoUrl::parse(with);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed.value().password, u"p@ss:w/rd"_s);
        QCOMPARE(parsed.value().user, u"ann"_s);
        QVERIFY(!parsed.value().display().contains(u"p@ss"_s));
        // Remembered URIs never hold the password.
        RepositoryDialog::rememberUrl(with);
        QCOMPARE(RepositoryDialog::recentUrls().value(0),
                 u"postgresql://ann@db.example:5432/arch?sslmode=require"_s);
    }

    void openAndPublishDialogs()
    {
        publish(u"dialogs"_s);
        RepositoryDialog open(RepositoryDialog::Mode::Open);
        open.setUrl(url(u"bob"_s));
        QSignalSpy listed(&open, &RepositoryDialog::modelsListed);
        open.listModels();
        QVERIFY(open.isBusy());
        QVERIFY(listed.wait(Wait));
        QVERIFY(listed.first().first().toStringList().contains(u"dialogs"_s));
        QVERIFY(RepositoryDialog::recentUrls().contains(url(u"bob"_s)));
        open.setModelName(u"dialogs"_s);
        QCOMPARE(open.modelName(), u"dialogs"_s);
        QSignalSpy finished(&open, &RepositoryDialog::workFinished);
        open.accept();
        QVERIFY(finished.wait(Wait));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(open.result(), int(QDialog::Accepted));
        QCOMPARE(open.checkout().modelName, u"dialogs"_s);
        QCOMPARE(open.checkout().data.elements.size(), example().elements.size());

        // A publication under a name taken: the error names the repository, the
        // dialog stays.
        RepositoryDialog publish(RepositoryDialog::Mode::Publish);
        publish.setModelData(example());
        publish.setUrl(url(u"bob"_s));
        publish.setModelName(u"dialogs"_s);
        publish.setMessage(u"again"_s);
        QSignalSpy published(&publish, &RepositoryDialog::workFinished);
        publish.accept();
        QVERIFY(published.wait(Wait));
        QCOMPARE(published.first().first().toBool(), false);
        QVERIFY2(publish.errorText().contains(u"postgresql://bob@/repo"_s),
                 qPrintable(publish.errorText()));
        QVERIFY(publish.result() != int(QDialog::Accepted));
        publish.setModelName(u"dialogs 2"_s);
        publish.accept();
        QVERIFY(published.wait(Wait));
        QCOMPARE(published.last().first().toBool(), true);
        QCOMPARE(publish.checkout().modelName, u"dialogs 2"_s);

        // No server there: a clear error naming it.
        RepositoryDialog nowhere(RepositoryDialog::Mode::Open);
        nowhere.setUrl(u"postgresql://bob@/nothere?host=/nonexistent-socket-dir"_s);
        QSignalSpy nothing(&nowhere, &RepositoryDialog::modelsListed);
        nowhere.listModels();
        QVERIFY(nothing.wait(Wait));
        QVERIFY2(nowhere.errorText().contains(u"postgresql://bob@/nothere"_s),
                 qPrintable(nowhere.errorText()));
    }

    void commitAppearsInTheOtherDocument()
    {
        publish(u"live"_s);
        OpenDocument a = open(u"alice"_s, u"live"_s);
        OpenDocument b = open(u"bob"_s, u"live"_s);
        QCOMPARE(a.document->displayName(), u"live @ "_s + url(u"alice"_s));
        const ElementId id = a.document->model().data().elements.at(3).id;
        QVERIFY(a.document->push(std::make_unique<SetElementName>(id, u"Renamed by Alice"_s)));
        QVERIFY(a.document->isModified());
        QSignalSpy changed(&b.document->model(), &Model::changed);
        QSignalSpy arrived(b.link, &RepoLink::remoteApplied);
        QVERIFY(commitAndWait(a.link, u"rename"_s));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QVERIFY(!a.document->isModified());
        QVERIFY(arrived.size() == 1 || arrived.wait(Wait));
        // How long the other document took to show it (a figure, not a limit).
        qInfo("the commit appeared in the other document %lld ms after the commit ended",
              sinceCommit.elapsed());
        QCOMPARE(arrived.first().at(0).toString(), u"alice"_s);
        QCOMPARE(changed.size(), 1); // one model change, one signal
        QCOMPARE(changed.first().first().value<ChangeSet>().elements.changed,
                 QSet<ElementId> { id });
        QCOMPARE(b.document->model().element(id)->name, u"Renamed by Alice"_s);
        QVERIFY(!b.document->isModified()); // their change is not a local one
        QCOMPARE(b.link->base().head, a.link->base().head);
        // A's own commit did not come back to it as someone else's.
        QTest::qWait(200);
        QCOMPARE(a.document->undoStack()->count(), 1);
    }

    void localChangesSurviveArrivals()
    {
        publish(u"keep"_s);
        OpenDocument a = open(u"alice"_s, u"keep"_s);
        OpenDocument b = open(u"bob"_s, u"keep"_s);
        const ModelData &data = a.document->model().data();
        const ElementId x = data.elements.at(1).id, y = data.elements.at(2).id;
        QVERIFY(b.document->push(std::make_unique<SetElementName>(y, u"Bob's Y"_s)));
        QVERIFY(a.document->push(std::make_unique<SetElementName>(x, u"Alice's X"_s)));
        QSignalSpy arrived(b.link, &RepoLink::remoteApplied);
        QVERIFY(commitAndWait(a.link, u"x"_s));
        // It may arrive while the commit is awaited: a wait only for what has not.
        QVERIFY(!arrived.isEmpty() || arrived.wait(Wait));
        QCOMPARE(b.document->model().element(x)->name, u"Alice's X"_s);
        QCOMPARE(b.document->model().element(y)->name, u"Bob's Y"_s);
        QVERIFY(b.document->isModified());
        QVERIFY(commitAndWait(b.link, u"y"_s));
        QCOMPARE(repositoryName(u"keep"_s, x), u"Alice's X"_s);
        QCOMPARE(repositoryName(u"keep"_s, y), u"Bob's Y"_s);
    }

    void samePropertyConflicts_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("expected");
        QTest::newRow("theirs") << int(RepoResolution::Choice::Theirs) << u"Alice's name"_s;
        QTest::newRow("mine") << int(RepoResolution::Choice::Mine) << u"Bob's name"_s;
        QTest::newRow("edit") << int(RepoResolution::Choice::Edit) << u"Agreed name"_s;
    }

    void samePropertyConflicts()
    {
        QFETCH(int, choice);
        QFETCH(QString, expected);
        const QString model = u"conflict "_s + QString::fromLatin1(QTest::currentDataTag());
        publish(model);
        OpenDocument a = open(u"alice"_s, model);
        OpenDocument b = open(u"bob"_s, model);
        const ElementId id = a.document->model().data().elements.at(4).id;
        const ElementId other = a.document->model().data().elements.at(5).id;
        QVERIFY(a.document->push(std::make_unique<SetElementName>(id, u"Alice's name"_s)));
        QVERIFY(b.document->push(std::make_unique<SetElementName>(id, u"Bob's name"_s)));
        QVERIFY(b.document->push(std::make_unique<SetElementName>(other, u"Bob's other"_s)));
        QSignalSpy overlaps(b.link, &RepoLink::overlapsArrived);
        QVERIFY(commitAndWait(a.link, u"alice"_s));
        // Their commit arrives and changes nothing here: the only field it changed is
        // one mine changed too, and mine stays in the open model.
        QTRY_COMPARE_WITH_TIMEOUT(b.link->base().head, a.link->base().head, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!b.link->isBusy(), Wait);
        QCOMPARE(b.document->model().element(id)->name, u"Bob's name"_s);
        // ... but says that what Bob changed was changed by Alice too.
        QCOMPARE(overlaps.size(), 1);
        QCOMPARE(overlaps.first().at(0).toString(), u"alice"_s);
        QVERIFY(overlaps.first().at(1).toStringList().value(0).contains(u"Bob's name"_s));

        QSignalSpy conflicts(b.link, &RepoLink::conflictsFound);
        QVERIFY(b.link->commit(u"bob"_s));
        QVERIFY(conflicts.wait(Wait));
        const QList<RepoConflict> found = b.link->conflicts();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, id.toString());
        QCOMPARE(found.first().property, u"name"_s);
        QCOMPARE(found.first().mine, u"Bob's name"_s);
        QCOMPARE(found.first().theirs, u"Alice's name"_s);
        // Nothing lost: the repository has theirs and Bob's other change; Bob's model mine.
        QCOMPARE(repositoryName(model, id), u"Alice's name"_s);
        QCOMPARE(repositoryName(model, other), u"Bob's other"_s);
        QCOMPARE(b.document->model().element(id)->name, u"Bob's name"_s);

        ConflictDialog dialog(*b.link, found, u"bob"_s);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(dialog.table()->item(0, ConflictDialog::ObjectColumn)->text().contains(
                u"Bob's name"_s));
        QCOMPARE(dialog.table()->item(0, ConflictDialog::TheirsColumn)->text(), u"Alice's name"_s);
        QCOMPARE(dialog.table()->item(0, ConflictDialog::PropertyColumn)->text(), u"Name"_s);
        dialog.setChoice(0, RepoResolution::Choice(choice), u"Agreed name"_s);
        QSignalSpy committed(b.link, &RepoLink::committed);
        QSignalSpy failedAgain(b.link, &RepoLink::failed);
        QSignalSpy conflictsAgain(b.link, &RepoLink::conflictsFound);
        QSignalSpy aArrived(a.link, &RepoLink::remoteApplied);
        QVERIFY(b.link->commitResolved(dialog.resolutions(), dialog.message()));
        QVERIFY(QTest::qWaitFor(
                [&] { return committed.size() + failedAgain.size() + conflictsAgain.size(); }, Wait));
        QVERIFY2(failedAgain.isEmpty(), qPrintable(failedAgain.value(0).value(0).toString()));
        QCOMPARE(conflictsAgain.size(), 0);
        QCOMPARE(committed.size(), 1);
        QVERIFY(b.link->conflicts().isEmpty());
        QCOMPARE(b.document->model().element(id)->name, expected);
        QCOMPARE(repositoryName(model, id), expected);
        // Undo after the settlement: the step whose value was replaced by theirs is
        // refused, the rest undoes; nothing crashes on the way down the stack.
        QSignalSpy refusedUndo(b.document.get(), &Document::editRefused);
        while (b.document->undoStack()->canUndo())
            b.document->undoStack()->undo();
        QCOMPARE(refusedUndo.size(), choice == int(RepoResolution::Choice::Mine) ? 0 : 1);
        if (choice == int(RepoResolution::Choice::Theirs))
            QCOMPARE(b.document->model().element(id)->name, expected);
        if (expected != u"Alice's name"_s) {
            QTRY_COMPARE_WITH_TIMEOUT(a.document->model().element(id)->name, expected, Wait);
            QVERIFY(!aArrived.isEmpty());
        }
    }

    // Undo is refused per field (issue 14): Alice renamed an element and committed; Bob
    // then changed its documentation (another field: her undo works and keeps his
    // documentation) or its name (the field her step wrote: refused and reported).
    void undoNeverOverwritesTheirs_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("their documentation") << u"documentation"_s;
        QTest::newRow("their name") << u"name"_s;
    }

    void undoNeverOverwritesTheirs()
    {
        QFETCH(QString, field);
        const QString model = u"undo "_s + field;
        publish(model);
        OpenDocument a = open(u"alice"_s, model);
        OpenDocument b = open(u"bob"_s, model);
        const ElementId id = a.document->model().data().elements.at(6).id;
        const ElementId free = a.document->model().data().elements.at(7).id;
        const QString original = a.document->model().element(free)->name;
        const QString originalName = a.document->model().element(id)->name;
        QVERIFY(a.document->push(std::make_unique<SetElementName>(free, u"Alice free"_s)));
        QVERIFY(a.document->push(std::make_unique<SetElementName>(id, u"Alice first"_s)));
        QSignalSpy bArrived(b.link, &RepoLink::remoteApplied);
        QVERIFY(commitAndWait(a.link, u"a"_s));
        QVERIFY(!bArrived.isEmpty() || bArrived.wait(Wait));
        if (field == u"name"_s)
            QVERIFY(b.document->push(std::make_unique<SetElementName>(id, u"Bob's name"_s)));
        else
            QVERIFY(b.document->push(std::make_unique<SetElementDocumentation>(id, u"Bob's doc"_s)));
        QSignalSpy aArrived(a.link, &RepoLink::remoteApplied);
        QVERIFY(commitAndWait(b.link, u"b"_s));
        QVERIFY(!aArrived.isEmpty() || aArrived.wait(Wait));

        QSignalSpy refused(a.document.get(), &Document::editRefused);
        QSignalSpy changed(&a.document->model(), &Model::changed);
        QCOMPARE(a.document->undoStack()->count(), 2);
        a.document->undoStack()->undo();
        if (field == u"name"_s) {
            // Undoing the rename of the name Bob changed since: refused and reported.
            QCOMPARE(changed.size(), 0);
            QCOMPARE(refused.size(), 1);
            const QString why = refused.first().first().toString();
            QVERIFY2(why.contains(u"bob"_s) && why.contains(u"Bob's name"_s), qPrintable(why));
            QCOMPARE(a.document->model().element(id)->name, u"Bob's name"_s);
            QCOMPARE(a.document->undoStack()->count(), 1); // the step left the stack
        } else {
            // His documentation is another field: her name goes back, his stays.
            QCOMPARE(changed.size(), 1);
            QCOMPARE(refused.size(), 0);
            QCOMPARE(a.document->model().element(id)->name, originalName);
            QCOMPARE(a.document->model().element(id)->documentation, u"Bob's doc"_s);
            QCOMPARE(a.document->undoStack()->count(), 2);
            a.document->undoStack()->redo();
            QCOMPARE(a.document->model().element(id)->name, u"Alice first"_s);
            QCOMPARE(a.document->model().element(id)->documentation, u"Bob's doc"_s);
            a.document->undoStack()->undo();
            QCOMPARE(a.document->model().element(id)->name, originalName);
        }
        // The step below it, on an element nobody else changed, still undoes.
        a.document->undoStack()->undo();
        QCOMPARE(a.document->model().element(free)->name, original);
        QCOMPARE(refused.size(), field == u"name"_s ? 1 : 0);
    }

    // A refused undo (the step leaves the stack) leaves no "local changes" behind when
    // the model is the repository's: the document is clean, Commit has nothing to send.
    void refusedUndoLeavesNoLocalChanges()
    {
        publish(u"clean after refusal"_s);
        OpenDocument a = open(u"alice"_s, u"clean after refusal"_s);
        OpenDocument b = open(u"bob"_s, u"clean after refusal"_s);
        const ElementId id = a.document->model().data().elements.at(2).id;
        QVERIFY(a.document->push(std::make_unique<SetElementName>(id, u"Alice's"_s)));
        QSignalSpy bArrived(b.link, &RepoLink::remoteApplied);
        QVERIFY(commitAndWait(a.link, u"a"_s));
        QVERIFY(!a.document->isModified());
        QVERIFY(bArrived.size() == 1 || bArrived.wait(Wait));
        QVERIFY(b.document->push(std::make_unique<SetElementName>(id, u"Bob's"_s)));
        QSignalSpy aArrived(a.link, &RepoLink::remoteApplied);
        QVERIFY(commitAndWait(b.link, u"b"_s));
        QVERIFY(aArrived.size() == 1 || aArrived.wait(Wait));
        QVERIFY(!a.document->isModified());

        QSignalSpy refused(a.document.get(), &Document::editRefused);
        a.document->undoStack()->undo();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(a.document->undoStack()->count(), 0);
        QCOMPARE(a.document->model().element(id)->name, u"Bob's"_s);
        QVERIFY(!a.link->differsFromBase(a.document->model().data()));
        QTRY_VERIFY_WITH_TIMEOUT(!a.document->isModified(), Wait);

        // The same when the refused step is redone: a step undone, then overtaken.
        QVERIFY(a.document->push(std::make_unique<SetElementName>(id, u"Alice again"_s)));
        a.document->undoStack()->undo();
        QVERIFY(!a.document->isModified());
        QVERIFY(b.document->push(std::make_unique<SetElementName>(id, u"Bob again"_s)));
        aArrived.clear();
        QVERIFY(commitAndWait(b.link, u"b again"_s));
        QVERIFY(aArrived.size() == 1 || aArrived.wait(Wait));
        a.document->undoStack()->redo();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(a.document->undoStack()->count(), 0);
        QCOMPARE(a.document->model().element(id)->name, u"Bob again"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!a.document->isModified(), Wait);
        QVERIFY(!a.link->differsFromBase(a.document->model().data()));
    }

    // A view's order is committed and arrives (issue 14): Alice sends a node to the back
    // and commits; Bob's open model takes the new order live, and a checkout gives it.
    void orderArrivesLive()
    {
        publish(u"order"_s);
        OpenDocument a = open(u"alice"_s, u"order"_s);
        OpenDocument b = open(u"bob"_s, u"order"_s);
        const View &view = a.document->model().data().views.at(0);
        const ViewId viewId = view.id;
        const NodeId last = view.nodes.at(view.nodes.size() - 1).id;
        const auto order = [viewId](const Document &d) {
            QStringList ids;
            for (const ViewNode &n : d.model().view(viewId)->nodes)
                ids.append(n.id.toString());
            return ids;
        };
        const QStringList before = order(*a.document);
        QVERIFY(a.document->push(std::make_unique<ReorderNodes>(
                viewId, QList<NodeId> { last }, ReorderNodes::Direction::ToBack)));
        const QStringList sent = order(*a.document);
        QVERIFY(sent != before);
        QVERIFY(a.document->isModified());
        QSignalSpy arrived(b.link, &RepoLink::remoteApplied);
        QSignalSpy changed(&b.document->model(), &Model::changed);
        QVERIFY(commitAndWait(a.link, u"to the back"_s));
        QVERIFY(!a.document->isModified());
        QVERIFY(arrived.size() == 1 || arrived.wait(Wait));
        QCOMPARE(order(*b.document), sent);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<ChangeSet>().nodes.changed.contains(last));
        QVERIFY(!b.document->isModified());
        RepoCheckout fresh;
        QVERIFY(m_bed.checkout(u"bob"_s, u"order"_s, fresh));
        QStringList checkedOut;
        for (const ViewNode &n : fresh.data.views.find(viewId)->nodes)
            checkedOut.append(n.id.toString());
        QCOMPARE(checkedOut, sent);
        // Alice's undo of it is hers to commit again.
        a.document->undoStack()->undo();
        QCOMPARE(order(*a.document), before);
        arrived.clear();
        QVERIFY(commitAndWait(a.link, u"back again"_s));
        QVERIFY(!arrived.isEmpty() || arrived.wait(Wait));
        QCOMPARE(order(*b.document), before);
    }

    void readerIsRefusedByTheServer()
    {
        publish(u"read only"_s);
        OpenDocument o = open(u"olga"_s, u"read only"_s);
        const ElementId id = o.document->model().data().elements.at(0).id;
        QVERIFY(o.document->push(std::make_unique<SetElementName>(id, u"Olga's try"_s)));
        QSignalSpy failed(o.link, &RepoLink::failed);
        QVERIFY(o.link->commit(u"try"_s));
        QVERIFY(failed.wait(Wait));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"refused"_s) && message.contains(u"olga"_s), qPrintable(message));
        QVERIFY(o.document->isModified()); // her change stays in her model
        QVERIFY(repositoryName(u"read only"_s, id) != u"Olga's try"_s);
    }

    void mainWindowCommands()
    {
        publish(u"window"_s);
        MainWindow window;
        RepoActions *actions = window.fileActions()->repoActions();
        actions->setQuiet(true);
        window.controller()->setPromptAnswer(DocumentController::Answer::Discard);
        QVERIFY(!actions->commitAction()->isEnabled());
        QCOMPARE(actions->commitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        Repository repo;
        RepoCheckout checkout;
        QVERIFY(repo.open(url(u"alice"_s)) && repo.checkout(u"window"_s, checkout));
        QVERIFY(actions->openCheckout(url(u"alice"_s), checkout));
        QVERIFY2(window.windowTitle().startsWith(u"window @ postgresql://alice@/repo"_s),
                 qPrintable(window.windowTitle()));
        QVERIFY(!actions->commitAction()->isEnabled());
        QVERIFY(!actions->publishAction()->isEnabled());
        const ElementId id = window.document()->model().data().elements.at(0).id;
        QVERIFY(window.document()->push(std::make_unique<SetElementName>(id, u"From window"_s)));
        QVERIFY(actions->commitAction()->isEnabled());
        QSignalSpy committed(window.document()->repoLink(), &RepoLink::committed);
        QVERIFY(actions->commit(u"window"_s));
        QVERIFY(committed.wait(Wait));
        QVERIFY(!actions->commitAction()->isEnabled());
        QCOMPARE(repositoryName(u"window"_s, id), u"From window"_s);

        // A conflict opens the conflict dialog, one row per property.
        OpenDocument other = open(u"bob"_s, u"window"_s);
        QVERIFY(other.document->push(std::make_unique<SetElementName>(id, u"Bob's"_s)));
        QVERIFY(window.document()->push(std::make_unique<SetElementName>(id, u"Alice's"_s)));
        QVERIFY(commitAndWait(other.link, u"bob"_s));
        RepoLink *link = window.document()->repoLink();
        QTRY_COMPARE_WITH_TIMEOUT(link->base().head, other.link->base().head, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!link->isBusy() && actions->commitAction()->isEnabled(), Wait);
        QSignalSpy conflicts(window.document()->repoLink(), &RepoLink::conflictsFound);
        QVERIFY(actions->commit(u"alice"_s));
        QVERIFY(conflicts.wait(Wait));
        QVERIFY(actions->conflictDialog());
        QCOMPARE(actions->conflictDialog()->table()->rowCount(), 1);
        // Theirs, committed again; then undo in the window (its history panel live).
        window.show();
        actions->conflictDialog()->setChoice(0, RepoResolution::Choice::Theirs);
        QSignalSpy again(link, &RepoLink::committed);
        actions->conflictDialog()->accept();
        QVERIFY(again.wait(Wait));
        QCOMPARE(window.document()->model().element(id)->name, u"Bob's"_s);
        QSignalSpy refused(window.document(), &Document::editRefused);
        const int steps = window.document()->undoStack()->count();
        for (int i = 0; i < steps; ++i) {
            window.document()->undoStack()->undo();
            QCoreApplication::processEvents();
        }
        // Both of Alice's renames of that element were overtaken by Bob's.
        QCOMPARE(refused.size(), 2);
        QCOMPARE(window.document()->model().element(id)->name, u"Bob's"_s);
    }

    void historyOfAnObject()
    {
        publish(u"history"_s);
        OpenDocument a = open(u"alice"_s, u"history"_s);
        const Element &element = a.document->model().data().elements.at(2);
        const ElementId id = element.id;
        const QString old = element.name;
        QVERIFY(a.document->push(std::make_unique<SetElementName>(id, u"Renamed"_s)));
        QVERIFY(commitAndWait(a.link, u"a clearer name"_s));
        QSignalSpy read(a.link, &RepoLink::historyRead);
        a.link->readHistory(RepoObjectKind::Element, id.toString());
        QVERIFY(read.wait(Wait));
        const auto commits = read.first().at(2).value<QList<RepoCommitInfo>>();
        QCOMPARE(commits.size(), 2); // published, renamed
        QCOMPARE(commits.last().who, u"alice"_s);
        QCOMPARE(commits.last().message, u"a clearer name"_s);
        QCOMPARE(commits.last().changes.size(), 1);
        const QStringList lines = HistoryDialog::describeChange(commits.last().changes.first());
        QCOMPARE(lines, QStringList { u"name: “"_s + old + u"” → “Renamed”"_s });
        HistoryDialog dialog(u"the element"_s, commits, nullptr,
                             [&](const QString &field) { return a.link->describeField(field); });
        QCOMPARE(dialog.tree()->topLevelItemCount(), 2);
        QCOMPARE(dialog.tree()->topLevelItem(1)->child(0)->text(3),
                 u"Name: “"_s + old + u"” → “Renamed”"_s);
    }

    void mainWindowClaimsAndHistory()
    {
        publish(u"window claims"_s);
        MainWindow window;
        RepoActions *actions = window.fileActions()->repoActions();
        actions->setQuiet(true);
        window.controller()->setPromptAnswer(DocumentController::Answer::Discard);
        Repository repo;
        RepoCheckout checkout;
        QVERIFY(repo.open(url(u"bob"_s)) && repo.checkout(u"window claims"_s, checkout));
        QVERIFY(actions->openCheckout(url(u"bob"_s), checkout));
        const ViewId viewId = window.document()->model().data().views.at(0).id;
        window.openView(viewId);
        OpenDocument a = open(u"alice"_s, u"window claims"_s);
        a.link->claimView(viewId);
        ModelTreeModel *tree = window.modelTree()->treeModel();
        QTRY_VERIFY_WITH_TIMEOUT(
                tree->viewItem(viewId)->index().data().toString().contains(u"claimed by alice"_s),
                Wait);
        QVERIFY(window.tabs()->tabText(window.tabs()->currentIndex()).contains(u"alice"_s));
        QVERIFY(!actions->claimAction()->isEnabled());
        QVERIFY(!actions->releaseAction()->isEnabled());
        // Editing in the claimed view: refused, the holder named in the status bar.
        QVERIFY(!window.document()->push(std::make_unique<SetViewName>(viewId, u"x"_s)));
        a.link->releaseView(viewId);
        QTRY_VERIFY_WITH_TIMEOUT(actions->claimAction()->isEnabled(), Wait);
        QVERIFY(!tree->viewItem(viewId)->index().data().toString().contains(u"claimed"_s));
        actions->claimAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(actions->releaseAction()->isEnabled(), Wait);
        QVERIFY(tree->viewItem(viewId)->index().data().toString().contains(u"claimed by you"_s));

        // History… of an element from the model tree.
        const ElementId id = window.document()->model().data().elements.at(0).id;
        actions->showHistory(RepoObjectKind::Element, id.toString());
        QTRY_VERIFY_WITH_TIMEOUT(actions->historyDialog(), Wait);
        auto *history = actions->historyDialog()->findChild<QTreeWidget *>(u"history"_s);
        QVERIFY(history);
        QCOMPARE(history->topLevelItemCount(), 1);
    }

    void cleanupTestCase() { m_bed.stop(); }
};

QTEST_MAIN(TestRepoEditor)
#include "tst_repoeditor.moc"
