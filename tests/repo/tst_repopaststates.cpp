// Past states of a repository model in the editor (issue 14 item 4): the model's commits
// and baselines listed, a past state opened read-only in a window of its own and compared
// with the open model, baselines named from the editor (a name taken and a reader
// refused); and a repository document's autosave copy, restored after a crash, tied to
// the repository again and committed (a conflict where others changed the same field).
#include "support/repotestbed.h"

#include <app/gui/compareactions.h>
#include <app/gui/documentcontroller.h>
#include <app/gui/fileactions.h>
#include <app/gui/mainwindow.h>
#include <app/gui/repoactions.h>
#include <model/edit/elementedits.h>
#include <model/modelfile.h>
#include <model/repo/repoautosave.h>
#include <model/repo/repository.h>
#include <widgets/dialogs/addbaselinedialog.h>
#include <widgets/dialogs/paststatesdialog.h>
#include <widgets/document/comparison.h>
#include <widgets/document/document.h>
#include <widgets/document/repolink.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const QString Database = u"states"_s;
constexpr int Wait = 15000; // a guard against a hang; the work takes milliseconds

} // namespace

class TestRepoPastStates : public QObject
{
    Q_OBJECT

private:
    test::RepoTestBed m_bed;
    QString url(const QString &user) const { return m_bed.url(user); }
    QString display(const QString &user) const
    {
        return RepoUrl::parse(url(user)).value().display();
    }

    void publish(const QString &name) { QVERIFY(m_bed.publishExample(name)); }
    RepoCheckout checkout(const QString &user, const QString &model)
    {
        Repository repo;
        RepoCheckout out;
        if (!repo.open(url(user)) || !repo.checkout(model, out))
            qFatal("%s", qPrintable(repo.errorString()));
        return out;
    }
    // Bob's commit of one change, straight through the API.
    qint64 bobCommits(const QString &model, const std::function<void(ModelData &)> &change,
                      const QString &message)
    {
        Repository repo;
        RepoCheckout base = checkout(u"bob"_s, model);
        ModelData mine = base.data;
        change(mine);
        RepoCommitResult result;
        if (!repo.open(url(u"bob"_s)) || !repo.commit(base, mine, message, result)
            || !result.conflicts.isEmpty())
            qFatal("%s", qPrintable(repo.errorString()));
        return result.commitId;
    }
    static bool commitAndWait(RepoActions *actions, RepoLink *link, const QString &message)
    {
        QSignalSpy done(link, &RepoLink::committed);
        if (!actions->commit(message))
            return false;
        return done.wait(Wait);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KienTrucTests"_s);
        QCoreApplication::setApplicationName(u"RepoPastStatesTest"_s);
        QSettings().clear();
        KT_START_REPO_OR_SKIP(m_bed, Database, test::RepoTestBed::usualUsers());
    }

    // The autosave tie alone: written without the password, taken out again whole; an
    // unreadable one is taken out with a message, the model kept.
    void autosaveTieRoundTrip()
    {
        RepoCheckout base;
        base.modelName = u"m"_s;
        base.head = 7;
        base.data = test::repoExample();
        for (const RepoObject &o : RepoObjects::flatten(base.data))
            base.versions.insert(o.key(), 3);
        ModelData local = base.data;
        const ElementId changed = local.elements.at(1).id;
        local.elements.find(changed)->name = u"Local"_s;
        local.elements.find(local.elements.at(2).id)->documentation = u"Local notes"_s;
        Element added = local.elements.at(0);
        added.id = ElementId::create();
        local.elements.append(added);
        RepoAutosave::write(local, u"postgresql://ann@db/arch"_s, base);
        const Result<ModelData> saved = [&]() {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"copy.ktm"_s);
            QString error;
            if (!ModelFile::save(local, path, &error))
                qFatal("%s", qPrintable(error));
            return ModelFile::load(path);
        }();
        QVERIFY2(saved, qPrintable(saved.error()));
        ModelData back = saved.value();
        const std::optional<RepoTie> tie = RepoAutosave::take(back);
        QVERIFY(tie);
        QCOMPARE(tie->url, u"postgresql://ann@db/arch"_s);
        QCOMPARE(tie->modelName, u"m"_s);
        QCOMPARE(tie->head, 7);
        QCOMPARE(tie->touched.size(), 2); // the two changed elements (not the added one)
        const auto renamed = std::find_if(tie->touched.cbegin(), tie->touched.cend(),
                                          [&](const RepoObject &o) {
                                              return o.id == changed.toString();
                                          });
        QVERIFY(renamed != tie->touched.cend());
        QCOMPARE(renamed->fields.value(u"name"_s), base.data.elements.at(1).name);
        QCOMPARE(tie->versions.value(renamed->key()), 3);
        QCOMPARE(back.info.extraProperties, base.data.info.extraProperties);

