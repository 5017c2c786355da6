#pragma once

// Runs the built `kientruc` as a user runs it from a terminal: no display, the
// given UI language. Shared by the command-line test suites.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace kt::test {

struct Run
{
    int exitCode = -1; // -100 when it crashed
    QString out;
    QString err;
};

// childSetup runs in the child before kientruc starts (e.g. setrlimit).
inline Run kientruc(const QStringList &arguments, const QString &language = QStringLiteral("en"),
                    const std::function<void()> &childSetup = {})
{
    QProcess process;
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KIENTRUC_LANG"), language);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KT_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("kientruc did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -100;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString example(const QString &name)
{
    return QStringLiteral(KT_SOURCE_DIR) + QStringLiteral("/resources/examples/") + name;
}

} // namespace kt::test
