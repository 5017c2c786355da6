#pragma once

// Runs the built `kientruc` as a user runs it from a terminal: no display, the
// given UI language. Shared by the command-line test suites.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace kt::test {

// How long a run may take before it is taken for a hang: the sanitizer build
// (`make test-asan`) runs the same command several times slower.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int RunTimeoutMs = 600000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr int RunTimeoutMs = 600000;
#else
inline constexpr int RunTimeoutMs = 120000;
#endif
#else
inline constexpr int RunTimeoutMs = 120000;
#endif

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
    if (!process.waitForFinished(RunTimeoutMs))
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