        ModelData broken = test::repoExample();
        broken.info.extraProperties.append({ u"kt:repository"_s, u"postgresql://x@/y"_s });
        broken.info.extraProperties.append({ u"kt:repositoryHead"_s, u"not a number"_s });
        QString error;
        QVERIFY(!RepoAutosave::take(broken, &error));
        QVERIFY2(error.contains(u"postgresql://x@/y"_s), qPrintable(error));
        QCOMPARE(broken.info.extraProperties, test::repoExample().info.extraProperties);
    }

    // Add Baseline…'s choices: a name (trimmed; none, no OK), the head or the commit
    // chosen in the list (offered only when it is not the head).
    void addBaselineDialogChoices()
    {
        AddBaselineDialog dialog(u"m"_s, 5, 3);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.setName(u"  v2  "_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.name(), u"v2"_s);
        QCOMPARE(dialog.commit(), 0); // the head, as the repository holds it then
        dialog.setAtChosen(true);
        QCOMPARE(dialog.commit(), 3);
        AddBaselineDialog atHead(u"m"_s, 5, 5);
        atHead.setAtChosen(true);
        QCOMPARE(atHead.commit(), 0);
        QCOMPARE(atHead.findChild<QComboBox *>(u"baselineAt"_s)->count(), 1);
    }

    // File ▸ Past States and Baselines…: the commits and baselines; a baseline named at a
    // chosen commit, a taken name refused; a baseline opened read-only in its own window
    // (edits refused, Save As keeps it); a commit compared with the open model.
    void pastStatesInTheEditor()
    {
        publish(u"past"_s);
        MainWindow window;
        RepoActions *actions = window.fileActions()->repoActions();
        actions->setQuiet(true);
        window.controller()->setPromptAnswer(DocumentController::Answer::Discard);
        QVERIFY(!actions->pastStatesAction()->isEnabled());
        QVERIFY(actions->openCheckout(url(u"alice"_s), checkout(u"alice"_s, u"past"_s)));
        QVERIFY(actions->pastStatesAction()->isEnabled());
        QVERIFY(!actions->pastStatesAction()->shortcut().isEmpty());
        const qint64 published = window.document()->repoLink()->base().head;
        const ElementId id = window.document()->model().data().elements.at(0).id;
        const QString oldName = window.document()->model().element(id)->name;
        QVERIFY(window.document()->push(std::make_unique<SetElementName>(id, u"Renamed"_s)));
        QVERIFY(commitAndWait(actions, window.document()->repoLink(), u"a clearer name"_s));

        actions->pastStatesAction()->trigger();
        PastStatesDialog *dialog = actions->pastStatesDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->commitList()->topLevelItemCount(), 2, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Wait);
        const QTreeWidgetItem *last = dialog->commitList()->topLevelItem(1);
        QCOMPARE(last->text(1), u"alice"_s);
        QCOMPARE(last->text(3), u"a clearer name"_s);
        QVERIFY(!last->text(2).isEmpty()); // when
        QCOMPARE(dialog->baselineList()->topLevelItemCount(), 0);

        // A baseline at the first commit; the same name again is refused, saying so.
        QVERIFY(dialog->selectCommit(published));
        QSignalSpy added(dialog, &PastStatesDialog::baselineAdded);
        QSignalSpy failed(dialog, &PastStatesDialog::failed);
        // Add Baseline…, answered as a person would: a name, at the chosen commit.
        QTimer::singleShot(0, this, []() {
            auto *ask = qobject_cast<AddBaselineDialog *>(QApplication::activeModalWidget());
            QVERIFY(ask);
            ask->setName(u"v1"_s);
            ask->setAtChosen(true);
            ask->accept();
        });
        dialog->addBaselineDialog();
        QVERIFY(added.wait(Wait));
        QCOMPARE(added.first().first().value<RepoBaseline>().commitId, published);
        QCOMPARE(dialog->baselineList()->topLevelItemCount(), 1);
        QCOMPARE(dialog->baselineList()->topLevelItem(0)->text(1), QString::number(published));
        QCOMPARE(dialog->chosenBaseline(), u"v1"_s);
        dialog->addBaseline(u"v1"_s, 0);
        QVERIFY(failed.wait(Wait));
        QVERIFY2(dialog->errorText().contains(u"already"_s)
                         && dialog->errorText().contains(display(u"alice"_s))
                         && dialog->errorText().contains(u"past"_s),
                 qPrintable(dialog->errorText()));
        QCOMPARE(dialog->baselineList()->topLevelItemCount(), 1);

        // The baseline, read-only in a window of its own: Enter on its row.
        QVERIFY(dialog->selectBaseline(u"v1"_s));
        dialog->baselineList()->setFocus();
        QTest::keyClick(dialog->baselineList(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(actions->pastStateWindows().size(), 1, Wait);
        MainWindow *past = actions->pastStateWindows().first();
        const QString title = past->windowTitle();
        QVERIFY2(title.contains(u"past"_s) && title.contains(u"baseline “v1”"_s)
                         && title.contains(QString::number(published))
                         && title.contains(u"read-only"_s),
                 qPrintable(title));
        const auto *note = past->findChild<QLabel *>(u"readOnlyLabel"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(u"Read-only"_s) && note->text().contains(u"“v1”"_s),
                 qPrintable(note->text()));
        Document *state = past->document();
        QCOMPARE(state->model().element(id)->name, oldName);
        QSignalSpy refused(state, &Document::editRefused);
        QString error;
        QVERIFY(!state->push(std::make_unique<SetElementName>(id, u"Changed"_s), &error));
        QVERIFY2(error.contains(u"cannot be changed"_s), qPrintable(error));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(state->model().element(id)->name, oldName);
        QCOMPARE(state->undoStack()->count(), 0);
        QVERIFY(!state->isModified());
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"v1.ktm"_s);
        QVERIFY2(state->save(copy, &error), qPrintable(error));
        const Result<ModelData> saved = ModelFile::load(copy);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved.value().elements.find(id)->name, oldName);
        QCOMPARE(saved.value().elements.size(), test::repoExample().elements.size());
        // Closing its window leaves the main window's autosave copy alone.
        const ElementId other = window.document()->model().data().elements.at(1).id;
        QVERIFY(window.document()->push(
                std::make_unique<SetElementDocumentation>(other, u"Unsaved notes"_s)));
        window.controller()->autosaveNow();
        QVERIFY(QFile::exists(DocumentController::recoveryPath()));
        past->close();
        QTRY_VERIFY_WITH_TIMEOUT(actions->pastStateWindows().isEmpty(), Wait);
        QVERIFY(QFile::exists(DocumentController::recoveryPath()));

        // The first commit compared with the open model: the rename shows.
        QVERIFY(dialog->selectCommit(published));
        dialog->compareChosen();
        QTRY_VERIFY_WITH_TIMEOUT(window.compareActions()->comparison(), Wait);
        Comparison *comparison = window.compareActions()->comparison();
        QVERIFY2(comparison->label().contains(u"commit %1"_s.arg(published)),
                 qPrintable(comparison->label()));
        QTRY_VERIFY_WITH_TIMEOUT(comparison->isReady(), Wait);
        QCOMPARE(comparison->diff().elementCounts().renamed, 1);
        QCOMPARE(comparison->diff().elementCounts().added, 0);
        QVERIFY(comparison->documentIsNew());

        // The dialog's size is remembered.
        dialog->resize(913, 577);
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!actions->pastStatesDialog(), Wait);
        PastStatesDialog again(url(u"alice"_s), display(u"alice"_s), u"past"_s, published);
        QCOMPARE(again.size(), QSize(913, 577));
    }

    // A reader may read the past states but not name a baseline: the server refuses,
    // said clearly; an error names the repository and the model.
    void readerAndErrors()
    {
        publish(u"read"_s);
        PastStatesDialog dialog(url(u"olga"_s), display(u"olga"_s), u"read"_s, 1);
        QSignalSpy loaded(&dialog, &PastStatesDialog::loaded);
        dialog.refresh();
        QVERIFY(dialog.isBusy());
        QVERIFY(loaded.wait(Wait));
        QCOMPARE(dialog.commitList()->topLevelItemCount(), 1);
        QSignalSpy failed(&dialog, &PastStatesDialog::failed);
        dialog.addBaseline(u"olga's"_s, 0);
        QVERIFY(failed.wait(Wait));
        QVERIFY2(dialog.errorText().contains(u"refused"_s)
                         && dialog.errorText().contains(u"olga"_s)
                         && dialog.errorText().contains(u"read"_s),
                 qPrintable(dialog.errorText()));
        QCOMPARE(dialog.baselineList()->topLevelItemCount(), 0);

        PastStatesDialog missing(url(u"olga"_s), display(u"olga"_s), u"no such model"_s, 1);
        QSignalSpy missingFailed(&missing, &PastStatesDialog::failed);
        missing.refresh();
        QVERIFY(missingFailed.wait(Wait));
        QVERIFY2(missing.errorText().contains(u"no such model"_s)
                         && missing.errorText().contains(display(u"olga"_s)),
                 qPrintable(missing.errorText()));

        const QString nowhere = u"postgresql://olga@/states?host=/nonexistent/socket"_s;
        PastStatesDialog unreachable(nowhere, u"postgresql://olga@/states"_s, u"read"_s, 1);
        QSignalSpy unreachableFailed(&unreachable, &PastStatesDialog::failed);
        unreachable.refresh();
        QVERIFY(unreachableFailed.wait(Wait));
        QVERIFY2(unreachable.errorText().contains(u"“read”"_s)
                         && unreachable.errorText().contains(u"Cannot connect"_s),
                 qPrintable(unreachable.errorText()));
    }

    // Edit, autosave, drop the document (a crash), restore: tied to the repository
    // again, its changes local; the commit writes what nobody else changed and shows the
    // field Bob changed too as a conflict, even though his change had arrived before the
    // autosave.
    void autosaveRestoredStaysTied()
    {
        publish(u"saved"_s);
        const RepoCheckout first = checkout(u"alice"_s, u"saved"_s);
        const ElementId a = first.data.elements.at(0).id, d = first.data.elements.at(3).id,
                        e = first.data.elements.at(4).id;
        QTemporaryDir dir;
        const QString kept = dir.filePath(u"recovery.ktm"_s);
        {
            MainWindow window;
            RepoActions *actions = window.fileActions()->repoActions();
            actions->setQuiet(true);
            window.controller()->setPromptAnswer(DocumentController::Answer::Discard);
            QVERIFY(actions->openCheckout(url(u"alice"_s), first));
            Document *document = window.document();
            QVERIFY(document->push(std::make_unique<SetElementName>(a, u"Alice's A"_s)));
            QVERIFY(document->push(
                    std::make_unique<SetElementDocumentation>(d, u"Alice's notes"_s)));
            // Bob renames A too; his commit arrives before the autosave.
            const qint64 bob = bobCommits(
                    u"saved"_s,
                    [&](ModelData &m) { m.elements.find(a)->name = u"Bob's A"_s; }, u"bob A"_s);
            QTRY_COMPARE_WITH_TIMEOUT(document->repoLink()->base().head, bob, Wait);
            QTRY_VERIFY_WITH_TIMEOUT(!document->repoLink()->isBusy(), Wait);
            QCOMPARE(document->model().element(a)->name, u"Alice's A"_s);
            window.controller()->autosaveNow();
            QVERIFY(QFile::exists(DocumentController::recoveryPath()));
            const Result<ModelData> copy = ModelFile::load(DocumentController::recoveryPath());
            QVERIFY2(copy, qPrintable(copy.error()));
            const PropertyList &extra = copy.value().info.extraProperties;
            QVERIFY(std::any_of(extra.cbegin(), extra.cend(), [&](const Property &p) {
                return p.key == u"kt:repository"_s && p.value == display(u"alice"_s);
            }));
            QVERIFY(QFile::copy(DocumentController::recoveryPath(), kept));
        } // the window and its document are gone (an orderly close removes the copy)
        QVERIFY(QFile::copy(kept, DocumentController::recoveryPath()));
        // Bob's change after the autosave stays his.
        bobCommits(u"saved"_s, [&](ModelData &m) { m.elements.find(e)->name = u"Bob's E"_s; },
                   u"bob E"_s);

        MainWindow window;
        RepoActions *actions = window.fileActions()->repoActions();
        actions->setQuiet(true);
        window.controller()->setPromptAnswer(DocumentController::Answer::Save);
        QSignalSpy tied(actions, &RepoActions::tieRestored);
        QVERIFY(window.controller()->offerRecovery());
        QVERIFY(tied.wait(Wait));
        Document *document = window.document();
        RepoLink *link = document->repoLink();
        QVERIFY(link);
        QCOMPARE(link->modelName(), u"saved"_s);
        QVERIFY(!link->url().isEmpty());
        QVERIFY(document->isModified());
        QVERIFY(document->model().data().info.extraProperties
                == first.data.info.extraProperties);
        QVERIFY2(window.windowTitle().startsWith(u"saved @ "_s), qPrintable(window.windowTitle()));
        auto *where = window.findChild<QLabel *>(u"repositoryLabel"_s);
        QVERIFY(where && where->text().contains(u"local changes"_s));
        // Bob's change since the autosave arrives as in any open document.
        QTRY_COMPARE_WITH_TIMEOUT(document->model().element(e)->name, u"Bob's E"_s, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!link->isBusy(), Wait);
        QCOMPARE(document->model().element(a)->name, u"Alice's A"_s);
        QCOMPARE(document->model().element(d)->documentation, u"Alice's notes"_s);
        QVERIFY(actions->commitAction()->isEnabled());
        QSignalSpy conflicts(link, &RepoLink::conflictsFound);
        QVERIFY(actions->commit(u"after the crash"_s));
        QVERIFY(conflicts.wait(Wait));
        const auto found = conflicts.first().first().value<QList<RepoConflict>>();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, a.toString());
        QCOMPARE(found.first().mine, u"Alice's A"_s);
        QCOMPARE(found.first().theirs, u"Bob's A"_s);
        const RepoCheckout now = checkout(u"kt_test"_s, u"saved"_s);
        QCOMPARE(now.data.elements.find(d)->documentation, u"Alice's notes"_s);
        QCOMPARE(now.data.elements.find(a)->name, u"Bob's A"_s);
        QCOMPARE(now.data.elements.find(e)->name, u"Bob's E"_s);
    }

    void cleanupTestCase() { m_bed.stop(); }
};

QTEST_MAIN(TestRepoPastStates)
#include "tst_repopaststates.moc"
