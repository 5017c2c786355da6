#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace kt::fuzz {

namespace {

// Never destroyed: at exit (libFuzzer ends by exit()) Qt's own globals may be gone
// before a static application object, whose destructor then crashes.
QCoreApplication *application = nullptr;
std::unique_ptr<QTemporaryDir> scratch;

} // namespace

void initialize(int *argc, char ***argv)
{
    if (!application)
        application = new QCoreApplication(*argc, *argv);
}

QString scratchDir()
{
    if (!scratch) {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        const QString base = shm.isDir() && shm.isWritable() ? shm.absoluteFilePath()
                                                             : QDir::tempPath();
        scratch = std::make_unique<QTemporaryDir>(base + QStringLiteral("/kt-fuzz-XXXXXX"));
        if (!scratch->isValid()) {
            std::fprintf(stderr, "fuzz: no scratch folder in %s\n", qPrintable(base));
            std::abort();
        }
    }
    return scratch->path();
}

QByteArray input(const std::uint8_t *bytes, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size));
}

void report(const QString &brokenPromise)
{
    if (brokenPromise.isEmpty())
        return;
    std::fprintf(stderr, "FUZZ FINDING: %s\n", qPrintable(brokenPromise.left(2000)));
    std::abort();
}

} // namespace kt::fuzz
