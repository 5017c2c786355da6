// The team repository (model/repo) on a throw-away PostgreSQL server: publish and
// checkout, per-object optimistic concurrency (merge, conflicts), rights enforced by
// the server, a client killed inside its commit, and a soak of concurrent clients.
#include "support/generatedmodel.h"
#include "support/modelcompare.h"
#include "support/repotestbed.h"

#include <model/modelfile.h>
#include <model/repo/repository.h>
#include <model/repo/repowatcher.h>
#include <model/validate/validator.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace kt;
using namespace Qt::StringLiterals;

namespace {

const QString Database = u"repo"_s;
// Set in the child process of killedInsideCommit: the repository's URL and model.
const char ChildUrl[] = "KT_REPO_CHILD_URL";
const char ChildModel[] = "KT_REPO_CHILD_MODEL";

ModelData example()
{
    return test::repoExample();
}

using test::elementAt;

int errorCount(const ModelData &data)
{
    int errors = 0;
    for (const Finding &f : Validator::validate(data))
        errors += f.severity == Severity::Error ? 1 : 0;
    return errors;
}

// The child of killedInsideCommit: changes every element, and inside the commit's
// transaction says "ready" and waits to be killed.
int childCommit()
{
    Repository repo;
    RepoCheckout base;
    if (!repo.open(qEnvironmentVariable(ChildUrl)) || !repo.checkout(qEnvironmentVariable(ChildModel), base)) {
        std::fprintf(stderr, "%s\n", qPrintable(repo.errorString()));
        return 2;
    }
    ModelData local = base.data;
    for (qsizetype i = 0; i < local.elements.size(); ++i)
        elementAt(local, i).name += u" (killed)"_s;
    local.elements.append(Element { ElementId::create(), local.elements.at(0).type,
                                    u"never committed"_s, {}, {}, {} });
    repo.setBeforeCommitHook([] {
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        ::sleep(120);
    });
    RepoCommitResult result;
    repo.commit(base, local, u"never"_s, result);
    return 3;
}

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT

private:
    test::RepoTestBed m_bed;
    QString url(const QString &user) const { return m_bed.url(user); }
    void open(Repository &repo, const QString &user) { QVERIFY(m_bed.open(repo, user)); }
    int commitCount(const QString &model)
    {
        Repository repo;
        open(repo, u"kt_test"_s);
        QList<RepoCommitInfo> log;
        if (!repo.log(model, log))
            return -1;
        return int(log.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        KT_START_PG_OR_SKIP(m_bed.server());
        QCOMPARE(m_bed.create(Database, false), QString());
        Repository admin;
        QVERIFY(!admin.open(url(u"kt_test"_s))); // no repository yet
        QVERIFY2(admin.errorString().contains(u"repo init"_s), qPrintable(admin.errorString()));
        QVERIFY2(admin.open(url(u"kt_test"_s), false), qPrintable(admin.errorString()));
        QVERIFY2(admin.init(), qPrintable(admin.errorString()));
        QVERIFY2(admin.init(), qPrintable(admin.errorString())); // again: nothing to do
        QList<std::pair<QString, QString>> users = test::RepoTestBed::usualUsers();
        users.append({ u"nobody_in_particular"_s, QString() });
        QCOMPARE(m_bed.addUsers(users), QString());
    }

    void publishAndCheckout()
    {
        const ModelData model = example();
        Repository repo;
        open(repo, u"alice"_s);
        RepoCheckout published;
        QVERIFY2(repo.publish(model, u"round trip"_s, u"first"_s, &published),
                 qPrintable(repo.errorString()));
        KT_COMPARE_MODELS(published.data, model);
        Repository other;
        open(other, u"olga"_s); // a reader reads
        RepoCheckout checkout;
        QVERIFY2(other.checkout(u"round trip"_s, checkout), qPrintable(other.errorString()));
        KT_COMPARE_MODELS(checkout.data, model);
        QVERIFY(checkout.data == model);
        QCOMPARE(checkout.versions.size(), RepoObjects::flatten(model).size());
        QVERIFY(other.models().contains(u"round trip"_s));
        // Publishing under a name taken is refused, naming the model.
        QVERIFY(!repo.publish(model, u"round trip"_s, {}));
        QVERIFY2(repo.errorString().contains(u"round trip"_s), qPrintable(repo.errorString()));
        QVERIFY(!repo.checkout(u"no such model"_s, checkout));
        QVERIFY(repo.errorString().contains(u"no such model"_s));
    }

    // Every feature of the model (generated: nested groups, notes, plain lines,
    // bendpoints, fractional geometry, repeated free properties) comes back unchanged;
    // a commit of 1,000 changed objects is one transaction. Prints the times.
    void generatedModelRoundTrip()
    {
        const ModelData model = test::generatedModel(1000);
        Repository repo;
        open(repo, u"alice"_s);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(repo.publish(model, u"generated"_s, {}), qPrintable(repo.errorString()));
        const qint64 publishMs = timer.restart();
        RepoCheckout base;
        QVERIFY(repo.checkout(u"generated"_s, base));
        const qint64 checkoutMs = timer.elapsed();
        KT_COMPARE_MODELS(base.data, model);
        ModelData mine = base.data;
        for (qsizetype i = 0; i < 1000; ++i)
            elementAt(mine, i).documentation += u" (changed)"_s;
        RepoCommitResult result;
        timer.restart();
        QVERIFY2(repo.commit(base, mine, u"1,000 changes"_s, result), qPrintable(repo.errorString()));
        const qint64 commitMs = timer.elapsed();
        QCOMPARE(result.written, 1000);
        KT_COMPARE_MODELS(result.current.data, mine);
        qInfo("%lld objects: publish %lld ms, checkout %lld ms, commit of 1,000 (with its next "
              "base) %lld ms",
              qint64(RepoObjects::flatten(model).size()), publishMs, checkoutMs, commitMs);
    }

    void differentObjectsBothKept()
    {
        Repository a, b;
        open(a, u"alice"_s);
        open(b, u"bob"_s);
        RepoCheckout baseA, baseB;
        QVERIFY2(a.publish(example(), u"two clients"_s, {}, &baseA), qPrintable(a.errorString()));
        QVERIFY(b.checkout(u"two clients"_s, baseB));
        ModelData mineA = baseA.data, mineB = baseB.data;
        elementAt(mineA, 0).name = u"renamed by alice"_s;
        elementAt(mineB, 1).documentation = u"documented by bob"_s;
        // The same element, different fields: merged field by field.
        elementAt(mineA, 2).name = u"alice's name"_s;
        elementAt(mineB, 2).documentation = u"bob's text"_s;
        const ElementId added = ElementId::create();
        mineB.elements.append(Element { added, mineB.elements.at(0).type, u"added by bob"_s, {}, {}, {} });

        RepoCommitResult resultA, resultB;
        QVERIFY2(a.commit(baseA, mineA, u"alice's changes"_s, resultA), qPrintable(a.errorString()));
        QCOMPARE(resultA.written, 2);
        QVERIFY(resultA.conflicts.isEmpty());
        QVERIFY2(b.commit(baseB, mineB, u"bob's changes"_s, resultB), qPrintable(b.errorString()));
        QVERIFY(resultB.conflicts.isEmpty());
        QCOMPARE(resultB.written, 3);
        QCOMPARE(resultB.merged, 1);

        RepoCheckout now;
        QVERIFY(a.checkout(u"two clients"_s, now));
        QCOMPARE(now.data.elements.at(0).name, u"renamed by alice"_s);
        QCOMPARE(now.data.elements.at(1).documentation, u"documented by bob"_s);
        QCOMPARE(now.data.elements.at(2).name, u"alice's name"_s);
        QCOMPARE(now.data.elements.at(2).documentation, u"bob's text"_s);
        QVERIFY(now.data.elements.contains(added));
        KT_COMPARE_MODELS(resultB.current.data, now.data);

        // The log shows who changed what.
        QList<RepoCommitInfo> log;
        QVERIFY2(a.log(u"two clients"_s, log), qPrintable(a.errorString()));
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).who, u"alice"_s);
        QCOMPARE(log.at(1).message, u"alice's changes"_s);
        QCOMPARE(log.at(2).who, u"bob"_s);
        bool sawRename = false;
        for (const RepoChange &c : log.at(1).changes)
            sawRename |= c.id == now.data.elements.at(0).id.toString() && c.action == u"update"
                    && c.after.value(u"name"_s) == u"renamed by alice"
                    && c.before.value(u"name"_s) == example().elements.at(0).name;
        QVERIFY(sawRename);
    }

    void samePropertyConflict()
    {
        Repository a, b;
        open(a, u"alice"_s);
        open(b, u"bob"_s);
        RepoCheckout baseA, baseB;
        QVERIFY(a.publish(example(), u"conflict"_s, {}, &baseA));
        QVERIFY(b.checkout(u"conflict"_s, baseB));
        const QString original = baseA.data.elements.at(0).name;
        ModelData mineA = baseA.data, mineB = baseB.data;
        elementAt(mineA, 0).name = u"alice's name"_s;
        elementAt(mineB, 0).name = u"bob's name"_s;
        elementAt(mineB, 3).name = u"bob's other change"_s;
        RepoCommitResult resultA, resultB;
        QVERIFY(a.commit(baseA, mineA, u"a"_s, resultA));
        QVERIFY2(b.commit(baseB, mineB, u"b"_s, resultB), qPrintable(b.errorString()));
        QCOMPARE(resultB.conflicts.size(), 1);
        const RepoConflict &c = resultB.conflicts.first();
        QCOMPARE(c.reason, RepoConflict::Reason::Property);
        QCOMPARE(c.kind, RepoObjectKind::Element);
        QCOMPARE(c.id, baseA.data.elements.at(0).id.toString());
        QCOMPARE(c.property, u"name"_s);
        QCOMPARE(c.base, original);
        QCOMPARE(c.mine, u"bob's name"_s);
        QCOMPARE(c.theirs, u"alice's name"_s);
        // Nothing of the conflicting object written; the rest of the commit is.
        QCOMPARE(resultB.written, 1);
        QCOMPARE(resultB.current.data.elements.at(0).name, u"alice's name"_s);
        QCOMPARE(resultB.current.data.elements.at(3).name, u"bob's other change"_s);

        // Bob resolves for his value on the new base: then it is written.
        ModelData resolved = resultB.current.data;
        elementAt(resolved, 0).name = c.mine;
        RepoCommitResult again;
        QVERIFY(b.commit(resultB.current, resolved, u"resolved"_s, again));
        QVERIFY(again.conflicts.isEmpty());
        QCOMPARE(again.written, 1);
        QCOMPARE(again.current.data.elements.at(0).name, u"bob's name"_s);

        // Deleted by one, changed by the other: a conflict, nothing deleted.
        ModelData deleting = again.current.data;
        deleting.elements.take(deleting.elements.at(5).id);
        ModelData changing = again.current.data;
        elementAt(changing, 5).documentation = u"still needed"_s;
        RepoCommitResult r1, r2;
        QVERIFY(a.commit(again.current, changing, u"change"_s, r1));
        QVERIFY(b.commit(again.current, deleting, u"delete"_s, r2));
        QCOMPARE(r2.conflicts.size(), 1);
        QCOMPARE(r2.conflicts.first().reason, RepoConflict::Reason::DeletedByMe);
        QCOMPARE(r2.commitId, 0);
        QCOMPARE(r2.current.data.elements.at(5).documentation, u"still needed"_s);
    }

    // A commit that would leave a reference to an object someone deleted meanwhile (or
    // delete what someone's new object refers to) is refused whole: the model stays valid.
    void danglingReferenceRefused()
    {
        Repository a, b;
        open(a, u"alice"_s);
        open(b, u"bob"_s);
        RepoCheckout published;
        QVERIFY(a.publish(example(), u"references"_s, {}, &published));
        ModelData withX = published.data;
        const ElementId x = ElementId::create();
        withX.elements.append(Element { x, withX.elements.at(0).type, u"X"_s, {}, {}, {} });
        RepoCommitResult added;
        QVERIFY(a.commit(published, withX, u"X"_s, added));

        for (const bool deleteFirst : { true, false }) {
            RepoCheckout baseA, baseB;
            QVERIFY(a.checkout(u"references"_s, baseA));
            QVERIFY(b.checkout(u"references"_s, baseB));
            if (!baseA.data.elements.contains(x))
                break;
            ModelData deleting = baseA.data;
            deleting.elements.take(x);
            ModelData referring = baseB.data;
            Relationship r = referring.relationships.at(0);
            r.id = RelationshipId::create();
            r.source = x;
            r.name = u"to X"_s;
            referring.relationships.append(r);
            elementAt(referring, 0).name = u"with the relationship"_s;

            Repository &first = deleteFirst ? a : b;
            Repository &second = deleteFirst ? b : a;
            RepoCommitResult r1, r2;
            QVERIFY2(first.commit(deleteFirst ? baseA : baseB, deleteFirst ? deleting : referring,
                                  u"first"_s, r1),
                     qPrintable(first.errorString()));
            const int commits = commitCount(u"references"_s);
            QVERIFY(!second.commit(deleteFirst ? baseB : baseA,
                                   deleteFirst ? referring : deleting, u"second"_s, r2));
            QVERIFY2(second.errorString().contains(x.toString())
                             && second.errorString().contains(r.id.toString())
                             && second.errorString().contains(u"references"_s),
                     qPrintable(second.errorString()));
            QCOMPARE(commitCount(u"references"_s), commits);
            RepoCheckout now;
            QVERIFY(a.checkout(u"references"_s, now));
            KT_COMPARE_MODELS(now.data, r1.current.data);
            QCOMPARE(errorCount(now.data), errorCount(example()));
            if (!deleteFirst)
                break;
            // Undo the deletion for the second round: X back.
            ModelData again = now.data;
            again.elements.append(Element { x, again.elements.at(0).type, u"X"_s, {}, {}, {} });
            RepoCommitResult restored;
            QVERIFY(a.commit(now, again, u"X again"_s, restored));
        }
    }

    void readerRefusedByServer()
    {
        Repository a;
        open(a, u"alice"_s);
        RepoCheckout base;
        QVERIFY(a.publish(example(), u"readers"_s, {}, &base));
        const int commits = commitCount(u"readers"_s);

        Repository reader;
        open(reader, u"olga"_s);
        RepoCheckout readerBase;
        QVERIFY(reader.checkout(u"readers"_s, readerBase));
        ModelData mine = readerBase.data;
        elementAt(mine, 0).name = u"an official's change"_s;
        RepoCommitResult result;
        QVERIFY(!reader.commit(readerBase, mine, u"not allowed"_s, result));
        const QString message = reader.errorString();
        QVERIFY2(message.contains(u"refused"_s) && message.contains(u"olga"_s)
                         && message.contains(u"kt_editor"_s) && message.contains(u"readers"_s)
                         && message.contains(u"postgresql://olga@/repo"_s),
                 qPrintable(message));
        QVERIFY(!reader.publish(example(), u"reader's own"_s, {}));
        QVERIFY2(reader.errorString().contains(u"refused"_s), qPrintable(reader.errorString()));
        // A login without any repository role cannot even read.
        Repository stranger;
        QVERIFY(!stranger.open(url(u"nobody_in_particular"_s)));
        QVERIFY2(stranger.errorString().contains(u"refused"_s), qPrintable(stranger.errorString()));
        QVERIFY(stranger.open(url(u"nobody_in_particular"_s), false));
        QVERIFY(!stranger.checkout(u"readers"_s, readerBase));
        QVERIFY2(stranger.errorString().contains(u"refused"_s), qPrintable(stranger.errorString()));

        RepoCheckout now;
        QVERIFY(a.checkout(u"readers"_s, now));
        KT_COMPARE_MODELS(now.data, base.data);
        QCOMPARE(commitCount(u"readers"_s), commits);

        QList<RepoUser> users;
        QVERIFY2(a.users(users), qPrintable(a.errorString()));
        QStringList listed;
        for (const RepoUser &u : users)
            listed.append(u.name + u'=' + u.role);
        QVERIFY2(listed.contains(u"alice=editor"_s) && listed.contains(u"olga=reader"_s)
                         && !listed.join(u' ').contains(u"nobody_in_particular"_s),
                 qPrintable(listed.join(u' ')));
    }

    void killedInsideCommit()
    {
        Repository a;
        open(a, u"alice"_s);
        RepoCheckout base;
        QVERIFY(a.publish(example(), u"killed"_s, {}, &base));
        const int commits = commitCount(u"killed"_s);

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildUrl), url(u"bob"_s));
        env.insert(QString::fromLatin1(ChildModel), u"killed"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (!child.canReadLine() && timer.elapsed() < 30000 && child.state() == QProcess::Running)
            child.waitForReadyRead(1000);
        QVERIFY2(child.readLine().trimmed() == "ready", child.readAllStandardError().constData());
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The server rolled the transaction back: nothing of it, and its locks gone.
        RepoCheckout now;
        QVERIFY(a.checkout(u"killed"_s, now));
        KT_COMPARE_MODELS(now.data, base.data);
        QCOMPARE(now.versions, base.versions);
        QCOMPARE(commitCount(u"killed"_s), commits);
        ModelData mine = now.data;
        elementAt(mine, 0).name = u"after the crash"_s;
        RepoCommitResult result;
        QElapsedTimer commitTime;
        commitTime.start();
        QVERIFY2(a.commit(now, mine, u"after"_s, result), qPrintable(a.errorString()));
        QVERIFY(commitTime.elapsed() < 10000);
        QCOMPARE(result.written, 1);
        QCOMPARE(errorCount(result.current.data), errorCount(base.data));
    }

    // An open client hears of another's commit (LISTEN/NOTIFY), and only once it is committed.
    void othersCommitsArrive()
    {
        Repository a, b;
        open(a, u"alice"_s);
        open(b, u"bob"_s);
        RepoCheckout baseB;
        QVERIFY(b.publish(example(), u"live"_s, {}, &baseB));
        RepoWatcher watcher;
        QVERIFY2(watcher.open(url(u"alice"_s)), qPrintable(watcher.errorString()));
        QSignalSpy arrived(&watcher, &RepoWatcher::commitArrived);

        ModelData mine = baseB.data;
        elementAt(mine, 0).name = u"seen live"_s;
        RepoCommitResult result;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(b.commit(baseB, mine, u"live"_s, result));
        QVERIFY(arrived.wait(5000));
        const qint64 latency = timer.elapsed();
        QCOMPARE(arrived.first().at(0).toString(), u"live"_s);
        QCOMPARE(arrived.first().at(1).toLongLong(), result.commitId);
        QCOMPARE(arrived.first().at(2).toString(), u"bob"_s);
        qInfo("commit to notification: %lld ms", latency);
        RepoCheckout seen;
        QVERIFY(a.checkout(arrived.first().at(0).toString(), seen));
        QCOMPARE(seen.head, result.commitId);
        QCOMPARE(seen.data.elements.at(0).name, u"seen live"_s);

        // A commit that only meets conflicts writes nothing and announces nothing.
        arrived.clear();
        ModelData stale = baseB.data;
        elementAt(stale, 0).name = u"stale"_s;
        RepoCommitResult none;
        QVERIFY(b.commit(baseB, stale, u"stale"_s, none));
        QCOMPARE(none.commitId, 0);
        QVERIFY(!arrived.wait(300));
    }

    // Several clients, each in its thread with its connection, commit random edits for
    // a bounded time; every change a commit reports written is there at the end.
    void soak()
    {
        {
            Repository a;
            open(a, u"alice"_s);
            QVERIFY(a.publish(example(), u"soak"_s, {}));
        }
        struct Written
        {
            qint64 commit;
            QString element;
            QString field;
            QString value;
        };
        constexpr int Clients = 4;
        QList<QList<Written>> written(Clients);
        QList<QString> failures(Clients);
        QList<int> commits(Clients), conflicts(Clients);
        QList<QThread *> threads;
        for (int client = 0; client < Clients; ++client) {
            threads.append(QThread::create([&, client] {
                Repository repo;
                if (!repo.open(url(client % 2 ? u"alice"_s : u"bob"_s))) {
                    failures[client] = repo.errorString();
                    return;
                }
                RepoCheckout base;
                if (!repo.checkout(u"soak"_s, base)) {
                    failures[client] = repo.errorString();
                    return;
                }
                QRandomGenerator random(quint32(1000 + client));
                QElapsedTimer timer;
                timer.start();
                int n = 0;
                while (timer.elapsed() < 3000) {
                    ModelData mine = base.data;
                    QList<Written> changes;
                    const int edits = 1 + random.bounded(4);
                    // Few elements, so that clients often meet on one.
                    for (int e = 0; e < edits; ++e) {
                        Element &element = elementAt(mine, random.bounded(6));
                        const QString value = u"c%1-%2"_s.arg(client).arg(++n);
                        const bool name = random.bounded(2) == 0;
                        (name ? element.name : element.documentation) = value;
                        changes.append(Written { 0, element.id.toString(),
                                                 name ? u"name"_s : u"documentation"_s, value });
                    }
                    RepoCommitResult result;
                    if (!repo.commit(base, mine, u"soak"_s, result)) {
                        failures[client] = repo.errorString();
                        return;
                    }
                    QSet<QString> conflicting;
                    for (const RepoConflict &c : result.conflicts)
                        conflicting.insert(c.id);
                    conflicts[client] += int(result.conflicts.size());
                    if (result.commitId)
                        ++commits[client];
                    // The last value of a field edited twice is what was sent.
                    QHash<QString, QString> last;
                    for (const Written &w : changes)
                        last.insert(w.element + u'/' + w.field, w.value);
                    for (const Written &w : changes)
                        if (!conflicting.contains(w.element) && result.commitId
                            && last.value(w.element + u'/' + w.field) == w.value)
                            written[client].append(
                                Written { result.commitId, w.element, w.field, w.value });
                    base = result.current;
                }
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        for (const QString &f : failures)
            QVERIFY2(f.isEmpty(), qPrintable(f));

        // Replayed in commit order: the last committed value of each field.
        QList<Written> all;
        for (const QList<Written> &w : written)
            all.append(w);
        std::stable_sort(all.begin(), all.end(),
                         [](const Written &x, const Written &y) { return x.commit < y.commit; });
        QHash<QString, QString> expected;
        for (const Written &w : all)
            expected.insert(w.element + u'/' + w.field, w.value);
        Repository check;
        open(check, u"olga"_s);
        RepoCheckout final;
        QVERIFY(check.checkout(u"soak"_s, final));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString element = it.key().section(u'/', 0, 0);
            const QString field = it.key().section(u'/', 1);
            const Element *e = final.data.elements.find(ElementId(element));
            QVERIFY(e);
            QCOMPARE(field == u"name" ? e->name : e->documentation, it.value());
        }
        // And every change a commit reported written is in the history, in that commit.
        QList<RepoCommitInfo> log;
        QVERIFY(check.log(u"soak"_s, log));
        QSet<QString> history;
        for (const RepoCommitInfo &commit : std::as_const(log))
            for (const RepoChange &change : commit.changes)
                for (const QString &field : { u"name"_s, u"documentation"_s })
                    if (change.action == u"update"
                        && change.before.value(field) != change.after.value(field))
                        history.insert(u"%1/%2/%3/%4"_s.arg(commit.id).arg(
                            change.id, field, change.after.value(field)));
        for (const Written &w : std::as_const(all))
            QVERIFY2(history.contains(u"%1/%2/%3/%4"_s.arg(w.commit).arg(w.element, w.field, w.value)),
                     qPrintable(u"not in the history: "_s + w.element + u' ' + w.field + u' ' + w.value));
        int totalCommits = 0, totalConflicts = 0;
        for (int i = 0; i < Clients; ++i) {
            totalCommits += commits.at(i);
            totalConflicts += conflicts.at(i);
        }
        qInfo("soak: %d commits, %d conflicts, %lld changes found in the history, %lld fields "
              "checked", totalCommits, totalConflicts, qint64(all.size()), qint64(expected.size()));
        QVERIFY(totalCommits > Clients);
        QCOMPARE(commitCount(u"soak"_s), totalCommits + 1);
        QCOMPARE(final.data.elements.size(), example().elements.size());
        QCOMPARE(errorCount(final.data), errorCount(example()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildUrl))
        return childCommit();
    TestRepository test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_repository.moc"
