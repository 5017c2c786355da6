#include "benchrunner.h"
#include "benchjobs.h"
#include "diffbench.h"
#include "machineinfo.h"
#include "reportbench.h"
#include "repobench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace kt::bench {

using namespace Qt::StringLiterals;

QJsonObject BenchRunner::job(const QStringList &arguments)
{
    QTextStream(stderr) << u"kientruc-bench %1\n"_s.arg(arguments.join(u' '));
    QProcess process;
    // Progress and errors of the job show as they come; its answer is on stdout.
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
        QStringList { u"--seed"_s, QString::number(m_options.seed) } + arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        m_failures.append(
            u"the job %1 crashed: %2"_s.arg(arguments.join(u' '), process.errorString()));
        return {};
    }
    QJsonParseError error;
    const QJsonObject answer
        = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        m_failures.append(
            u"the job %1 gave no answer: %2"_s.arg(arguments.join(u' '), error.errorString()));
        return {};
    }
    for (const QJsonValue &failure : answer.value(u"failures"_s).toArray())
        m_failures.append(failure.toString());
    if (process.exitCode() != 0 && answer.value(u"failures"_s).toArray().isEmpty())
        m_failures.append(u"the job %1 failed"_s.arg(arguments.join(u' ')));
    return answer;
}

QJsonObject BenchRunner::run()
{
    m_failures.clear();
    QJsonObject report { { u"machine"_s, MachineInfo::collect() }, { u"quick"_s, m_options.quick },
        { u"runs"_s, m_options.runs }, { u"seed"_s, qint64(m_options.seed) } };
    std::optional<QTemporaryDir> temporary;
    QString dir = m_options.dir;
    if (dir.isEmpty()) {
        temporary.emplace(QDir(QDir::tempPath()).filePath(u"kientruc-bench-XXXXXX"_s));
        dir = temporary->path();
    } else {
        QDir().mkpath(dir);
    }
    QStringList runs { u"--runs"_s, QString::number(m_options.runs) };
    if (!m_options.only.isEmpty())
        runs << u"--only"_s << m_options.only;
    const QStringList quick = m_options.quick ? QStringList { u"--quick"_s } : QStringList();

    QJsonArray sizes;
    for (const QString &size : m_options.sizes) {
        QJsonObject entry { { u"name"_s, size } };
        if (!QFileInfo::exists(BenchJobs::ktmPath(dir, size))
            || !QFileInfo::exists(BenchJobs::xmlPath(dir, size))) {
            const QJsonObject generated
                = job({ u"generate"_s, u"--size"_s, size, u"-o"_s, dir, u"--json"_s });
            entry.insert(u"generated"_s, generated);
        }
        entry.insert(u"files"_s,
            QJsonObject { { u"ktmBytes"_s, QFileInfo(BenchJobs::ktmPath(dir, size)).size() },
                { u"xmlBytes"_s, QFileInfo(BenchJobs::xmlPath(dir, size)).size() } });
        const QJsonObject models = job(
            QStringList { u"--job"_s, u"models"_s, u"--size"_s, size, u"--dir"_s, dir } + runs);
        entry.insert(u"model"_s, models.value(u"model"_s));
        QJsonArray results = models.value(u"results"_s).toArray();
        entry.insert(u"benchPeakMemoryKiB"_s, models.value(u"peakMemoryKiB"_s));
        // The diff in a process of its own, so that its memory is its own.
        if (Benchmark(1, m_options.only).wanted(diffOperation())) {
            const QJsonObject diff = job(
                QStringList { u"--job"_s, u"diff"_s, u"--size"_s, size, u"--dir"_s, dir } + runs);
            for (const QJsonValue &result : diff.value(u"results"_s).toArray())
                results.append(result);
            entry.insert(u"diffMemory"_s, diff.value(u"memory"_s));
        }
        // Each report format in a process of its own: its peak memory is the report's.
        QJsonObject reportMemory;
        for (const QString &format : { u"pdf"_s, u"docx"_s }) {
            if (!Benchmark(1, m_options.only).wanted(reportOperation(format)))
                continue;
            const QJsonObject answer = job(QStringList { u"--job"_s, u"report-"_s + format,
                                               u"--size"_s, size, u"--dir"_s, dir }
                + runs);
            for (const QJsonValue &result : answer.value(u"results"_s).toArray())
                results.append(result);
            reportMemory.insert(format, answer.value(u"memory"_s));
        }
        // The repository in a process of its own, on a server of its own under pgRoot:
        // whatever becomes of the job, the server is stopped after it.
        const QStringList repo = repoOperations();
        if (std::any_of(repo.cbegin(), repo.cend(), [&](const QString &operation) {
                return Benchmark(1, m_options.only).wanted(operation);
            })) {
            QTemporaryDir pgRoot(QDir(QDir::tempPath()).filePath(u"kientruc-bench-pg-XXXXXX"_s));
            // Run as root, the server runs as nobody, which must reach its folder.
            QFile::setPermissions(pgRoot.path(), QFile::permissions(pgRoot.path())
                    | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                    | QFileDevice::ExeOther);
            qputenv("KT_PG_ROOT", pgRoot.path().toLocal8Bit());
            const QJsonObject answer = job(QStringList { u"--job"_s, u"repository"_s,
                                               u"--size"_s, size, u"--dir"_s, dir }
                + runs);
            QProcess::execute(u"bash"_s, { QStringLiteral(KT_SOURCE_DIR "/tests/support/pgserver.sh"),
                                             u"stop-all"_s, pgRoot.path() });
            for (const QJsonValue &result : answer.value(u"results"_s).toArray())
                results.append(result);
            if (answer.contains(u"skipped"_s))
                entry.insert(u"repositorySkipped"_s, answer.value(u"skipped"_s));
        }
        if (!reportMemory.isEmpty())
            entry.insert(u"reportMemory"_s, reportMemory);
        entry.insert(u"results"_s, results);
        const QJsonObject editor
            = job({ u"--job"_s, u"editor"_s, u"--size"_s, size, u"--dir"_s, dir });
        entry.insert(u"editor"_s, editor);
        sizes.append(entry);
    }
    report.insert(u"sizes"_s, sizes);

    const QJsonObject views = job(QStringList { u"--job"_s, u"views"_s } + runs + quick);
    report.insert(u"views"_s, views);
    report.insert(u"machineAfter"_s, MachineInfo::load());
    report.insert(u"failures"_s, QJsonArray::fromStringList(m_failures));
    return report;
}

} // namespace kt::bench
