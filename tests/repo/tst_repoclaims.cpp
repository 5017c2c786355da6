// Claims of views in the editor (issue 14): a view someone else claimed while they
// reorganise it refuses others' edits, naming them; its holder edits it; once released,
// others' edits go through; undo and redo of a step in it wait for the release; and the
// sequence that once crashed (undo after a refused edit of a claimed view).
#include "support/repodocuments.h"

#include <model/edit/arrangeedits.h>
#include <model/edit/elementedits.h>
#include <model/edit/viewedits.h>

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const QString Database = u"claims"_s;
constexpr int Wait = test::RepoWait;
using test::OpenDocument;

} // namespace

class TestRepoClaims : public QObject
{
    Q_OBJECT

private:
    test::RepoTestBed m_bed;

    OpenDocument open(const QString &user, const QString &model)
    {
        return test::openRepoDocument(m_bed, user, model);
    }
    void publish(const QString &name) { QVERIFY(m_bed.publishExample(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
        QCoreApplication::setApplicationName(u"RepoClaimsTest"_s);
        QSettings().clear();
        KT_START_REPO_OR_SKIP(m_bed, Database, test::RepoTestBed::usualUsers());
    }

    // The crash reported once (std::bad_alloc on Ctrl+Z after a refused rename of a view
    // someone else claimed): Bob's steps in a view, Alice's claim, Bob's refused edit of
    // that view (rename, move, resize), then undo and redo through the whole stack.
    void undoAfterRefusedEditInClaimedView_data()
    {
        QTest::addColumn<QString>("refused");
        QTest::newRow("rename") << u"rename"_s;
        QTest::newRow("move") << u"move"_s;
        QTest::newRow("resize") << u"resize"_s;
    }

    void undoAfterRefusedEditInClaimedView()
    {
        QFETCH(QString, refused);
        const QString model = u"claimed undo "_s + refused;
        publish(model);
        OpenDocument a = open(u"alice"_s, model);
        OpenDocument b = open(u"bob"_s, model);
        const View &view = b.document->model().data().views.at(0);
        const ViewId viewId = view.id;
        const NodeId node = view.nodes.at(0).id;
        const QString name = view.name;
        const QRectF bounds = view.nodes.at(0).bounds;
        QUndoStack *stack = b.document->undoStack();
        QTRY_COMPARE_WITH_TIMEOUT(b.link->user(), u"bob"_s, Wait);
        QVERIFY(b.document->push(
                std::make_unique<MoveNodes>(viewId, QSet<NodeId> { node }, QPointF(20, 0))));
        QVERIFY(b.document->push(std::make_unique<SetViewName>(viewId, u"Bob's name"_s)));
        a.link->claimView(viewId);
        QTRY_COMPARE_WITH_TIMEOUT(b.link->claimHolder(viewId), u"alice"_s, Wait);

        const auto tryRefused = [&] {
            if (refused == u"rename"_s)
                return b.document->push(std::make_unique<SetViewName>(viewId, u"Refused"_s));
            QRectF to = b.document->model().view(viewId)->nodes.find(node)->bounds;
            if (refused == u"move"_s)
                return b.document->push(
                        std::make_unique<MoveNodes>(viewId, QSet<NodeId> { node }, QPointF(5, 5)));
            to.setWidth(to.width() + 40);
            return b.document->push(std::make_unique<SetNodesBounds>(
                    viewId, QHash<NodeId, QRectF> { { node, to } }, u"Resize"_s));
        };
        QVERIFY(!tryRefused());
        QCOMPARE(stack->count(), 2);
        QCOMPARE(b.document->model().view(viewId)->name, u"Bob's name"_s);
        // Ctrl+Z, Ctrl+Z, then redo both, with refused edits in between.
        stack->undo();
        QCOMPARE(b.document->model().view(viewId)->name, name);
        QVERIFY(!tryRefused());
        stack->undo();
        QCOMPARE(b.document->model().view(viewId)->nodes.find(node)->bounds, bounds);
        stack->undo(); // nothing left
        QVERIFY(!tryRefused());
        stack->redo();
        stack->redo();
        stack->redo(); // nothing left
        QCOMPARE(b.document->model().view(viewId)->name, u"Bob's name"_s);
        QCOMPARE(b.document->model().view(viewId)->nodes.find(node)->bounds,
                 bounds.translated(20, 0));
        QVERIFY(!tryRefused());
        stack->setIndex(0);
        QCOMPARE(b.document->model().view(viewId)->name, name);
        QCOMPARE(b.document->model().view(viewId)->nodes.find(node)->bounds, bounds);
        QCOMPARE(stack->count(), 2);
    }

    void claimsRefuseOthersEdits()
    {
        publish(u"claims"_s);
        OpenDocument a = open(u"alice"_s, u"claims"_s);
        OpenDocument b = open(u"bob"_s, u"claims"_s);
        const View &view = a.document->model().data().views.at(0);
        const ViewId viewId = view.id;
        const NodeId node = view.nodes.at(0).id;
        QTRY_COMPARE_WITH_TIMEOUT(b.link->user(), u"bob"_s, Wait);
        a.link->claimView(viewId);
        QTRY_COMPARE_WITH_TIMEOUT(b.link->claimHolder(viewId), u"alice"_s, Wait);
        QCOMPARE(a.link->claimHolder(viewId), QString()); // hers: not someone else's

        // Bob's move of a node of that view, and his rename of it, are refused.
        QSignalSpy refused(b.document.get(), &Document::editRefused);
        const QRectF before = b.document->model().view(viewId)->nodes.find(node)->bounds;
        QString error;
        QVERIFY(!b.document->push(
                std::make_unique<MoveNodes>(viewId, QSet<NodeId> { node }, QPointF(40, 0)), &error));
        QVERIFY2(error.contains(u"alice"_s) && error.contains(view.name), qPrintable(error));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(b.document->model().view(viewId)->nodes.find(node)->bounds, before);
        QVERIFY(!b.document->push(std::make_unique<SetViewName>(viewId, u"Bob's view"_s), &error));
        QVERIFY2(error.contains(view.name) && !error.contains(u"Bob's view"_s), qPrintable(error));
        QCOMPARE(b.document->model().view(viewId)->name, view.name);
        QCOMPARE(b.document->undoStack()->count(), 0);
        // Bob may not take the claim; Alice edits her view.
        QSignalSpy bFailed(b.link, &RepoLink::failed);
        b.link->claimView(viewId);
        QVERIFY(bFailed.wait(Wait));
        QVERIFY2(bFailed.first().first().toString().contains(u"alice"_s),
                 qPrintable(bFailed.first().first().toString()));
        QVERIFY(a.document->push(
                std::make_unique<MoveNodes>(viewId, QSet<NodeId> { node }, QPointF(40, 0))));

        // Released: Bob's edit goes through.
        a.link->releaseView(viewId);
        QTRY_COMPARE_WITH_TIMEOUT(b.link->claimHolder(viewId), QString(), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(b.link->claims().isEmpty(), Wait);
        QVERIFY(b.document->push(std::make_unique<SetViewName>(viewId, u"Bob's view"_s)));
    }

    // Bob moved a node before Alice claimed its view: his undo and redo of that step wait
    // (refused, naming her; the step stays on his stack) until she releases it.
    void undoInAClaimedViewWaits()
    {
        publish(u"claimed undo waits"_s);
        OpenDocument a = open(u"alice"_s, u"claimed undo waits"_s);
        OpenDocument b = open(u"bob"_s, u"claimed undo waits"_s);
        const View &view = b.document->model().data().views.at(0);
        const ViewId viewId = view.id;
        const NodeId node = view.nodes.at(0).id;
        const QRectF before = view.nodes.at(0).bounds;
        QVERIFY(b.document->push(
                std::make_unique<MoveNodes>(viewId, QSet<NodeId> { node }, QPointF(40, 0))));
        const QRectF moved = b.document->model().view(viewId)->nodes.find(node)->bounds;
        QVERIFY(moved != before);
        // A step of another view is not held back.
        const ElementId element = b.document->model().data().elements.at(3).id;
        QVERIFY(b.document->push(std::make_unique<SetElementName>(element, u"Bob's name"_s)));

        QTRY_COMPARE_WITH_TIMEOUT(a.link->user(), u"alice"_s, Wait);
        a.link->claimView(viewId);
        QTRY_COMPARE_WITH_TIMEOUT(b.link->claimHolder(viewId), u"alice"_s, Wait);

        QSignalSpy refused(b.document.get(), &Document::editRefused);
        QVERIFY(b.document->undo()); // the rename: no view
        QCOMPARE(b.document->undoStack()->index(), 1);
        QVERIFY(!b.document->undo()); // the move: in her view
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(u"alice"_s),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(b.document->undoStack()->index(), 1);
        QCOMPARE(b.document->undoStack()->count(), 2);
        QCOMPARE(b.document->model().view(viewId)->nodes.find(node)->bounds, moved);

        a.link->releaseView(viewId);
        QTRY_COMPARE_WITH_TIMEOUT(b.link->claimHolder(viewId), QString(), Wait);
        QVERIFY(b.document->undo());
        QCOMPARE(b.document->model().view(viewId)->nodes.find(node)->bounds, before);
        QVERIFY(b.document->redo());
        QCOMPARE(b.document->model().view(viewId)->nodes.find(node)->bounds, moved);
    }

    void cleanupTestCase() { m_bed.stop(); }
};

QTEST_MAIN(TestRepoClaims)
#include "tst_repoclaims.moc"
