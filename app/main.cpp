#include "cli/commandline.h"
#include "gui/actionicon.h"
#include "gui/documentcontroller.h"
#include "gui/mainwindow.h"
#include "gui/product.h"
#include "language.h"

#include <model/export/archimatepackage.h>
#include <model/modelfile.h>

#include <QApplication>
#include <QHashSeed>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

unsigned userId()
{
#ifdef Q_OS_UNIX
    return ::getuid();
#else
    return 0;
#endif
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"KienTruc"_s);
    QCoreApplication::setApplicationName(u"KienTrucStudio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KT_VERSION));
}

int runCommand(int argc, char *argv[])
{
    // Subcommands never need a display; fonts (for exports) work offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, CI, ssh) Qt warns about the runtime folder on
    // stderr, which is for our messages: give it a private one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + u"/kientruc-runtime-"_s
                + QString::number(userId());
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
    }
    // The same model and options give the same bytes on every run: Qt's hash
    // order (which, among others, orders the fonts a PDF embeds) must not vary.
    QHashSeed::setDeterministicGlobalSeed();
    QGuiApplication app(argc, argv);
    describeApplication();
    kt::ArchimatePackage::install();
    kt::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    kt::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments().mid(1), out, err);
}

int runEditor(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    kt::ArchimatePackage::install();
    QApplication::setApplicationDisplayName(kt::productName());
    QApplication::setWindowIcon(kt::actionIcon(u"application"_s));
    kt::installTranslations();

    kt::MainWindow window;
    kt::DocumentController *controller = window.controller();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    window.show();
    if (!controller->offerRecovery()) {
        if (!arguments.isEmpty()) {
            controller->open(arguments.first());
        } else {
            // The first start shows the bundled Vinh Phuc 2.0; later starts the last file.
            const QString last = kt::DocumentController::lastFile();
            if (last.isEmpty() || !QFileInfo::exists(last) || !controller->open(last))
                controller->openExample(u"vinhphuc-2.0"_s);
        }
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // A subcommand, or a word that is neither a model file nor an existing path
    // (a mistyped command): answered on the terminal, not by opening a window.
    const bool command = kt::cli::CommandLine().handles(arguments)
            || (!arguments.isEmpty()
                && kt::ModelFile::formatOf(arguments.first()) == kt::ModelFile::Format::Unknown
                && !QFileInfo::exists(arguments.first()));
    if (command)
        return runCommand(argc, argv);
    return runEditor(argc, argv);
}
