// `kientruc repo ...` against a throw-away PostgreSQL server: init, publish, checkout
// (the same model back), log (who changed what), users, and the errors: exit 2 and a
// message naming the repository (never its password) and the model.
#include "../cli/clirunner.h"
#include "support/modelcompare.h"
#include "support/pgserver.h"

#include <model/modelfile.h>
#include <model/repo/repository.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace kt;
using namespace Qt::StringLiterals;

class TestRepoCli : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server;
    QTemporaryDir m_dir;
    QString url(const QString &user) const { return m_server.url(user, u"clirepo"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        KT_START_PG_OR_SKIP(m_server);
        QCOMPARE(m_server.superSql(u"CREATE DATABASE clirepo"_s), QString());
        // Before init: a clear refusal.
        const test::Run before = test::kientruc({ u"repo"_s, u"users"_s, url(u"kt_test"_s) });
        QCOMPARE(before.exitCode, 2);
        QVERIFY2(before.err.contains(u"repo init"_s), qPrintable(before.err));
        const test::Run init = test::kientruc({ u"repo"_s, u"init"_s, url(u"kt_test"_s) });
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(u"kt_editor"_s));
        QCOMPARE(m_server.superSql(u"CREATE ROLE carol LOGIN IN ROLE kt_editor"_s), QString());
        QCOMPARE(m_server.superSql(u"CREATE ROLE oscar LOGIN IN ROLE kt_reader"_s), QString());
    }

    void publishCheckoutLog()
    {
        const QString file = test::example(u"vinhphuc-2.0.xml"_s);
        const test::Run published = test::kientruc(
            { u"repo"_s, u"publish"_s, file, url(u"carol"_s), u"--model"_s, u"Vĩnh Phúc"_s });
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        QVERIFY(published.out.contains(u"Vĩnh Phúc"_s));

        const QString output = m_dir.filePath(u"out.ktm"_s);
        const test::Run checkout = test::kientruc(
            { u"repo"_s, u"checkout"_s, url(u"oscar"_s), u"Vĩnh Phúc"_s, u"-o"_s, output });
        QVERIFY2(checkout.exitCode == 0, qPrintable(checkout.err));
        const Result<ModelData> original = ModelFile::load(file);
        const Result<ModelData> back = ModelFile::load(output);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        KT_COMPARE_MODELS(back.value(), original.value());

        // A commit by another client, then the log names both.
        Repository repo;
        QVERIFY(repo.open(url(u"kt_test"_s)));
        RepoCheckout base;
        QVERIFY(repo.checkout(u"Vĩnh Phúc"_s, base));
        ModelData mine = base.data;
        mine.elements.find(mine.elements.at(0).id)->name = u"Renamed in the repository"_s;
        RepoCommitResult result;
        QVERIFY(repo.commit(base, mine, u"rename"_s, result));

        const test::Run log = test::kientruc(
            { u"repo"_s, u"log"_s, url(u"oscar"_s), u"Vĩnh Phúc"_s, u"--json"_s });
        QVERIFY2(log.exitCode == 0, qPrintable(log.err));
        const QJsonObject json = QJsonDocument::fromJson(log.out.toUtf8()).object();
        QCOMPARE(json.value(u"model"_s).toString(), u"Vĩnh Phúc"_s);
        const QJsonArray commits = json.value(u"commits"_s).toArray();
        QCOMPARE(commits.size(), 2);
        QCOMPARE(commits.at(0).toObject().value(u"who"_s).toString(), u"carol"_s);
        const QJsonObject second = commits.at(1).toObject();
        QCOMPARE(second.value(u"who"_s).toString(), u"kt_test"_s);
        QCOMPARE(second.value(u"message"_s).toString(), u"rename"_s);
        const QJsonObject change = second.value(u"changes"_s).toArray().at(0).toObject();
        QCOMPARE(change.value(u"action"_s).toString(), u"update"_s);
        const QJsonObject name = change.value(u"fields"_s).toObject().value(u"name"_s).toObject();
        QCOMPARE(name.value(u"old"_s).toString(), original->elements.at(0).name);
        QCOMPARE(name.value(u"new"_s).toString(), u"Renamed in the repository"_s);

        const test::Run text = test::kientruc({ u"repo"_s, u"log"_s, url(u"oscar"_s), u"Vĩnh Phúc"_s });
        QVERIFY(text.out.contains(u"by kt_test"_s));
        QVERIFY(text.out.contains(u"name: "_s + original->elements.at(0).name
                                  + u" → Renamed in the repository"_s));
    }

    // Baselines shared by everyone, past states and one object's history on the
    // command line.
    void baselinesAndPastStates()
    {
        const QString file = test::example(u"vinhphuc-2.0.xml"_s);
        const test::Run published = test::kientruc(
            { u"repo"_s, u"publish"_s, file, url(u"carol"_s), u"--model"_s, u"past"_s });
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        const test::Run first = test::kientruc({ u"repo"_s, u"baseline"_s, url(u"carol"_s),
                                                 u"past"_s, u"add"_s, u"--name"_s, u"v1"_s });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(u"“v1”"_s));

        Repository repo;
        QVERIFY(repo.open(url(u"carol"_s)));
        RepoCheckout base;
        QVERIFY(repo.checkout(u"past"_s, base));
        const qint64 publication = base.head;
        ModelData mine = base.data;
        const QString element = mine.elements.at(0).id.toString();
        mine.elements.find(mine.elements.at(0).id)->name = u"Renamed later"_s;
        RepoCommitResult result;
        QVERIFY(repo.commit(base, mine, u"later"_s, result));

        // The baseline and --at give the published model; without them, the last state.
        const QString atBaseline = m_dir.filePath(u"baseline.ktm"_s);
        const test::Run byName = test::kientruc({ u"repo"_s, u"checkout"_s, url(u"oscar"_s),
                                                  u"past"_s, u"--baseline"_s, u"v1"_s, u"-o"_s,
                                                  atBaseline });
        QVERIFY2(byName.exitCode == 0, qPrintable(byName.err));
        const Result<ModelData> original = ModelFile::load(file);
        KT_COMPARE_MODELS(ModelFile::load(atBaseline).value(), original.value());
        const QString atCommit = m_dir.filePath(u"commit.ktm"_s);
        const test::Run byCommit = test::kientruc(
            { u"repo"_s, u"checkout"_s, url(u"oscar"_s), u"past"_s, u"--at"_s,
              QString::number(publication), u"-o"_s, atCommit });
        QVERIFY2(byCommit.exitCode == 0, qPrintable(byCommit.err));
        KT_COMPARE_MODELS(ModelFile::load(atCommit).value(), original.value());
        const QString now = m_dir.filePath(u"now.ktm"_s);
        QCOMPARE(test::kientruc({ u"repo"_s, u"checkout"_s, url(u"oscar"_s), u"past"_s, u"-o"_s,
                                  now })
                         .exitCode,
                 0);
        QCOMPARE(ModelFile::load(now)->elements.at(0).name, u"Renamed later"_s);

        // A second baseline at the new head; a name is given once; a reader may not name.
        QVERIFY(test::kientruc({ u"repo"_s, u"baseline"_s, url(u"carol"_s), u"past"_s, u"add"_s,
                                 u"--name"_s, u"v2"_s })
                        .exitCode
                == 0);
        const test::Run again = test::kientruc({ u"repo"_s, u"baseline"_s, url(u"carol"_s),
                                                 u"past"_s, u"add"_s, u"--name"_s, u"v1"_s });
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"“v1”"_s) && again.err.contains(QString::number(publication)),
                 qPrintable(again.err));
        const test::Run byReader = test::kientruc({ u"repo"_s, u"baseline"_s, url(u"oscar"_s),
                                                    u"past"_s, u"add"_s, u"--name"_s, u"v3"_s });
        QCOMPARE(byReader.exitCode, 2);
        QVERIFY2(byReader.err.contains(u"refused"_s), qPrintable(byReader.err));
        const test::Run list = test::kientruc(
            { u"repo"_s, u"baseline"_s, url(u"oscar"_s), u"past"_s, u"list"_s, u"--json"_s });
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray baselines
            = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"baselines"_s).toArray();
        QCOMPARE(baselines.size(), 2);
        QCOMPARE(baselines.at(0).toObject().value(u"name"_s).toString(), u"v1"_s);
        QCOMPARE(baselines.at(0).toObject().value(u"commit"_s).toInteger(), publication);
        QCOMPARE(baselines.at(1).toObject().value(u"commit"_s).toInteger(), result.commitId);
        QCOMPARE(baselines.at(1).toObject().value(u"who"_s).toString(), u"carol"_s);

        const test::Run unknown = test::kientruc({ u"repo"_s, u"checkout"_s, url(u"oscar"_s),
                                                   u"past"_s, u"--baseline"_s, u"v9"_s, u"-o"_s,
                                                   m_dir.filePath(u"v9.ktm"_s) });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"“v9”"_s), qPrintable(unknown.err));
        const test::Run both = test::kientruc(
            { u"repo"_s, u"checkout"_s, url(u"oscar"_s), u"past"_s, u"--baseline"_s, u"v1"_s,
              u"--at"_s, u"1"_s, u"-o"_s, m_dir.filePath(u"both.ktm"_s) });
        QCOMPARE(both.exitCode, 2);

        // One object's history: its two changes, not the model's others.
        const test::Run history = test::kientruc({ u"repo"_s, u"log"_s, url(u"oscar"_s),
                                                   u"past"_s, u"--object"_s, element, u"--json"_s });
        QVERIFY2(history.exitCode == 0, qPrintable(history.err));
        const QJsonArray commits
            = QJsonDocument::fromJson(history.out.toUtf8()).object().value(u"commits"_s).toArray();
        QCOMPARE(commits.size(), 2);
        QCOMPARE(commits.at(1).toObject().value(u"changes"_s).toArray().size(), 1);
        QCOMPARE(commits.at(1).toObject().value(u"message"_s).toString(), u"later"_s);
        const test::Run noObject = test::kientruc(
            { u"repo"_s, u"log"_s, url(u"oscar"_s), u"past"_s, u"--object"_s, u"nothing"_s });
        QCOMPARE(noObject.exitCode, 2);
        QVERIFY2(noObject.err.contains(u"nothing"_s), qPrintable(noObject.err));
    }

    // ?sslmode=require in the URL reaches libpq through the QPSQL driver: over TCP to a
    // server without TLS the connection is refused, the message naming the repository and
    // saying why; the same URL with sslmode=disable connects.
    void tlsRequired()
    {
        test::PgServer tcp;
        QString why;
        test::PgServer::Status status = test::PgServer::Status::Failed;
        for (int attempt = 0; attempt < 5 && status == test::PgServer::Status::Failed; ++attempt)
            status = tcp.start(&why, 20000 + (QCoreApplication::applicationPid() + 977 * attempt) % 40000);
        QVERIFY2(status == test::PgServer::Status::Started, qPrintable(why));
        const QString url = tcp.tcpUrl(u"kt_test"_s, u"postgres"_s);
        const test::Run required
            = test::kientruc({ u"repo"_s, u"users"_s, url + u"?sslmode=require"_s });
        QCOMPARE(required.exitCode, 2);
        QVERIFY2(required.err.contains(url + u"?sslmode=require"_s)
                         && required.err.contains(u"encrypted"_s)
                         && required.err.contains(u"SSL"_s),
                 qPrintable(required.err));
        Repository repo;
        QVERIFY(!repo.open(url + u"?sslmode=verify-full"_s, false));
        QVERIFY2(repo.errorString().contains(u"sslmode=verify-full"_s), qPrintable(repo.errorString()));
        QVERIFY2(repo.open(url + u"?sslmode=disable"_s, false), qPrintable(repo.errorString()));
        // Connected: what it says now is that no repository is there.
        const test::Run plain = test::kientruc({ u"repo"_s, u"users"_s, url + u"?sslmode=disable"_s });
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.contains(u"repo init"_s), qPrintable(plain.err));
    }

    void refusalsAndErrors()
    {
        const QString file = test::example(u"vinhphuc-1.0.xml"_s);
        // A reader's publication: refused by the server, said clearly.
        const test::Run reader
            = test::kientruc({ u"repo"_s, u"publish"_s, file, url(u"oscar"_s) });
        QCOMPARE(reader.exitCode, 2);
        QVERIFY2(reader.err.contains(u"refused"_s) && reader.err.contains(u"oscar"_s)
                         && reader.err.contains(u"vinhphuc-1.0"_s),
                 qPrintable(reader.err));
        // A password in the URL is never shown.
        const QString withPassword = u"postgresql://carol:s3cret@/nosuchdb?host="_s
                + m_server.socketDir();
        const test::Run missing = test::kientruc(
            { u"repo"_s, u"checkout"_s, withPassword, u"M"_s, u"-o"_s, m_dir.filePath(u"x.ktm"_s) });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"nosuchdb"_s) && !missing.err.contains(u"s3cret"_s),
                 qPrintable(missing.err));
        const test::Run noModel = test::kientruc({ u"repo"_s, u"checkout"_s, url(u"oscar"_s),
                                                   u"Nowhere"_s, u"-o"_s, m_dir.filePath(u"y.ktm"_s) });
        QCOMPARE(noModel.exitCode, 2);
        QVERIFY2(noModel.err.contains(u"“Nowhere”"_s) && noModel.err.contains(u"clirepo"_s),
                 qPrintable(noModel.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"y.ktm"_s)));
        const test::Run badUrl = test::kientruc({ u"repo"_s, u"users"_s, u"mysql://x/y"_s });
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY(badUrl.err.contains(u"PostgreSQL connection URI"_s));
        const test::Run badAction = test::kientruc({ u"repo"_s, u"merge"_s });
        QCOMPARE(badAction.exitCode, 2);
        const test::Run wrongOption
            = test::kientruc({ u"repo"_s, u"users"_s, url(u"oscar"_s), u"-o"_s, u"f.ktm"_s });
        QCOMPARE(wrongOption.exitCode, 2);

        const test::Run users = test::kientruc({ u"repo"_s, u"users"_s, url(u"kt_test"_s) });
        QVERIFY2(users.exitCode == 0, qPrintable(users.err));
        QVERIFY2(users.out.contains(u"carol\teditor"_s) && users.out.contains(u"oscar\treader"_s),
                 qPrintable(users.out));
    }
};

QTEST_GUILESS_MAIN(TestRepoCli)
#include "tst_repocli.moc"
